#include "cli/sparql_command.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli/graph_file.h"
#include "common/input_files.h"
#include "rdf/iris.h"
#include "rdf/model.h"
#include "rdf/prefixes.h"
#include "rdf/query_format.h"

namespace newskg::cli {
namespace {

struct SparqlOptions {
  std::string query;
  std::string query_file;
  std::string graph_file = kDefaultGraphFile;
  std::string format = "table";
};

std::string ReadQueryFile(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) throw InputError(path, "no such file");
  if (!std::filesystem::is_regular_file(status)) throw InputError(path, "not a regular file");
  return common::ReadInput({path, path, path}, std::cin);
}

// The standard prefixes and those of the default base IRI (person:, place:, ...) shorten the
// IRIs in tables.
rdf::PrefixMap TablePrefixes() {
  rdf::PrefixMap prefixes = rdf::StandardPrefixes();
  for (const auto& [name, iri] : rdf::IriMinter().Prefixes()) prefixes.emplace(name, iri);
  return prefixes;
}

int RunSparql(const SparqlOptions& options) {
  const std::string query =
      options.query_file.empty() ? options.query : ReadQueryFile(options.query_file);
  RequireGraphFile(options.graph_file);
  rdf::Model model;
  model.ParseFile(options.graph_file, SyntaxOf(options.graph_file));
  const rdf::QueryResult result = model.Query(query);
  if (options.format == "csv") {
    std::cout << rdf::FormatCsv(result);
  } else if (options.format == "json") {
    std::cout << rdf::FormatJson(result);
  } else {
    std::cout << rdf::FormatTable(result, TablePrefixes());
  }
  return kExitOk;
}

}  // namespace

Command AddSparqlCommand(CLI::App& app) {
  auto options = std::make_shared<SparqlOptions>();
  CLI::App* command = app.add_subcommand(
      "sparql", "Run a SPARQL query on a graph file");
  command->footer(
      "Queries may be SELECT, ASK, CONSTRUCT or DESCRIBE. The engine is Redland rasqal. It has no SPARQL 1.1 property paths "
      "(?a schema:attendee/rdfs:label ?b, p+, p*): spell chains out with variables, and use "
      "`newskg path` and `newskg neighbors` for connections across several hops. "
      "Example queries: examples/queries/*.rq.");
  CLI::Option* query = command->add_option("QUERY", options->query, "the query text");
  CLI::Option* file =
      command->add_option("-f,--file", options->query_file, "read the query from FILE")
          ->type_name("FILE");
  query->excludes(file);
  file->excludes(query);
  AddGraphOption(*command, options->graph_file);
  command->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  return {command, [options] {
            if (options->query.empty() && options->query_file.empty()) {
              throw UsageError("give a query, or a query file with -f FILE");
            }
            return RunSparql(*options);
          }};
}

}  // namespace newskg::cli
