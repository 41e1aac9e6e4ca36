#include "graph/graphml_writer.h"

#include <array>
#include <charconv>
#include <stdexcept>

#include "graph/export_colors.h"
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
    Key{"v_label", "node", "label", "string"},
    Key{"v_type", "node", "type", "string"},
    Key{"v_iri", "node", "iri", "string"},
    Key{"v_roles", "node", "roles", "string"},
    Key{"v_r", "node", "r", "int"},
    Key{"v_g", "node", "g", "int"},
    Key{"v_b", "node", "b", "int"},
    Key{"v_meeting_kind", "node", "meeting kind", "string"},
    Key{"v_status", "node", "status", "string"},
    Key{"v_place", "node", "place", "string"},
    Key{"v_date", "node", "date", "string"},
    Key{"v_date_source", "node", "date source", "string"},
    Key{"v_time_expression", "node", "time expression", "string"},
    Key{"v_article", "node", "article", "string"},
    Key{"v_sentence", "node", "sentence", "string"},
    Key{"e_label", "edge", "label", "string"},
    Key{"e_kind", "edge", "kind", "string"},
    Key{"e_weight", "edge", "weight", "double"},
    Key{"e_status", "edge", "status", "string"},
    Key{"e_meetings", "edge", "meetings", "int"},
};

// Data elements with empty values are left out (Gephi ignores them anyway).
void Data(XmlWriter& xml, const char* key, std::string_view value) {
  if (value.empty()) return;
  xml.Start("data");
  xml.Attribute("key", key);
  xml.Text(value);
  xml.End();
}

std::string NodeId(NodeRef node) {
  static constexpr char kPrefix[] = {'n', 'm', 'p'};
  return kPrefix[static_cast<int>(node.kind)] + std::to_string(node.index);
}

std::string Join(const std::vector<std::string_view>& parts, std::string_view separator) {
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

}  // namespace

void WriteGraphMl(const GraphIndex& graph, const ExportOptions& options,
                  common::BufferedWriter& out) {
  const ExportView view(graph, options);
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
  xml.Attribute("edgedefault", view.AllDirected() ? "directed" : "undirected");

  view.ForEachNode([&](NodeRef node) {
    const Rgb colour = ColourOf(view.Type(node));
    xml.Start("node");
    xml.Attribute("id", NodeId(node));
    Data(xml, "v_label", view.Label(node));
    Data(xml, "v_type", view.Type(node));
    Data(xml, "v_iri", view.Iri(node));
    if (node.kind == NodeKind::Entity) Data(xml, "v_roles", Join(graph.roles(node.index), "; "));
    Data(xml, "v_r", std::to_string(colour.r));
    Data(xml, "v_g", std::to_string(colour.g));
    Data(xml, "v_b", std::to_string(colour.b));
    if (node.kind == NodeKind::Meeting) {
      const MeetingView meeting = graph.meeting(node.index);
      const MeetingTime time = TimeOf(meeting);
      Data(xml, "v_meeting_kind", meeting.kind);
      Data(xml, "v_status", meeting.status);
      if (meeting.place) Data(xml, "v_place", graph.label(*meeting.place));
      Data(xml, "v_date", time.date);
      Data(xml, "v_date_source", time.source);
      Data(xml, "v_time_expression", meeting.time_text);
      Data(xml, "v_article", meeting.article_id);
      if (meeting.evidence_count > 0) {
        Data(xml, "v_sentence", graph.meeting_evidence(node.index, 0).sentence);
      }
    } else if (node.kind == NodeKind::Post && graph.post(node.index).evidence_count > 0) {
      const EvidenceView evidence = graph.post_evidence(node.index, 0);
      Data(xml, "v_article", evidence.article_id);
      Data(xml, "v_sentence", evidence.sentence);
    }
    xml.End();
  });

  std::size_t edge_number = 0;
  view.ForEachEdge([&](const ExportEdge& edge) {
    xml.Start("edge");
    xml.Attribute("id", "e" + std::to_string(edge_number++));
    xml.Attribute("source", NodeId(edge.source));
    xml.Attribute("target", NodeId(edge.target));
    xml.Attribute("directed", edge.directed ? "true" : "false");
    xml.Attribute("label", edge.kind);  // Gephi reads an edge's label attribute as its type
    Data(xml, "e_label", edge.label);
    Data(xml, "e_kind", edge.kind);
    Data(xml, "e_weight", std::to_string(edge.weight));
    Data(xml, "e_status", edge.status);
    if (edge.meetings > 0) Data(xml, "e_meetings", std::to_string(edge.meetings));
    xml.End();
  });
  xml.End();  // graph
  xml.End();  // graphml
  xml.Finish();
}

std::string GraphMlString(const GraphIndex& graph, const ExportOptions& options) {
  return WriteToString("GraphML", [&](common::BufferedWriter& out) {
    WriteGraphMl(graph, options, out);
  });
}

}  // namespace newskg::graph
