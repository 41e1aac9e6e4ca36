#include "graph/report_format.h"

#include <algorithm>

namespace newskg::graph {
namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string OneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool SameQualifiers(const EdgeProperties& p) {
  return std::all_of(p.evidence.begin(), p.evidence.end(),
                     [&](const Evidence& e) { return e.qualifiers == p.evidence.front().qualifiers; });
}

std::string Source(const Evidence& e) {
  std::string out = "article " + (e.article_id.empty() ? std::string("?") : e.article_id);
  if (e.char_start && e.char_end) {
    out += ", chars " + std::to_string(*e.char_start) + "\u2013" + std::to_string(*e.char_end);
  }
  return "(" + out + ")";
}

}  // namespace

std::string FormatVertex(const KnowledgeGraph& kg, Vertex v) {
  const auto& p = kg[v];
  return p.type.empty() ? p.label : p.label + " (" + p.type + ")";
}

std::string FormatRelation(const KnowledgeGraph& kg, Vertex from, Vertex to, Edge edge) {
  const auto& p = kg[edge];
  std::vector<std::string> parts = {p.label};
  if (!p.evidence.empty() && SameQualifiers(p)) {
    for (const auto& q : p.evidence.front().qualifiers) parts.push_back(q);
  }
  std::string inner = "[" + Join(parts, ", ") + "]";
  std::string arrow;
  if (!p.directed) {
    arrow = " \u2014" + inner + "\u2014 ";
  } else if (p.subject == from) {
    arrow = " \u2014" + inner + "\u2192 ";
  } else {
    arrow = " \u2190" + inner + "\u2014 ";
  }
  return kg[from].label + arrow + kg[to].label;
}

std::string FormatEvidence(const KnowledgeGraph& kg, Edge edge, const FormatOptions& options,
                           const std::string& indent, bool relation_shown_qualifiers) {
  const auto& p = kg[edge];
  bool show_qualifiers = !relation_shown_qualifiers || !SameQualifiers(p);
  std::size_t shown = options.max_evidence == 0 ? p.evidence.size()
                                                : std::min(options.max_evidence, p.evidence.size());
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& e = p.evidence[i];
    out += indent;
    if (show_qualifiers && !e.qualifiers.empty()) out += "[" + Join(e.qualifiers, ", ") + "] ";
    if (!e.sentence.empty()) out += "\"" + OneLine(e.sentence) + "\" ";
    out += Source(e) + "\n";
  }
  if (shown < p.evidence.size()) {
    out += indent + "\u2026 and " + std::to_string(p.evidence.size() - shown) + " more\n";
  }
  return out;
}

std::string FormatPaths(const KnowledgeGraph& kg, Vertex from, Vertex to, const PathsResult& paths,
                        const FormatOptions& options) {
  std::string names = kg[from].label + " and " + kg[to].label;
  if (paths.paths.empty()) return "No connection between " + names + ".\n";
  std::string out = std::to_string(paths.total) + (paths.total == 1 ? " shortest path" : " shortest paths") +
                    " (" + std::to_string(paths.distance) + (paths.distance == 1 ? " hop" : " hops") +
                    ") between " + names;
  if (paths.paths.size() < paths.total) {
    out += ", showing " + std::to_string(paths.paths.size());
  }
  out += ":\n";
  for (std::size_t i = 0; i < paths.paths.size(); ++i) {
    if (paths.paths.size() > 1) out += "Path " + std::to_string(i + 1) + ":\n";
    for (const auto& hop : paths.paths[i].hops) {
      for (Edge e : hop.edges) {
        out += "  " + FormatRelation(kg, hop.from, hop.to, e) + "\n";
        out += FormatEvidence(kg, e, options, "      ");
      }
    }
  }
  return out;
}

std::string FormatNeighbors(const KnowledgeGraph& kg, const Neighborhood& n,
                            const FormatOptions& options) {
  std::string out = FormatVertex(kg, n.center) + "\n";
  if (!kg[n.center].roles.empty()) out += "  roles: " + Join(kg[n.center].roles, ", ") + "\n";
  if (n.by_distance.empty() || n.by_distance[0].empty()) return out + "  no relations\n";
  for (const auto& group : n.by_relation) {
    std::string heading = group.label;
    if (group.directed) heading = group.outgoing ? group.label + " \u2192" : "\u2190 " + group.label;
    out += "  " + heading + ":\n";
    for (const auto& m : group.members) {
      out += "    " + FormatVertex(kg, m.vertex) + "\n";
      for (Edge e : m.edges) out += FormatEvidence(kg, e, options, "        ", false);
    }
  }
  for (std::size_t d = 1; d < n.by_distance.size(); ++d) {
    if (n.by_distance[d].empty()) continue;
    out += "  at distance " + std::to_string(d + 1) + ":\n";
    for (const auto& m : n.by_distance[d]) {
      std::vector<std::string> relations;
      for (Edge e : m.edges) relations.push_back(kg[e].label);
      out += "    " + FormatVertex(kg, m.vertex) + ", via " + kg[m.via].label + " [" +
             Join(relations, ", ") + "]\n";
    }
  }
  return out;
}

std::string FormatLookupFailure(const KnowledgeGraph& kg, const std::string& query,
                                const NameMatch& match) {
  if (!match.found()) return "not found: " + query;
  std::vector<std::string> names;
  for (Vertex v : match.candidates) names.push_back(FormatVertex(kg, v));
  return "ambiguous: " + Join(names, ", ");
}

}  // namespace newskg::graph
