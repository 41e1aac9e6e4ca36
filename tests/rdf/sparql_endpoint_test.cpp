// The SPARQL Protocol client against canned HTTP answers on the loopback interface: what it
// asks for, and that it refuses cut-short, partial, redirected or mistyped answers. (The real
// store is tested in tests/store against Virtuoso.)
#include <catch.hpp>

#include "canned_server.h"
#include "rdf/query_limits.h"
#include "rdf/sparql_endpoint.h"

namespace newskg::rdf {
namespace {

using testing::CannedServer;

QueryResult Ask(const CannedServer& server, QueryForm form, const std::string& query = "SELECT * { ?s ?p ?o }") {
  EndpointOptions endpoint;
  endpoint.url = server.Url();
  endpoint.default_graphs = {"urn:g:1"};
  QueryLimits limits;
  limits.timeout = std::chrono::seconds(10);
  return QueryEndpoint(endpoint, query, form, limits);
}

std::string ErrorOf(const CannedServer& server, QueryForm form) {
  try {
    Ask(server, form);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

const std::string kJsonHead = "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n";
const std::string kTwoRows =
    R"({"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://a/1"}},{"s":{"type":"uri","value":"http://a/2"}}]}})";

TEST_CASE("endpoint: the query and the default graph go as a form, JSON comes back") {
  CannedServer server(kJsonHead, kTwoRows);
  const QueryResult result = Ask(server, QueryForm::Select, "SELECT * { ?s ?p \"ä&b\" }");
  CHECK(result.rows.size() == 2);
  const std::vector<std::string> requests = server.Requests();
  REQUIRE(requests.size() == 2);  // the HEAD that asks which store it is, then the query
  CHECK(requests[0].rfind("HEAD /sparql", 0) == 0);
  const std::string& post = requests[1];
  CHECK(post.rfind("POST /sparql", 0) == 0);
  CHECK(post.find("Content-Type: application/x-www-form-urlencoded") != std::string::npos);
  CHECK(post.find("Accept: application/sparql-results+json") != std::string::npos);
  CHECK(post.find("query=SELECT%20%2A%20%7B%20%3Fs%20%3Fp%20%22%C3%A4%26b%22%20%7D") != std::string::npos);
  CHECK(post.find("default-graph-uri=urn%3Ag%3A1") != std::string::npos);
}

TEST_CASE("endpoint: a Virtuoso store is asked for Turtle result sets") {
  CannedServer server("HTTP/1.1 200 OK\r\nServer: Virtuoso/07.20.3229 (Linux)\r\nContent-Type: text/turtle\r\n",
                      "@prefix res: <http://www.w3.org/2005/sparql-results#> .\n"
                      "_:_ a res:ResultSet ; res:resultVariable \"s\" ;\n"
                      "  res:solution [ res:binding [ res:variable \"s\" ; res:value <http://a/2> ] ] ;\n"
                      "  res:solution [ res:binding [ res:variable \"s\" ; res:value <http://a/1> ] ] .\n");
  const QueryResult result = Ask(server, QueryForm::Select);
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0][0] == Term::Iri("http://a/2"));
  CHECK(server.Requests().back().find("Accept: text/turtle, application/sparql-results+json;q=0.5") !=
        std::string::npos);
}

TEST_CASE("endpoint: a large Turtle result set is read while it arrives, in order") {
  std::string turtle = "@prefix res: <http://www.w3.org/2005/sparql-results#> .\n"
                       "_:_ a res:ResultSet ; res:resultVariable \"n\" .\n";
  for (int i = 0; i < 30000; ++i) {
    turtle += "_:_ res:solution [ res:binding [ res:variable \"n\" ; res:value " + std::to_string(i) + " ] ] .\n";
  }
  CannedServer server("HTTP/1.1 200 OK\r\nServer: Virtuoso/07.20.3229 (Linux)\r\nContent-Type: text/turtle\r\n",
                      turtle);
  const QueryResult result = Ask(server, QueryForm::Select);
  REQUIRE(result.rows.size() == 30000);
  CHECK(result.rows[29999][0] == Term::Typed("29999", "http://www.w3.org/2001/XMLSchema#integer"));
  // A document that breaks off is an error, not a shorter answer.
  CannedServer broken("HTTP/1.1 200 OK\r\nServer: Virtuoso/07.20.3229 (Linux)\r\nContent-Type: text/turtle\r\n",
                      turtle.substr(0, turtle.size() / 2) + "_:_ res:solution [ res:binding [ res:var");
  CHECK(ErrorOf(broken, QueryForm::Select).find("not an RDF result set") != std::string::npos);
}

TEST_CASE("endpoint: answers cut at the store's row limit are refused") {
  CannedServer server(kJsonHead + "X-SPARQL-MaxRows: 2\r\n", kTwoRows);
  CHECK(ErrorOf(server, QueryForm::Select).find("cut the answer at 2 rows") != std::string::npos);
}

TEST_CASE("endpoint: Virtuoso's partial 'anytime' answers are refused") {
  CannedServer server(kJsonHead + "X-SQL-State: S1TAT\r\n", kTwoRows);
  CHECK(ErrorOf(server, QueryForm::Select).find("partial results") != std::string::npos);
}

TEST_CASE("endpoint: errors, redirects and answers of the wrong kind are reported") {
  CannedServer error("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n",
                     "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error\n\x1b[41m");
  const std::string message = ErrorOf(error, QueryForm::Select);
  CHECK(message.find("answered HTTP 400") != std::string::npos);
  CHECK(message.find("SP030") != std::string::npos);
  CHECK(message.find('\x1b') == std::string::npos);

  CannedServer redirect("HTTP/1.1 302 Found\r\nLocation: http://elsewhere.example/sparql\r\n", "");
  CHECK(ErrorOf(redirect, QueryForm::Select).find("redirects (HTTP 302) to http://elsewhere.example/sparql") !=
        std::string::npos);

  CannedServer html("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "<html></html>");
  CHECK(ErrorOf(html, QueryForm::Select).find("\"text/html\" instead of SPARQL JSON results") != std::string::npos);
  CHECK(ErrorOf(html, QueryForm::Construct).find("not RDF") != std::string::npos);
}

TEST_CASE("endpoint: CONSTRUCT answers are RDF, and row limits apply to them") {
  CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/n-triples\r\n",
                      "<http://a/1> <http://a/p> \"x\" .\n<http://a/2> <http://a/p> \"y\"@de .\n");
  const QueryResult graph = Ask(server, QueryForm::Construct, "CONSTRUCT WHERE { ?s ?p ?o }");
  CHECK(graph.kind == QueryResult::Kind::Graph);
  CHECK(graph.triples.size() == 2);
  EndpointOptions endpoint;
  endpoint.url = server.Url();
  QueryLimits limits;
  limits.max_rows = 1;
  CHECK_THROWS_AS(QueryEndpoint(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", QueryForm::Construct, limits),
                  QueryLimitError);
}

}  // namespace
}  // namespace newskg::rdf
