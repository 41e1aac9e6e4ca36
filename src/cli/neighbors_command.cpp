#include "cli/neighbors_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/graph_file.h"
#include "graph/paths.h"
#include "graph/report_format.h"

namespace newskg::cli {
namespace {

struct NeighborsOptions {
  std::string name;
  std::string graph_file = kDefaultGraph;
  std::size_t depth = 1;
  std::size_t max_evidence = 3;
};

int RunNeighbors(const NeighborsOptions& options) {
  const graph::GraphIndex graph = LoadGraph(options.graph_file);
  const graph::NameLookup lookup(graph);
  const graph::Vertex center = ResolveName(graph, lookup, options.name);
  graph::FormatOptions format;
  format.max_evidence = options.max_evidence;
  std::cout << graph::FormatNeighbors(graph, graph::Neighbors(graph, center, options.depth),
                                      format);
  return kExitOk;
}

}  // namespace

Command AddNeighborsCommand(CLI::App& app) {
  auto options = std::make_shared<NeighborsOptions>();
  CLI::App* command = app.add_subcommand(
      "neighbors", "Show the entities related to one entity, up to K hops away");
  command->footer(
      "Direct neighbours are grouped by relation (roles, meetings, meeting places) and shown "
      "with the sentences each relation was read from. Names are matched as in `newskg path`.");
  command->add_option("NAME", options->name, "an entity name")->required();
  command->add_option("--depth", options->depth, "how many hops to follow")
      ->type_name("K")
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  AddIndexedGraphOption(*command, options->graph_file);
  command->add_option("--evidence", options->max_evidence,
                      "sentences shown per relation (0: all)")
      ->type_name("N")
      ->capture_default_str();
  return {command, [options] { return RunNeighbors(*options); }};
}

}  // namespace newskg::cli
