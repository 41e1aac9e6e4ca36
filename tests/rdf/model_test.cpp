// Model: adding, parsing, serializing round trips, SPARQL queries and their errors.
#include <catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common/input_error.h"
#include "rdf/model_sink.h"
#include "rdf/model.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

const std::string kBase = "https://newskg.example.org/kg/";

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("adding the same triple twice keeps one") {
  Model model;
  Triple t{Term::Iri("http://ex.org/a"), Term::Iri("http://ex.org/p"), Term::Literal("Köln", "de")};
  model.Add(t);
  model.Add(t);
  model.Add({t.subject, t.predicate, Term::Literal("Köln")});
  CHECK(model.size() == 2);
  REQUIRE(model.Triples().size() == 2);
  CHECK(model.Triples()[0].object == Term::Literal("Köln"));
  CHECK(model.Triples()[1] == t);
}

TEST_CASE("a literal subject is refused") {
  Model model;
  CHECK_THROWS_AS(model.Add({Term::Literal("x"), Term::Iri("http://ex.org/p"), Term::Literal("y")}),
                  std::invalid_argument);
}

TEST_CASE("serializations parse back to the same triples") {
  Model built = BuildModel(testing::SampleKnowledgeBase());
  for (const char* syntax : {"turtle", "ntriples", "rdfxml"}) {
    INFO(syntax);
    Model parsed;
    parsed.ParseString(built.Serialize(syntax), syntax, kBase);
    CHECK(parsed.Triples() == built.Triples());
  }
}

TEST_CASE("ParseString keeps blank nodes, typed and tagged literals") {
  Model model;
  model.ParseString(
      "@prefix ex: <http://ex.org/> .\n"
      "ex:a ex:p [ ex:q \"Straße\"@de ] ; ex:n 42 ; ex:d \"2025-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .\n",
      "turtle", kBase);
  auto triples = model.Triples();
  REQUIRE(triples.size() == 4);
  int blanks = 0;
  for (const auto& t : triples) {
    if (t.subject.kind == Term::Kind::Blank) ++blanks;
    if (t.object.kind == Term::Kind::Blank) ++blanks;
  }
  CHECK(blanks == 2);
  CHECK(std::count(triples.begin(), triples.end(),
                   Triple{Term::Iri("http://ex.org/a"), Term::Iri("http://ex.org/n"),
                          Term::Typed("42", "http://www.w3.org/2001/XMLSchema#integer")}) == 1);
}

TEST_CASE("rapper accepts the turtle output") {
  if (std::system("command -v rapper >/dev/null 2>&1") != 0) {
    WARN("rapper (raptor2-utils) is not installed: external turtle check skipped");
    return;
  }
  testing::TempFile good("good.ttl");
  WriteFile(good.path(), BuildModel(testing::SampleKnowledgeBase()).Serialize("turtle"));
  CHECK(std::system(("rapper -q -i turtle -c '" + good.path() + "' >/dev/null 2>&1").c_str()) == 0);
  // The same check must fail on broken turtle, or it proves nothing.
  testing::TempFile bad("bad.ttl");
  WriteFile(bad.path(), "<http://ex.org/a> <http://ex.org/p> \"open .\n");
  CHECK(std::system(("rapper -q -i turtle -c '" + bad.path() + "' >/dev/null 2>&1").c_str()) != 0);
}

TEST_CASE("a syntax error names the file and the line") {
  testing::TempFile broken("broken.ttl");
  WriteFile(broken.path(),
            "@prefix ex: <http://ex.org/> .\n"
            "ex:a ex:p ex:b .\n"
            "ex:c ex:q ;; ex:d .\n");
  Model model;
  model.Add({Term::Iri("http://ex.org/x"), Term::Iri("http://ex.org/y"), Term::Literal("z")});
  try {
    model.ParseFile(broken.path());
    FAIL("no error for broken turtle");
  } catch (const InputError& error) {
    std::string message = error.what();
    INFO(message);
    CHECK(error.file() == broken.path());
    CHECK(message.find(broken.path()) != std::string::npos);
    CHECK(message.find("line 3") != std::string::npos);
  }
  CHECK(model.size() == 1);  // nothing of the broken file was added
}

