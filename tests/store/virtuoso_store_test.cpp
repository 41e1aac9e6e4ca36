// `newskg load` and `newskg sparql --endpoint` against a real Virtuoso: replacing and adding to a
// named graph, logins, answers in every format, the store's errors and limits, timeouts.
#include <catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "store/store_fixture.h"

using namespace newskg::testing;

namespace {

// The number of triples in a named graph, asked with the embedded JSON output.
long long CountIn(const Virtuoso& virtuoso, const std::string& graph) {
  const RunResult run = RunNewskg({"sparql", "--endpoint", virtuoso.sparql, "--format", "json",
                                   "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"},
                                  "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return std::stoll(nlohmann::json::parse(run.out)["results"]["bindings"][0]["n"]["value"].get<std::string>());
}

TEST_CASE("store: load replaces a named graph, --update adds to it") {
  const Virtuoso virtuoso = RunningVirtuoso();
  const BuiltGraph& seeds = SeedsGraph();
  INFO(seeds.run.err);
  REQUIRE(seeds.run.exit_code == 0);
  const std::string graph = "urn:newskg:test:load";
  const std::set<std::string> seed_triples = TriplesOf(seeds.nt());

  const RunResult first = Load(virtuoso, seeds.out(), graph, {"--chunk-size", "1"});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(Contains(first.out, "into <" + graph + ">"));
  CHECK(CountIn(virtuoso, graph) == static_cast<long long>(seed_triples.size()));
  // Loading again replaces: the same count, not twice as many.
  REQUIRE(Load(virtuoso, seeds.nt(), graph).exit_code == 0);
  CHECK(CountIn(virtuoso, graph) == static_cast<long long>(seed_triples.size()));

  TempDir examples;
  const RunResult build =
      RunNewskg({"build", "-o", "out", std::string(NEWSKG_SOURCE_DIR) + "/examples"}, examples.path());
  REQUIRE(build.exit_code == 0);
  std::set<std::string> all = seed_triples;
  for (const std::string& triple : TriplesOf(examples / "out" / "graph.nt")) all.insert(triple);
  const RunResult update = Load(virtuoso, examples / "out", graph, {"--update"});
  INFO(update.err);
  REQUIRE(update.exit_code == 0);
  CHECK(Contains(update.out, "added"));
  CHECK(CountIn(virtuoso, graph) == static_cast<long long>(all.size()));
  // Without --update the examples alone are left.
  REQUIRE(Load(virtuoso, examples / "out", graph).exit_code == 0);
  CHECK(CountIn(virtuoso, graph) == static_cast<long long>(TriplesOf(examples / "out" / "graph.nt").size()));
}

TEST_CASE("store: a file larger than one request arrives whole") {
  const Virtuoso virtuoso = RunningVirtuoso();
  TempDir dir;
  std::string text;
  for (int i = 0; i < 40000; ++i) {
    text += "<https://example.org/s" + std::to_string(i) + "> <https://example.org/label> \"Zeile " +
            std::to_string(i) + " mit Umlauten äöü\"@de .\n";
  }
  dir.Write("many.nt", text);  // about 4 MB: five requests of 1 MB, two at a time
  const RunResult run = Load(virtuoso, dir / "many.nt", "urn:newskg:test:chunks",
                             {"--chunk-size", "1", "--jobs", "2"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "40,000 triples"));
  CHECK(CountIn(virtuoso, "urn:newskg:test:chunks") == 40000);
}

TEST_CASE("store: the default graph name comes from the output folder") {
  const Virtuoso virtuoso = RunningVirtuoso();
  TempDir dir;
  REQUIRE(RunNewskg({"build", "-o", "archiv 2025", std::string(NEWSKG_SOURCE_DIR) + "/examples"}, dir.path())
              .exit_code == 0);
  const RunResult run = RunNewskg({"load", (dir / "archiv 2025").string(), "--store", virtuoso.store,
                                   "--user", "dba", "--password-file", virtuoso.password_file},
                                  "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "<https://newskg.example.org/graph/archiv-2025>"));
  CHECK(CountIn(virtuoso, "https://newskg.example.org/graph/archiv-2025") > 0);
}

TEST_CASE("store: loading needs the right login and a graph file") {
  const Virtuoso virtuoso = RunningVirtuoso();
  const BuiltGraph& seeds = SeedsGraph();
  REQUIRE(seeds.run.exit_code == 0);
  const RunResult anonymous = RunNewskg({"load", seeds.out().string(), "--store", virtuoso.store}, "/");
  CHECK(anonymous.exit_code == 1);
  CHECK(Contains(anonymous.err, "HTTP 401"));
  CHECK(Contains(anonymous.err, "--password-file"));

  TempDir dir;
  dir.Write("wrong", "not-the-password\n");
  const RunResult wrong = RunNewskg({"load", seeds.out().string(), "--store", virtuoso.store, "--user",
                                     "dba", "--password-file", (dir / "wrong").string()},
                                    "/");
  CHECK(wrong.exit_code == 1);
  CHECK(Contains(wrong.err, "HTTP 401"));

  const RunResult missing = Load(virtuoso, dir / "nothing-here", "urn:x");
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "nothing-here"));
  dir.Write("bad.nt", "<http://a/b> <http://a/c> \"\xff\" .\n");
  const RunResult bad = Load(virtuoso, dir / "bad.nt", "urn:x");
  CHECK(bad.exit_code == 1);
  CHECK(Contains(bad.err, "bad.nt (byte 27)"));
  dir.Write("blank.nt", std::string(2 << 20, '#') + "\n_:b1 <http://a/c> \"x\" .\n");
  const RunResult blank = Load(virtuoso, dir / "blank.nt", "urn:x", {"--chunk-size", "1"});
  CHECK(blank.exit_code == 1);
  CHECK(Contains(blank.err, "line 2: a blank node"));
}

TEST_CASE("store: answers in every format, ASK both ways, CONSTRUCT and DESCRIBE as RDF") {
  const Virtuoso virtuoso = RunningVirtuoso();
  const BuiltGraph& seeds = SeedsGraph();
  REQUIRE(seeds.run.exit_code == 0);
  const std::string graph = "urn:newskg:test:formats";
  REQUIRE(Load(virtuoso, seeds.out(), graph).exit_code == 0);

  const std::string ids =
      "PREFIX schema: <http://schema.org/> SELECT ?id WHERE { ?a a schema:NewsArticle ; "
      "schema:identifier ?id } ORDER BY ?id";
  const RunResult embedded = RunNewskg({"sparql", "--graph", seeds.nt().string(), "--format", "csv", ids}, "/");
  const RunResult csv = StoreQuery(virtuoso, graph, {"--format", "csv", ids});
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out == embedded.out);
  CHECK(StoreQuery(virtuoso, graph, {"--format", "tsv", ids}).out.rfind("?id\n\"", 0) == 0);
  CHECK(Contains(StoreQuery(virtuoso, graph, {ids}).out, "id\n--"));

