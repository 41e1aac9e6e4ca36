// `newskg sparql`: SPARQL queries on a graph file, printed as a table, CSV or JSON.
#pragma once

#include "cli/command.h"

namespace newskg::cli {

Command AddSparqlCommand(CLI::App& app);

}  // namespace newskg::cli
