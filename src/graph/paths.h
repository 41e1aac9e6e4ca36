// Paths and neighbourhoods: shortest chains between two entities and the entities around one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph_index.h"

namespace newskg::graph {

// One step of a path: every relation (edge) between two adjacent vertices.
struct Hop {
  Vertex from = 0;
  Vertex to = 0;
  std::vector<Edge> edges;  // ordered by kind, label
};

struct Path {
  std::vector<Vertex> vertices;  // from ... to
  std::vector<Hop> hops;         // vertices.size() - 1 of them
};

struct PathsResult {
  std::size_t distance = 0;   // hops of a shortest path; meaningless when paths is empty
  std::uint64_t total = 0;    // how many shortest vertex chains exist (saturating)
  std::vector<Path> paths;    // at most max_paths, in vertex-index (IRI) order; empty: no path
};

// All shortest vertex chains from `from` to `to` (parallel edges between two vertices are one
// hop with several relations), found by Boost.Graph's breadth-first search recording every
// predecessor at equal distance. from == to gives one path of no hops.
PathsResult ShortestPaths(const GraphIndex& graph, Vertex from, Vertex to,
                          std::size_t max_paths = 5);

struct Neighbor {
  Vertex vertex = 0;
  std::size_t distance = 0;
  Vertex via = 0;            // the first (IRI order) neighbour one hop closer to the centre
  std::vector<Edge> edges;   // the relations between via and vertex
};

// Direct neighbours sharing one relation seen from the centre.
struct RelationGroup {
  std::string label;
  std::string kind;
  // Directed relations only: true if the centre is the subject ("Sprecher" -> organisation),
  // false if the neighbour is (organisation <- "Sprecher").
  bool directed = false;
  bool outgoing = false;
  std::vector<Neighbor> members;  // sorted by label, IRI
};

struct Neighborhood {
  Vertex center = 0;
  std::vector<RelationGroup> by_relation;       // distance 1, ordered by (label, kind, direction)
  std::vector<std::vector<Neighbor>> by_distance;  // [0]: distance 1 ... sorted by label, IRI
};

// Vertices within `depth` hops of v (depth 0 gives only empty groups). The search stops at
// `depth`, so its cost grows with the neighbourhood, not with the graph.
Neighborhood Neighbors(const GraphIndex& graph, Vertex v, std::size_t depth = 1);

}  // namespace newskg::graph
