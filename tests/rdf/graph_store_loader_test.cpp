// The Graph Store client against canned HTTP answers on the loopback interface: a request the
// store aborted for a deadlock is sent again; other refusals are reported at once. (The real
// store is tested in tests/store against Virtuoso.)
#include <catch.hpp>

#include <fstream>

#include "canned_server.h"
#include "cli/temp_dir.h"
#include "rdf/graph_store_loader.h"

namespace newskg::rdf {
namespace {

using testing::CannedServer;

const std::string kCreated = "HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\n";
const std::string kFailed = "HTTP/1.1 500 Request Failed\r\nContent-Type: text/html\r\n";

// Loads two triples (one request) into the server's endpoint; returns the error, if any.
std::string Load(const CannedServer& server, const std::filesystem::path& file) {
  std::ofstream(file) << "<http://example.org/a> <http://example.org/p> \"eins\"@de .\n"
                         "<http://example.org/b> <http://example.org/p> \"zwei\"@de .\n";
  GraphStoreTarget target;
  target.url = server.Url();
  target.graph = "urn:test";
  GraphLoadOptions options;
  options.replace = false;  // no DELETE first: every request seen is the chunk
  options.jobs = 1;
  options.timeout = std::chrono::seconds(10);
  try {
    LoadNTriples(target, file, options);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

std::size_t Posts(CannedServer& server) {
  std::size_t posts = 0;
  for (const std::string& request : server.Requests()) posts += request.rfind("POST ", 0) == 0;
  return posts;
}

TEST_CASE("graph store: a request Virtuoso aborted for a deadlock is sent again") {
  testing::TempDir dir;
  CannedServer server(kCreated, "");
  server.Then(kFailed, "<h3>Error 40001</h3><xmp>SR172: Transaction deadlocked</xmp>");
  server.Then(kFailed, "<h3>Error 40001</h3><xmp>SR172: Transaction deadlocked</xmp>");
  CHECK(Load(server, dir / "graph.nt").empty());
  CHECK(Posts(server) == 3);
}

TEST_CASE("graph store: a deadlock that persists, or another refusal, is reported") {
  testing::TempDir dir;
  SECTION("deadlocked every time: given up after five attempts") {
    CannedServer server(kFailed, "<xmp>SR172: Transaction deadlocked</xmp>");
    CHECK(Load(server, dir / "graph.nt").find("HTTP 500") != std::string::npos);
    CHECK(Posts(server) == 5);
  }
  SECTION("another server error: not sent again") {
    CannedServer server(kFailed, "<xmp>SP031: RDF syntax error</xmp>");
    CHECK(Load(server, dir / "graph.nt").find("SP031") != std::string::npos);
    CHECK(Posts(server) == 1);
  }
}

}  // namespace
}  // namespace newskg::rdf
