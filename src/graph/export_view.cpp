#include "graph/export_view.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "graph/relations.h"

namespace newskg::graph {
namespace {

bool Digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string TwoDigits(int n) { return std::string(1, char('0' + n / 10)) + char('0' + n % 10); }

using SentenceKey = std::tuple<std::string_view, std::string_view, std::optional<std::uint64_t>,
                               std::optional<std::uint64_t>>;

SentenceKey KeyOf(const EvidenceView& e) {
  return {e.article_id, e.sentence, e.char_start, e.char_end};
}

std::uint32_t AtLeastOne(std::size_t n) { return static_cast<std::uint32_t>(std::max<std::size_t>(n, 1)); }

}  // namespace

std::optional<DateSpan> ParseDateSpan(std::string_view iso) {
  const std::string_view year_text = iso.substr(0, 4);
  if (iso.size() < 4 || !Digits(year_text)) return std::nullopt;
  const int year = Number(year_text);
  if (year == 0) return std::nullopt;
  const std::string y(year_text);
  if (iso.size() == 4) return DateSpan{y + "-01-01", y + "-12-31"};
  if (iso.size() < 7 || iso[4] != '-' || !Digits(iso.substr(5, 2))) return std::nullopt;
  const int month = Number(iso.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  const std::string ym = y + "-" + TwoDigits(month);
  if (iso.size() == 7) return DateSpan{ym + "-01", ym + "-" + TwoDigits(DaysIn(year, month))};
  if (iso.size() != 10 || iso[7] != '-' || !Digits(iso.substr(8, 2))) return std::nullopt;
  const int day = Number(iso.substr(8, 2));
  if (day < 1 || day > DaysIn(year, month)) return std::nullopt;
  const std::string date(iso);
  return DateSpan{date, date};
}

std::vector<DateSpan> MergeSpans(std::vector<DateSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const DateSpan& x, const DateSpan& y) {
    return std::tie(x.start, x.end) < std::tie(y.start, y.end);
  });
  std::vector<DateSpan> merged;
  for (DateSpan& span : spans) {
    if (!merged.empty() && span.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(std::move(span));
    }
  }
  return merged;
}

MeetingTime TimeOf(const MeetingView& meeting) {
  if (auto span = ParseDateSpan(meeting.date)) return {std::move(span), meeting.date, "text"};
  if (auto span = ParseDateSpan(meeting.article_date)) {
    return {std::move(span), meeting.article_date, "article"};
  }
  return {};
}

std::string MeetingNodeLabel(const MeetingView& meeting) {
  std::string label = MeetingLabel(meeting.kind);
  const std::string_view when = !meeting.date.empty() ? meeting.date : meeting.time_text;
  if (!when.empty()) label += " " + std::string(when);
  return label;
}