  CHECK(StoreQuery(virtuoso, graph, {"ASK { ?s a <http://schema.org/NewsArticle> }"}).out == "true\n");
  CHECK(StoreQuery(virtuoso, graph, {"ASK { ?s a <http://schema.org/Nothing> }"}).out == "false\n");
  CHECK(StoreQuery(virtuoso, graph, {"--format", "json", "ASK { ?s ?p ?o }"}).out ==
        "{\n  \"boolean\": true,\n  \"head\": {}\n}\n");

  const RunResult empty = StoreQuery(virtuoso, graph, {"--format", "csv", "SELECT ?x ?y WHERE { ?x <urn:nothing> ?y }"});
  CHECK(empty.out == "x,y\r\n");

  const RunResult describe = StoreQuery(
      virtuoso, graph, {"--format", "ntriples", "DESCRIBE <https://newskg.example.org/kg/article/" +
                                                    std::string("does-not-exist>")});
  CHECK(describe.exit_code == 0);
  const RunResult construct = StoreQuery(
      virtuoso, graph,
      {"PREFIX schema: <http://schema.org/> CONSTRUCT { ?a a schema:CreativeWork } WHERE { ?a a schema:NewsArticle }"});
  INFO(construct.err);
  REQUIRE(construct.exit_code == 0);
  CHECK(Contains(construct.out, "@prefix schema: <http://schema.org/>"));
  CHECK(Contains(construct.out, "a schema:CreativeWork"));
}

