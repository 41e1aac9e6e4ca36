#include "graph/report_json.h"

#include <algorithm>

namespace newskg::graph {

using nlohmann::json;

json EntityJson(const GraphIndex& graph, Vertex v) {
  return {{"iri", graph.iri(v)}, {"label", graph.label(v)}, {"type", graph.type(v)}};
}

json RelationJson(const GraphIndex& graph, Edge edge, const FormatOptions& options) {
  const EdgeView view = graph.edge(edge);
  const Vertex source = view.directed ? view.subject : view.a;
  const Vertex target = source == view.a ? view.b : view.a;
  json relation = {{"kind", view.kind},
                   {"label", view.label},
                   {"directed", view.directed},
                   {"source", graph.iri(source)},
                   {"target", graph.iri(target)},
                   {"weight", view.weight},
                   {"evidence_count", view.evidence_count}};
  const std::size_t shown = options.max_evidence == 0
                                ? view.evidence_count
                                : std::min(options.max_evidence, view.evidence_count);
  json evidence = json::array();
  for (std::size_t i = 0; i < shown; ++i) {
    const EvidenceView e = graph.evidence(edge, i);
    json item = {{"article", e.article_id}, {"sentence", e.sentence}};
    item["char_start"] = e.char_start ? json(*e.char_start) : json(nullptr);
    item["char_end"] = e.char_end ? json(*e.char_end) : json(nullptr);
    item["qualifiers"] = json::array();
    for (std::string_view q : e.qualifiers) item["qualifiers"].push_back(q);
    evidence.push_back(std::move(item));
  }
  relation["evidence"] = std::move(evidence);
  return relation;
}

json PathsJson(const GraphIndex& graph, Vertex from, Vertex to, const PathsResult& paths,
               const FormatOptions& options) {
  const bool connected = !paths.paths.empty();
  json out = {{"from", EntityJson(graph, from)},
              {"to", EntityJson(graph, to)},
              {"connected", connected},
              {"distance", connected ? json(paths.distance) : json(nullptr)},
              {"total_paths", paths.total}};
  json list = json::array();
  for (const Path& path : paths.paths) {
    json entities = json::array();
    for (Vertex v : path.vertices) entities.push_back(EntityJson(graph, v));
    json hops = json::array();
    for (const Hop& hop : path.hops) {
      json relations = json::array();
      for (Edge e : hop.edges) relations.push_back(RelationJson(graph, e, options));
      hops.push_back({{"from", graph.iri(hop.from)},
                      {"to", graph.iri(hop.to)},
                      {"relations", std::move(relations)}});
    }
    list.push_back({{"entities", std::move(entities)}, {"hops", std::move(hops)}});
  }
  out["paths"] = std::move(list);
  return out;
}

json NeighborsJson(const GraphIndex& graph, const Neighborhood& n, std::size_t depth,
                   const FormatOptions& options) {
  json entity = EntityJson(graph, n.center);
  entity["roles"] = json::array();
  for (std::string_view role : graph.roles(n.center)) entity["roles"].push_back(role);
  json groups = json::array();
  for (const RelationGroup& group : n.by_relation) {
    json members = json::array();
    for (const Neighbor& m : group.members) {
      json relations = json::array();
      for (Edge e : m.edges) relations.push_back(RelationJson(graph, e, options));
      members.push_back({{"entity", EntityJson(graph, m.vertex)}, {"relations", std::move(relations)}});
    }
    groups.push_back({{"label", group.label},
                      {"kind", group.kind},
                      {"directed", group.directed},
                      {"direction", group.directed ? json(group.outgoing ? "outgoing" : "incoming")
                                                   : json(nullptr)},
                      {"neighbors", std::move(members)}});
  }
  json farther = json::array();
  for (std::size_t d = 1; d < n.by_distance.size(); ++d) {
    for (const Neighbor& m : n.by_distance[d]) {
      json relations = json::array();
      for (Edge e : m.edges) relations.push_back(RelationJson(graph, e, options));
      farther.push_back({{"distance", d + 1},
                         {"entity", EntityJson(graph, m.vertex)},
                         {"via", EntityJson(graph, m.via)},
                         {"relations", std::move(relations)}});
    }
  }
  return {{"entity", std::move(entity)},
          {"depth", depth},
          {"relations", std::move(groups)},
          {"farther", std::move(farther)}};
}

}  // namespace newskg::graph
