#include "cli/neighbors_command.h"

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

struct NeighborsOptions {
  std::string name;
  std::string graph_file = kDefaultGraph;
  std::size_t depth = 1;
  std::size_t max_evidence = 3;
  std::string format = "text";
};

int RunNeighbors(const NeighborsOptions& options) {
  const graph::GraphIndex graph = LoadGraph(options.graph_file);
  const graph::NameLookup lookup(graph);
  const graph::Vertex center = ResolveName(graph, lookup, options.name);
  graph::FormatOptions format;
  format.max_evidence = options.max_evidence;
  const graph::Neighborhood neighborhood = graph::Neighbors(graph, center, options.depth);
  if (options.format == "json") {
    std::cout << graph::NeighborsJson(graph, neighborhood, options.depth, format).dump(2) << '\n';
  } else {
    // Sentences come from articles: a control character in one must not reach the terminal.
    std::cout << common::EscapeLinesForTerminal(graph::FormatNeighbors(graph, neighborhood, format));
  }
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
  command->add_option("--depth", options->depth, "how many hops to follow (1 to 10)")
      ->type_name("K")
      ->check(WholeNumber(1, 10))
      ->capture_default_str();
  AddIndexedGraphOption(*command, options->graph_file);
  command->add_option("--evidence", options->max_evidence,
                      "sentences shown per relation (0: all)")
      ->type_name("N")
      ->check(WholeNumber(0, 1000000))
      ->capture_default_str();
  command->add_option("--format", options->format, "text for people, json for scripts")
      ->type_name("text|json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return {command, [options] { return RunNeighbors(*options); }};
}

}  // namespace newskg::cli
