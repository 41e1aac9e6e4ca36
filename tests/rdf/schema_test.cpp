// schema/newskg.ttl: parses, and describes every class and property BuildModel writes.
#include <catch.hpp>

#include <set>

#include "rdf/model_sink.h"
#include "rdf/vocabulary.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

const std::string kSchemaFile = std::string(NEWSKG_SOURCE_DIR) + "/schema/newskg.ttl";

bool Described(const Model& schema, const std::string& iri, const std::set<std::string>& kinds) {
  bool typed = false;
  bool commented = false;
  for (const Triple& t : schema.Triples()) {
    if (t.subject.value != iri) continue;
    if (t.predicate.value == vocab::kRdfType && kinds.count(t.object.value)) typed = true;
    if (t.predicate.value == "http://www.w3.org/2000/01/rdf-schema#comment") commented = true;
  }
  return typed && commented;
}

TEST_CASE("the schema describes every class and property the graph uses") {
  Model schema;
  schema.ParseFile(kSchemaFile);
  REQUIRE(schema.size() > 100);

  const std::string owl(vocab::kOwlNs);
  const std::string rdfs(vocab::kRdfsNs);
  const std::set<std::string> class_kinds = {rdfs + "Class", owl + "Class"};
  const std::set<std::string> property_kinds = {std::string(vocab::kRdfNs) + "Property",
                                                owl + "ObjectProperty", owl + "DatatypeProperty"};

  std::set<std::string> classes, properties;
  for (const Triple& t : BuildModel(testing::SampleKnowledgeBase()).Triples()) {
    properties.insert(t.predicate.value);
    if (t.predicate.value == vocab::kRdfType) classes.insert(t.object.value);
  }
  CHECK(classes.size() == 8);
  CHECK(properties.size() == 25);
  for (const std::string& c : classes) {
    INFO("class " << c);
    CHECK(Described(schema, c, class_kinds));
  }
  for (const std::string& p : properties) {
    INFO("property " << p);
    CHECK(Described(schema, p, property_kinds));
  }
}

TEST_CASE("newskg's own properties have domain and range") {
  Model schema;
  schema.ParseFile(kSchemaFile);
  QueryResult missing = schema.Query(R"(
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?p WHERE {
      ?p a rdf:Property .
      FILTER(STRSTARTS(STR(?p), "https://newskg.example.org/ns#"))
      OPTIONAL { ?p rdfs:domain ?d } OPTIONAL { ?p rdfs:range ?r }
      FILTER(!BOUND(?d) || !BOUND(?r))
    })");
  CHECK(missing.rows.empty());
  QueryResult own = schema.Query(
      "SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#isDefinedBy> "
      "<https://newskg.example.org/ns> }");
  CHECK(own.rows.size() == 8);
}

}  // namespace
}  // namespace newskg::rdf
