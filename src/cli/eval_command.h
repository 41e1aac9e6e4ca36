// `newskg eval`: builds the graph of some articles and scores it against gold annotations.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddEvalCommand(CLI::App& app);

}  // namespace newskg::cli
