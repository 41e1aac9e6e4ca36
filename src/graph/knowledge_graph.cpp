#include "graph/knowledge_graph.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <string_view>
#include <tuple>

#include "common/input_error.h"
#include "rdf/vocabulary.h"

namespace newskg::graph {
namespace {

namespace vocab = rdf::vocab;
using rdf::Term;

// subject -> predicate IRI -> objects (in the sorted order Model::Triples gives).
class TripleIndex {
 public:
  explicit TripleIndex(const rdf::Model& model) {
    for (auto& t : model.Triples()) {
      by_subject_[t.subject][t.predicate.value].push_back(t.object);
    }
  }

  const std::vector<Term>& Objects(const Term& subject, std::string_view predicate) const {
    static const std::vector<Term> kNone;
    auto s = by_subject_.find(subject);
    if (s == by_subject_.end()) return kNone;
    auto p = s->second.find(std::string(predicate));
    return p == s->second.end() ? kNone : p->second;
  }

  std::optional<Term> First(const Term& subject, std::string_view predicate) const {
    const auto& objects = Objects(subject, predicate);
    if (objects.empty()) return std::nullopt;
    return objects.front();
  }

  bool HasType(const Term& subject, std::string_view type) const {
    for (const auto& o : Objects(subject, vocab::kRdfType)) {
      if (o.kind == Term::Kind::Iri && o.value == type) return true;
    }
    return false;
  }

  // Subjects having `predicate`, in sorted order.
  std::vector<Term> SubjectsWith(std::string_view predicate) const {
    std::vector<Term> out;
    for (const auto& [subject, predicates] : by_subject_) {
      if (predicates.count(std::string(predicate))) out.push_back(subject);
    }
    return out;
  }

  std::vector<Term> SubjectsOfType(std::string_view type) const {
    std::vector<Term> out;
    for (const auto& [subject, predicates] : by_subject_) {
      if (HasType(subject, type)) out.push_back(subject);
    }
    return out;
  }

 private:
  std::map<Term, std::map<std::string, std::vector<Term>>> by_subject_;
};

std::string LocalName(const std::string& iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string::npos || cut + 1 == iri.size() ? iri : iri.substr(cut + 1);
}

// The rdfs:label to show: German first, then untagged, then any; the smallest text within a rank.
std::string PreferredLabel(const std::vector<Term>& labels, const std::string& iri) {
  const Term* best = nullptr;
  auto rank = [](const Term& t) {
    return t.language == vocab::kLanguage ? 0 : t.language.empty() ? 1 : 2;
  };
  for (const auto& l : labels) {
    if (l.kind != Term::Kind::Literal) continue;
    if (!best || std::make_pair(rank(l), std::cref(l.value)) < std::make_pair(rank(*best), std::cref(best->value))) best = &l;
  }
  return best ? best->value : LocalName(iri);
}

std::string EntityType(const TripleIndex& index, const Term& entity) {
  if (index.HasType(entity, vocab::schema::kPerson)) return "Person";
  if (index.HasType(entity, vocab::schema::kOrganization)) return "Organization";
  if (index.HasType(entity, vocab::schema::kPlace) ||
      index.HasType(entity, vocab::schema::kCountry)) {
    return "Place";
  }
  return "";
}

class EvidenceReader {
 public:
  EvidenceReader(const TripleIndex& index, const std::string& source)
      : index_(index), source_(source) {}

  // The evidence of a post or meeting: one per prov:qualifiedDerivation, else one (without a
  // sentence) per prov:wasDerivedFrom article.
  std::vector<Evidence> Read(const Term& fact) const {
    std::vector<Evidence> out;
    for (const auto& derivation : index_.Objects(fact, vocab::prov::kQualifiedDerivation)) {
      Evidence e;
      if (auto article = index_.First(derivation, vocab::prov::kEntity)) {
        e.article_id = ArticleId(*article);
      }
      if (auto sentence = index_.First(derivation, vocab::nkg::kSentence)) {
        e.sentence = sentence->value;
      }
      e.char_start = Offset(derivation, vocab::nkg::kCharStart);
      e.char_end = Offset(derivation, vocab::nkg::kCharEnd);
      out.push_back(std::move(e));
    }
    if (out.empty()) {
      for (const auto& article : index_.Objects(fact, vocab::prov::kWasDerivedFrom)) {
        out.push_back(Evidence{ArticleId(article), {}, {}, {}, {}});
      }
    }
    return out;
  }

