// GraphML writer: the graph index as a GraphML document that Gephi imports without warnings or
// dropped data, streamed to a file.
#pragma once

#include <string>

#include "common/buffered_writer.h"
#include "graph/export_view.h"
#include "graph/graph_index.h"

namespace newskg::graph {

// Nodes n0.. (entities, by IRI), m0.. (meetings, when they are nodes), p0.. (posts of no
// organization), with data label, type, iri, roles, colour r/g/b by type and, for meetings,
// meeting kind, status, place, date, date source, time expression, article and sentence.
// Edges e0.. as ExportView gives them: one per relation kind per pair and direction, each with
// the XML attribute `label` set to its kind (Gephi's edge type) and `directed` set, and data
// label, kind, weight, status and meetings. Only node and edge keys (Gephi drops for="graph").
void WriteGraphMl(const GraphIndex& graph, const ExportOptions& options,
                  common::BufferedWriter& out);

// The same as a string (tests).
std::string GraphMlString(const GraphIndex& graph, const ExportOptions& options = {});

}  // namespace newskg::graph
