// newskg build on the bundled examples: deterministic, valid Turtle/N-Triples/GraphML, and
// queryable with `newskg sparql`; plus stdin input.
#include <catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

#include "e2e/output_checks.h"
#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

// The examples built once for all test cases of this file.
struct ExampleBuild {
  TempDir dir;
  RunResult run;
  ExampleBuild() { run = RunNewskg({"build", "-o", "out", ExamplesDir()}, dir.path()); }
  std::filesystem::path out() const { return dir / "out"; }
};

const ExampleBuild& Examples() {
  static const ExampleBuild build;
  return build;
}

std::vector<std::string> ExampleIds() {
  std::vector<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator(ExamplesDir())) {
    if (entry.path().extension() == ".txt") ids.push_back(entry.path().filename().string());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("build on the examples succeeds and prints a summary") {
  const ExampleBuild& build = Examples();
  INFO(build.run.err);
  REQUIRE(build.run.exit_code == 0);
  CHECK(ListFolder(build.out()) ==
        std::vector<std::string>{".newskg", "graph.gexf", "graph.graphml", "graph.index", "graph.nt", "graph.ttl"});
  CHECK(Contains(build.run.out, "articles:  " + std::to_string(ExampleIds().size())));
  for (const char* word : {"entities:", "Person", "Organization", "Place", "roles:", "meetings:",
                           "triples:"}) {
    CHECK(Contains(build.run.out, word));
  }
}

TEST_CASE("the same input gives byte-identical output") {
  const ExampleBuild& first = Examples();
  REQUIRE(first.run.exit_code == 0);
  TempDir dir;
  const RunResult second = RunNewskg({"build", "-o", "again", ExamplesDir()}, dir.path());
  REQUIRE(second.exit_code == 0);
  for (const char* name : {"graph.ttl", "graph.nt", "graph.graphml", "graph.gexf"}) {
    INFO(name);
    CHECK(ReadFile(first.out() / name) == ReadFile(dir / "again" / name));
  }
}

TEST_CASE("graph.ttl and graph.nt parse with rapper and hold the same triples") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  const long turtle = RapperCount("turtle", build.out() / "graph.ttl");
  const long ntriples = RapperCount("ntriples", build.out() / "graph.nt");
  CHECK(turtle > 0);
  CHECK(turtle == ntriples);
  std::smatch match;
  REQUIRE(std::regex_search(build.run.out, match, std::regex("triples: +([0-9]+)")));
  CHECK(std::stol(match[1]) == turtle);
}

TEST_CASE("graph.graphml is valid against the GraphML structure schema") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  Xmllint("graphml-structure.xsd", build.out() / "graph.graphml");
}

TEST_CASE("sparql reads the built graph back: every article, in JSON, CSV and table") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  const std::string query =
      "PREFIX schema: <http://schema.org/> SELECT ?id WHERE { ?a a schema:NewsArticle ; "
      "schema:identifier ?id } ORDER BY ?id";
  const std::string graph = (build.out() / "graph.ttl").string();

  const RunResult json = RunNewskg({"sparql", "--graph", graph, "--format", "json", query}, "/");
  INFO(json.err);
  REQUIRE(json.exit_code == 0);
  const nlohmann::json parsed = nlohmann::json::parse(json.out);
  std::vector<std::string> ids;
  for (const auto& row : parsed.at("results").at("bindings")) {
    ids.push_back(row.at("id").at("value").get<std::string>());
  }
  CHECK(ids == ExampleIds());

  const RunResult csv = RunNewskg({"sparql", "--graph", graph, "--format", "csv", query}, "/");
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("id\r\n", 0) == 0);
  const RunResult table = RunNewskg({"sparql", "--graph", graph, query}, "/");
  REQUIRE(table.exit_code == 0);
  for (const std::string& id : ExampleIds()) {
    CHECK(Contains(csv.out, id));
    CHECK(Contains(table.out, id));
  }

  // The N-Triples file answers the same.
  const RunResult from_nt =
      RunNewskg({"sparql", "--graph", (build.out() / "graph.nt").string(), "--format", "json",
                 query}, "/");
  REQUIRE(from_nt.exit_code == 0);
  CHECK(nlohmann::json::parse(from_nt.out) == parsed);
}

