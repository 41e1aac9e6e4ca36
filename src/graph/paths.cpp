#include "graph/paths.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include <boost/graph/breadth_first_search.hpp>

namespace newskg::graph {
namespace {

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

using BfsEdge = boost::graph_traits<BfsGraph>::edge_descriptor;
using BfsVertex = boost::graph_traits<BfsGraph>::vertex_descriptor;

// Distances from one vertex and, for each reached vertex, every neighbour one hop closer.
struct BfsLayers {
  std::vector<std::size_t> distance;
  std::vector<std::vector<Vertex>> predecessors;
};

// Thrown by the visitor to end a search at the depth asked for.
struct DepthReached {};

class LayerRecorder : public boost::default_bfs_visitor {
 public:
  LayerRecorder(BfsLayers& layers, std::size_t max_depth, std::optional<Vertex> target)
      : layers_(&layers), max_depth_(max_depth), target_(target) {}

  void examine_vertex(BfsVertex v, const BfsGraph&) const {
    // Vertices leave the queue in distance order: once one lies at the last depth wanted (or
    // beyond the target's), every vertex that matters has been discovered.
    const std::size_t d = layers_->distance[v];
    if (d >= max_depth_) throw DepthReached{};
    if (target_ && layers_->distance[*target_] != kUnreached && d >= layers_->distance[*target_]) {
      throw DepthReached{};
    }
  }

  void tree_edge(BfsEdge e, const BfsGraph& g) const {
    auto s = boost::source(e, g), t = boost::target(e, g);
    layers_->distance[t] = layers_->distance[s] + 1;
    layers_->predecessors[t].push_back(static_cast<Vertex>(s));
  }

  // A target already discovered still gets s as a predecessor if s is one layer closer:
  // that is what makes every shortest path, not just the BFS tree's, recoverable.
  void non_tree_edge(BfsEdge e, const BfsGraph& g) const {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (layers_->distance[t] == layers_->distance[s] + 1) {
      layers_->predecessors[t].push_back(static_cast<Vertex>(s));
    }
  }

 private:
  BfsLayers* layers_;
  std::size_t max_depth_;
  std::optional<Vertex> target_;
};

BfsLayers Layers(const GraphIndex& graph, Vertex from, std::size_t max_depth,
                 std::optional<Vertex> target) {
  const BfsGraph& g = graph.bfs_graph();
  const auto n = boost::num_vertices(g);
  BfsLayers layers{std::vector<std::size_t>(n, kUnreached), std::vector<std::vector<Vertex>>(n)};
  layers.distance[from] = 0;
  try {
    boost::breadth_first_search(g, from,
                                boost::visitor(LayerRecorder(layers, max_depth, target)));
  } catch (const DepthReached&) {
  }
  for (auto& p : layers.predecessors) {  // parallel edges record a predecessor twice
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
  }
  return layers;
}

std::uint64_t SaturatingAdd(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max()
                                                            : a + b;
}

class PathEnumerator {
 public:
  PathEnumerator(const GraphIndex& graph,
                 const std::unordered_map<Vertex, std::vector<Vertex>>& successors, Vertex to,
                 std::size_t max_paths)
      : graph_(graph), successors_(successors), to_(to), max_paths_(max_paths) {}

  std::vector<Path> Run(Vertex from) {
    chain_ = {from};
    Walk(from);
    return std::move(paths_);
  }

 private:
  void Walk(Vertex v) {
    if (paths_.size() >= max_paths_) return;
    if (v == to_) {
      Path path{chain_, {}};
      for (std::size_t i = 0; i + 1 < chain_.size(); ++i) {
        path.hops.push_back({chain_[i], chain_[i + 1], graph_.EdgesBetween(chain_[i], chain_[i + 1])});
      }
      paths_.push_back(std::move(path));
      return;
    }
    auto it = successors_.find(v);
    if (it == successors_.end()) return;
    for (Vertex next : it->second) {
      chain_.push_back(next);
      Walk(next);
      chain_.pop_back();
    }
  }

  const GraphIndex& graph_;
  const std::unordered_map<Vertex, std::vector<Vertex>>& successors_;
  Vertex to_;
  std::size_t max_paths_;
  std::vector<Vertex> chain_;
  std::vector<Path> paths_;
};

bool ByLabel(const GraphIndex& graph, Vertex a, Vertex b) {
  return std::make_pair(graph.label(a), graph.iri(a)) < std::make_pair(graph.label(b), graph.iri(b));
}

}  // namespace

PathsResult ShortestPaths(const GraphIndex& graph, Vertex from, Vertex to,
                          std::size_t max_paths) {
  PathsResult result;
  BfsLayers layers = Layers(graph, from, kUnreached, to);
  if (layers.distance[to] == kUnreached) return result;
  result.distance = layers.distance[to];

  // Keep only the vertices on some shortest path: walk the predecessor lists back from `to`.
  std::unordered_map<Vertex, std::vector<Vertex>> successors;
  std::unordered_map<Vertex, bool> on_path;
  std::vector<Vertex> by_layer = {to};  // grows in non-increasing distance order
  on_path[to] = true;
  for (std::size_t i = 0; i < by_layer.size(); ++i) {
    const Vertex w = by_layer[i];
    for (Vertex p : layers.predecessors[w]) {
      successors[p].push_back(w);
      if (!on_path[p]) {
        on_path[p] = true;
        by_layer.push_back(p);
      }
    }
  }
  for (auto& [vertex, next] : successors) std::sort(next.begin(), next.end());

  std::unordered_map<Vertex, std::uint64_t> count;
  count[to] = 1;
  std::stable_sort(by_layer.begin(), by_layer.end(), [&](Vertex a, Vertex b) {
    return layers.distance[a] > layers.distance[b];
  });
  for (Vertex v : by_layer) {
    auto it = successors.find(v);
    if (it == successors.end()) continue;
    for (Vertex s : it->second) count[v] = SaturatingAdd(count[v], count[s]);
  }
  result.total = count[from];
  result.paths = PathEnumerator(graph, successors, to, max_paths).Run(from);
  return result;
}

Neighborhood Neighbors(const GraphIndex& graph, Vertex v, std::size_t depth) {
  Neighborhood result;
  result.center = v;
  result.by_distance.resize(depth);
  if (depth == 0) return result;
  const BfsLayers layers = Layers(graph, v, depth, std::nullopt);

  for (Vertex u = 0; u < layers.distance.size(); ++u) {
    const std::size_t d = layers.distance[u];
    if (d == 0 || d == kUnreached || d > depth) continue;
    const Vertex via = layers.predecessors[u].front();
    result.by_distance[d - 1].push_back({u, d, via, graph.EdgesBetween(via, u)});
  }
  for (auto& ring : result.by_distance) {
    std::sort(ring.begin(), ring.end(), [&](const Neighbor& a, const Neighbor& b) {
      return ByLabel(graph, a.vertex, b.vertex);
    });
  }

  std::map<std::tuple<std::string, std::string, bool, bool>, RelationGroup> groups;
  for (const auto& n : result.by_distance[0]) {
    for (Edge e : n.edges) {
      const EdgeView p = graph.edge(e);
      const bool outgoing = p.directed && p.subject == v;
      auto& group = groups[{std::string(p.label), std::string(p.kind), p.directed, outgoing}];
      group.label = p.label;
      group.kind = p.kind;
      group.directed = p.directed;
      group.outgoing = outgoing;
      group.members.push_back({n.vertex, 1, v, {e}});
    }
  }
  for (auto& [key, group] : groups) result.by_relation.push_back(std::move(group));
  return result;
}

}  // namespace newskg::graph
