#include "cli/sparql_command.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli/graph_file.h"
#include "cli/store_credentials.h"
#include "common/input_files.h"
#include "common/terminal_text.h"
#include "rdf/embedded_engine.h"
#include "rdf/embedded_query_check.h"
#include "rdf/iris.h"
#include "rdf/prefixes.h"
#include "rdf/query_format.h"
#include "rdf/query_limits.h"
#include "rdf/sparql_endpoint.h"
#include "rdf/sparql_lexer.h"

namespace newskg::cli {
namespace {

struct SparqlOptions {
  std::string query;
  std::string query_file;
  std::string graph_file = kDefaultGraphFile;
  std::string endpoint;
  std::vector<std::string> default_graphs;
  std::vector<std::string> named_graphs;
  StoreLogin login;
  std::string format = "table";
  long long timeout_seconds = 60;
  long long max_rows = 1'000'000;
  long long max_memory_mb = 2048;
  long long max_graph_mb = 256;
  bool allow_remote = false;
};

std::string ReadQueryFile(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) throw InputError(path, "no such file");
  if (!std::filesystem::is_regular_file(status)) throw InputError(path, "not a regular file");
  return common::ReadInput({path, path, path}, std::cin);
}

// The standard prefixes and those of the default base IRI (person:, place:, ...) shorten the
// IRIs in tables and Turtle.
rdf::PrefixMap OutputPrefixes() {
  rdf::PrefixMap prefixes = rdf::StandardPrefixes();
  for (const auto& [name, iri] : rdf::IriMinter().Prefixes()) prefixes.emplace(name, iri);
  return prefixes;
}

bool IsGraphForm(rdf::QueryForm form) {
  return form == rdf::QueryForm::Construct || form == rdf::QueryForm::Describe;
}

// The format fits the kind of answer: graphs print as RDF, bindings and booleans as tables.
void RequireFormatFor(rdf::QueryForm form, const std::string& format) {
  const bool rdf_format = format == "turtle" || format == "ntriples";
  if (IsGraphForm(form) && (format == "csv" || format == "tsv" || format == "json")) {
    throw UsageError("a " + rdf::QueryFormName(form) +
                     " query answers with RDF: use --format turtle (the default) or ntriples");
  }
  if (!IsGraphForm(form) && form != rdf::QueryForm::Unknown && rdf_format) {
    throw UsageError("a " + rdf::QueryFormName(form) +
                     " query answers with a table: use --format table, csv, tsv or json");
  }
}

std::string Listed(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// A query from elsewhere must not make newskg, or the store on its behalf, connect to other
// hosts unless the user says so.
void RequireNoRemoteAccess(const rdf::LexicalFacts& facts, bool allow_remote, bool on_endpoint) {
  if (allow_remote) return;
  std::vector<std::string> found;
  if (!facts.services.empty()) found.push_back("SERVICE " + Listed(facts.services));
  if (on_endpoint && !facts.remote_pragmas.empty()) {
    found.push_back("DEFINE " + Listed(facts.remote_pragmas));
  }
  if (found.empty()) return;
  throw rdf::QueryRefused(
      "the query asks " + std::string(on_endpoint ? "the store" : "newskg") +
      " to fetch data from other hosts (" + common::EscapeForTerminal(Listed(found)) +
      "), which newskg does not do unless you pass --allow-remote");
}

rdf::QueryResult RunQuery(const SparqlOptions& options, const std::string& query,
                          rdf::QueryForm form, const rdf::QueryLimits& limits) {
  if (!options.endpoint.empty()) {
    rdf::EndpointOptions endpoint;
    endpoint.url = options.endpoint;
    endpoint.default_graphs = options.default_graphs;
    endpoint.named_graphs = options.named_graphs;
    endpoint.credentials = ReadCredentials(options.login);
    return rdf::QueryEndpoint(endpoint, query, form, limits);
  }
  RequireGraphFile(options.graph_file);
  const rdf::EmbeddedEngine engine(options.graph_file, SyntaxOf(options.graph_file),
                                   static_cast<std::size_t>(options.max_graph_mb));
  return engine.Run(query, limits);
}

void Print(const rdf::QueryResult& result, const std::string& format) {
  if (result.kind == rdf::QueryResult::Kind::Graph) {
    std::cout << rdf::FormatGraph(result, format == "ntriples" ? "ntriples" : "turtle",
                                  OutputPrefixes());
  } else if (format == "csv") {
    std::cout << rdf::FormatCsv(result);
  } else if (format == "tsv") {
    std::cout << rdf::FormatTsv(result);
  } else if (format == "json") {
    std::cout << rdf::FormatJson(result);
  } else {
    std::cout << rdf::FormatTable(result, OutputPrefixes());
  }
}

int RunSparql(const SparqlOptions& options) {
  const std::string query =
      options.query_file.empty() ? options.query : ReadQueryFile(options.query_file);
  const rdf::LexicalFacts facts = rdf::InspectSparql(query);
  if (facts.form == rdf::QueryForm::Update) {
    throw rdf::QueryRefused("newskg sparql runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not "
                            "updates (" + facts.form_keyword + ")");
  }
  RequireFormatFor(facts.form, options.format);
  RequireNoRemoteAccess(facts, options.allow_remote, !options.endpoint.empty());

  rdf::QueryLimits limits;
  limits.timeout = std::chrono::seconds(options.timeout_seconds);
  limits.max_rows = static_cast<std::size_t>(options.max_rows);
  limits.max_memory_mb = static_cast<std::size_t>(options.max_memory_mb);
  const rdf::QueryResult result = RunQuery(options, query, facts.form, limits);
  Print(result, options.format);
  return kExitOk;
}

}  // namespace

Command AddSparqlCommand(CLI::App& app) {
  auto options = std::make_shared<SparqlOptions>();
  CLI::App* command = app.add_subcommand("sparql", "Run a SPARQL query on a graph file or a store");
  command->footer(
      "Queries may be SELECT, ASK, CONSTRUCT or DESCRIBE. With --graph (the default) the "
      "embedded engine (Redland rasqal) answers; it lacks property paths, EXISTS, MINUS and "
      "DESCRIBE, and newskg refuses the shapes it answers wrongly (the README lists them). With "
      "--endpoint any SPARQL 1.1 store answers (Virtuoso, Fuseki, GraphDB, QLever); `newskg "
      "load` puts a build's graph into one. CONSTRUCT and DESCRIBE print Turtle (or "
      "--format ntriples). Example queries: examples/queries/*.rq and examples/store-queries/*.rq.");
  CLI::Option* query = command->add_option("QUERY", options->query, "the query text");
  CLI::Option* file =
      command->add_option("-f,--file", options->query_file, "read the query from FILE")
          ->type_name("FILE");
  query->excludes(file);
  file->excludes(query);
  AddGraphOption(*command, options->graph_file);
  CLI::Option* endpoint =
      command
          ->add_option("--endpoint", options->endpoint,
                       "query this SPARQL 1.1 Protocol endpoint instead of a graph file, e.g. "
                       "http://127.0.0.1:8890/sparql")
          ->type_name("URL");
  command->get_option("--graph")->excludes(endpoint);
  command->add_option("--default-graph", options->default_graphs,
                      "with --endpoint: query this named graph as the default graph "
                      "(default-graph-uri; repeatable)")
      ->type_name("IRI")
      ->allow_extra_args(false)
      ->needs(endpoint);
  command->add_option("--named-graph", options->named_graphs,
                      "with --endpoint: make this graph available to GRAPH (named-graph-uri; "
                      "repeatable)")
      ->type_name("IRI")
      ->allow_extra_args(false)
      ->needs(endpoint);
  AddStoreLoginOptions(*command, options->login, endpoint);
  command->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "turtle", "ntriples"}))
      ->capture_default_str();
  command->add_option("--timeout", options->timeout_seconds,
                      "stop a query that runs longer than this (0: no limit)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0LL, 7LL * 24 * 3600))
      ->capture_default_str();
  command->add_option("--max-rows", options->max_rows,
                      "refuse answers with more rows or triples than this (0: no limit)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--max-memory", options->max_memory_mb,
                      "memory the embedded engine may use for one query")
      ->type_name("MB")
      ->check(CLI::Range(16LL, 1LL << 24))
      ->capture_default_str();
  command->add_option("--max-graph-size", options->max_graph_mb,
                      "largest graph file the embedded engine reads (0: no limit); larger "
                      "graphs belong in a store")
      ->type_name("MB")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_flag("--allow-remote", options->allow_remote,
                    "let the query reach other hosts (SERVICE; with --endpoint also Virtuoso's "
                    "DEFINE get:/input:grab pragmas)");
  return {command, [options] {
            if (options->query.empty() && options->query_file.empty()) {
              throw UsageError("give a query, or a query file with -f FILE");
            }
            return RunSparql(*options);
          }};
}

}  // namespace newskg::cli
