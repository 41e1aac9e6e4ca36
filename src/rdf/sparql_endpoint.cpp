#include "rdf/sparql_endpoint.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "common/terminal_text.h"
#include "rdf/model.h"
#include "rdf/rdf_result_set.h"

namespace newskg::rdf {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxResponseBytes = std::size_t{1} << 30;  // 1 GiB
constexpr std::size_t kMaxErrorText = 2000;

Term JsonTerm(const json& value) {
  const std::string type = value.at("type").get<std::string>();
  std::string text = value.at("value").get<std::string>();
  if (type == "uri") return Term::Iri(std::move(text));
  if (type == "bnode") return Term{Term::Kind::Blank, std::move(text), {}, {}};
  if (type == "literal" || type == "typed-literal") {
    Term term = Term::Literal(std::move(text));
    if (value.contains("xml:lang")) term.language = value.at("xml:lang").get<std::string>();
    if (value.contains("datatype")) term.datatype = value.at("datatype").get<std::string>();
    return term;
  }
  throw std::runtime_error("unknown term type \"" + type + "\"");
}

// The store's error text, shortened and made safe to print.
std::string StoreMessage(const HttpResponse& response) {
  std::string text = response.body.substr(0, kMaxErrorText);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  if (response.body.size() > kMaxErrorText) text += " ...";
  return common::EscapeLinesForTerminal(text);
}

std::string AcceptFor(QueryForm form, bool virtuoso) {
  if (form == QueryForm::Construct || form == QueryForm::Describe) {
    return "Accept: application/n-triples, text/turtle;q=0.9, text/plain;q=0.5";
  }
  // Virtuoso 7.2 writes SPARQL JSON results slowly (1.5 s for 14,000 rows) and the RDF result
  // set as Turtle ten times faster, in the order of the solutions. Other stores are asked for
  // JSON, since an RDF result set without res:index need not keep the order.
  if (virtuoso && form == QueryForm::Select) {
    return "Accept: text/turtle, application/sparql-results+json;q=0.5";
  }
  return "Accept: application/sparql-results+json";
}

// Whether the endpoint is a Virtuoso server (its Server header), asked with a HEAD request.
bool IsVirtuoso(HttpClient& client, const EndpointOptions& endpoint) {
  HttpRequest probe;
  probe.method = "HEAD";
  probe.url = endpoint.url;
  probe.timeout = std::chrono::milliseconds(5000);
  probe.credentials = endpoint.credentials;
  try {
    const HttpResponse response = client.Send(probe);
    const auto server = response.headers.find("server");
    return server != response.headers.end() && server->second.rfind("Virtuoso/", 0) == 0;
  } catch (const std::exception&) {
    return false;  // the query itself will report what is wrong
  }
}

std::string SyntaxOfMediaType(const std::string& media_type) {
  if (media_type == "application/n-triples" || media_type == "text/plain" ||
      media_type == "text/ntriples") {
    return "ntriples";
  }
  if (media_type == "text/turtle" || media_type == "application/x-turtle") return "turtle";
  if (media_type == "application/rdf+xml") return "rdfxml";
  return {};
}

}  // namespace

QueryResult ParseJsonResults(std::string_view text, QueryForm form) {
  json parsed;
  try {
    parsed = json::parse(text);
  } catch (const json::exception& error) {
    throw std::runtime_error(std::string("the answer is not JSON: ") + error.what());
  }
  QueryResult result;
  try {
    if (parsed.contains("boolean")) {
      result.kind = QueryResult::Kind::Boolean;
      result.boolean = parsed.at("boolean").get<bool>();
      return result;
    }
    for (const json& name : parsed.at("head").at("vars")) result.variables.push_back(name.get<std::string>());
    const json& bindings = parsed.at("results").at("bindings");
    if (form == QueryForm::Ask) {
      // Virtuoso 7.2 answers ASK with a table of one variable (__ASK_RETVAL) holding 1, or no row.
      result.kind = QueryResult::Kind::Boolean;
      if (result.variables.size() != 1) throw std::runtime_error("an ASK answer without a boolean");
      result.boolean = false;
      for (const json& binding : bindings) {
        const auto found = binding.find(result.variables[0]);
        if (found == binding.end()) continue;
        const std::string value = found->at("value").get<std::string>();
        result.boolean = value == "1" || value == "true";
      }
      result.variables.clear();
      return result;
    }
    for (const json& binding : bindings) {
      std::vector<std::optional<Term>> row;
      for (const std::string& name : result.variables) {
        const auto found = binding.find(name);
        row.push_back(found == binding.end() ? std::nullopt : std::optional<Term>(JsonTerm(*found)));
      }
      result.rows.push_back(std::move(row));
    }
  } catch (const json::exception& error) {
    throw std::runtime_error(std::string("the answer is not SPARQL JSON results: ") + error.what());
  }
  return result;
}

namespace {

// Sends a successful Turtle answer to the result-set parser as it arrives.
class StreamWhenTurtle : public HttpBodySink {
 public:
  explicit StreamWhenTurtle(RdfResultSetStream& stream) : stream_(stream) {}
  bool Wants(const HttpResponse& head) override {
    if (head.status != 200 || head.MediaType() != "text/turtle") return false;
    const auto state = head.headers.find("x-sql-state");
    if (state != head.headers.end() && state->second == "S1TAT") return false;  // refused below
    stream_.Start();
    return true;
  }
  bool Take(std::string_view piece) override { return stream_.Take(piece); }

