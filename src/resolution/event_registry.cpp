#include "resolution/event_registry.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "common/civil_date.h"
#include "common/content_hash.h"

namespace newskg::resolution {
namespace {

std::uint64_t ReportKey(std::uint32_t article, std::uint32_t meeting) {
  return (static_cast<std::uint64_t>(article) << 32) | meeting;
}

}  // namespace

EventTable::EventTable(std::vector<SharedEvent> events,
                       std::unordered_map<std::uint64_t, EventReport> reports)
    : events_(std::move(events)), reports_(std::move(reports)) {}

std::optional<EventReport> EventTable::Find(std::uint32_t article, std::uint32_t meeting) const {
  auto it = reports_.find(ReportKey(article, meeting));
  if (it == reports_.end()) return std::nullopt;
  return it->second;
}

void EventRegistry::Add(std::uint32_t article_number, const ResolvedArticle& article) {
  for (std::size_t i = 0; i < article.meetings.size(); ++i) {
    const LocalMeeting& meeting = article.meetings[i];
    // A meeting only talked about may never happen: it is no report of one that did.
    if (meeting.status == MeetingStatus::Considered) continue;
    Report report;
    if (const auto day = common::ParseIsoDay(meeting.date)) {
      report.day = *day;
    } else if (const auto first = common::ParseIsoDay(meeting.date + "-01"); first && meeting.date.size() == 7) {
      report.day = *first;
      report.month_only = true;
    } else {
      continue;
    }
    std::set<std::string_view> keys;
    for (std::uint32_t local : meeting.attendees) {
      if (const auto entity = entities_.Find(article.entities.at(local).key)) {
        keys.insert(entities_[*entity].key);
      }
    }
    if (keys.size() < 2) continue;
    common::StreamingHash hash;
    for (std::string_view key : keys) {
      hash.Update(key);
      hash.Update(std::string_view("\n", 1));
    }
    report.attendees = hash.Digest();
    if (meeting.location) {
      if (const auto place = entities_.Find(article.entities.at(*meeting.location).key)) {
        report.location = *place + 1;
        report.location_inferred = meeting.location_inferred;
        if (meeting.town) {
          if (const auto town = entities_.Find(article.entities.at(*meeting.town).key)) report.town = *town + 1;
        }
      }
    }
    report.status = meeting.status;
    report.article = article_number;
    report.meeting = static_cast<std::uint32_t>(i);
    reports_.push_back(report);
  }
}

EventTable EventRegistry::Finish() const {
  std::vector<Report> reports = reports_;
  std::sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
    return std::tie(a.attendees, a.day, a.month_only, a.article, a.meeting) <
           std::tie(b.attendees, b.day, b.month_only, b.article, b.meeting);
  });

  // Clusters of reports (indices into `reports`) that tell one meeting; `by_place` when the
  // same people met more than once that day, in different places.
  struct Cluster {
    std::vector<std::size_t> members;
    bool by_place = false;
  };
  std::vector<Cluster> clusters;
  // A bucket of reports of one day (or month): one cluster when they name at most one place;
  // otherwise one per place named, and those without a place of their own stay alone.
  // Places compare by town: "im Rathaus" of Ulm and "in Ulm" are one place.
  auto place_of = [](const Report& report) { return report.town ? report.town : report.location; };
  auto split_by_place = [&](const std::vector<std::size_t>& bucket) {
    std::map<std::uint32_t, std::vector<std::size_t>> by_place;
    std::vector<std::size_t> unplaced;
    for (std::size_t r : bucket) {
      const Report& report = reports[r];
      if (report.location && !report.location_inferred) {
        by_place[place_of(report)].push_back(r);
      } else {
        unplaced.push_back(r);
      }
    }
    std::vector<Cluster> out;
    if (by_place.size() <= 1) {
      out.push_back({bucket, false});
      return out;
    }
    for (auto& [place, members] : by_place) out.push_back({std::move(members), true});
    for (std::size_t r : unplaced) out.push_back({{r}, false});
    return out;
  };

  for (std::size_t begin = 0; begin < reports.size();) {
    std::size_t end = begin;
    while (end < reports.size() && reports[end].attendees == reports[begin].attendees) ++end;
    // One set of attendees: day buckets first, then months.
    std::map<std::int64_t, std::vector<std::size_t>> days, months;
    for (std::size_t r = begin; r < end; ++r) {
      (reports[r].month_only ? months : days)[reports[r].day].push_back(r);
    }
    std::vector<Cluster> day_clusters;
    for (auto& [day, bucket] : days) {
      for (auto& cluster : split_by_place(bucket)) day_clusters.push_back(std::move(cluster));
    }
    for (auto& [first_day, bucket] : months) {
      const std::string month = common::CivilFromDays(first_day).substr(0, 7);
      std::vector<std::size_t> in_month;
      for (std::size_t c = 0; c < day_clusters.size(); ++c) {
        if (common::CivilFromDays(reports[day_clusters[c].members.front()].day).starts_with(month)) {
          in_month.push_back(c);
        }
      }
      if (in_month.size() == 1) {
        // The month's reports join the one meeting dated within it, where places agree.
        std::vector<std::size_t>& target = day_clusters[in_month.front()].members;
        std::set<std::uint32_t> places;
        for (std::size_t r : target) {
          if (reports[r].location && !reports[r].location_inferred) places.insert(place_of(reports[r]));
        }
        for (std::size_t r : bucket) {
          const Report& report = reports[r];
          const bool fits = !report.location || report.location_inferred || places.empty() ||
                            places.count(place_of(report));
          if (fits) {
            target.push_back(r);
          } else {
            clusters.push_back({{r}, false});
          }
        }
      } else if (in_month.empty()) {
        for (auto& cluster : split_by_place(bucket)) clusters.push_back(std::move(cluster));
      } else {
        for (std::size_t r : bucket) clusters.push_back({{r}, false});
      }
    }
    for (auto& cluster : day_clusters) clusters.push_back(std::move(cluster));
    begin = end;
  }

  // Shared events: clusters of two reports or more, numbered in the order of their first report.
  std::vector<Cluster> shared;
  for (Cluster& cluster : clusters) {
    if (cluster.members.size() < 2) continue;
    std::sort(cluster.members.begin(), cluster.members.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(reports[a].article, reports[a].meeting) < std::tie(reports[b].article, reports[b].meeting);
    });
    shared.push_back(std::move(cluster));
  }
  std::sort(shared.begin(), shared.end(), [&](const Cluster& a, const Cluster& b) {
    return std::tie(reports[a.members.front()].article, reports[a.members.front()].meeting) <
           std::tie(reports[b.members.front()].article, reports[b.members.front()].meeting);
  });

  std::vector<SharedEvent> events;
  std::unordered_map<std::uint64_t, EventReport> by_report;
  for (const Cluster& group : shared) {
    const std::vector<std::size_t>& cluster = group.members;
    SharedEvent event;
    event.reports = static_cast<std::uint32_t>(cluster.size());
    bool has_day = false;
    std::int64_t day = reports[cluster.front()].day;
    for (std::size_t r : cluster) {
      if (!reports[r].month_only) {
        has_day = true;
        day = reports[r].day;
      }
    }
    event.date = has_day ? common::CivilFromDays(day) : common::CivilFromDays(day).substr(0, 7);
    // The place a report names wins over one inferred from a dateline, a building with its town
    // over the town alone; the first report's first.
    for (int pass = 0; pass < 3 && !event.location; ++pass) {
      for (std::size_t r : cluster) {
        const Report& report = reports[r];
        if (report.location && (pass == 2 || !report.location_inferred) && (pass > 0 || report.town)) {
          event.location = report.location - 1;
          if (report.town) event.town = report.town - 1;
          break;
        }
      }
    }
    bool held = false, ongoing = false;
    for (std::size_t r : cluster) {
      held = held || reports[r].status == MeetingStatus::Held;
      ongoing = ongoing || reports[r].status == MeetingStatus::Ongoing;
    }
    event.status = held ? MeetingStatus::Held : ongoing ? MeetingStatus::Ongoing : MeetingStatus::Planned;
    event.slug = event.date + "-" + common::HashHex(reports[cluster.front()].attendees);
    // Two meetings of the same people on one day in different places keep apart by place.
    if (group.by_place && event.location) {
      event.slug += "-" + common::HashHex(common::Hash64(entities_[*event.location].key)).substr(0, 8);
    }
    common::StreamingHash digest;
    digest.Update(event.slug);
    digest.Update(event.date);
    digest.Update(event.location ? std::string_view(entities_[*event.location].key) : std::string_view("-"));
    digest.Update(event.town ? std::string_view(entities_[*event.town].key) : std::string_view("-"));
    digest.Update(ToString(event.status));
    digest.Update(std::to_string(event.reports));
    event.digest = digest.Digest();
    const auto index = static_cast<std::uint32_t>(events.size());
    for (std::size_t r : cluster) {
      by_report[ReportKey(reports[r].article, reports[r].meeting)] = {index, r == cluster.front()};
    }
    events.push_back(std::move(event));
  }
  return EventTable(std::move(events), std::move(by_report));
}

}  // namespace newskg::resolution
