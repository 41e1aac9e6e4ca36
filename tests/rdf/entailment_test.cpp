// RDFS entailment over the graph, schema/newskg.ttl and the published domain and range
// statements of ORG, PROV and SKOS: no person, place or article may come out typed as an
// organization (org:postIn's range), and newskg's own vocabulary may not retype anything.
#include <catch.hpp>

#include <map>
#include <set>
#include <string>

#include "rdf/model_sink.h"
#include "rdf/vocabulary.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

const std::string kType(vocab::kRdfType);
const std::string kRdfs(vocab::kRdfsNs);

// The rdf:type triples RDFS entailment gives (rules rdfs2, rdfs3, rdfs7, rdfs9), as node -> types.
std::map<std::string, std::set<std::string>> EntailedTypes(const std::vector<Triple>& triples) {
  std::map<std::string, std::set<std::string>> domain, range, super_class, super_property;
  std::set<std::tuple<std::string, std::string, std::string, bool>> facts;  // s p o, o is IRI
  for (const Triple& t : triples) {
    const std::string& p = t.predicate.value;
    if (p == kRdfs + "domain") domain[t.subject.value].insert(t.object.value);
    if (p == kRdfs + "range") range[t.subject.value].insert(t.object.value);
    if (p == kRdfs + "subClassOf") super_class[t.subject.value].insert(t.object.value);
    if (p == kRdfs + "subPropertyOf") super_property[t.subject.value].insert(t.object.value);
    facts.insert({t.subject.value, p, t.object.value, t.object.kind != Term::Kind::Literal});
  }
  std::map<std::string, std::set<std::string>> types;
  for (bool changed = true; changed;) {
    changed = false;
    auto add = [&](const std::string& node, const std::string& type) {
      changed = types[node].insert(type).second || changed;
    };
    for (const auto& [s, p, o, resource] : std::set(facts)) {
      if (p == kType) add(s, o);
      for (const std::string& d : domain[p]) add(s, d);
      if (resource) {
        for (const std::string& r : range[p]) add(o, r);
      }
      for (const std::string& q : super_property[p]) {
        changed = facts.insert({s, q, o, resource}).second || changed;
      }
    }
    for (auto& [node, set] : types) {
      for (const std::string& type : std::set(set)) {
        for (const std::string& super : super_class[type]) add(node, super);
      }
    }
  }
  return types;
}

TEST_CASE("RDFS entailment types no person, place or article as an organization") {
  Model model = BuildModel(testing::SampleKnowledgeBase());
  model.ParseFile(std::string(NEWSKG_SOURCE_DIR) + "/schema/newskg.ttl");
  model.ParseFile(std::string(NEWSKG_SOURCE_DIR) + "/tests/rdf/data/published_vocabularies.ttl");
  const auto types = EntailedTypes(model.Triples());
  const std::string organization = std::string(vocab::kOrgNs) + "Organization";
  std::size_t checked = 0;
  for (const auto& [node, set] : types) {
    const bool person = set.count(std::string(vocab::schema::kPerson)) > 0;
    const bool place = set.count(std::string(vocab::schema::kPlace)) > 0;
    const bool article = set.count(std::string(vocab::schema::kNewsArticle)) > 0;
    if (!person && !place && !article) continue;
    ++checked;
    INFO(node);
    CHECK_FALSE(set.count(organization));
    CHECK_FALSE(set.count(std::string(vocab::org::kPost)));
  }
  CHECK(checked == 7);  // 2 persons, 2 places, 3 articles
  // The sample has a role of a place (Bürgermeister of Lüneburg): written with nkg:postOf.
  CHECK(model.Query("ASK { ?post <https://newskg.example.org/ns#postOf> "
                    "<https://newskg.example.org/kg/entity/luneburg> }").boolean);
}

}  // namespace
}  // namespace newskg::rdf
