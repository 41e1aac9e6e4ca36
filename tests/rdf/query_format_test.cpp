// Query result formatters: table alignment, CSV quoting, SPARQL Results JSON shape.
#include <catch.hpp>

#include <nlohmann/json.hpp>

#include "rdf/model_sink.h"
#include "rdf/query_format.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

QueryResult TwoColumns() {
  QueryResult result;
  result.variables = {"wer", "was"};
  result.rows.push_back({Term::Iri("http://schema.org/Person"),
                         Term::Literal("Müller, \"der Ältere\"\nKöln", "de")});
  result.rows.push_back({std::nullopt, Term::Typed("7", "http://www.w3.org/2001/XMLSchema#integer")});
  result.rows.push_back({Term{Term::Kind::Blank, "b1", {}, {}}, Term::Iri("http://ex.org/ä")});
  return result;
}

TEST_CASE("CSV follows RFC 4180") {
  CHECK(FormatCsv(TwoColumns()) ==
        "wer,was\r\n"
        "http://schema.org/Person,\"Müller, \"\"der Ältere\"\"\nKöln\"\r\n"
        ",7\r\n"
        "_:b1,http://ex.org/ä\r\n");
  QueryResult ask;
  ask.kind = QueryResult::Kind::Boolean;
  ask.boolean = true;
  CHECK(FormatCsv(ask) == "true\r\n");
}

TEST_CASE("JSON follows the SPARQL 1.1 results format") {
  auto json = nlohmann::json::parse(FormatJson(TwoColumns()));
  CHECK(json["head"]["vars"] == nlohmann::json::array({"wer", "was"}));
  const auto& bindings = json["results"]["bindings"];
  REQUIRE(bindings.size() == 3);
  CHECK(bindings[0]["wer"] == nlohmann::json({{"type", "uri"}, {"value", "http://schema.org/Person"}}));
  CHECK(bindings[0]["was"]["type"] == "literal");
  CHECK(bindings[0]["was"]["xml:lang"] == "de");
  CHECK_FALSE(bindings[1].contains("wer"));
  CHECK(bindings[1]["was"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer");
  CHECK(bindings[2]["wer"] == nlohmann::json({{"type", "bnode"}, {"value", "b1"}}));

  QueryResult ask;
  ask.kind = QueryResult::Kind::Boolean;
  auto boolean = nlohmann::json::parse(FormatJson(ask));
  CHECK(boolean["boolean"] == false);
  CHECK(boolean.contains("head"));
  CHECK_FALSE(boolean.contains("results"));
}

TEST_CASE("the table aligns by characters and shortens IRIs") {
  QueryResult result;
  result.variables = {"name", "typ"};
  result.rows.push_back({Term::Literal("Jürgen Strauß", "de"), Term::Iri("http://schema.org/Person")});
  result.rows.push_back({Term::Literal("Ute Bär", "de"), Term::Iri("http://ex.org/x")});
  CHECK(FormatTable(result) ==
        "name           typ\n"
        "-------------  -----------------\n"
        "Jürgen Strauß  schema:Person\n"
        "Ute Bär        <http://ex.org/x>\n");
  QueryResult ask;
  ask.kind = QueryResult::Kind::Boolean;
  ask.boolean = true;
  CHECK(FormatTable(ask) == "true\n");
}

TEST_CASE("formatters accept real query results, CONSTRUCT included") {
  Model model = BuildModel(testing::SampleKnowledgeBase());
  QueryResult graph = model.Query(
      "CONSTRUCT { ?p <http://www.w3.org/ns/org#holds> ?post } "
      "WHERE { ?p <http://www.w3.org/ns/org#holds> ?post }");
  std::string table = FormatTable(graph, model.Prefixes());
  CHECK(table.find("person:jrgn-strauss") != std::string::npos);
  CHECK(table.rfind("subject", 0) == 0);
  auto json = nlohmann::json::parse(FormatJson(graph));
  CHECK(json["results"]["bindings"].size() == 3);
  CHECK(FormatCsv(graph).rfind("subject,predicate,object\r\n", 0) == 0);
}

}  // namespace
}  // namespace newskg::rdf
