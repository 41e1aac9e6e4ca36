#include "cli/path_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/graph_file.h"
#include "graph/paths.h"
#include "graph/report_format.h"

namespace newskg::cli {
namespace {

struct PathOptions {
  std::string from;
  std::string to;
  std::string graph_file = kDefaultGraph;
  std::size_t max_paths = 5;
  std::size_t max_evidence = 3;
};

int RunPath(const PathOptions& options) {
  const graph::GraphIndex graph = LoadGraph(options.graph_file);
  const graph::NameLookup lookup(graph);
  const graph::Vertex from = ResolveName(graph, lookup, options.from);
  const graph::Vertex to = ResolveName(graph, lookup, options.to);
  const graph::PathsResult paths = graph::ShortestPaths(graph, from, to, options.max_paths);
  graph::FormatOptions format;
  format.max_evidence = options.max_evidence;
  std::cout << graph::FormatPaths(graph, from, to, paths, format);
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
      "alone; an unknown or ambiguous name lists the candidates (exit 1).");
  command->add_option("FROM", options->from, "an entity name")->required();
  command->add_option("TO", options->to, "an entity name")->required();
  AddIndexedGraphOption(*command, options->graph_file);
  command->add_option("--max", options->max_paths, "show at most N shortest paths")
      ->type_name("N")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--evidence", options->max_evidence,
                      "sentences shown per relation (0: all)")
      ->type_name("N")
      ->capture_default_str();
  return {command, [options] { return RunPath(*options); }};
}

}  // namespace newskg::cli
