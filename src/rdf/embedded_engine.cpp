#include "rdf/embedded_engine.h"

#include <csignal>
#include <cstring>
#include <filesystem>

#include "common/child_process.h"
#include "common/input_error.h"
#include "rdf/embedded_query_check.h"
#include "rdf/query_result_codec.h"

namespace newskg::rdf {

EmbeddedEngine::EmbeddedEngine(const std::string& graph_file, const std::string& syntax,
                               std::size_t max_graph_mb) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(graph_file, error);
  if (!error && max_graph_mb > 0 && size > static_cast<std::uintmax_t>(max_graph_mb) << 20) {
    throw InputError(graph_file,
                     std::to_string(size >> 20) + " MB is more than the embedded engine takes (" +
                         std::to_string(max_graph_mb) +
                         " MB, --max-graph-size; it needs about nine times the file's size in "
                         "memory). Load the graph into a SPARQL store and query it with "
                         "--endpoint (README, \"SPARQL on a store\")");
  }
  model_.ParseFile(graph_file, syntax);
}

QueryResult EmbeddedEngine::Run(std::string_view query, const QueryLimits& limits) const {
  const EmbeddedQueryCheck check = CheckForEmbeddedEngine(query);
  if (!check.refusals.empty()) throw QueryRefused(RefusalMessage(check.refusals));

  common::ChildLimits child_limits;
  child_limits.timeout = limits.timeout;
  if (limits.max_memory_mb > 0) child_limits.extra_memory_bytes = limits.max_memory_mb << 20;
  const std::string text(query);
  const common::ChildOutcome outcome = common::RunInChildProcess(
      [&] { return EncodeQueryResult(model_.Query(text, limits.max_rows)); }, child_limits);
  const std::string memory_hint = "the embedded engine may use " +
                                  std::to_string(limits.max_memory_mb) +
                                  " MB for a query (--max-memory); add LIMIT, narrow the query, "
                                  "raise --max-memory, or run it on a store with --endpoint";
  switch (outcome.status) {
    case common::ChildOutcome::Status::TimedOut:
      throw QueryLimitError("the query did not finish within " +
                            std::to_string(limits.timeout.count()) +
                            " s (--timeout) and was stopped; narrow it, add LIMIT, raise "
                            "--timeout, or run it on a store with --endpoint");
    case common::ChildOutcome::Status::MemoryExceeded:
      throw QueryLimitError("the query was stopped when it needed more memory than allowed: " +
                            memory_hint);
    case common::ChildOutcome::Status::Crashed:
      throw QueryLimitError(
          "the embedded engine stopped while running the query" +
          (outcome.signal != 0 ? " (" + std::string(strsignal(outcome.signal)) + ")"
                               : std::string()) +
          ", most likely out of memory: " + memory_hint);
    case common::ChildOutcome::Status::Failed:
      if (outcome.output == "out of memory") {
        throw QueryLimitError("the query ran out of memory: " + memory_hint);
      }
      throw std::runtime_error(outcome.output);
    case common::ChildOutcome::Status::Finished:
      break;
  }
  QueryResult result = DecodeQueryResult(outcome.output);
  if (result.kind == QueryResult::Kind::Bindings && result.variables.empty()) {
    result.variables = check.variables;
  }
  if (check.implicit_group && result.kind == QueryResult::Kind::Bindings && result.rows.empty()) {
    if (!check.empty_group_fixable) {
      throw QueryRefused(RefusalMessage(
          {{"aggregates without GROUP BY over no solutions",
            "SPARQL answers one row here (COUNT 0), rasqal none, and newskg can fill in the row "
            "only when every projected value is a plain aggregate and there is no HAVING; "
            "use --endpoint"}}));
    }
    result.rows.push_back(check.empty_group_row);
  }
  return result;
}

}  // namespace newskg::rdf