 private:
  RdfResultSetStream& stream_;
};

}  // namespace

QueryResult QueryEndpoint(const EndpointOptions& endpoint, std::string_view query, QueryForm form,
                          const QueryLimits& limits) {
  HttpClient client;
  std::string body = "query=" + client.Escape(query);
  for (const std::string& graph : endpoint.default_graphs) body += "&default-graph-uri=" + client.Escape(graph);
  for (const std::string& graph : endpoint.named_graphs) body += "&named-graph-uri=" + client.Escape(graph);

  HttpRequest request;
  request.method = "POST";
  request.url = endpoint.url;
  const bool virtuoso = form == QueryForm::Select && IsVirtuoso(client, endpoint);
  request.headers = {"Content-Type: application/x-www-form-urlencoded", AcceptFor(form, virtuoso)};
  request.body = body;
  request.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(limits.timeout);
  request.credentials = endpoint.credentials;
  request.max_response_bytes = kMaxResponseBytes;
  // A SELECT answer in Turtle is parsed while it arrives.
  RdfResultSetStream stream(endpoint.url);
  StreamWhenTurtle sink(stream);
  if (form == QueryForm::Select) request.body_sink = &sink;

  HttpResponse response;
  try {
    response = client.Send(request);
  } catch (const HttpTimeout&) {
    throw QueryLimitError("no answer from " + endpoint.url + " within " +
                          std::to_string(limits.timeout.count()) +
                          " s (--timeout); narrow the query, add LIMIT, or raise --timeout");
  } catch (const HttpResponseTooLarge&) {
    throw QueryLimitError("the answer from " + endpoint.url + " is larger than " +
                          std::to_string(kMaxResponseBytes >> 20) + " MB; add LIMIT to the query");
  }
  const std::string where = "the endpoint " + endpoint.url;
  if (response.status >= 300 && response.status < 400) {
    const auto location = response.headers.find("location");
    throw std::runtime_error(where + " redirects (HTTP " + std::to_string(response.status) + ")" +
                             (location != response.headers.end()
                                  ? " to " + common::EscapeForTerminal(location->second)
                                  : std::string()) +
                             "; newskg does not follow redirects, give the final URL");
  }
  if (response.status != 200) {
    throw std::runtime_error(where + " answered HTTP " + std::to_string(response.status) + ":\n" +
                             StoreMessage(response));
  }
  if (const auto state = response.headers.find("x-sql-state");
      state != response.headers.end() && state->second == "S1TAT") {
    throw QueryLimitError(where + " stopped the query at its own time limit and sent partial "
                          "results, which newskg does not print; narrow the query or raise the "
                          "store's limit (Virtuoso: MaxQueryExecutionTime)");
  }

  QueryResult result;
  const std::string media_type = response.MediaType();
  if (form == QueryForm::Construct || form == QueryForm::Describe) {
    const std::string syntax = SyntaxOfMediaType(media_type);
    if (syntax.empty()) {
      throw std::runtime_error(where + " sent \"" + common::EscapeForTerminal(media_type) +
                               "\", not RDF, for a " + QueryFormName(form) + " query");
    }
    Model model;
    try {
      model.ParseString(response.body, syntax, endpoint.url);
    } catch (const std::exception& error) {
      throw std::runtime_error(where + " sent RDF that does not parse: " + error.what());
    }
    result.kind = QueryResult::Kind::Graph;
    result.triples = model.Triples();
    if (limits.max_rows > 0 && result.triples.size() > limits.max_rows) {
      throw QueryLimitError("the answer has more than " + std::to_string(limits.max_rows) +
                            " triples; add LIMIT to the query, or raise --max-rows");
    }
    return result;
  }
  if (response.streamed) {
    try {
      result = stream.Finish();
    } catch (const std::exception& error) {
      throw std::runtime_error(where + ": the answer is not an RDF result set: " + error.what());
    }
  } else if (media_type != "application/sparql-results+json" && media_type != "application/json") {
    throw std::runtime_error(where + " sent \"" + common::EscapeForTerminal(media_type) +
                             "\" instead of SPARQL JSON results");
  } else {
    try {
      result = ParseJsonResults(response.body, form);
    } catch (const std::exception& error) {
      throw std::runtime_error(where + ": " + error.what());
    }
  }
  if (const auto max_rows = response.headers.find("x-sparql-maxrows");
      max_rows != response.headers.end() && std::to_string(result.rows.size()) == max_rows->second) {
    throw QueryLimitError(where + " cut the answer at " + max_rows->second +
                          " rows (its ResultSetMaxRows); add LIMIT and OFFSET to page through "
                          "it, or raise the store's limit");
  }
  if (limits.max_rows > 0 && result.rows.size() > limits.max_rows) {
    throw QueryLimitError("the answer has more than " + std::to_string(limits.max_rows) +
                          " rows; add LIMIT to the query, or raise --max-rows");
  }
  return result;
}

}  // namespace newskg::rdf
