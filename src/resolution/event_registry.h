// EventRegistry: finds the meetings that several articles report, so that each real meeting is
// one event. Two reports are one meeting when they have the same attendees (as resolved
// entities), compatible dates (the same day; a month holds the one day reported in it) and
// compatible places (the same, or one of them unknown or only inferred). Undated reports and
// meetings only considered are never merged: a wrong merge is worse than a missed one. Holds a
// few words per dated meeting, never text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "resolution/entity_table.h"
#include "resolution/resolved_article.h"

namespace newskg::resolution {

// One meeting that several reports tell, as its first report (in article order) writes it.
struct SharedEvent {
  std::string slug;                       // "2025-06-10-<16 hex digits of the attendees>"
  std::string date;                       // the day, or the month when no report gives a day
  std::optional<std::uint32_t> location;  // entity: the place a report names, else an inferred one
  std::optional<std::uint32_t> town;      // entity: the town that report puts a building in
  MeetingStatus status = MeetingStatus::Held;  // held when any report tells it held
  std::uint32_t reports = 0;
  std::uint64_t digest = 0;               // of all of the above, for output block hashes
};

// Where a report's meeting went.
struct EventReport {
  std::uint32_t event = 0;  // index into EventTable::events()
  bool first = false;       // the event's first report, which writes the event's own triples
};

class EventTable {
 public:
  EventTable() = default;
  EventTable(std::vector<SharedEvent> events,
             std::unordered_map<std::uint64_t, EventReport> reports);

  const std::vector<SharedEvent>& events() const { return events_; }
  const SharedEvent& operator[](std::uint32_t event) const { return events_.at(event); }

  // The shared event of meeting `meeting` of the `article`-th article (in id order), if the
  // meeting is one of several reports of one event.
  std::optional<EventReport> Find(std::uint32_t article, std::uint32_t meeting) const;

 private:
  std::vector<SharedEvent> events_;
  std::unordered_map<std::uint64_t, EventReport> reports_;
};

class EventRegistry {
 public:
  // Keeps a reference: `entities` must outlive the registry.
  explicit EventRegistry(const EntityTable& entities) : entities_(entities) {}

  // Articles are numbered by the caller (their position in id order); the table does not depend
  // on the order of the calls.
  void Add(std::uint32_t article_number, const ResolvedArticle& article);

  EventTable Finish() const;

 private:
  struct Report {
    std::uint64_t attendees = 0;  // hash of the attendees' entity keys
    std::int64_t day = 0;         // days since 1970-01-01 (of the first day for a month)
    bool month_only = false;
    std::uint32_t location = 0;   // entity + 1, 0: none
    bool location_inferred = false;
    std::uint32_t town = 0;       // entity + 1, 0: none
    MeetingStatus status = MeetingStatus::Held;
    std::uint32_t article = 0;
    std::uint32_t meeting = 0;
  };
  const EntityTable& entities_;
  std::vector<Report> reports_;
};

}  // namespace newskg::resolution
