// GraphML writer: the knowledge graph as a GraphML document Gephi imports without warnings.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace newskg::graph {

// Nodes n0.. in IRI order with data label, type, iri and colour r/g/b (by type); edges e0..,
// one per connected pair (parallel relations are joined: label "Treffen / Telefonat", weight
// the number of distinct sentences behind any of them), with data label, kind and weight.
// Only node and edge keys (Gephi drops for="graph" keys); edgedefault="undirected".
std::string WriteGraphMl(const KnowledgeGraph& graph);

}  // namespace newskg::graph
