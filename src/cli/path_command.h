// `newskg path FROM TO`: the shortest chains of relations between two entities.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddPathCommand(CLI::App& app);

}  // namespace newskg::cli
