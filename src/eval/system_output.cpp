#include "eval/system_output.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <utility>

namespace newskg::eval {
namespace {

constexpr const char* kPrefixes =
    "PREFIX schema: <http://schema.org/>\n"
    "PREFIX org: <http://www.w3.org/ns/org#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX nkg: <https://newskg.example.org/ns#>\n";

constexpr const char* kSchema = "http://schema.org/";

std::optional<std::string> NodeId(const std::optional<rdf::Term>& term) {
  if (!term) return std::nullopt;
  if (term->kind == rdf::Term::Kind::Iri) return term->value;
  if (term->kind == rdf::Term::Kind::Blank) return "_:" + term->value;
  return std::nullopt;
}

std::string LowerCase(const std::string& text) {
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(text);
  us.toLower(icu::Locale::getRoot());
  std::string out;
  us.toUTF8String(out);
  return out;
}

// A status or kind: a literal as written, or an IRI's local name; lower case.
std::optional<std::string> Vocabulary(const std::optional<rdf::Term>& term) {
  if (!term) return std::nullopt;
  std::string value = term->value;
  if (term->kind == rdf::Term::Kind::Iri) {
    std::size_t cut = value.find_last_of("#/");
    if (cut != std::string::npos) value = value.substr(cut + 1);
  }
  return LowerCase(value);
}

// Runs a two-variable SELECT and returns the rows where both are bound.
std::vector<std::pair<std::optional<rdf::Term>, std::optional<rdf::Term>>> Pairs(
    const rdf::Model& model, const std::string& where) {
  rdf::QueryResult result =
      model.Query(std::string(kPrefixes) + "SELECT ?x ?y WHERE { " + where + " }");
  std::vector<std::pair<std::optional<rdf::Term>, std::optional<rdf::Term>>> rows;
  // An empty answer may come without variable names.
  if (result.rows.empty()) return rows;
  auto column = [&](const char* name) {
    auto it = std::find(result.variables.begin(), result.variables.end(), name);
    if (it == result.variables.end()) throw std::runtime_error("query lost variable ?" + std::string(name));
    return static_cast<std::size_t>(it - result.variables.begin());
  };
  std::size_t x = column("x"), y = column("y");
  for (const auto& row : result.rows) {
    if (row.size() > std::max(x, y) && row[x] && row[y]) rows.emplace_back(row[x], row[y]);
  }
  return rows;
}

// Node -> values of one property, for nodes given as subjects.
using Multimap = std::map<std::string, std::vector<std::string>>;

Multimap NodeToNodes(const rdf::Model& model, const std::string& where) {
  Multimap out;
  for (const auto& [x, y] : Pairs(model, where)) {
    auto from = NodeId(x), to = NodeId(y);
    if (from && to) out[*from].push_back(*to);
  }
  return out;
}

Multimap NodeToLiterals(const rdf::Model& model, const std::string& where) {
  Multimap out;
  for (const auto& [x, y] : Pairs(model, where)) {
    auto from = NodeId(x);
    if (from && y->kind == rdf::Term::Kind::Literal) out[*from].push_back(y->value);
  }
  return out;
}

Multimap NodeToVocabulary(const rdf::Model& model, const std::string& where) {
  Multimap out;
  for (const auto& [x, y] : Pairs(model, where)) {
    auto from = NodeId(x);
    auto value = Vocabulary(y);
    if (from && value) out[*from].push_back(*value);
  }
  return out;
}

template <typename T>
void SortUnique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

std::vector<std::string> Lookup(const Multimap& map, const std::string& key) {
  auto it = map.find(key);
  std::vector<std::string> values = it == map.end() ? std::vector<std::string>{} : it->second;
  SortUnique(values);
  return values;
}

}  // namespace

const SystemEntity* SystemOutput::FindEntity(const std::string& id) const {
  auto it = entities.find(id);
  return it == entities.end() ? nullptr : &it->second;
}

SystemOutput ReadSystemOutput(const rdf::Model& model) {
  const Multimap labels = NodeToLiterals(model, "?x rdfs:label ?y");
  const Multimap alt_labels = NodeToLiterals(model, "?x skos:altLabel ?y");
  const Multimap types = NodeToNodes(model, "?x a ?y");
  const Multimap mentions = NodeToNodes(model, "?x a schema:NewsArticle ; schema:mentions ?y");
  const Multimap holders = NodeToNodes(model, "?y org:holds ?x");  // post -> persons
  const Multimap post_sources = NodeToNodes(model, "?x prov:wasDerivedFrom ?y . ?z org:holds ?x");
  // Whose role a post is: org:postIn for organizations, nkg:postOf for places and persons.
  Multimap post_in = NodeToNodes(model, "?x org:postIn ?y");
  for (auto& [post, owners] : NodeToNodes(model, "?x nkg:postOf ?y")) {
    auto& all = post_in[post];
    all.insert(all.end(), owners.begin(), owners.end());
    std::sort(all.begin(), all.end());
  }
  const Multimap event_sources =
      NodeToNodes(model, "?x a schema:Event ; prov:wasDerivedFrom ?y");
  const Multimap attendees = NodeToNodes(model, "?x a schema:Event ; schema:attendee ?y");
  const Multimap locations = NodeToNodes(model, "?x a schema:Event ; schema:location ?y");
  const Multimap statuses = NodeToVocabulary(model, "?x nkg:status ?y");
  const Multimap kinds = NodeToVocabulary(model, "?x nkg:meetingKind ?y");
  const Multimap dates = NodeToLiterals(model, "?x a schema:Event ; schema:startDate ?y");

  SystemOutput output;
  std::map<std::string, std::size_t> article_index;  // article node -> index in output.articles
  {
    std::vector<SystemArticle> articles;
    for (const auto& [x, y] :
         Pairs(model, "?x a schema:NewsArticle ; schema:identifier ?y")) {
      auto node = NodeId(x);
      if (!node || y->kind != rdf::Term::Kind::Literal) continue;
      SystemArticle article;
      article.node = *node;
      article.identifier = y->value;
      article.mentions = Lookup(mentions, *node);
      articles.push_back(std::move(article));
    }
    std::sort(articles.begin(), articles.end(), [](const auto& a, const auto& b) {
      return std::tie(a.identifier, a.node) < std::tie(b.identifier, b.node);
    });
    for (std::size_t i = 0; i < articles.size(); ++i) article_index.emplace(articles[i].node, i);
    output.articles = std::move(articles);
  }

  std::vector<std::string> referenced;
  auto entity_refs = [&](const std::vector<std::string>& ids) {
    referenced.insert(referenced.end(), ids.begin(), ids.end());
  };

  for (const auto& [post, sources] : post_sources) {
    std::vector<std::string> articles = sources;
    SortUnique(articles);
    for (const std::string& source : articles) {
      auto it = article_index.find(source);
      if (it == article_index.end()) continue;
      for (const std::string& person : Lookup(holders, post)) {
        SystemRole role{post, person, Lookup(labels, post), Lookup(post_in, post)};
        referenced.push_back(person);
        entity_refs(role.post_in);
        output.articles[it->second].roles.push_back(std::move(role));
      }
    }
  }
  for (const auto& [event, sources] : event_sources) {
    std::vector<std::string> articles = sources;
    SortUnique(articles);
    for (const std::string& source : articles) {
      auto it = article_index.find(source);
      if (it == article_index.end()) continue;
      SystemMeeting meeting{event, Lookup(attendees, event), Lookup(locations, event),
                            Lookup(statuses, event), Lookup(kinds, event), Lookup(dates, event)};
      entity_refs(meeting.attendees);
      entity_refs(meeting.locations);
      output.articles[it->second].meetings.push_back(std::move(meeting));
    }
  }
  for (SystemArticle& article : output.articles) {
    entity_refs(article.mentions);
    // The maps iterate in id order, so roles and meetings are already sorted.
  }

  const std::map<std::string, recognition::EntityType> core_types = {
      {std::string(kSchema) + "Person", recognition::EntityType::Person},
      {std::string(kSchema) + "Organization", recognition::EntityType::Organization},
      {std::string(kSchema) + "Place", recognition::EntityType::Place}};
  auto entity = [&](const std::string& id) -> SystemEntity& {
    SystemEntity& e = output.entities[id];
    e.id = id;
    return e;
  };
  for (const auto& [node, node_types] : types) {
    for (const std::string& type : node_types) {
      auto it = core_types.find(type);
      if (it != core_types.end()) entity(node).types.push_back(it->second);
    }
  }
  for (const std::string& id : referenced) entity(id);
  for (auto& [id, e] : output.entities) {
    SortUnique(e.types);
    e.labels = Lookup(labels, id);
    e.alt_labels = Lookup(alt_labels, id);
  }
  return output;
}

}  // namespace newskg::eval
