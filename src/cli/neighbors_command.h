// `newskg neighbors NAME`: the entities around one entity, by relation and by distance.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddNeighborsCommand(CLI::App& app);

}  // namespace newskg::cli