 private:
  std::string ArticleId(const Term& article) const {
    auto id = index_.First(article, vocab::schema::kIdentifier);
    return id ? id->value : LocalName(article.value);
  }

  std::optional<std::size_t> Offset(const Term& derivation, std::string_view predicate) const {
    auto term = index_.First(derivation, predicate);
    if (!term) return std::nullopt;
    std::size_t value = 0;
    const auto& text = term->value;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      throw InputError(source_, "evidence " + derivation.value + " has a non-numeric " +
                                    LocalName(std::string(predicate)) + " \"" + text + "\"");
    }
    return value;
  }

  const TripleIndex& index_;
  const std::string& source_;
};

// An edge before vertices are numbered: endpoints by IRI.
struct PendingEdge {
  std::string subject, object, kind, label;
  bool directed = false;
  auto operator<=>(const PendingEdge&) const = default;
};

class Projector {
 public:
  Projector(const rdf::Model& model, const std::string& source)
      : index_(model), evidence_(index_, source) {}

  KnowledgeGraph Run() {
    for (auto type : {vocab::schema::kPerson, vocab::schema::kOrganization,
                      vocab::schema::kPlace, vocab::schema::kCountry}) {
      for (const auto& entity : index_.SubjectsOfType(type)) {
        if (entity.kind == Term::Kind::Iri) iris_.insert(entity.value);
      }
    }
    ReadRoles();
    ReadMeetings();
    return Build();
  }

 private:
  void ReadRoles() {
    for (const auto& person : index_.SubjectsWith(vocab::org::kHolds)) {
      if (person.kind != Term::Kind::Iri) continue;
      iris_.insert(person.value);
      for (const auto& post : index_.Objects(person, vocab::org::kHolds)) {
        auto label = index_.Objects(post, vocab::rdfs::kLabel);
        if (label.empty()) continue;
        std::string role = PreferredLabel(label, post.value);
        roles_[person.value].insert(role);
        auto evidence = evidence_.Read(post);
        for (const auto& of : index_.Objects(post, vocab::org::kPostIn)) {
          if (of.kind != Term::Kind::Iri || of.value == person.value) continue;
          AddEdge({person.value, of.value, kKindHoldsPost, role, true}, evidence);
        }
      }
    }
  }

  void ReadMeetings() {
    for (const auto& meeting : index_.SubjectsOfType(vocab::schema::kEvent)) {
      std::vector<std::string> attendees;
      for (const auto& a : index_.Objects(meeting, vocab::schema::kAttendee)) {
        if (a.kind == Term::Kind::Iri) attendees.push_back(a.value);
      }
      std::sort(attendees.begin(), attendees.end());
      attendees.erase(std::unique(attendees.begin(), attendees.end()), attendees.end());
      if (attendees.empty()) continue;

      auto kind = index_.First(meeting, vocab::nkg::kMeetingKind);
      std::string label = MeetingLabel(kind ? kind->value : "");
      std::optional<std::string> place;
      if (auto p = index_.First(meeting, vocab::schema::kLocation);
          p && p->kind == Term::Kind::Iri) {
        place = p->value;
      }

      // Qualifiers: status, place, date. The place is left out on edges that lead to it.
      std::vector<std::string> qualifiers, place_qualifiers;
      if (auto status = index_.First(meeting, vocab::nkg::kStatus)) {
        qualifiers.push_back(status->value);
      }
      place_qualifiers = qualifiers;
      if (place) {
        qualifiers.push_back(PreferredLabel(index_.Objects(Term::Iri(*place), vocab::rdfs::kLabel),
                                            *place));
      }
      std::optional<Term> when = index_.First(meeting, vocab::schema::kStartDate);
      if (!when) when = index_.First(meeting, vocab::nkg::kTimeExpression);
      if (when) {
        qualifiers.push_back(when->value);
        place_qualifiers.push_back(when->value);
      }
      auto evidence = evidence_.Read(meeting);
      auto place_evidence = evidence;
      for (auto& e : evidence) e.qualifiers = qualifiers;
      for (auto& e : place_evidence) e.qualifiers = place_qualifiers;

      for (const auto& a : attendees) iris_.insert(a);
      for (std::size_t i = 0; i < attendees.size(); ++i) {
        for (std::size_t j = i + 1; j < attendees.size(); ++j) {
          AddEdge({attendees[i], attendees[j], kKindMeeting, label, false}, evidence);
        }
        if (place && *place != attendees[i]) {
          AddEdge({attendees[i], *place, kKindMeetingPlace, label + " in", true}, place_evidence);
        }
      }
    }
  }

