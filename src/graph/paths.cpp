#include "graph/paths.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

#include <boost/graph/breadth_first_search.hpp>

namespace newskg::graph {
namespace {

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

// Distances from one vertex and, for each vertex, every neighbour one hop closer (sorted).
struct BfsLayers {
  std::vector<std::size_t> distance;
  std::vector<std::vector<Vertex>> predecessors;
};

class LayerRecorder : public boost::default_bfs_visitor {
 public:
  explicit LayerRecorder(BfsLayers& layers) : layers_(&layers) {}

  void tree_edge(Edge e, const Graph& g) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    layers_->distance[t] = layers_->distance[s] + 1;
    layers_->predecessors[t].push_back(s);
  }

  // A target already discovered still gets s as a predecessor if s is one layer closer:
  // that is what makes every shortest path, not just the BFS tree's, recoverable.
  void non_tree_edge(Edge e, const Graph& g) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (layers_->distance[t] == layers_->distance[s] + 1) layers_->predecessors[t].push_back(s);
  }

 private:
  BfsLayers* layers_;
};

BfsLayers Layers(const KnowledgeGraph& kg, Vertex from) {
  auto n = boost::num_vertices(kg.graph);
  BfsLayers layers{std::vector<std::size_t>(n, kUnreached), std::vector<std::vector<Vertex>>(n)};
  layers.distance[from] = 0;
  boost::breadth_first_search(kg.graph, from, boost::visitor(LayerRecorder(layers)));
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
  PathEnumerator(const KnowledgeGraph& kg, const std::vector<std::vector<Vertex>>& successors,
                 Vertex to, std::size_t max_paths)
      : kg_(kg), successors_(successors), to_(to), max_paths_(max_paths) {}

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
        path.hops.push_back({chain_[i], chain_[i + 1], kg_.EdgesBetween(chain_[i], chain_[i + 1])});
      }
      paths_.push_back(std::move(path));
      return;
    }
    for (Vertex next : successors_[v]) {
      chain_.push_back(next);
      Walk(next);
      chain_.pop_back();
    }
  }

  const KnowledgeGraph& kg_;
  const std::vector<std::vector<Vertex>>& successors_;
  Vertex to_;
  std::size_t max_paths_;
  std::vector<Vertex> chain_;
  std::vector<Path> paths_;
};

bool ByLabel(const KnowledgeGraph& kg, Vertex a, Vertex b) {
  return std::tie(kg[a].label, kg[a].iri) < std::tie(kg[b].label, kg[b].iri);
}

}  // namespace

PathsResult ShortestPaths(const KnowledgeGraph& kg, Vertex from, Vertex to,
                          std::size_t max_paths) {
  PathsResult result;
  BfsLayers layers = Layers(kg, from);
  if (layers.distance[to] == kUnreached) return result;
  result.distance = layers.distance[to];

  // Keep only the vertices on some shortest path: walk the predecessor lists back from `to`.
  auto n = boost::num_vertices(kg.graph);
  std::vector<std::vector<Vertex>> successors(n);
  std::vector<bool> on_path(n, false);
  std::vector<Vertex> by_layer = {to};  // grows in non-increasing distance order
  on_path[to] = true;
  for (std::size_t i = 0; i < by_layer.size(); ++i) {
    Vertex w = by_layer[i];
    for (Vertex p : layers.predecessors[w]) {
      successors[p].push_back(w);
      if (!on_path[p]) {
        on_path[p] = true;
        by_layer.push_back(p);
      }
    }
  }
  for (auto& s : successors) std::sort(s.begin(), s.end());

  std::vector<std::uint64_t> count(n, 0);
  count[to] = 1;
  std::sort(by_layer.begin(), by_layer.end(), [&](Vertex a, Vertex b) {
    return layers.distance[a] > layers.distance[b];
  });
  for (Vertex v : by_layer) {
    for (Vertex s : successors[v]) count[v] = SaturatingAdd(count[v], count[s]);
  }
  result.total = count[from];
  result.paths = PathEnumerator(kg, successors, to, max_paths).Run(from);
  return result;
}

Neighborhood Neighbors(const KnowledgeGraph& kg, Vertex v, std::size_t depth) {
  Neighborhood result;
  result.center = v;
  result.by_distance.resize(depth);
  if (depth == 0) return result;
  BfsLayers layers = Layers(kg, v);

  for (auto [it, end] = boost::vertices(kg.graph); it != end; ++it) {
    std::size_t d = layers.distance[*it];
    if (d == 0 || d == kUnreached || d > depth) continue;
    Vertex via = layers.predecessors[*it].front();
    result.by_distance[d - 1].push_back({*it, d, via, kg.EdgesBetween(via, *it)});
  }
  for (auto& ring : result.by_distance) {
    std::sort(ring.begin(), ring.end(),
              [&](const Neighbor& a, const Neighbor& b) { return ByLabel(kg, a.vertex, b.vertex); });
  }

  std::map<std::tuple<std::string, std::string, bool, bool>, RelationGroup> groups;
  for (const auto& n : result.by_distance[0]) {
    for (Edge e : n.edges) {
      const auto& p = kg[e];
      bool outgoing = p.directed && p.subject == v;
      auto& group = groups[{p.label, p.kind, p.directed, outgoing}];
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
