// GraphML writer: the graph index as a GraphML document that Gephi imports without warnings,
// streamed to a file.
#pragma once

#include <string>

#include "common/buffered_writer.h"
#include "graph/graph_index.h"

namespace newskg::graph {

// Nodes n0.. in IRI order with data label, type, iri and colour r/g/b (by type); edges e0..,
// one per connected pair (parallel relations are joined: label "Treffen / Telefonat", weight
// the number of distinct sentences behind any of them), with data label, kind and weight.
// Only node and edge keys (Gephi drops for="graph" keys); edgedefault="undirected".
void WriteGraphMl(const GraphIndex& graph, common::BufferedWriter& out);

// The same as a string (tests).
std::string GraphMlString(const GraphIndex& graph);

}  // namespace newskg::graph
