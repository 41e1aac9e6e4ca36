#include "graph/report_format.h"

#include <algorithm>

namespace newskg::graph {
namespace {

template <typename Strings>
std::string Join(const Strings& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether every evidence of the edge has the same qualifiers.
bool SameQualifiers(const GraphIndex& graph, Edge edge) {
  const std::size_t count = graph.edge(edge).evidence_count;
  if (count == 0) return true;
  const auto first = graph.evidence(edge, 0).qualifiers;
  for (std::size_t i = 1; i < count; ++i) {
    if (graph.evidence(edge, i).qualifiers != first) return false;
  }
  return true;
}

std::string Source(const EvidenceView& e) {
  std::string out = "article " + (e.article_id.empty() ? std::string("?") : std::string(e.article_id));
  if (e.char_start && e.char_end) {
    out += ", chars " + std::to_string(*e.char_start) + "\u2013" + std::to_string(*e.char_end);
  }
  return "(" + out + ")";
}

}  // namespace

std::string FormatVertex(const GraphIndex& graph, Vertex v) {
  const std::string label(graph.label(v));
  const std::string_view type = graph.type(v);
  return type.empty() ? label : label + " (" + std::string(type) + ")";
}

std::string FormatRelation(const GraphIndex& graph, Vertex from, Vertex to, Edge edge) {
  const EdgeView p = graph.edge(edge);
  std::vector<std::string> parts = {std::string(p.label)};
  if (p.evidence_count > 0 && SameQualifiers(graph, edge)) {
    for (std::string_view q : graph.evidence(edge, 0).qualifiers) parts.emplace_back(q);
  }
  const std::string inner = "[" + Join(parts, ", ") + "]";
  std::string arrow;
  if (!p.directed) {
    arrow = " \u2014" + inner + "\u2014 ";
  } else if (p.subject == from) {
    arrow = " \u2014" + inner + "\u2192 ";
  } else {
    arrow = " \u2190" + inner + "\u2014 ";
  }
  return std::string(graph.label(from)) + arrow + std::string(graph.label(to));
}

std::string FormatEvidence(const GraphIndex& graph, Edge edge, const FormatOptions& options,
                           const std::string& indent, bool relation_shown_qualifiers) {
  const std::size_t count = graph.edge(edge).evidence_count;
  const bool show_qualifiers = !relation_shown_qualifiers || !SameQualifiers(graph, edge);
  const std::size_t shown = options.max_evidence == 0 ? count : std::min(options.max_evidence, count);
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) {
    const EvidenceView e = graph.evidence(edge, i);
    out += indent;
    if (show_qualifiers && !e.qualifiers.empty()) out += "[" + Join(e.qualifiers, ", ") + "] ";
    if (!e.sentence.empty()) out += "\"" + OneLine(e.sentence) + "\" ";
    out += Source(e) + "\n";
  }
  if (shown < count) out += indent + "\u2026 and " + std::to_string(count - shown) + " more\n";
  return out;
}

std::string FormatPaths(const GraphIndex& graph, Vertex from, Vertex to, const PathsResult& paths,
                        const FormatOptions& options) {
  const std::string names = std::string(graph.label(from)) + " and " + std::string(graph.label(to));
  if (paths.paths.empty()) return "No connection between " + names + ".\n";
  std::string out = std::to_string(paths.total) +
                    (paths.total == 1 ? " shortest path" : " shortest paths") + " (" +
                    std::to_string(paths.distance) + (paths.distance == 1 ? " hop" : " hops") +
                    ") between " + names;
  if (paths.paths.size() < paths.total) out += ", showing " + std::to_string(paths.paths.size());
  out += ":\n";
  for (std::size_t i = 0; i < paths.paths.size(); ++i) {
    if (paths.paths.size() > 1) out += "Path " + std::to_string(i + 1) + ":\n";
    for (const auto& hop : paths.paths[i].hops) {
      for (Edge e : hop.edges) {
        out += "  " + FormatRelation(graph, hop.from, hop.to, e) + "\n";
        out += FormatEvidence(graph, e, options, "      ");
      }
    }
  }
  return out;
}

std::string FormatNeighbors(const GraphIndex& graph, const Neighborhood& n,
                            const FormatOptions& options) {
  std::string out = FormatVertex(graph, n.center) + "\n";
  if (const auto roles = graph.roles(n.center); !roles.empty()) {
    out += "  roles: " + Join(roles, ", ") + "\n";
  }
  if (n.by_distance.empty() || n.by_distance[0].empty()) return out + "  no relations\n";
  for (const auto& group : n.by_relation) {
    std::string heading = group.label;
    if (group.directed) heading = group.outgoing ? group.label + " \u2192" : "\u2190 " + group.label;
    out += "  " + heading + ":\n";
    for (const auto& m : group.members) {
      out += "    " + FormatVertex(graph, m.vertex) + "\n";
      for (Edge e : m.edges) out += FormatEvidence(graph, e, options, "        ", false);
    }
  }
  for (std::size_t d = 1; d < n.by_distance.size(); ++d) {
    if (n.by_distance[d].empty()) continue;
    out += "  at distance " + std::to_string(d + 1) + ":\n";
    for (const auto& m : n.by_distance[d]) {
      std::vector<std::string> relations;
      for (Edge e : m.edges) relations.emplace_back(graph.edge(e).label);
      out += "    " + FormatVertex(graph, m.vertex) + ", via " + std::string(graph.label(m.via)) +
             " [" + Join(relations, ", ") + "]\n";
    }
  }
  return out;
}

std::string FormatLookupFailure(const GraphIndex& graph, const std::string& query,
                                const NameMatch& match) {
  if (!match.found()) return "not found: " + query;
  std::vector<std::string> names;
  for (Vertex v : match.candidates) names.push_back(FormatVertex(graph, v));
  return "ambiguous: " + Join(names, ", ");
}

}  // namespace newskg::graph
