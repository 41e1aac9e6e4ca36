// `newskg load`: puts a build's graph (graph.nt) into a named graph of a SPARQL store through the
// SPARQL 1.1 Graph Store HTTP Protocol, replacing it or (--update) adding to it.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddLoadCommand(CLI::App& app);

}  // namespace newskg::cli
