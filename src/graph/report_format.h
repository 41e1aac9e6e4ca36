// Report formatting: paths and neighbourhoods as readable text, each relation followed by the
// sentences it was read from.
#pragma once

#include <cstddef>
#include <string>

#include "graph/graph_index.h"
#include "graph/name_lookup.h"
#include "graph/paths.h"

namespace newskg::graph {

struct FormatOptions {
  std::size_t max_evidence = 3;  // sentences printed per relation; 0: all
};

// "Steve Witkoff —[Treffen, held, Moskau]— Wladimir Putin"; directed relations read
// "A —[Sprecher]→ B" or "B ←[Sprecher]— A". Qualifiers shared by all evidence join the label.
std::string FormatRelation(const GraphIndex& graph, Vertex from, Vertex to, Edge edge);

// The indented evidence lines of one relation: `    "…" (article X, chars 120–245)`, each
// prefixed by its qualifiers ("[held, Moskau] ") unless FormatRelation already showed them
// (relation_shown_qualifiers: all evidence shares them).
std::string FormatEvidence(const GraphIndex& graph, Edge edge, const FormatOptions& options,
                           const std::string& indent = "    ",
                           bool relation_shown_qualifiers = true);

// "Dmitri Peskow (Person)".
std::string FormatVertex(const GraphIndex& graph, Vertex v);

std::string FormatPaths(const GraphIndex& graph, Vertex from, Vertex to,
                        const PathsResult& paths, const FormatOptions& options = {});

std::string FormatNeighbors(const GraphIndex& graph, const Neighborhood& neighborhood,
                            const FormatOptions& options = {});

// "ambiguous: Anna Weber (Person), Jonas Weber (Person)" or "not found: X".
std::string FormatLookupFailure(const GraphIndex& graph, const std::string& query,
                                const NameMatch& match);

}  // namespace newskg::graph
