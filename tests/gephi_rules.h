// The rules Gephi's importers apply to GEXF and GraphML files (gephi/gephi: modules/ImportPlugin
// ImporterGEXF.java, ImporterGraphML.java; modules/ImportAPI ImportContainerImpl.java; the
// graphstore's IntervalSet and reserved column ids), as checks on a document: every rule whose
// breach Gephi reports as a warning or error, or answers by dropping or merging data, gives an
// issue here. Shared by the graph unit tests and the end-to-end tests.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace newskg::testing {

namespace gephi_detail {

inline std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

inline std::optional<std::string> Attr(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

inline std::string Name(xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

inline std::vector<xmlNode*> Children(xmlNode* node, const char* name) {
  std::vector<xmlNode*> out;
  for (xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && Name(c) == name) out.push_back(c);
  }
  return out;
}

inline xmlNode* Child(xmlNode* node, const char* name) {
  auto all = Children(node, name);
  return all.empty() ? nullptr : all.front();
}

inline bool IsInteger(const std::string& text) {
  if (text.empty()) return false;
  std::size_t i = text[0] == '-' ? 1 : 0;
  return i < text.size() && std::all_of(text.begin() + static_cast<long>(i), text.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
}

inline bool IsNumber(const std::string& text) {
  if (text.empty()) return false;
  char* end = nullptr;
  std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

// A day as Gephi's date parser (ISO date) and xs:date accept it, as a number to compare.
inline std::optional<long> Day(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int y = std::stoi(text.substr(0, 4)), m = std::stoi(text.substr(5, 2)),
            d = std::stoi(text.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y == 0 || m < 1 || m > 12) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d < 1 || d > (m == 2 && leap ? 29 : kDays[m - 1])) return std::nullopt;
  return y * 10000L + m * 100L + d;
}

// Gephi's list parser (graphstore ArraysParser) takes ["a", "b"]; a value is a quoted literal.
inline bool IsList(const std::string& text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  bool in = false, escape = false;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    const char c = text[i];
    if (in) {
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        in = false;
      }
    } else if (c == '"') {
      in = true;
    } else if (c != ',' && c != ' ') {
      return false;
    }
  }
  return !in;
}

inline bool BadId(const std::string& id) {
  return id.empty() || id.find('\n') != std::string::npos || id.front() == ' ' || id.back() == ' ';
}

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

inline Doc Parse(const std::string& text) {
  return Doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr,
                           XML_PARSE_NONET),
             &xmlFreeDoc);
}

// Directed edges count per (kind, source, target); undirected ones per (kind, lower, higher).
// Gephi merges or refuses a second edge with the same key (ImportContainerImpl.addEdge).
inline std::string ParallelKey(const std::string& kind, const std::string& source,
                               const std::string& target, bool directed) {
  if (directed) return kind + '\x1f' + source + '\x1f' + target;
  return kind + '\x1f' + std::min(source, target) + '\x1f' + std::max(source, target);
}

}  // namespace gephi_detail

