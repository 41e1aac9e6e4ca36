#include <catch.hpp>
#include <set>

#include "fixture.h"
#include "graph/export_view.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

TEST_CASE("ParseDateSpan reads days, months and years, and nothing else") {
  CHECK(ParseDateSpan("2025-03-12") == DateSpan{"2025-03-12", "2025-03-12"});
  CHECK(ParseDateSpan("2025-02") == DateSpan{"2025-02-01", "2025-02-28"});
  CHECK(ParseDateSpan("2024-02") == DateSpan{"2024-02-01", "2024-02-29"});
  CHECK(ParseDateSpan("2000-02") == DateSpan{"2000-02-01", "2000-02-29"});
  CHECK(ParseDateSpan("1900-02") == DateSpan{"1900-02-01", "1900-02-28"});
  CHECK(ParseDateSpan("2025") == DateSpan{"2025-01-01", "2025-12-31"});
  for (const char* bad : {"", "2025-02-30", "2025-13", "2025-00-10", "0000", "25-03-12",
                          "2025-3-12", "2025-03-12T10:00", "am Mittwoch", "2025-04-31"}) {
    INFO(bad);
    CHECK_FALSE(ParseDateSpan(bad));
  }
}

TEST_CASE("MergeSpans joins spans that share a day and keeps the others apart, sorted") {
  auto merged = MergeSpans({{"2025-05-02", "2025-05-02"},
                            {"2025-03-01", "2025-03-31"},
                            {"2025-03-12", "2025-03-12"},
                            {"2025-03-31", "2025-04-02"},
                            {"2025-05-03", "2025-05-03"},
                            {"2025-05-02", "2025-05-02"}});
  CHECK(merged == std::vector<DateSpan>{{"2025-03-01", "2025-04-02"},
                                        {"2025-05-02", "2025-05-02"},
                                        {"2025-05-03", "2025-05-03"}});
  CHECK(MergeSpans({}).empty());
}

TEST_CASE("A meeting's time: its own date, else its article's, else none") {
  MeetingView meeting;
  meeting.date = "2025-03";
  meeting.article_date = "2025-04-02";
  MeetingTime time = TimeOf(meeting);
  CHECK(time.source == "text");
  CHECK(time.date == "2025-03");
  CHECK(time.span == DateSpan{"2025-03-01", "2025-03-31"});
  meeting.date = "";
  time = TimeOf(meeting);
  CHECK(time.source == "article");
  CHECK(time.span == DateSpan{"2025-04-02", "2025-04-02"});
  meeting.article_date = "";
  time = TimeOf(meeting);
  CHECK(time.source.empty());
  CHECK_FALSE(time.span);
}

TEST_CASE("The export view visits entities, meetings and posts, and links every meeting") {
  const auto kg = Project(SampleModel());
  const ExportView view(kg, {MeetingsAs::Nodes});
  std::vector<NodeRef> nodes;
  view.ForEachNode([&](NodeRef n) { nodes.push_back(n); });
  REQUIRE(nodes.size() == kg.vertex_count() + kg.meeting_count() + kg.post_count());
  CHECK(view.Type(nodes[kg.vertex_count()]) == "Meeting");
  CHECK(view.Type(nodes.back()) == "Post");
  std::size_t attends = 0;
  std::set<std::uint32_t> meetings_linked;
  view.ForEachEdge([&](const ExportEdge& e) {
    CHECK_FALSE(e.source == e.target);
    CHECK(e.weight >= 1);
    if (std::string(e.kind) == kKindAttends) {
      ++attends;
      meetings_linked.insert(e.target.index);
    }
  });
  std::size_t expected = 0;
  for (std::size_t m = 0; m < kg.meeting_count(); ++m) expected += kg.meeting(m).attendees.size();
  CHECK(attends == expected);
  CHECK(meetings_linked.size() == kg.meeting_count());
}
