// `newskg build`: articles in, graph.ttl, graph.nt and graph.graphml out.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddBuildCommand(CLI::App& app);

}  // namespace newskg::cli