std::string JoinDistinct(const std::vector<std::string_view>& parts, std::string_view separator) {
  std::string out;
  std::set<std::string_view> seen;
  for (std::string_view part : parts) {
    if (part.empty() || !seen.insert(part).second) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// The meetings behind each meeting relation, for meetings shown as edges.
struct ExportView::MeetingTimes {
  struct Behind {
    std::vector<DateSpan> spans;
    std::vector<std::string_view> statuses;
    std::uint32_t count = 0;
  };
  std::map<std::pair<Vertex, Vertex>, Behind> pairs;   // (lower, higher attendee)
  std::map<std::pair<Vertex, Vertex>, Behind> places;  // (attendee, place)

  explicit MeetingTimes(const GraphIndex& graph) {
    for (std::size_t m = 0; m < graph.meeting_count(); ++m) {
      const MeetingView meeting = graph.meeting(m);
      const MeetingTime time = TimeOf(meeting);
      auto note = [&](Behind& behind) {
        ++behind.count;
        behind.statuses.push_back(meeting.status);
        if (time.span) behind.spans.push_back(*time.span);
      };
      for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        for (std::size_t j = i + 1; j < meeting.attendees.size(); ++j) {
          note(pairs[{meeting.attendees[i], meeting.attendees[j]}]);
        }
        if (meeting.place && *meeting.place != meeting.attendees[i]) {
          note(places[{meeting.attendees[i], *meeting.place}]);
        }
      }
    }
  }
};

ExportView::ExportView(const GraphIndex& graph, ExportOptions options)
    : graph_(graph), options_(options) {
  if (options_.meetings == MeetingsAs::Edges) times_ = std::make_shared<MeetingTimes>(graph_);
}

void ExportView::ForEachNode(const std::function<void(NodeRef)>& visit) const {
  for (std::uint32_t v = 0; v < graph_.vertex_count(); ++v) visit({NodeKind::Entity, v});
  if (options_.meetings == MeetingsAs::Nodes) {
    for (std::uint32_t m = 0; m < graph_.meeting_count(); ++m) visit({NodeKind::Meeting, m});
  }
  for (std::uint32_t p = 0; p < graph_.post_count(); ++p) visit({NodeKind::Post, p});
}

void ExportView::ForEachEdge(const std::function<void(const ExportEdge&)>& visit) const {
  const bool meeting_nodes = options_.meetings == MeetingsAs::Nodes;
  const std::string_view meeting_kind = kKindMeeting, place_kind = kKindMeetingPlace;

  // The relations of each pair, one edge per (kind, direction); the index keeps a pair's
  // relations next to each other.
  for (Edge first = 0; first < graph_.edge_count();) {
    const EdgeView head = graph_.edge(first);
    Edge last = first;
    std::map<std::tuple<std::string_view, bool, Vertex>, std::vector<Edge>> groups;
    for (; last < graph_.edge_count(); ++last) {
      const EdgeView view = graph_.edge(last);
      if (view.a != head.a || view.b != head.b) break;
      if (meeting_nodes && (view.kind == meeting_kind || view.kind == place_kind)) continue;
      groups[{view.kind, view.directed, view.directed ? view.subject : view.a}].push_back(last);
    }
    first = last;
    for (const auto& [key, edges] : groups) {
      const auto& [kind, directed, subject] = key;
      ExportEdge out;
      out.directed = directed;
      out.source = {NodeKind::Entity, subject};
      out.target = {NodeKind::Entity, subject == head.a ? head.b : head.a};
      out.kind = kind;
      std::vector<std::string_view> labels;
      std::set<SentenceKey> sentences;
      for (Edge e : edges) {
        const EdgeView view = graph_.edge(e);
        labels.push_back(view.label);
        for (std::size_t i = 0; i < view.evidence_count; ++i) {
          sentences.insert(KeyOf(graph_.evidence(e, i)));
        }
      }
      out.label = JoinDistinct(labels, " / ");
      out.weight = AtLeastOne(sentences.size());
      if (times_ && (kind == meeting_kind || kind == place_kind)) {
        const auto& table = kind == meeting_kind ? times_->pairs : times_->places;
        const Vertex target = out.target.index;
        auto it = table.find({subject, target});
        if (it != table.end()) {
          out.meetings = it->second.count;
          out.status = JoinDistinct(it->second.statuses, " / ");
          out.spells = MergeSpans(it->second.spans);
        }
      }
      visit(out);
    }
  }

  if (meeting_nodes) {
    for (std::uint32_t m = 0; m < graph_.meeting_count(); ++m) {
      const MeetingView meeting = graph_.meeting(m);
      const MeetingTime time = TimeOf(meeting);
      std::set<SentenceKey> sentences;
      for (std::size_t i = 0; i < meeting.evidence_count; ++i) {
        sentences.insert(KeyOf(graph_.meeting_evidence(m, i)));
      }
      ExportEdge out;
      out.directed = true;
      out.weight = AtLeastOne(sentences.size());
      out.status = std::string(meeting.status);
      out.meetings = 1;
      if (time.span) out.spells = {*time.span};
      out.kind = kKindAttends;
      out.label = "Teilnahme";
      out.target = {NodeKind::Meeting, m};
      for (std::uint32_t attendee : meeting.attendees) {
        out.source = {NodeKind::Entity, attendee};
        visit(out);
      }
      if (meeting.place) {
        out.kind = kKindLocation;
        out.label = "Ort";
        out.source = {NodeKind::Meeting, m};
        out.target = {NodeKind::Entity, *meeting.place};
        visit(out);
      }
    }
  }

  for (std::uint32_t p = 0; p < graph_.post_count(); ++p) {
    const PostView post = graph_.post(p);
    std::set<SentenceKey> sentences;
    for (std::size_t i = 0; i < post.evidence_count; ++i) {
      sentences.insert(KeyOf(graph_.post_evidence(p, i)));
    }
    ExportEdge out;
    out.directed = true;
    out.source = {NodeKind::Entity, post.holder};
    out.target = {NodeKind::Post, p};
    out.kind = kKindHoldsPost;
    out.label = std::string(post.label);
    out.weight = AtLeastOne(sentences.size());
    visit(out);
  }
}

std::string_view ExportView::Type(NodeRef node) const {
  switch (node.kind) {
    case NodeKind::Entity:
      return graph_.type(node.index);
    case NodeKind::Meeting:
      return kTypeMeeting;
    case NodeKind::Post:
      return kTypePost;
  }
  return "";
}

std::string ExportView::Label(NodeRef node) const {
  switch (node.kind) {
    case NodeKind::Entity:
      return std::string(graph_.label(node.index));
    case NodeKind::Meeting:
      return MeetingNodeLabel(graph_.meeting(node.index));
    case NodeKind::Post:
      return std::string(graph_.post(node.index).label);
  }
  return "";
}

std::string_view ExportView::Iri(NodeRef node) const {
  switch (node.kind) {
    case NodeKind::Entity:
      return graph_.iri(node.index);
    case NodeKind::Meeting:
      return graph_.meeting(node.index).iri;
    case NodeKind::Post:
      return graph_.post(node.index).iri;
  }
  return "";
}

}  // namespace newskg::graph
