// `newskg sparql` end to end: output formats, refused queries, limits (time, rows, memory, graph
// size), bad graph files, no network from SERVICE without --allow-remote, terminal-safe tables.
#include <catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

const std::string kPrefixes =
    "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

// A small graph of invented meetings, written by hand.
const char* kGraph = R"(@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
ex:m1 a schema:Event ; schema:attendee ex:anna , ex:ben ; schema:location ex:bonn .
ex:m2 a schema:Event ; schema:attendee ex:anna , ex:cem .
ex:anna a schema:Person ; rdfs:label "Anna Ärmel"@de .
ex:ben a schema:Person ; rdfs:label "Ben Bauer"@de .
ex:cem a schema:Person ; rdfs:label "Cem \u001B[41mCelik"@de .
ex:bonn a schema:Place ; rdfs:label "Bonn"@de .
)";

// Many triples, for queries whose cross products are large.
std::string LargeGraph(int subjects) {
  std::string text;
  for (int i = 0; i < subjects; ++i) {
    text += "<http://example.org/s" + std::to_string(i) + "> <http://example.org/p> \"" +
            std::to_string(i) + "\" .\n";
  }
  return text;
}

RunResult Sparql(const TempDir& dir, std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "sparql");
  return RunNewskg(arguments, dir.path());
}