TEST_CASE("the example queries run on the example graph") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(NEWSKG_SOURCE_DIR) + "/examples/queries")) {
    INFO(entry.path());
    const RunResult run = RunNewskg(
        {"sparql", "--graph", (build.out() / "graph.ttl").string(), "-f", entry.path().string()},
        "/");
    INFO(run.err);
    CHECK(run.exit_code == 0);
  }
}

TEST_CASE("neighbors and path find entities of the built graph by name") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  const std::string graph = (build.out() / "graph.ttl").string();
  // Any person that took part in a meeting.
  const RunResult attendee = RunNewskg(
      {"sparql", "--graph", graph, "--format", "json",
       "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
       "SELECT ?name WHERE { ?m schema:attendee ?p . ?p a schema:Person ; rdfs:label ?name } "
       "ORDER BY ?name LIMIT 1"},
      "/");
  REQUIRE(attendee.exit_code == 0);
  const auto bindings = nlohmann::json::parse(attendee.out).at("results").at("bindings");
  REQUIRE(bindings.size() == 1);
  const std::string name = bindings[0].at("name").at("value").get<std::string>();

  const RunResult neighbors = RunNewskg({"neighbors", name, "--graph", graph}, "/");
  INFO(neighbors.err);
  CHECK(neighbors.exit_code == 0);
  CHECK(Contains(neighbors.out, name));

  const RunResult path = RunNewskg({"path", name, name, "--graph", graph}, "/");
  CHECK(path.exit_code == 0);

  const RunResult unknown = RunNewskg({"neighbors", "Xaver Quastenflosser", "--graph", graph}, "/");
  CHECK(unknown.exit_code == 1);
  CHECK(Contains(unknown.err, "Xaver Quastenflosser"));
  const RunResult unknown_path = RunNewskg({"path", name, "Xaver Quastenflosser", "--graph", graph}, "/");
  CHECK(unknown_path.exit_code == 1);
}

TEST_CASE("query commands on a missing graph file say so and exit 1") {
  TempDir dir;
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"neighbors", "Berlin"},
        std::vector<std::string>{"path", "Berlin", "Genf"},
        std::vector<std::string>{"sparql", "ASK { ?s ?p ?o }"}}) {
    const RunResult run = RunNewskg(arguments, dir.path());
    CHECK(run.exit_code == 1);
    // path and neighbors read the build folder's index, sparql its Turtle.
    CHECK(Contains(run.err, arguments[0] == "sparql" ? "newskg-out/graph.ttl" : "newskg-out"));
    CHECK(Contains(run.err, "newskg build"));
  }
}

TEST_CASE("a bad SPARQL query is an error, not a crash") {
  const ExampleBuild& build = Examples();
  REQUIRE(build.run.exit_code == 0);
  const RunResult run =
      RunNewskg({"sparql", "--graph", (build.out() / "graph.ttl").string(), "SELEKT ?x"}, "/");
  CHECK(run.exit_code == 1);
  CHECK_FALSE(run.err.empty());
}

TEST_CASE("standard input is read as the article \"stdin\"") {
  TempDir dir;
  const auto article = dir.Write(
      "artikel.txt",
      "Rom - Die italienische Ministerpräsidentin Chiara Valentini hat am Mittwoch den "
      "spanischen Regierungschef Álvaro Medina in Rom empfangen.\n");
  const RunResult run = RunNewskg({"build", "-o", "out", "-"}, dir.path(), article.string());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(ReadFile(dir / "out" / "graph.ttl"), "\"stdin\""));
}