  void AddEdge(PendingEdge edge, const std::vector<Evidence>& evidence) {
    iris_.insert(edge.subject);
    iris_.insert(edge.object);
    auto& list = edges_[std::move(edge)];
    list.insert(list.end(), evidence.begin(), evidence.end());
  }

  KnowledgeGraph Build() {
    KnowledgeGraph kg;
    for (const auto& iri : iris_) {  // std::set: IRI order
      Term entity = Term::Iri(iri);
      VertexProperties v;
      v.iri = iri;
      const auto& labels = index_.Objects(entity, vocab::rdfs::kLabel);
      v.label = PreferredLabel(labels, iri);
      v.type = EntityType(index_, entity);
      std::set<std::string> alts;
      for (const auto& l : labels) alts.insert(l.value);
      for (const auto& l : index_.Objects(entity, vocab::skos::kAltLabel)) alts.insert(l.value);
      alts.erase(v.label);
      v.alt_labels.assign(alts.begin(), alts.end());
      if (auto r = roles_.find(iri); r != roles_.end()) {
        v.roles.assign(r->second.begin(), r->second.end());
      }
      kg.by_iri.emplace(iri, boost::add_vertex(std::move(v), kg.graph));
    }
    for (auto& [key, evidence] : edges_) {  // std::map: (subject, object, kind, label) order
      std::sort(evidence.begin(), evidence.end());
      evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
      std::set<std::tuple<std::string, std::string, std::optional<std::size_t>,
                          std::optional<std::size_t>>>
          sentences;
      for (const auto& e : evidence) {
        sentences.emplace(e.article_id, e.sentence, e.char_start, e.char_end);
      }
      EdgeProperties p;
      p.label = key.label;
      p.kind = key.kind;
      p.directed = key.directed;
      p.subject = kg.by_iri.at(key.subject);
      p.weight = static_cast<double>(sentences.size());
      p.evidence = std::move(evidence);
      boost::add_edge(p.subject, kg.by_iri.at(key.object), std::move(p), kg.graph);
    }
    return kg;
  }

  TripleIndex index_;
  EvidenceReader evidence_;
  std::set<std::string> iris_;
  std::map<std::string, std::set<std::string>> roles_;
  std::map<PendingEdge, std::vector<Evidence>> edges_;
};

}  // namespace

std::optional<Vertex> KnowledgeGraph::FindIri(const std::string& iri) const {
  auto it = by_iri.find(iri);
  if (it == by_iri.end()) return std::nullopt;
  return it->second;
}

Vertex KnowledgeGraph::Other(Edge e, Vertex v) const {
  auto s = boost::source(e, graph);
  return s == v ? boost::target(e, graph) : s;
}

std::vector<Edge> KnowledgeGraph::EdgesBetween(Vertex a, Vertex b) const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(a, graph); it != end; ++it) {
    if (boost::target(*it, graph) == b) out.push_back(*it);
  }
  std::sort(out.begin(), out.end(), [this](Edge x, Edge y) {
    const auto& px = graph[x];
    const auto& py = graph[y];
    return std::tie(px.kind, px.label, px.subject) < std::tie(py.kind, py.label, py.subject);
  });
  return out;
}

KnowledgeGraph Project(const rdf::Model& model, const std::string& source) {
  return Projector(model, source).Run();
}

KnowledgeGraph LoadTurtle(const std::string& path) {
  rdf::Model model;
  model.ParseFile(path, "turtle");
  return Project(model, path);
}

std::string MeetingLabel(const std::string& meeting_kind) {
  if (meeting_kind == "talks") return "Gespräche";
  if (meeting_kind == "call") return "Telefonat";
  if (meeting_kind == "visit") return "Besuch";
  return "Treffen";
}

}  // namespace newskg::graph
