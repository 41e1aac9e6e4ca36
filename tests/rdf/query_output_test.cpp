// TSV and RDF output of query results, terminal-safe tables, the result codec and reading
// SPARQL JSON results from stores.
#include <catch.hpp>

#include "rdf/query_format.h"
#include "rdf/query_result_codec.h"
#include "rdf/rdf_result_set.h"
#include "rdf/sparql_endpoint.h"

namespace newskg::rdf {
namespace {

const std::string kInteger = "http://www.w3.org/2001/XMLSchema#integer";

QueryResult Sample() {
  QueryResult result;
  result.variables = {"wer", "was"};
  result.rows.push_back({Term::Iri("http://schema.org/Person"), Term::Literal("Tab\there \"x\" \\", "de")});
  result.rows.push_back({std::nullopt, Term::Typed("7", kInteger)});
  result.rows.push_back({Term{Term::Kind::Blank, "b1", {}, {}}, Term::Literal("Zeile\nzwei")});
  return result;
}

TEST_CASE("TSV follows the SPARQL 1.1 TSV results format") {
  CHECK(FormatTsv(Sample()) ==
        "?wer\t?was\n"
        "<http://schema.org/Person>\t\"Tab\\there \\\"x\\\" \\\\\"@de\n"
        "\t\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"
        "_:b1\t\"Zeile\\nzwei\"\n");
}

TEST_CASE("an empty answer keeps its header in every format") {
  QueryResult empty;
  empty.variables = {"a", "b"};
  CHECK(FormatCsv(empty) == "a,b\r\n");
  CHECK(FormatTsv(empty) == "?a\t?b\n");
  CHECK(FormatTable(empty).rfind("a  b\n", 0) == 0);
  CHECK(FormatJson(empty).find("\"vars\": [\n      \"a\",\n      \"b\"") != std::string::npos);
}

TEST_CASE("the table escapes terminal control sequences from the data") {
  QueryResult result;
  result.variables = {"name"};
  result.rows.push_back({Term::Literal("Ber\x1b[41mlin")});
  const std::string table = FormatTable(result);
  CHECK(table.find('\x1b') == std::string::npos);
  CHECK(table.find("Ber\\x1b[41mlin") != std::string::npos);
}

TEST_CASE("graph answers print as sorted N-Triples or Turtle with prefixes") {
  QueryResult graph;
  graph.kind = QueryResult::Kind::Graph;
  graph.triples = {{Term::Iri("http://schema.org/b"), Term::Iri("http://schema.org/name"), Term::Literal("B")},
                   {Term::Iri("http://schema.org/a"), Term::Iri("http://schema.org/name"), Term::Literal("A\x1b")}};
  const std::string nt = FormatGraph(graph, "ntriples", StandardPrefixes());
  CHECK(nt.find("<http://schema.org/a>") < nt.find("<http://schema.org/b>"));
  CHECK(nt.find('\x1b') == std::string::npos);
  const std::string ttl = FormatGraph(graph, "turtle", StandardPrefixes());
  CHECK(ttl.find("@prefix schema: <http://schema.org/>") != std::string::npos);
  CHECK(ttl.find("schema:a") != std::string::npos);
}

TEST_CASE("the result codec gives back what it was given") {
  QueryResult result = Sample();
  CHECK(DecodeQueryResult(EncodeQueryResult(result)).rows == result.rows);
  QueryResult graph;
  graph.kind = QueryResult::Kind::Graph;
  graph.triples = {{Term::Iri("a:b"), Term::Iri("a:c"), Term::Typed("1", kInteger)}};
  CHECK(DecodeQueryResult(EncodeQueryResult(graph)).triples == graph.triples);
  QueryResult ask;
  ask.kind = QueryResult::Kind::Boolean;
  ask.boolean = true;
  CHECK(DecodeQueryResult(EncodeQueryResult(ask)).boolean);
  const std::string bytes = EncodeQueryResult(result);
  CHECK_THROWS(DecodeQueryResult(bytes.substr(0, bytes.size() - 3)));
}

TEST_CASE("SPARQL JSON results from stores, including Virtuoso's dialect") {
  const QueryResult select = ParseJsonResults(
      R"({"head":{"vars":["x","n"]},"results":{"bindings":[
           {"x":{"type":"uri","value":"http://a/"},"n":{"type":"typed-literal","datatype":")" + kInteger + R"(","value":"3"}},
           {"n":{"type":"literal","xml:lang":"de","value":"Köln"}},
           {"x":{"type":"bnode","value":"b0"}}]}})",
      QueryForm::Select);
  REQUIRE(select.rows.size() == 3);
  CHECK(select.rows[0][0] == Term::Iri("http://a/"));
  CHECK(select.rows[0][1] == Term::Typed("3", kInteger));
  CHECK_FALSE(select.rows[1][0]);
  CHECK(select.rows[1][1] == Term::Literal("Köln", "de"));
  CHECK(select.rows[2][0]->kind == Term::Kind::Blank);

  CHECK(ParseJsonResults(R"({"head":{},"boolean":true})", QueryForm::Ask).boolean);
  // Virtuoso 7.2 answers ASK with a one-column table.
  const QueryResult virtuoso_yes = ParseJsonResults(
      R"({"head":{"vars":["__ASK_RETVAL"]},"results":{"bindings":[{"__ASK_RETVAL":{"type":"typed-literal","value":"1"}}]}})",
      QueryForm::Ask);
  CHECK(virtuoso_yes.kind == QueryResult::Kind::Boolean);
  CHECK(virtuoso_yes.boolean);
  CHECK_FALSE(ParseJsonResults(R"({"head":{"vars":["__ASK_RETVAL"]},"results":{"bindings":[]}})",
                               QueryForm::Ask).boolean);
  CHECK_THROWS(ParseJsonResults("<html>", QueryForm::Select));
  CHECK_THROWS(ParseJsonResults(R"({"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"bogus","value":""}}]}})",
                                QueryForm::Select));
}

}  // namespace
}  // namespace newskg::rdf

