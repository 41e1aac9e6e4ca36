#include "graph/graphml_writer.h"

#include <unistd.h>
#include <sys/mman.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <set>
#include <stdexcept>
#include <tuple>

#include "graph/xml_writer.h"

namespace newskg::graph {
namespace {

constexpr const char* kGraphMlNs = "http://graphml.graphdrawing.org/xmlns";

struct Key {
  const char* id;
  const char* for_;
  const char* name;
  const char* type;
};

constexpr std::array kKeys = {
    Key{"v_label", "node", "label", "string"}, Key{"v_type", "node", "type", "string"},
    Key{"v_iri", "node", "iri", "string"},     Key{"v_r", "node", "r", "int"},
    Key{"v_g", "node", "g", "int"},            Key{"v_b", "node", "b", "int"},
    Key{"e_label", "edge", "label", "string"}, Key{"e_kind", "edge", "kind", "string"},
    Key{"e_weight", "edge", "weight", "double"},
};

std::array<int, 3> Colour(std::string_view type) {
  if (type == "Person") return {31, 119, 180};
  if (type == "Organization") return {255, 127, 14};
  if (type == "Place") return {44, 160, 44};
  return {127, 127, 127};
}

void Data(XmlWriter& xml, const char* key, std::string_view value) {
  xml.Start("data");
  xml.Attribute("key", key);
  xml.Text(value);
  xml.End();
}

// The distinct values in order of first appearance, joined.
std::string JoinUnique(const std::vector<std::string_view>& parts, const std::string& separator) {
  std::string out;
  std::set<std::string_view> seen;
  for (std::string_view p : parts) {
    if (!seen.insert(p).second) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

}  // namespace

void WriteGraphMl(const GraphIndex& graph, common::BufferedWriter& out) {
  XmlWriter xml(out);
  xml.Start("graphml");
  xml.Attribute("xmlns", kGraphMlNs);
  for (const auto& key : kKeys) {
    xml.Start("key");
    xml.Attribute("id", key.id);
    xml.Attribute("for", key.for_);
    xml.Attribute("attr.name", key.name);
    xml.Attribute("attr.type", key.type);
    xml.End();
  }
  xml.Start("graph");
  xml.Attribute("id", "G");
  xml.Attribute("edgedefault", "undirected");

  auto node_id = [](Vertex v) { return "n" + std::to_string(v); };
  for (Vertex v = 0; v < graph.vertex_count(); ++v) {
    const auto colour = Colour(graph.type(v));
    xml.Start("node");
    xml.Attribute("id", node_id(v));
    Data(xml, "v_label", graph.label(v));
    Data(xml, "v_type", graph.type(v));
    Data(xml, "v_iri", graph.iri(v));
    Data(xml, "v_r", std::to_string(colour[0]));
    Data(xml, "v_g", std::to_string(colour[1]));
    Data(xml, "v_b", std::to_string(colour[2]));
    xml.End();
  }

  // One GraphML edge per connected pair; the index keeps a pair's edges next to each other.
  std::size_t edge_number = 0;
  for (Edge first = 0; first < graph.edge_count();) {
    const EdgeView head = graph.edge(first);
    Edge last = first;
    while (last < graph.edge_count() && graph.edge(last).a == head.a && graph.edge(last).b == head.b) {
      ++last;
    }
    std::vector<Edge> edges = graph.EdgesBetween(head.a, head.b);
    std::vector<std::string_view> labels, kinds;
    std::set<std::tuple<std::string_view, std::string_view, std::optional<std::uint64_t>,
                        std::optional<std::uint64_t>>>
        sentences;
    for (Edge e : edges) {
      const EdgeView view = graph.edge(e);
      labels.push_back(view.label);
      kinds.push_back(view.kind);
      for (std::size_t i = 0; i < view.evidence_count; ++i) {
        const EvidenceView ev = graph.evidence(e, i);
        sentences.emplace(ev.article_id, ev.sentence, ev.char_start, ev.char_end);
      }
    }
    const Vertex source = graph.edge(edges.front()).subject;
    const Vertex target = source == head.a ? head.b : head.a;
    xml.Start("edge");
    xml.Attribute("id", "e" + std::to_string(edge_number++));
    xml.Attribute("source", node_id(source));
    xml.Attribute("target", node_id(target));
    Data(xml, "e_label", JoinUnique(labels, " / "));
    Data(xml, "e_kind", JoinUnique(kinds, ", "));
    std::array<char, 32> weight{};
    const double value = static_cast<double>(std::max<std::size_t>(sentences.size(), 1));
    auto [end, error] = std::to_chars(weight.data(), weight.data() + weight.size(), value);
    if (error != std::errc()) throw std::runtime_error("GraphML: cannot format a weight");
    Data(xml, "e_weight", std::string_view(weight.data(), static_cast<std::size_t>(end - weight.data())));
    xml.End();
    first = last;
  }
  xml.End();  // graph
  xml.End();  // graphml
  xml.Finish();
}

std::string GraphMlString(const GraphIndex& graph) {
  const int fd = ::memfd_create("newskg-graphml", MFD_CLOEXEC);
  if (fd < 0) throw std::runtime_error(std::string("memfd_create: ") + std::strerror(errno));
  std::string text;
  try {
    common::BufferedWriter out(fd, "GraphML");
    WriteGraphMl(graph, out);
    const off_t size = ::lseek(fd, 0, SEEK_END);
    text.resize(static_cast<std::size_t>(size));
    if (::pread(fd, text.data(), text.size(), 0) != size) throw std::runtime_error("GraphML: read back failed");
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return text;
}

}  // namespace newskg::graph
