// Limits on running one SPARQL query (time, rows, memory) and the error when one is reached.
#pragma once

#include <chrono>
#include <cstddef>
#include <stdexcept>

namespace newskg::rdf {

struct QueryLimits {
  std::chrono::seconds timeout{60};     // zero: no limit
  std::size_t max_rows = 1'000'000;     // rows (or triples) of the answer; zero: no limit
  std::size_t max_memory_mb = 2048;     // memory the embedded engine may use for the query
};

// A query stopped because it reached a limit; the message names the limit and its option.
class QueryLimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newskg::rdf