namespace newskg::rdf {
namespace {

TEST_CASE("RDF result sets expand prefixed names and relative IRIs, also in datatypes") {
  const std::string turtle = R"(@prefix rs: <http://www.w3.org/2005/sparql-results#> .
@prefix ex: <http://example.org/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
[] a rs:ResultSet ; rs:resultVariable "a" , "b" ;
   rs:solution [ rs:index 2 ; rs:binding [ rs:variable "a" ; rs:value ex:Treffen ] ,
                                         [ rs:variable "b" ; rs:value "3"^^xsd:int ] ] ;
   rs:solution [ rs:index 1 ; rs:binding [ rs:variable "a" ; rs:value <relativ/7> ] ,
                                         [ rs:variable "b" ; rs:value "Zeile\neins \"zwei\""@de-AT ] ] .
)";
  const QueryResult result = ReadRdfResultSet(turtle, "http://base/dir/");
  CHECK(result.variables == std::vector<std::string>{"a", "b"});
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0][0] == Term::Iri("http://base/dir/relativ/7"));
  CHECK(result.rows[0][1] == Term::Literal("Zeile\neins \"zwei\"", "de-AT"));
  CHECK(result.rows[1][0] == Term::Iri("http://example.org/ns#Treffen"));
  CHECK(result.rows[1][1] == Term::Typed("3", "http://www.w3.org/2001/XMLSchema#int"));
}

