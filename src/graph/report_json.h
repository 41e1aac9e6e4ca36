// Report JSON: paths and neighbourhoods for scripts (`path`/`neighbors --format json`): every
// entity with IRI, label and type; every relation with kind, label, direction, weight and the
// sentences it was read from (article and character offsets).
#pragma once

#include <nlohmann/json.hpp>

#include "graph/graph_index.h"
#include "graph/paths.h"
#include "graph/report_format.h"

namespace newskg::graph {

// {"iri", "label", "type"}.
nlohmann::json EntityJson(const GraphIndex& graph, Vertex v);

// {"kind", "label", "directed", "source", "target" (IRIs; the subject first when directed),
// "weight", "evidence_count", "evidence": [{"article", "sentence", "char_start", "char_end",
// "qualifiers"}]}, at most options.max_evidence sentences (0: all).
nlohmann::json RelationJson(const GraphIndex& graph, Edge edge, const FormatOptions& options);

// {"from", "to", "connected", "distance" (null when not connected), "total_paths",
//  "paths": [{"entities": [...], "hops": [{"from", "to", "relations": [...]}]}]}.
nlohmann::json PathsJson(const GraphIndex& graph, Vertex from, Vertex to, const PathsResult& paths,
                         const FormatOptions& options = {});

// {"entity" (with "roles"), "depth", "relations": [{"label", "kind", "directed", "direction"
// ("outgoing", "incoming" or null), "neighbors": [{"entity", "relations": [...]}]}],
// "farther": [{"distance", "entity", "via", "relations": [...]}]}.
nlohmann::json NeighborsJson(const GraphIndex& graph, const Neighborhood& neighborhood,
                             std::size_t depth, const FormatOptions& options = {});

}  // namespace newskg::graph