TEST_CASE("store: its errors, its row limit and the time limit are reported, never partial answers") {
  const Virtuoso virtuoso = RunningVirtuoso();
  const BuiltGraph& seeds = SeedsGraph();
  REQUIRE(seeds.run.exit_code == 0);
  const std::string graph = "urn:newskg:test:limits";
  REQUIRE(Load(virtuoso, seeds.out(), graph).exit_code == 0);

  const RunResult syntax = StoreQuery(virtuoso, graph, {"SELECT ?x WHERE { ?x ?y }"});
  CHECK(syntax.exit_code == 1);
  CHECK(Contains(syntax.err, "answered HTTP"));
  CHECK(Contains(syntax.err, "Virtuoso"));

  // The fixture's store cuts JSON answers at 5000 rows (and says so, which newskg checks:
  // tests/rdf/sparql_endpoint_test.cpp); newskg reads Virtuoso's Turtle result sets, which come
  // whole.
  const RunResult whole = StoreQuery(
      virtuoso, graph, {"--format", "csv", "SELECT ?s ?o ?c WHERE { ?s ?p ?o . ?c a <http://schema.org/Country> }"});
  INFO(whole.err);
  CHECK(whole.exit_code == 0);
  CHECK(std::count(whole.out.begin(), whole.out.end(), '\n') > 20000);

  const RunResult rows = StoreQuery(virtuoso, graph, {"--max-rows", "10", "SELECT * WHERE { ?s ?p ?o } LIMIT 11"});
  CHECK(rows.exit_code == 1);
  CHECK(Contains(rows.err, "more than 10 rows"));

  const RunResult slow = StoreQuery(
      virtuoso, graph,
      {"--timeout", "1", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"});
  CHECK(slow.exit_code == 1);
  CHECK(Contains(slow.err, "within 1 s (--timeout)"));
}

TEST_CASE("store: remote fetching pragmas are refused before anything is sent") {
  const Virtuoso virtuoso = RunningVirtuoso();
  const RunResult run = RunNewskg(
      {"sparql", "--endpoint", virtuoso.sparql,
       "DEFINE get:soft \"soft\" SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }"},
      "/");
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "get:soft"));
  CHECK(Contains(run.err, "--allow-remote"));
}

}  // namespace

TEST_CASE("store: the example store queries run on the examples' graph") {
  const Virtuoso virtuoso = RunningVirtuoso();
  TempDir dir;
  REQUIRE(RunNewskg({"build", "-o", "out", std::string(NEWSKG_SOURCE_DIR) + "/examples"}, dir.path())
              .exit_code == 0);
  const std::string graph = "urn:newskg:test:examples";
  REQUIRE(Load(virtuoso, dir / "out", graph).exit_code == 0);
  int ran = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(NEWSKG_SOURCE_DIR) + "/examples/store-queries")) {
    if (entry.path().extension() != ".rq") continue;
    const RunResult run = StoreQuery(virtuoso, graph, {"-f", entry.path().string()});
    INFO(entry.path() << "\n" << run.err);
    CHECK(run.exit_code == 0);
    CHECK(Contains(run.out, "--"));  // a table with a header rule
    ++ran;
  }
  CHECK(ran >= 5);
}
