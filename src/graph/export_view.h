// ExportView: what the GEXF and GraphML writers show of the graph index, visited in a fixed
// order: entities as nodes, meetings as nodes linked to their attendees and place (or, by
// choice, as edges between attendees), posts of no organization as nodes beside their holders,
// and one edge per relation kind per pair (and direction), so that Gephi neither merges
// relations of different kinds nor mixes their labels.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_index.h"

namespace newskg::graph {

enum class MeetingsAs { Nodes, Edges };

struct ExportOptions {
  MeetingsAs meetings = MeetingsAs::Nodes;
};

// Relation kinds only exports have (relations.h has the others).
inline constexpr const char* kKindAttends = "attends";    // person -> meeting
inline constexpr const char* kKindLocation = "location";  // meeting -> place

// Node types besides an entity's own ("Person", "Organization", "Place").
inline constexpr const char* kTypeMeeting = "Meeting";
inline constexpr const char* kTypePost = "Post";

// A stretch of whole days, as ISO dates, start <= end.
struct DateSpan {
  std::string start, end;
  bool operator==(const DateSpan&) const = default;
};

// "2025-03-12" is that day, "2025-03" the whole month, "2025" the whole year; anything else,
// including days no calendar has ("2025-02-30"), is no span.
std::optional<DateSpan> ParseDateSpan(std::string_view iso);

// Sorted, with spans that overlap or touch (share a day) joined, so that no two intersect:
// Gephi refuses overlapping intervals on one element.
std::vector<DateSpan> MergeSpans(std::vector<DateSpan> spans);

// When a meeting took or takes place: the date the text gives ("text"), else the date of the
// article it was read from ("article"), else unknown (source empty).
struct MeetingTime {
  std::optional<DateSpan> span;
  std::string_view date;    // the date as the graph writes it ("2025-03"), when known
  std::string_view source;  // "text", "article" or ""
};
MeetingTime TimeOf(const MeetingView& meeting);

// "Gespräche 2025-03-12", "Telefonat am Mittwoch", "Treffen".
std::string MeetingNodeLabel(const MeetingView& meeting);

enum class NodeKind : std::uint8_t { Entity, Meeting, Post };

struct NodeRef {
  NodeKind kind = NodeKind::Entity;
  std::uint32_t index = 0;  // vertex, meeting or post number in the index
  bool operator==(const NodeRef&) const = default;
};

struct ExportEdge {
  NodeRef source, target;  // for undirected edges, in index order
  bool directed = false;
  std::string_view kind;      // kKindHoldsPost, kKindMeeting, kKindMeetingPlace, kKindAttends, ...
  std::string label;          // the relation's distinct labels joined by " / "
  std::uint32_t weight = 1;   // distinct supporting sentences, at least 1
  std::string status;         // meeting relations: the meetings' distinct statuses joined by " / "
  std::uint32_t meetings = 0;  // meeting relations: how many meetings stand behind it
  std::vector<DateSpan> spells;  // meeting relations: when, merged; empty: no known time
};

class ExportView {
 public:
  ExportView(const GraphIndex& graph, ExportOptions options);

  const GraphIndex& graph() const { return graph_; }
  const ExportOptions& options() const { return options_; }

  // Entities (by vertex), then meetings (when they are nodes), then posts of no organization.
  void ForEachNode(const std::function<void(NodeRef)>& visit) const;
  // Relations of each connected pair (by pair, then kind), then attendances and meeting
  // places (meetings as nodes), then the posts' links to their holders.
  void ForEachEdge(const std::function<void(const ExportEdge&)>& visit) const;

  // "Person", ..., kTypeMeeting, kTypePost; "" for an entity of unknown type.
  std::string_view Type(NodeRef node) const;
  std::string Label(NodeRef node) const;
  std::string_view Iri(NodeRef node) const;
  // Whether every edge is directed (then the writers declare it the default).
  bool AllDirected() const { return options_.meetings == MeetingsAs::Nodes; }

 private:
  struct MeetingTimes;  // per pair: the meetings behind meeting relations (meetings as edges)

  const GraphIndex& graph_;
  ExportOptions options_;
  std::shared_ptr<const MeetingTimes> times_;
};

// Distinct values in order of first appearance, joined by `separator`.
std::string JoinDistinct(const std::vector<std::string_view>& parts, std::string_view separator);

}  // namespace newskg::graph
