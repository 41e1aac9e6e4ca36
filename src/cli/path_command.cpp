#include "cli/path_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/graph_file.h"
#include "cli/number_option.h"
#include "common/terminal_text.h"
#include "graph/paths.h"
#include "graph/report_format.h"
#include "graph/report_json.h"

namespace newskg::cli {
namespace {

struct PathOptions {
  std::string from;
  std::string to;
  std::string graph_file = kDefaultGraph;
  std::size_t max_paths = 5;
  std::size_t max_evidence = 3;
  std::string format = "text";
};

int RunPath(const PathOptions& options) {
  const graph::GraphIndex graph = LoadGraph(options.graph_file);
  const graph::NameLookup lookup(graph);
  const graph::Vertex from = ResolveName(graph, lookup, options.from);
  const graph::Vertex to = ResolveName(graph, lookup, options.to);
  const graph::PathsResult paths = graph::ShortestPaths(graph, from, to, options.max_paths);
  graph::FormatOptions format;
  format.max_evidence = options.max_evidence;
  if (options.format == "json") {
    std::cout << graph::PathsJson(graph, from, to, paths, format).dump(2) << '\n';
  } else if (!paths.paths.empty()) {
    // Sentences come from articles: a control character in one must not reach the terminal.
    std::cout << common::EscapeLinesForTerminal(graph::FormatPaths(graph, from, to, paths, format));
  }
  if (paths.paths.empty()) {
    std::cerr << "newskg path: no connection between " << graph.label(from) << " and "
              << graph.label(to) << " in " << options.graph_file << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command AddPathCommand(CLI::App& app) {
  auto options = std::make_shared<PathOptions>();
  CLI::App* command = app.add_subcommand(
      "path", "Show the shortest chains of relations between two entities");
  command->footer(
      "Relations are roles, meetings and meeting places; each is shown with the sentences it "
      "was read from. Names may be any label or alternative label, in any case, or a surname "
      "alone; an unknown or ambiguous name lists the candidates (exit 1). No connection between "
      "the two is exit 1 too, with a message on standard error (and, with --format json, a "
      "document whose \"connected\" is false).");
  command->add_option("FROM", options->from, "an entity name")->required();
  command->add_option("TO", options->to, "an entity name")->required();
  AddIndexedGraphOption(*command, options->graph_file);
  command->add_option("--max", options->max_paths, "show at most N shortest paths (1 to 10000)")
      ->type_name("N")
      ->check(WholeNumber(1, 10000))
      ->capture_default_str();
  command->add_option("--evidence", options->max_evidence,
                      "sentences shown per relation (0: all)")
      ->type_name("N")
      ->check(WholeNumber(0, 1000000))
      ->capture_default_str();
  command->add_option("--format", options->format, "text for people, json for scripts")
      ->type_name("text|json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return {command, [options] { return RunPath(*options); }};
}

}  // namespace newskg::cli
