#include "graph/graphml_writer.h"

#include <array>
#include <charconv>
#include <memory>
#include <set>
#include <stdexcept>
#include <tuple>

#include <libxml/xmlwriter.h>

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

std::array<int, 3> Colour(const std::string& type) {
  if (type == "Person") return {31, 119, 180};
  if (type == "Organization") return {255, 127, 14};
  if (type == "Place") return {44, 160, 44};
  return {127, 127, 127};
}

// XML 1.0 forbids most control characters even escaped.
std::string XmlSafe(const std::string& text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    out += c;
  }
  return out;
}

std::string Number(double value) {
  std::array<char, 32> buffer{};
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  if (error != std::errc()) throw std::runtime_error("GraphML: cannot format a weight");
  return std::string(buffer.data(), end);
}

class XmlWriter {
 public:
  XmlWriter() : buffer_(xmlBufferCreate(), &xmlBufferFree), writer_(nullptr, &xmlFreeTextWriter) {
    if (!buffer_) throw std::runtime_error("GraphML: out of memory");
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    if (!writer_) throw std::runtime_error("GraphML: cannot create an XML writer");
    Check(xmlTextWriterSetIndent(writer_.get(), 1));
    Check(xmlTextWriterSetIndentString(writer_.get(), BAD_CAST "  "));
    Check(xmlTextWriterStartDocument(writer_.get(), nullptr, "UTF-8", nullptr));
  }

  void Start(const char* name) { Check(xmlTextWriterStartElement(writer_.get(), BAD_CAST name)); }
  void End() { Check(xmlTextWriterEndElement(writer_.get())); }
  void Attribute(const char* name, const std::string& value) {
    Check(xmlTextWriterWriteAttribute(writer_.get(), BAD_CAST name,
                                      BAD_CAST XmlSafe(value).c_str()));
  }
  void Data(const char* key, const std::string& value) {
    Start("data");
    Attribute("key", key);
    Check(xmlTextWriterWriteString(writer_.get(), BAD_CAST XmlSafe(value).c_str()));
    End();
  }

  std::string Finish() {
    Check(xmlTextWriterEndDocument(writer_.get()));
    Check(xmlTextWriterFlush(writer_.get()));
    writer_.reset();
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  static void Check(int rc) {
    if (rc < 0) throw std::runtime_error("GraphML: libxml2 writer failed");
  }

  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer_;
  std::unique_ptr<xmlTextWriter, decltype(&xmlFreeTextWriter)> writer_;
};

std::string JoinUnique(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  std::set<std::string> seen;
  for (const auto& p : parts) {
    if (!seen.insert(p).second) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

}  // namespace

std::string WriteGraphMl(const KnowledgeGraph& kg) {
  XmlWriter xml;
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
  for (auto [it, end] = boost::vertices(kg.graph); it != end; ++it) {
    const auto& v = kg[*it];
    auto colour = Colour(v.type);
    xml.Start("node");
    xml.Attribute("id", node_id(*it));
    xml.Data("v_label", v.label);
    xml.Data("v_type", v.type);
    xml.Data("v_iri", v.iri);
    xml.Data("v_r", std::to_string(colour[0]));
    xml.Data("v_g", std::to_string(colour[1]));
    xml.Data("v_b", std::to_string(colour[2]));
    xml.End();
  }

  // One GraphML edge per connected pair, in (lower vertex, higher vertex) order.
  std::set<std::pair<Vertex, Vertex>> pairs;
  for (auto [it, end] = boost::edges(kg.graph); it != end; ++it) {
    auto s = boost::source(*it, kg.graph), t = boost::target(*it, kg.graph);
    pairs.emplace(std::min(s, t), std::max(s, t));
  }
  std::size_t edge_number = 0;
  for (const auto& [a, b] : pairs) {
    auto edges = kg.EdgesBetween(a, b);
    std::vector<std::string> labels, kinds;
    std::set<std::tuple<std::string, std::string, std::optional<std::size_t>,
                        std::optional<std::size_t>>>
        sentences;
    for (Edge e : edges) {
      labels.push_back(kg[e].label);
      kinds.push_back(kg[e].kind);
      for (const auto& ev : kg[e].evidence) {
        sentences.emplace(ev.article_id, ev.sentence, ev.char_start, ev.char_end);
      }
    }
    Vertex source = kg[edges.front()].subject;
    Vertex target = source == a ? b : a;
    xml.Start("edge");
    xml.Attribute("id", "e" + std::to_string(edge_number++));
    xml.Attribute("source", node_id(source));
    xml.Attribute("target", node_id(target));
    xml.Data("e_label", JoinUnique(labels, " / "));
    xml.Data("e_kind", JoinUnique(kinds, ", "));
    xml.Data("e_weight", Number(static_cast<double>(std::max<std::size_t>(sentences.size(), 1))));
    xml.End();
  }
  xml.End();  // graph
  xml.End();  // graphml
  return xml.Finish();
}

}  // namespace newskg::graph