TEST_CASE("RDF result sets (Virtuoso's fast SELECT answer) keep the solutions' order") {
  const std::string turtle = R"(@prefix res: <http://www.w3.org/2005/sparql-results#> .
_:_ a res:ResultSet .
_:_ res:resultVariable "s" , "l" , "n" .
_:_ res:solution [
      res:binding [ res:variable "s" ; res:value <http://a/3> ] ;
      res:binding [ res:variable "l" ; res:value "\u0130nci"@de ] ;
      res:binding [ res:variable "n" ; res:value 17 ] ] .
_:_ res:solution [ res:binding [ res:variable "s" ; res:value _:b9 ] ] .
_:_ res:solution [ res:binding [ res:variable "s" ; res:value <http://a/1> ] ] .
)";
  const QueryResult result = ReadRdfResultSet(turtle, "http://base/");
  CHECK(result.variables == std::vector<std::string>{"s", "l", "n"});
  REQUIRE(result.rows.size() == 3);
  CHECK(result.rows[0][0] == Term::Iri("http://a/3"));
  CHECK(result.rows[0][1] == Term::Literal("İnci", "de"));
  CHECK(result.rows[0][2] == Term::Typed("17", "http://www.w3.org/2001/XMLSchema#integer"));
  CHECK(result.rows[1][0]->kind == Term::Kind::Blank);
  CHECK_FALSE(result.rows[1][1]);
  CHECK(result.rows[2][0] == Term::Iri("http://a/1"));
  CHECK_THROWS(ReadRdfResultSet("<a:b> <a:c> <a:d> .", "http://base/"));
  CHECK_THROWS(ReadRdfResultSet("@prefix res: <http://www.w3.org/2005/sparql-results#> .\n"
                                "_:r a res:ResultSet ; res:solution [ res:binding [ "
                                "res:variable \"x\" ; res:value nope:x ] ] .",
                                "http://base/"));
  CHECK_THROWS(ReadRdfResultSet("<a:b> <a:c> .", "http://base/"));
}

TEST_CASE("RDF result sets with labelled nodes in any order and a prefix that changes meaning") {
  // Bindings named before their solution, a solution named before the result set, and `r:`
  // rebound halfway: the predicates after it are no longer result-set terms.
  const std::string turtle = R"(@prefix r: <http://www.w3.org/2005/sparql-results#> .
_:b2 r:variable "x" ; r:value "zwei" .
_:s1 r:binding _:b1 .
_:set r:solution _:s1 , _:s2 .
_:s2 r:binding _:b2 .
_:b1 r:variable "x" ; r:value "eins" .
_:set a r:ResultSet ; r:resultVariable "x" .
@prefix r: <http://example.org/other#> .
_:set r:solution _:s3 .
)";
  const QueryResult result = ReadRdfResultSet(turtle, "http://base/");
  CHECK(result.variables == std::vector<std::string>{"x"});
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0][0] == Term::Literal("eins"));
  CHECK(result.rows[1][0] == Term::Literal("zwei"));
  // A binding without its value, and one of a variable the result set does not declare.
  CHECK_THROWS(ReadRdfResultSet("@prefix r: <http://www.w3.org/2005/sparql-results#> .\n"
                                "[] a r:ResultSet ; r:resultVariable \"x\" ; "
                                "r:solution [ r:binding [ r:variable \"x\" ] ] .",
                                "http://base/"));
  CHECK_THROWS(ReadRdfResultSet("@prefix r: <http://www.w3.org/2005/sparql-results#> .\n"
                                "[] a r:ResultSet ; r:resultVariable \"x\" ; "
                                "r:solution [ r:binding [ r:variable \"y\" ; r:value 1 ] ] .",
                                "http://base/"));
}

}  // namespace
}  // namespace newskg::rdf

namespace newskg::rdf {
namespace {

std::string ManySolutions(int count) {
  std::string turtle = "@prefix res: <http://www.w3.org/2005/sparql-results#> .\n"
                       "_:_ a res:ResultSet ; res:resultVariable \"n\" , \"s\" .\n";
  for (int i = 0; i < count; ++i) {
    turtle += "_:_ res:solution [ res:binding [ res:variable \"n\" ; res:value " + std::to_string(i) +
              " ] ; res:binding [ res:variable \"s\" ; res:value \"Zeile " + std::to_string(i) + "\"@de ] ] .\n";
  }
  return turtle;
}

TEST_CASE("RDF result set streams read in pieces of any size give the whole-text answer") {
  const std::string turtle = ManySolutions(300);
  const QueryResult whole = ReadRdfResultSet(turtle, "http://base/");
  REQUIRE(whole.rows.size() == 300);
  for (std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, turtle.size()}) {
    INFO("pieces of " << piece << " bytes");
    RdfResultSetStream stream("http://base/");
    for (std::size_t at = 0; at < turtle.size(); at += piece) {
      REQUIRE(stream.Take(std::string_view(turtle).substr(at, piece)));
    }
    const QueryResult streamed = stream.Finish();
    CHECK(streamed.variables == whole.variables);
    CHECK(streamed.rows == whole.rows);
  }
}

TEST_CASE("RDF result set streams report a broken document and never hang") {
  // Broken near the start: Finish throws serd's message, however much followed.
  std::string broken = "@prefix res: <http://www.w3.org/2005/sparql-results#> .\n_:_ a res:ResultSet ] .\n" +
                       ManySolutions(20000);
  RdfResultSetStream stream("http://base/");
  bool refused = false;
  for (std::size_t at = 0; at < broken.size() && !refused; at += 1000) {
    refused = !stream.Take(std::string_view(broken).substr(at, 1000));
  }
  CHECK_THROWS(stream.Finish());
  // An empty answer is no result set; a stream dropped unfinished stops its parser.
  RdfResultSetStream empty("http://base/");
  CHECK_THROWS(empty.Finish());
  {
    RdfResultSetStream dropped("http://base/");
    CHECK(dropped.Take("@prefix res: <http://www.w3.org/2005/sparql-results#> .\n_:_ a res:"));
  }
}

}  // namespace
}  // namespace newskg::rdf
