#include "graph/gexf_writer.h"

#include <array>

#include "graph/export_colors.h"
#include "graph/xml_writer.h"

namespace newskg::graph {
namespace {

constexpr const char* kGexfNs = "http://gexf.net/1.3";
constexpr const char* kVizNs = "http://gexf.net/1.3/viz";
constexpr const char* kXsiNs = "http://www.w3.org/2001/XMLSchema-instance";
constexpr const char* kSchemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

struct Attribute {
  const char* id;  // Gephi's column id: none of its own (id, label, timeset, weight, type, ...)
  const char* title;
  const char* type;
};

constexpr std::array kNodeAttributes = {
    Attribute{"type", "type", "string"},
    Attribute{"iri", "iri", "string"},
    Attribute{"roles", "roles", "liststring"},
    Attribute{"meeting_kind", "meeting kind", "string"},
    Attribute{"status", "status", "string"},
    Attribute{"place", "place", "string"},
    Attribute{"date", "date", "string"},
    Attribute{"date_source", "date source", "string"},
    Attribute{"time_expression", "time expression", "string"},
    Attribute{"article", "article", "string"},
    Attribute{"sentence", "sentence", "string"},
};

constexpr std::array kEdgeAttributes = {
    Attribute{"relation", "relation", "string"},
    Attribute{"status", "status", "string"},
    Attribute{"meetings", "meetings", "integer"},
};

// An xsd:token (label and kind attributes): whitespace runs as one space, none at the ends.
std::string Token(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Attribute values: empty ones are left out (Gephi ignores them anyway).
class AttValues {
 public:
  explicit AttValues(XmlWriter& xml) : xml_(xml) {}
  ~AttValues() = default;
  void Add(const char* id, std::string_view value) {
    if (value.empty()) return;
    if (!open_) {
      xml_.Start("attvalues");
      open_ = true;
    }
    xml_.Start("attvalue");
    xml_.Attribute("for", id);
    xml_.Attribute("value", value);
    xml_.End();
  }
  void Close() {
    if (open_) xml_.End();
    open_ = false;
  }

 private:
  XmlWriter& xml_;
  bool open_ = false;
};

void DeclareAttributes(XmlWriter& xml, const char* class_name, const auto& attributes) {
  xml.Start("attributes");
  xml.Attribute("class", class_name);
  for (const Attribute& attribute : attributes) {
    xml.Start("attribute");
    xml.Attribute("id", attribute.id);
    xml.Attribute("title", attribute.title);
    xml.Attribute("type", attribute.type);
    xml.End();
  }
  xml.End();
}

void Time(XmlWriter& xml, const std::vector<DateSpan>& spells) {
  if (spells.size() == 1) {
    xml.Attribute("start", spells.front().start);
    xml.Attribute("end", spells.front().end);
  }
}

void Spells(XmlWriter& xml, const std::vector<DateSpan>& spells) {
  if (spells.size() < 2) return;
  xml.Start("spells");
  for (const DateSpan& span : spells) {
    xml.Start("spell");
    xml.Attribute("start", span.start);
    xml.Attribute("end", span.end);
    xml.End();
  }
  xml.End();
}

}  // namespace

std::string GexfList(const std::vector<std::string_view>& items) {
  std::string out = "[";
  for (std::string_view item : items) {
    if (out.size() > 1) out += ", ";
    out += '"';
    for (char c : item) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "]";
}

void WriteGexf(const GraphIndex& graph, const ExportOptions& options, common::BufferedWriter& out) {
  const ExportView view(graph, options);
  const bool meeting_nodes = options.meetings == MeetingsAs::Nodes;
  XmlWriter xml(out);
  xml.Start("gexf");
  xml.Attribute("xmlns", kGexfNs);
  xml.Attribute("xmlns:viz", kVizNs);
  xml.Attribute("xmlns:xsi", kXsiNs);
  xml.Attribute("xsi:schemaLocation", kSchemaLocation);
  xml.Attribute("version", "1.3");
  xml.Start("meta");
  xml.Start("creator");
  xml.Text("newskg");
  xml.End();
  xml.Start("description");
  xml.Text(std::string("Persons, organizations, places, roles and meetings read from news articles; "
                       "meetings as ") +
           (meeting_nodes ? "nodes" : "edges"));
  xml.End();
  xml.End();  // meta

  xml.Start("graph");
  if (view.AllDirected()) xml.Attribute("defaultedgetype", "directed");
  xml.Attribute("mode", "dynamic");
  xml.Attribute("timeformat", "date");
  xml.Attribute("timerepresentation", "interval");
  DeclareAttributes(xml, "node", kNodeAttributes);
  DeclareAttributes(xml, "edge", kEdgeAttributes);

  xml.Start("nodes");
  view.ForEachNode([&](NodeRef node) {
    xml.Start("node");
    xml.Attribute("id", view.Iri(node));
    xml.Attribute("label", Token(view.Label(node)));
    std::optional<MeetingView> meeting;
    MeetingTime time;
    if (node.kind == NodeKind::Meeting) {
      meeting = graph.meeting(node.index);
      time = TimeOf(*meeting);
      if (time.span) Time(xml, {*time.span});
    }
    AttValues values(xml);
    values.Add("type", view.Type(node));
    values.Add("iri", view.Iri(node));
    if (node.kind == NodeKind::Entity) {
      const auto roles = graph.roles(node.index);
      if (!roles.empty()) values.Add("roles", GexfList(roles));
    }
    if (meeting) {
      values.Add("meeting_kind", meeting->kind);
      values.Add("status", meeting->status);
      if (meeting->place) values.Add("place", graph.label(*meeting->place));
      values.Add("date", time.date);
      values.Add("date_source", time.source);
      values.Add("time_expression", meeting->time_text);
      values.Add("article", meeting->article_id);
      if (meeting->evidence_count > 0) {
        values.Add("sentence", graph.meeting_evidence(node.index, 0).sentence);
      }
    } else if (node.kind == NodeKind::Post && graph.post(node.index).evidence_count > 0) {
      const EvidenceView evidence = graph.post_evidence(node.index, 0);
      values.Add("article", evidence.article_id);
      values.Add("sentence", evidence.sentence);
    }
    values.Close();
    const Rgb colour = ColourOf(view.Type(node));
    xml.Start("viz:color");
    xml.Attribute("r", std::to_string(colour.r));
    xml.Attribute("g", std::to_string(colour.g));
    xml.Attribute("b", std::to_string(colour.b));
    xml.End();
    xml.End();  // node
  });
  xml.End();  // nodes

  xml.Start("edges");
  std::size_t edge_number = 0;
  view.ForEachEdge([&](const ExportEdge& edge) {
    xml.Start("edge");
    xml.Attribute("id", "e" + std::to_string(edge_number++));
    xml.Attribute("source", view.Iri(edge.source));
    xml.Attribute("target", view.Iri(edge.target));
    xml.Attribute("type", edge.directed ? "directed" : "undirected");
    xml.Attribute("kind", Token(edge.kind));
    xml.Attribute("label", Token(edge.label));
    xml.Attribute("weight", std::to_string(edge.weight));
    Time(xml, edge.spells);
    AttValues values(xml);
    values.Add("relation", edge.kind);
    values.Add("status", edge.status);
    if (edge.meetings > 0) values.Add("meetings", std::to_string(edge.meetings));
    values.Close();
    Spells(xml, edge.spells);
    xml.End();  // edge
  });
  xml.End();  // edges
  xml.End();  // graph
  xml.End();  // gexf
  xml.Finish();
}

std::string GexfString(const GraphIndex& graph, const ExportOptions& options) {
  return WriteToString("GEXF", [&](common::BufferedWriter& out) { WriteGexf(graph, options, out); });
}

}  // namespace newskg::graph