TEST_CASE("a missing file is an InputError") {
  Model model;
  CHECK_THROWS_AS(model.ParseFile("/nonexistent/newskg/nothing.ttl"), InputError);
}

TEST_CASE("ParseFile reads N-Triples") {
  testing::TempFile file("ok.nt");
  WriteFile(file.path(), "<http://ex.org/a> <http://ex.org/p> \"Müller\"@de .\n");
  Model model;
  model.ParseFile(file.path(), "ntriples");
  REQUIRE(model.size() == 1);
  CHECK(model.Triples()[0].object == Term::Literal("Müller", "de"));
}

TEST_CASE("SPARQL SELECT returns bound and unbound values") {
  Model model = BuildModel(testing::SampleKnowledgeBase());
  QueryResult result = model.Query(R"(
    PREFIX schema: <http://schema.org/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?label ?date WHERE {
      ?m a schema:Event ; schema:attendee ?p .
      ?p rdfs:label ?label .
      OPTIONAL { ?m schema:startDate ?date }
    } ORDER BY ?label ?date)");
  REQUIRE(result.kind == QueryResult::Kind::Bindings);
  CHECK(result.variables == std::vector<std::string>{"label", "date"});
  REQUIRE(result.rows.size() == 4);
  CHECK(result.rows[0][0] == Term::Literal("Annegret Vogelsang", "de"));
  CHECK_FALSE(result.rows[0][1].has_value());
  CHECK(result.rows[1][1] == Term::Typed("2025-03-10", "http://www.w3.org/2001/XMLSchema#date"));
  CHECK(result.rows[3][0] == Term::Literal("Österreich", "de"));
}

TEST_CASE("SPARQL 1.1 aggregates work") {
  Model model = BuildModel(testing::SampleKnowledgeBase());
  QueryResult result = model.Query(
      "PREFIX schema: <http://schema.org/> "
      "SELECT (COUNT(?e) AS ?n) WHERE { ?a schema:mentions ?e }");
  REQUIRE(result.rows.size() == 1);
  REQUIRE(result.rows[0][0].has_value());
  CHECK(result.rows[0][0]->value == "8");
}

TEST_CASE("SPARQL ASK and CONSTRUCT") {
  Model model = BuildModel(testing::SampleKnowledgeBase());
  QueryResult yes = model.Query(
      "ASK { ?p <http://www.w3.org/ns/org#holds> ?post }");
  CHECK(yes.kind == QueryResult::Kind::Boolean);
  CHECK(yes.boolean);
  QueryResult no = model.Query("ASK { ?x a <http://schema.org/Movie> }");
  CHECK_FALSE(no.boolean);

  QueryResult graph = model.Query(
      "PREFIX org: <http://www.w3.org/ns/org#> "
      "CONSTRUCT { ?post org:heldBy ?p } WHERE { ?p org:holds ?post }");
  REQUIRE(graph.kind == QueryResult::Kind::Graph);
  CHECK(graph.triples.size() == 3);
  CHECK(std::is_sorted(graph.triples.begin(), graph.triples.end()));
}

TEST_CASE("a bad query throws with the parser's message") {
  Model model;
  try {
    model.Query("SELECT ?x WHERE { ?x ?y ");
    FAIL("no error for a broken query");
  } catch (const std::runtime_error& error) {
    std::string message = error.what();
    INFO(message);
    CHECK(message.find("syntax error") != std::string::npos);
  }
}

TEST_CASE("an unknown syntax is refused") {
  Model model;
  CHECK_THROWS_AS(model.Serialize("no-such-syntax"), std::invalid_argument);
}

}  // namespace
}  // namespace newskg::rdf
