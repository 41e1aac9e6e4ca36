// The SPARQL tokenizer and what newskg reads from tokens: form, SERVICE, FROM, paths, EXISTS.
#include <catch.hpp>

#include "rdf/sparql_lexer.h"

namespace newskg::rdf {
namespace {

using Kind = SparqlToken::Kind;

TEST_CASE("tokens: IRIs, prefixed names, variables, strings, comments") {
  const auto tokens = TokenizeSparql(
      "PREFIX s: <http://schema.org/> # a comment with SERVICE\n"
      "SELECT ?x WHERE { ?x s:name \"SERVICE <x>\"@de ; a s:Person . FILTER(?n <= 3.5e1) }");
  std::vector<std::string> texts;
  for (const SparqlToken& token : tokens) texts.push_back(token.text);
  CHECK(texts == std::vector<std::string>{"PREFIX", "s:", "http://schema.org/", "SELECT", "x",
                                          "WHERE", "{", "x", "s:name", "\"SERVICE <x>\"", "de",
                                          ";", "a", "s:Person", ".", "FILTER", "(", "n", "<=",
                                          "3.5e1", ")", "}"});
  CHECK(tokens[2].kind == Kind::Iri);
  CHECK(tokens[4].kind == Kind::Variable);
  CHECK(tokens[9].kind == Kind::String);
  CHECK(tokens[10].kind == Kind::LangTag);
}

TEST_CASE("a less-than comparison is not an IRI") {
  const auto tokens = TokenizeSparql("FILTER(?a < ?b && ?c > 1)");
  CHECK(tokens[3].kind == Kind::Punct);
  CHECK(tokens[3].text == "<");
}

TEST_CASE("unterminated strings and IRIs end at the end of the text") {
  CHECK_NOTHROW(TokenizeSparql("SELECT \"open"));
  CHECK_NOTHROW(TokenizeSparql("SELECT '''open"));
  CHECK_NOTHROW(TokenizeSparql("SELECT <open"));
  CHECK_NOTHROW(TokenizeSparql(std::string("\xff\x00\x01?", 4)));
}

TEST_CASE("the query form comes after the prologue") {
  CHECK(InspectSparql("PREFIX a: <x:> BASE <http://b/> select * {}").form == QueryForm::Select);
  CHECK(InspectSparql("# ASK\nCONSTRUCT WHERE { ?s ?p ?o }").form == QueryForm::Construct);
  CHECK(InspectSparql("DEFINE input:inference \"r\" ASK {}").form == QueryForm::Ask);
  CHECK(InspectSparql("DESCRIBE <http://x/>").form == QueryForm::Describe);
  CHECK(InspectSparql("INSERT DATA { <a:b> <a:c> <a:d> }").form == QueryForm::Update);
  CHECK(InspectSparql("DROP GRAPH <a:b>").form == QueryForm::Update);
  CHECK(InspectSparql("SELEKT ?x").form == QueryForm::Unknown);
}

TEST_CASE("SERVICE, FROM and fetching pragmas are found, not their look-alikes in strings") {
  const LexicalFacts facts = InspectSparql(
      "SELECT * FROM <http://h/a> FROM NAMED <http://h/b> WHERE { SERVICE SILENT <http://h/s> "
      "{ ?s ?p \"SERVICE <http://no/>\" } ?x <http://ex.org/service> ?y }");
  CHECK(facts.services == std::vector<std::string>{"<http://h/s>"});
  CHECK(facts.from == std::vector<std::string>{"<http://h/a>"});
  CHECK(facts.from_named == std::vector<std::string>{"<http://h/b>"});
  CHECK(InspectSparql("select * { service ?endpoint { ?s ?p ?o } }").services ==
        std::vector<std::string>{"endpoint"});
  CHECK(InspectSparql("DEFINE get:soft \"soft\" SELECT * FROM <http://h/> {}").remote_pragmas ==
        std::vector<std::string>{"get:soft"});
  CHECK(InspectSparql("DEFINE input:grab-all \"yes\" SELECT * {}").remote_pragmas.size() == 1);
  CHECK(InspectSparql("DEFINE input:inference \"r\" SELECT * {}").remote_pragmas.empty());
}

TEST_CASE("property paths and EXISTS are named; arithmetic and calls are not paths") {
  CHECK(InspectSparql("SELECT * { ?p org:holds/rdfs:label ?r }").property_paths ==
        std::vector<std::string>{"org:holds/rdfs:label"});
  CHECK(InspectSparql("SELECT * { ?m schema:attendee+ ?x }").property_paths ==
        std::vector<std::string>{"schema:attendee+"});
  CHECK(InspectSparql("SELECT * { ?x ^schema:attendee ?m }").property_paths ==
        std::vector<std::string>{"^schema:attendee"});
  CHECK(InspectSparql("SELECT * { ?x a/rdfs:subClassOf* ?c }").property_paths.size() == 2);
  CHECK(InspectSparql("SELECT (?a / 2 AS ?h) (xsd:integer(?b) * 3 AS ?t) (COUNT(*) AS ?n) { ?a "
                      "<p:q> ?b }").property_paths.empty());
  CHECK(InspectSparql("SELECT * { ?p a ?t FILTER NOT EXISTS { ?p <p:q> ?o } }").exists);
}

}  // namespace
}  // namespace newskg::rdf
