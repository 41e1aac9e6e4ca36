#include "cli/load_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/store_credentials.h"
#include "common/input_error.h"
#include "rdf/graph_store_loader.h"

namespace newskg::cli {
namespace {

constexpr const char* kDefaultGraphBase = "https://newskg.example.org/graph/";

struct LoadOptions {
  std::string input = "newskg-out";
  std::string store;
  std::string graph;
  bool update = false;
  StoreLogin login;
  unsigned jobs = 2;
  unsigned chunk_mb = 8;
  long long timeout_seconds = 600;
};

// A build's output folder stands for its graph.nt.
std::filesystem::path NTriplesFile(const std::string& input) {
  std::error_code error;
  const std::filesystem::path path(input);
  if (std::filesystem::is_directory(path, error)) {
    const std::filesystem::path file = path / "graph.nt";
    if (!std::filesystem::is_regular_file(file, error)) {
      throw InputError(file.string(), "no such file (is " + input + " the output folder of `newskg build`?)");
    }
    return file;
  }
  if (!std::filesystem::exists(path, error)) {
    throw InputError(input, "no such file or folder (run `newskg build` first)");
  }
  if (path.extension() != ".nt") {
    throw InputError(input, "not an N-Triples file (.nt); give a build's output folder or its graph.nt");
  }
  return path;
}

// The build's folder name makes the graph's name: out/ becomes <.../graph/out>.
std::string DefaultGraph(const std::filesystem::path& file) {
  std::filesystem::path folder = std::filesystem::absolute(file).parent_path().filename();
  std::string name = folder.string();
  std::string slug;
  for (unsigned char c : name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    slug += keep ? static_cast<char>(c) : '-';
  }
  if (slug.empty()) slug = "default";
  return kDefaultGraphBase + slug;
}

std::string Grouped(std::size_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  return digits;
}

int RunLoad(const LoadOptions& options) {
  const std::filesystem::path file = NTriplesFile(options.input);
  rdf::GraphStoreTarget target;
  target.url = options.store;
  target.graph = options.graph.empty() ? DefaultGraph(file) : options.graph;
  target.credentials = ReadCredentials(options.login);
  rdf::GraphLoadOptions load;
  load.replace = !options.update;
  load.jobs = options.jobs;
  load.chunk_bytes = static_cast<std::size_t>(options.chunk_mb) << 20;
  load.timeout = std::chrono::seconds(options.timeout_seconds);

  const rdf::GraphLoadReport report = rdf::LoadNTriples(target, file, load);
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.1f s, %s triples/s", report.seconds,
                Grouped(static_cast<std::size_t>(report.triples / std::max(report.seconds, 1e-3))).c_str());
  std::cout << (options.update ? "added " : "loaded ") << Grouped(report.triples) << " triples ("
            << (report.bytes >> 20) << " MB, " << report.requests << " requests) "
            << (options.update ? "to" : "into") << " <" << target.graph << "> in " << rate << "\n"
            << "store: " << target.url << "\n";
  return kExitOk;
}

}  // namespace

Command AddLoadCommand(CLI::App& app) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command = app.add_subcommand(
      "load", "Load a build's graph into a named graph of a SPARQL store (Virtuoso, Fuseki, ...)");
  command->footer(
      "Sends OUTDIR/graph.nt (or an .nt file) to a SPARQL 1.1 Graph Store HTTP Protocol endpoint "
      "in pieces, several at a time. Without --update the named graph is replaced; with "
      "--update the triples are added to it. Query it with newskg sparql --endpoint URL "
      "(--default-graph IRI picks this graph). For a local Virtuoso see "
      "scripts/virtuoso-local and the README.");
  command->add_option("INPUT", options->input, "a build's output folder, or an N-Triples file")
      ->capture_default_str();
  command
      ->add_option("--store", options->store,
                   "the Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth "
                   "(Virtuoso) or http://127.0.0.1:3030/kg/data (Fuseki)")
      ->type_name("URL")
      ->required();
  command->add_option("--graph", options->graph,
                      std::string("the named graph (default ") + kDefaultGraphBase +
                          "<name of the output folder>)")
      ->type_name("IRI");
  command->add_flag("--update", options->update, "add to the named graph instead of replacing it");
  AddStoreLoginOptions(*command, options->login);
  command->add_option("--jobs", options->jobs, "requests at a time")
      ->check(CLI::Range(1u, 64u))
      ->capture_default_str();
  command->add_option("--chunk-size", options->chunk_mb, "size of one request")
      ->type_name("MB")
      ->check(CLI::Range(1u, 1024u))
      ->capture_default_str();
  command->add_option("--timeout", options->timeout_seconds, "time limit of one request")
      ->type_name("SECONDS")
      ->check(CLI::Range(1LL, 24LL * 3600))
      ->capture_default_str();
  return {command, [options] { return RunLoad(*options); }};
}

}  // namespace newskg::cli
