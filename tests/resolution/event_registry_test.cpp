// Cross-article events: reports of one meeting in several invented articles become one event;
// different days, places named differently, undated and only considered meetings stay apart.
#include <catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "resolution/entity_registry.h"
#include "resolution/event_registry.h"
#include "local_entity.h"

using namespace newskg::resolution;

namespace {

// An article naming Anna Kessler, Paul Brandau, Linz, Wien and its own Rathaus, with one meeting
// of the two ("Rathaus in Linz": in the building, in that town).
ResolvedArticle Report(std::string id, std::string date, std::string place = "",
                       MeetingStatus status = MeetingStatus::Held, bool inferred = false) {
  ResolvedArticle a;
  a.id = std::move(id);
  using newskg::testing::NamedLocal;
  auto local = NamedLocal;
  a.entities = {local("p/ana-kesler", EntityType::Person), local("p/pl-brandau", EntityType::Person),
                local("t/linz", EntityType::Place), local("t/vien", EntityType::Place),
                local("t/rathaus-" + a.id, EntityType::Place)};
  a.sentences = {{"Anna Kessler traf Paul Brandau.", 0, 31}};
  LocalMeeting m;
  m.attendees = {0, 1};
  if (place == "Linz") m.location = 2;
  if (place == "Wien") m.location = 3;
  if (place == "Rathaus in Linz") {
    m.location = 4;
    m.town = 2;
  }
  m.location_inferred = inferred;
  m.date = std::move(date);
  m.status = status;
  a.meetings = {m};
  return a;
}

struct Built {
  EntityTable entities;
  EventTable events;
};

Built Build(const std::vector<ResolvedArticle>& articles) {
  EntityRegistry registry;
  for (const auto& a : articles) registry.Add(a);
  Built built{registry.Finish(), {}};
  EventRegistry events(built.entities);
  for (std::size_t i = 0; i < articles.size(); ++i) events.Add(static_cast<std::uint32_t>(i), articles[i]);
  built.events = events.Finish();
  return built;
}

}  // namespace

TEST_CASE("events: three reports of one dated meeting are one event, written by the first", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10", "Linz"), Report("b", "2025-06-10"),
                         Report("c", "2025-06-10", "Linz")});
  REQUIRE(b.events.events().size() == 1);
  const SharedEvent& event = b.events[0];
  CHECK(event.reports == 3);
  CHECK(event.date == "2025-06-10");
  REQUIRE(event.location);
  CHECK(b.entities[*event.location].key == "t/linz");
  CHECK(event.slug.starts_with("2025-06-10-"));
  for (std::uint32_t article = 0; article < 3; ++article) {
    const auto report = b.events.Find(article, 0);
    REQUIRE(report);
    CHECK(report->event == 0);
    CHECK(report->first == (article == 0));
  }
}

TEST_CASE("events: the table does not depend on the order of adding", "[resolution][events]") {
  const std::vector<ResolvedArticle> articles = {Report("a", "2025-06-10"), Report("b", "2025-06-10", "Wien"),
                                                 Report("c", "2025-06")};
  const Built forward = Build(articles);
  EntityRegistry registry;
  for (const auto& a : articles) registry.Add(a);
  const EntityTable entities = registry.Finish();
  EventRegistry backward(entities);
  for (std::uint32_t i = 3; i-- > 0;) backward.Add(i, articles[i]);
  const EventTable table = backward.Finish();
  REQUIRE(table.events().size() == forward.events.events().size());
  CHECK(table[0].slug == forward.events[0].slug);
  CHECK(table[0].digest == forward.events[0].digest);
}

TEST_CASE("events: different days are different meetings", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10"), Report("b", "2025-06-11")});
  CHECK(b.events.events().empty());
  CHECK_FALSE(b.events.Find(0, 0));
}

TEST_CASE("events: a month joins the one meeting dated within it", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10"), Report("b", "2025-06")});
  REQUIRE(b.events.events().size() == 1);
  CHECK(b.events[0].date == "2025-06-10");
  const Built two_days = Build({Report("a", "2025-06-10"), Report("b", "2025-06-20"), Report("c", "2025-06")});
  CHECK(two_days.events.events().empty());  // which of the two? no guess
}

TEST_CASE("events: two places named on one day keep two meetings; an unplaced report joins neither", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10", "Linz"), Report("b", "2025-06-10", "Wien"),
                         Report("c", "2025-06-10", "Linz"), Report("d", "2025-06-10")});
  REQUIRE(b.events.events().size() == 1);
  CHECK(b.events[0].reports == 2);
  CHECK(b.entities[*b.events[0].location].key == "t/linz");
  CHECK_FALSE(b.events.Find(1, 0));
  CHECK_FALSE(b.events.Find(3, 0));
}

TEST_CASE("events: a building and its town are one place; the event keeps the building and the town",
          "[resolution][events]") {
  const Built b = Build({Report("b", "2025-06-10", "Linz"), Report("a", "2025-06-10", "Rathaus in Linz"),
                         Report("c", "2025-06-10", "Wien")});
  REQUIRE(b.events.events().size() == 1);
  CHECK(b.events[0].reports == 2);
  CHECK(b.entities[*b.events[0].location].key == "t/rathaus-a");
  REQUIRE(b.events[0].town);
  CHECK(b.entities[*b.events[0].town].key == "t/linz");
  CHECK_FALSE(b.events.Find(2, 0));
}

TEST_CASE("events: a place only inferred does not keep reports apart, a named one wins", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10", "Wien", MeetingStatus::Held, true),
                         Report("b", "2025-06-10", "Linz")});
  REQUIRE(b.events.events().size() == 1);
  CHECK(b.entities[*b.events[0].location].key == "t/linz");
}

TEST_CASE("events: undated and merely considered meetings are never merged", "[resolution][events]") {
  CHECK(Build({Report("a", ""), Report("b", "")}).events.events().empty());
  CHECK(Build({Report("a", "2025-06-10", "", MeetingStatus::Considered),
               Report("b", "2025-06-10", "", MeetingStatus::Considered)})
            .events.events()
            .empty());
}

TEST_CASE("events: a plan and its report are one meeting, held", "[resolution][events]") {
  const Built b = Build({Report("a", "2025-06-10", "", MeetingStatus::Planned), Report("b", "2025-06-10")});
  REQUIRE(b.events.events().size() == 1);
  CHECK(b.events[0].status == MeetingStatus::Held);
}