// What Gephi's GEXF importer would warn about, refuse or drop in `text`.
inline std::vector<std::string> GephiGexfIssues(const std::string& text) {
  using namespace gephi_detail;
  std::vector<std::string> issues;
  Doc doc = Parse(text);
  if (!doc) return {"not well-formed XML"};
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (Name(root) != "gexf") return {"root is not gexf"};
  if (Attr(root, "version").value_or("") != "1.3") issues.push_back("version is not 1.3");
  xmlNode* graph = Child(root, "graph");
  if (!graph) return {"no graph"};
  const std::string default_type = Attr(graph, "defaultedgetype").value_or("");
  if (!default_type.empty() && default_type != "directed" && default_type != "undirected") {
    issues.push_back("defaultedgetype " + default_type);
  }
  const bool intervals = Attr(graph, "timerepresentation").value_or("interval") == "interval";
  const std::string time_format = Attr(graph, "timeformat").value_or("");

  static const std::set<std::string> kTypes = {
      "boolean", "bool", "integer", "int", "long", "float", "double", "string", "bigdecimal",
      "biginteger", "byte", "char", "character", "short", "listboolean", "listint", "listinteger",
      "listlong", "listfloat", "listdouble", "liststring", "listbigdecimal", "listbiginteger",
      "listbyte", "listchar", "listcharacter", "listshort"};
  const std::map<std::string, std::set<std::string>> kReserved = {
      {"node", {"id", "label", "timeset", "degree", "indegree", "outdegree"}},
      {"edge", {"id", "label", "timeset", "weight", "type"}}};
  std::map<std::string, std::map<std::string, std::string>> columns;  // class -> id -> type
  for (xmlNode* attributes : Children(graph, "attributes")) {
    const std::string cls = Attr(attributes, "class").value_or("");
    if (cls != "node" && cls != "edge") {
      issues.push_back("attributes of class '" + cls + "'");
      continue;
    }
    for (xmlNode* attribute : Children(attributes, "attribute")) {
      const std::string id = Lower(Attr(attribute, "id").value_or(""));
      const std::string type = Lower(Attr(attribute, "type").value_or(""));
      if (id.empty() || type.empty()) issues.push_back("attribute without id or type");
      if (!kTypes.count(type)) issues.push_back("attribute " + id + " of a type Gephi lacks: " + type);
      if (kReserved.at(cls).count(id)) issues.push_back("attribute id " + id + " is Gephi's own column");
      if (!columns[cls].emplace(id, type).second) issues.push_back("attribute " + id + " declared twice");
    }
  }

  // Times of one element: each start <= end, dates valid, intervals disjoint (IntervalSet).
  auto check_times = [&](xmlNode* element, const std::string& what) {
    std::vector<std::pair<long, long>> spans;
    auto read = [&](xmlNode* holder) {
      auto start = Attr(holder, "start"), end = Attr(holder, "end");
      if (Attr(holder, "startopen") || Attr(holder, "endopen")) issues.push_back(what + ": open interval");
      if (Attr(holder, "timestamp") || Attr(holder, "timestamps")) {
        issues.push_back(what + ": timestamps with interval representation");
      }
      if (!start && !end) return;
      if (!intervals) issues.push_back(what + ": interval with timestamp representation");
      if (time_format != "date") issues.push_back(what + ": time without timeformat date");
      auto s = Day(start.value_or("")), e = Day(end.value_or(""));
      if (!s || !e) {
        issues.push_back(what + ": a time that is not a whole date");
        return;
      }
      if (*s > *e) issues.push_back(what + ": start after end");
      spans.emplace_back(*s, *e);
    };
    xmlNode* spells = Child(element, "spells");
    if (spells) {
      for (xmlNode* spell : Children(spells, "spell")) read(spell);
    } else {
      read(element);
    }
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 1; i < spans.size(); ++i) {
      if (spans[i].first <= spans[i - 1].second) issues.push_back(what + ": overlapping spells");
    }
  };

  auto check_values = [&](xmlNode* element, const std::string& cls, const std::string& what) {
    for (xmlNode* values : Children(element, "attvalues")) {
      for (xmlNode* value : Children(values, "attvalue")) {
        const std::string id = Lower(Attr(value, "for").value_or(""));
        const std::string text = Attr(value, "value").value_or("");
        auto column = columns[cls].find(id);
        if (column == columns[cls].end()) {
          issues.push_back(what + ": value for undeclared " + cls + " attribute '" + id + "'");
          continue;
        }
        if (text.empty()) issues.push_back(what + ": empty value for " + id + " (dropped)");
        const std::string& type = column->second;
        if ((type == "integer" || type == "int" || type == "long") && !IsInteger(text)) {
          issues.push_back(what + ": " + id + " is not an integer: " + text);
        }
        if ((type == "double" || type == "float") && !IsNumber(text)) {
          issues.push_back(what + ": " + id + " is not a number: " + text);
        }
        if (type == "liststring" && !IsList(text)) {
          issues.push_back(what + ": " + id + " is not a list: " + text);
        }
      }
    }
  };

  auto check_colour = [&](xmlNode* element, const std::string& what) {
    for (xmlNode* c = element->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || Name(c) != "color") continue;
      for (const char* channel : {"r", "g", "b"}) {
        const std::string v = Attr(c, channel).value_or("");
        if (!IsInteger(v) || std::stoi(v) < 0 || std::stoi(v) > 255) {
          issues.push_back(what + ": colour channel " + channel + " = " + v);
        }
      }
    }
  };

  std::set<std::string> node_ids;
  for (xmlNode* node : Children(Child(graph, "nodes"), "node")) {
    const std::string id = Attr(node, "id").value_or("");
    const std::string what = "node " + id;
    if (BadId(id)) issues.push_back("a node id Gephi refuses or warns about: '" + id + "'");
    if (!node_ids.insert(id).second) issues.push_back("duplicate node id " + id);
    if (Attr(node, "pid") || Child(node, "nodes")) issues.push_back(what + ": hierarchy");
    check_times(node, what);
    check_values(node, "node", what);
    check_colour(node, what);
  }
  std::set<std::string> edge_ids, parallel;
  for (xmlNode* edge : Children(Child(graph, "edges"), "edge")) {
    const std::string id = Attr(edge, "id").value_or("");
    const std::string what = "edge " + id;
    const std::string source = Attr(edge, "source").value_or("");
    const std::string target = Attr(edge, "target").value_or("");
    if (id.empty() || BadId(id)) issues.push_back("an edge id Gephi refuses or warns about: '" + id + "'");
    if (!edge_ids.insert(id).second) issues.push_back("duplicate edge id " + id);
    if (!node_ids.count(source) || !node_ids.count(target)) issues.push_back(what + ": unknown end");
    if (source == target) issues.push_back(what + ": self loop");
    const std::string type = Attr(edge, "type").value_or(default_type.empty() ? "undirected" : default_type);
    if (type != "directed" && type != "undirected") issues.push_back(what + ": type " + type);
    if (!default_type.empty() && type != default_type) {
      issues.push_back(what + ": " + type + " in a " + default_type + " graph (dropped)");
    }
    if (auto weight = Attr(edge, "weight")) {
      if (!IsNumber(*weight) || std::strtod(weight->c_str(), nullptr) <= 0) {
        issues.push_back(what + ": weight " + *weight);
      }
    }
    const std::string kind = Attr(edge, "kind").value_or("");
    if (!parallel.insert(ParallelKey(kind, source, target, type == "directed")).second) {
      issues.push_back(what + ": parallel to another edge of kind '" + kind + "' (merged)");
    }
    check_times(edge, what);
    check_values(edge, "edge", what);
    check_colour(edge, what);
  }
  return issues;
}

