// A client for SPARQL 1.1 Protocol endpoints (Virtuoso, Fuseki, GraphDB, QLever, ...): sends a
// query, reads SPARQL 1.1 JSON results or RDF, and refuses answers the store marks as cut
// short (Virtuoso's partial "anytime" results and its row limit).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/http_client.h"
#include "rdf/query_limits.h"
#include "rdf/sparql_lexer.h"
#include "rdf/term.h"

namespace newskg::rdf {

struct EndpointOptions {
  std::string url;                          // e.g. http://127.0.0.1:8890/sparql
  std::vector<std::string> default_graphs;  // default-graph-uri
  std::vector<std::string> named_graphs;    // named-graph-uri
  std::optional<HttpCredentials> credentials;
};

// Sends `query` (of the given form, SELECT/ASK/CONSTRUCT/DESCRIBE) and returns the answer.
// Throws QueryLimitError (timeout, rows, size), std::runtime_error naming the endpoint with the
// store's own message when it answers with an error.
QueryResult QueryEndpoint(const EndpointOptions& endpoint, std::string_view query, QueryForm form,
                          const QueryLimits& limits);

// SPARQL 1.1 Query Results JSON as a QueryResult (also Virtuoso's "typed-literal" and its ASK
// answer as a one-row table). Throws std::runtime_error on anything else.
QueryResult ParseJsonResults(std::string_view json, QueryForm form);

}  // namespace newskg::rdf
