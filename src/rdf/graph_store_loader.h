// Loading an N-Triples file into a named graph of a SPARQL 1.1 Graph Store HTTP Protocol
// endpoint (Virtuoso's /sparql-graph-crud-auth, Fuseki's /dataset/data, GraphDB's
// /repositories/x/rdf-graphs/service): the file goes in pieces cut at line ends, several
// requests at a time, so memory stays flat and the store never parses one huge body.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "rdf/http_client.h"

namespace newskg::rdf {

struct GraphStoreTarget {
  std::string url;    // the Graph Store endpoint
  std::string graph;  // the named graph's IRI
  std::optional<HttpCredentials> credentials;
};

struct GraphLoadOptions {
  bool replace = true;                    // delete the graph first; false adds to it
  std::size_t chunk_bytes = 8u << 20;     // size of one request's body
  unsigned jobs = 2;                      // requests at a time
  std::chrono::seconds timeout{600};      // for each request
};

struct GraphLoadReport {
  std::size_t triples = 0;
  std::size_t bytes = 0;
  std::size_t requests = 0;
  double seconds = 0;
};

// Checks the file (UTF-8, no blank nodes when it takes more than one request, since a blank node
// label means a different node in each request), then sends it. Throws InputError for the file,
// std::runtime_error naming the store, its status and message when a request fails; the graph
// may then hold part of the file, which the message says.
GraphLoadReport LoadNTriples(const GraphStoreTarget& target, const std::filesystem::path& file,
                             const GraphLoadOptions& options);

}  // namespace newskg::rdf