// What Gephi's GraphML importer would warn about, refuse or drop in `text`.
inline std::vector<std::string> GephiGraphMlIssues(const std::string& text) {
  using namespace gephi_detail;
  std::vector<std::string> issues;
  Doc doc = Parse(text);
  if (!doc) return {"not well-formed XML"};
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (Name(root) != "graphml") return {"root is not graphml"};
  xmlNode* graph = Child(root, "graph");
  if (!graph) return {"no graph"};
  const std::string edge_default = Attr(graph, "edgedefault").value_or("");
  if (edge_default != "directed" && edge_default != "undirected") {
    issues.push_back("edgedefault '" + edge_default + "'");
  }

  // Keys Gephi maps to its own properties (ImporterGraphML's PropertiesAssociations), by id
  // or title; the rest become columns named by the key id.
  const std::map<std::string, std::set<std::string>> kProperties = {
      {"node", {"label", "nodelabel", "x", "y", "z", "xpos", "ypos", "zpos", "size", "r", "g", "b", "color"}},
      {"edge", {"label", "edgelabel", "weight", "Edge Weight", "r", "g", "b", "color"}}};
  const std::map<std::string, std::set<std::string>> kReserved = {
      {"node", {"id", "label", "timeset", "degree", "indegree", "outdegree"}},
      {"edge", {"id", "label", "timeset", "weight", "type"}}};
  static const std::set<std::string> kTypes = {"boolean", "int", "integer", "long", "float",
                                               "double", "string"};
  struct KeyInfo {
    std::string for_, type, property;
  };
  std::map<std::string, KeyInfo> keys;
  for (xmlNode* key : Children(root, "key")) {
    const std::string id = Attr(key, "id").value_or("");
    const std::string for_ = Attr(key, "for").value_or("all");
    const std::string title = Attr(key, "attr.name").value_or(id);
    const std::string type = Attr(key, "attr.type").value_or("");
    if (id.empty()) issues.push_back("a key without id");
    if (for_ != "node" && for_ != "edge") {
      issues.push_back("key " + id + " for " + for_ + (for_ == "graph" ? " (dropped)" : ""));
      continue;
    }
    KeyInfo info{for_, type, ""};
    const auto& props = kProperties.at(for_);
    if (props.count(id)) {
      info.property = id;
    } else if (props.count(title)) {
      info.property = title;
    } else {
      if (!kTypes.count(type)) issues.push_back("key " + id + " of type '" + type + "'");
      if (kReserved.at(for_).count(Lower(id))) issues.push_back("key id " + id + " is Gephi's own column");
    }
    if (!keys.emplace(id, info).second) issues.push_back("key " + id + " declared twice");
  }

  auto check_data = [&](xmlNode* element, const std::string& cls, const std::string& what) {
    for (xmlNode* data : Children(element, "data")) {
      const std::string key = Attr(data, "key").value_or("");
      auto it = keys.find(key);
      if (it == keys.end() || it->second.for_ != cls) {
        issues.push_back(what + ": data for undeclared " + cls + " key '" + key + "' (dropped)");
        continue;
      }
      xmlChar* content = xmlNodeGetContent(data);
      const std::string value = content ? reinterpret_cast<const char*>(content) : "";
      xmlFree(content);
      if (value.empty()) issues.push_back(what + ": empty data for " + key + " (dropped)");
      const KeyInfo& info = it->second;
      if (info.property == "r" || info.property == "g" || info.property == "b") {
        if (!IsInteger(value) || std::stoi(value) < 0 || std::stoi(value) > 255) {
          issues.push_back(what + ": colour " + value);
        }
      } else if (info.property == "weight") {
        if (!IsNumber(value) || std::strtod(value.c_str(), nullptr) <= 0) {
          issues.push_back(what + ": weight " + value);
        }
      } else if (info.property.empty()) {
        if ((info.type == "int" || info.type == "integer" || info.type == "long") && !IsInteger(value)) {
          issues.push_back(what + ": " + key + " is not an integer: " + value);
        }
        if ((info.type == "double" || info.type == "float") && !IsNumber(value)) {
          issues.push_back(what + ": " + key + " is not a number: " + value);
        }
      }
    }
  };

  std::set<std::string> node_ids;
  for (xmlNode* node : Children(graph, "node")) {
    const std::string id = Attr(node, "id").value_or("");
    if (BadId(id)) issues.push_back("a node id Gephi refuses or warns about: '" + id + "'");
    if (!node_ids.insert(id).second) issues.push_back("duplicate node id " + id);
    if (Child(node, "graph")) issues.push_back("node " + id + ": nested graph");
    check_data(node, "node", "node " + id);
  }
  std::set<std::string> edge_ids, parallel;
  for (xmlNode* edge : Children(graph, "edge")) {
    const std::string id = Attr(edge, "id").value_or("");
    const std::string what = "edge " + id;
    const std::string source = Attr(edge, "source").value_or("");
    const std::string target = Attr(edge, "target").value_or("");
    if (id.empty() || BadId(id)) issues.push_back("an edge id Gephi refuses or warns about: '" + id + "'");
    if (!edge_ids.insert(id).second) issues.push_back("duplicate edge id " + id);
    if (!node_ids.count(source) || !node_ids.count(target)) issues.push_back(what + ": unknown end");
    if (source == target) issues.push_back(what + ": self loop");
    const std::string directed = Attr(edge, "directed").value_or(edge_default == "directed" ? "true" : "false");
    if (directed != "true" && directed != "false") issues.push_back(what + ": directed=" + directed);
    const std::string type = Attr(edge, "label").value_or("");
    if (!parallel.insert(ParallelKey(type, source, target, directed == "true")).second) {
      issues.push_back(what + ": parallel to another edge of type '" + type + "' (merged)");
    }
    check_data(edge, "edge", what);
  }
  return issues;
}

}  // namespace newskg::testing