// A TCP listener on the loopback interface that never answers: it shows whether anyone tried to
// connect.
class LoopbackListener {
 public:
  LoopbackListener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd_, 16) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      throw std::runtime_error("cannot listen on the loopback interface");
    }
    port_ = ntohs(address.sin_port);
  }
  ~LoopbackListener() { ::close(fd_); }

  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  // Whether a connection is waiting to be accepted.
  bool ConnectionArrived() const {
    pollfd poll_fd{fd_, POLLIN, 0};
    return ::poll(&poll_fd, 1, 300) > 0;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

TEST_CASE("sparql: every table format keeps its header when nothing matches") {
  TempDir dir;
  dir.Write("g.ttl", kGraph);
  const std::string query = kPrefixes + "SELECT ?x ?name WHERE { ?x rdfs:label ?name ; a schema:Nothing }";
  const RunResult csv = Sparql(dir, {"--graph", "g.ttl", "--format", "csv", query});
  INFO(csv.err);
  CHECK(csv.exit_code == 0);
  CHECK(csv.out == "x,name\r\n");
  CHECK(Sparql(dir, {"--graph", "g.ttl", "--format", "tsv", query}).out == "?x\t?name\n");
  const RunResult json = Sparql(dir, {"--graph", "g.ttl", "--format", "json", query});
  CHECK(nlohmann::json::parse(json.out)["head"]["vars"] == nlohmann::json::array({"x", "name"}));
  CHECK(Sparql(dir, {"--graph", "g.ttl", query}).out.rfind("x  name\n", 0) == 0);
  // Aggregates without GROUP BY over nothing: one row, as SPARQL says.
  const RunResult count = Sparql(
      dir, {"--graph", "g.ttl", "--format", "csv",
            kPrefixes + "SELECT (COUNT(*) AS ?n) WHERE { ?x a schema:Nothing }"});
  CHECK(count.out == "n\r\n0\r\n");
}

TEST_CASE("sparql: CONSTRUCT prints RDF, and formats must fit the query") {
  TempDir dir;
  dir.Write("g.ttl", kGraph);
  const std::string construct =
      kPrefixes + "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }";
  const RunResult turtle = Sparql(dir, {"--graph", "g.ttl", construct});
  INFO(turtle.err);
  REQUIRE(turtle.exit_code == 0);
  CHECK(Contains(turtle.out, "@prefix schema: <http://schema.org/>"));
  CHECK(Contains(turtle.out, "schema:name \"Anna Ärmel\"@de"));
  const RunResult ntriples = Sparql(dir, {"--graph", "g.ttl", "--format", "ntriples", construct});
  CHECK(Contains(ntriples.out, "<http://example.org/ben> <http://schema.org/name> \"Ben Bauer\"@de ."));
  // The graph file can be read back by rapper-like tools: the output parses as RDF.
  dir.Write("out.nt", ntriples.out);
  CHECK(Sparql(dir, {"--graph", "out.nt", "ASK { ?s <http://schema.org/name> ?o }"}).out == "true\n");

  CHECK(Sparql(dir, {"--graph", "g.ttl", "--format", "csv", construct}).exit_code == 2);
  CHECK(Sparql(dir, {"--graph", "g.ttl", "--format", "turtle", "SELECT * { ?s ?p ?o }"}).exit_code == 2);
}

TEST_CASE("sparql: queries the embedded engine answers wrongly are refused with the construct named") {
  TempDir dir;
  dir.Write("g.ttl", kGraph);
  const RunResult optional = Sparql(
      dir, {"--graph", "g.ttl",
            kPrefixes + "SELECT ?other ?l WHERE { ?m a schema:Event ; schema:attendee ?o . "
                        "?o rdfs:label ?other OPTIONAL { ?m schema:location ?l } }"});
  CHECK(optional.exit_code == 1);
  CHECK(optional.out.empty());
  CHECK(Contains(optional.err, "OPTIONAL"));
  CHECK(Contains(optional.err, "--endpoint"));

  const RunResult path = Sparql(
      dir, {"--graph", "g.ttl", kPrefixes + "SELECT * WHERE { ?m schema:attendee/rdfs:label ?n }"});
  CHECK(path.exit_code == 1);
  CHECK(Contains(path.err, "property paths (schema:attendee/rdfs:label)"));

  const RunResult year = Sparql(
      dir, {"--graph", "g.ttl", "SELECT ?d WHERE { ?m <http://schema.org/startDate> ?d FILTER(YEAR(?d) = 2025) }"});
  CHECK(year.exit_code == 1);
  CHECK(Contains(year.err, "YEAR()"));

  const RunResult update = Sparql(dir, {"--graph", "g.ttl", "DELETE WHERE { ?s ?p ?o }"});
  CHECK(update.exit_code == 1);
  CHECK(Contains(update.err, "not updates"));
}

TEST_CASE("sparql: control characters from the data do not reach the terminal") {
  TempDir dir;
  dir.Write("g.ttl", kGraph);
  const RunResult table =
      Sparql(dir, {"--graph", "g.ttl", kPrefixes + "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find('\x1b') == std::string::npos);
  CHECK(Contains(table.out, "Cem \\x1b[41mCelik"));
  // Machine formats keep the data as it is.
  const RunResult json = Sparql(dir, {"--graph", "g.ttl", "--format", "json",
                                      kPrefixes + "SELECT ?n WHERE { <http://example.org/cem> rdfs:label ?n }"});
  CHECK(nlohmann::json::parse(json.out)["results"]["bindings"][0]["n"]["value"] == "Cem \x1b[41mCelik");
}

TEST_CASE("sparql: a query that runs too long is stopped with a clear message") {
  TempDir dir;
  dir.Write("big.nt", LargeGraph(400));
  const RunResult run = Sparql(dir, {"--graph", "big.nt", "--timeout", "1",
                                     "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"});
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "did not finish within 1 s (--timeout)"));
}

TEST_CASE("sparql: answers beyond the row or memory limit are refused, not printed") {
  TempDir dir;
  dir.Write("big.nt", LargeGraph(400));
  const RunResult rows = Sparql(dir, {"--graph", "big.nt", "--max-rows", "1000",
                                      "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"});
  CHECK(rows.exit_code == 1);
  CHECK(rows.out.empty());
  CHECK(Contains(rows.err, "more than 1000 rows"));
  const RunResult memory =
      Sparql(dir, {"--graph", "big.nt", "--max-memory", "64", "--max-rows", "0",
                   "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"});
  CHECK(memory.exit_code == 1);
  CHECK(Contains(memory.err, "--max-memory"));
}

TEST_CASE("sparql: bad graph files are errors naming the file and place") {
  TempDir dir;
  dir.Write("ff.ttl", "\xff<http://a/b> <http://a/c> <http://a/d> .\n");
  const RunResult ff = Sparql(dir, {"--graph", "ff.ttl", "ASK { ?s ?p ?o }"});
  CHECK(ff.exit_code == 1);
  CHECK(ff.out.empty());
  CHECK(Contains(ff.err, "ff.ttl (byte 0)"));
  CHECK(Contains(ff.err, "not UTF-8"));

  dir.Write("broken.ttl", "<http://a/b> <http://a/c> <http://a/d> .\n<http://a/b> <http://a/c> .\n");
  const RunResult broken = Sparql(dir, {"--graph", "broken.ttl", "ASK { ?s ?p ?o }"});
  CHECK(broken.exit_code == 1);
  CHECK(Contains(broken.err, "broken.ttl"));
  CHECK(Contains(broken.err, "line 2"));

  dir.Write("big.nt", LargeGraph(30000));  // about 1.5 MB
  const RunResult big = Sparql(dir, {"--graph", "big.nt", "--max-graph-size", "1", "ASK { ?s ?p ?o }"});
  CHECK(big.exit_code == 1);
  CHECK(Contains(big.err, "big.nt"));
  CHECK(Contains(big.err, "--max-graph-size"));
  CHECK(Contains(big.err, "--endpoint"));
}

TEST_CASE("sparql: SERVICE opens no connection unless --allow-remote is given") {
  TempDir dir;
  dir.Write("g.ttl", kGraph);
  const LoopbackListener listener;
  const std::string service =
      "SELECT * WHERE { SERVICE <" + listener.Url("/sparql") + "> { ?s ?p ?o } }";

  const RunResult embedded = Sparql(dir, {"--graph", "g.ttl", service});
  CHECK(embedded.exit_code == 1);
  CHECK(Contains(embedded.err, "--allow-remote"));
  CHECK_FALSE(listener.ConnectionArrived());

  // Also the embedded engine with --allow-remote: it never runs SERVICE.
  const RunResult allowed_embedded = Sparql(dir, {"--graph", "g.ttl", "--allow-remote", service});
  CHECK(allowed_embedded.exit_code == 1);
  CHECK(Contains(allowed_embedded.err, "SERVICE"));
  CHECK_FALSE(listener.ConnectionArrived());

  // A store is not asked to fetch either: the query is refused before it is sent.
  const RunResult store = Sparql(dir, {"--endpoint", listener.Url("/sparql"), "--timeout", "2", service});
  CHECK(store.exit_code == 1);
  CHECK(Contains(store.err, "--allow-remote"));
  CHECK_FALSE(listener.ConnectionArrived());

  // The check can see a connection: with --allow-remote the query goes to the endpoint, which
  // never answers.
  const RunResult sent =
      Sparql(dir, {"--endpoint", listener.Url("/sparql"), "--timeout", "2", "--allow-remote", service});
  CHECK(sent.exit_code == 1);
  CHECK(Contains(sent.err, "within 2 s (--timeout)"));
  CHECK(listener.ConnectionArrived());
}

TEST_CASE("sparql: an endpoint that is not there is an error naming it") {
  TempDir dir;
  int port = 0;
  {
    const LoopbackListener closed;  // a port that was free a moment ago
    port = std::stoi(closed.Url("").substr(17));
  }
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/sparql";
  const RunResult run = Sparql(dir, {"--endpoint", url, "ASK { ?s ?p ?o }"});
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, url));
  CHECK(Sparql(dir, {"--endpoint", url, "--graph", "x.ttl", "ASK {}"}).exit_code == 2);
}

}  // namespace
