// The embedded engine: a graph file held in memory by Redland, answering the SPARQL queries
// rasqal is known to answer correctly, each in a child process with a time, row and memory limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "rdf/model.h"
#include "rdf/query_limits.h"
#include "rdf/term.h"

namespace newskg::rdf {

class EmbeddedEngine {
 public:
  // Reads the graph file (`syntax` "turtle", "ntriples" or "rdfxml"). Throws InputError naming
  // the file when it is larger than `max_graph_mb` (0: no limit), is not UTF-8 or does not parse.
  EmbeddedEngine(const std::string& graph_file, const std::string& syntax, std::size_t max_graph_mb);

  // Checks and runs `query`. Throws QuerySyntaxError, QueryRefused (a construct rasqal answers
  // wrongly), QueryLimitError (time, rows or memory) or std::runtime_error.
  QueryResult Run(std::string_view query, const QueryLimits& limits) const;

  const Model& model() const { return model_; }

 private:
  Model model_;
};

}  // namespace newskg::rdf
