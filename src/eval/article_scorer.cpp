#include "eval/article_scorer.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "eval/entity_mapper.h"
#include "eval/name_match.h"
#include "text/words.h"

namespace newskg::eval {
namespace {

// A system entity has the right type when it has at least one of Person/Organization/Place and
// every one it has is the gold type or one of the gold alt_types.
bool TypeAccepted(const SystemEntity* entity, const GoldEntity& gold) {
  if (!entity || entity->types.empty()) return false;
  return std::all_of(entity->types.begin(), entity->types.end(), [&](EntityType type) {
    return type == gold.type ||
           std::find(gold.alt_types.begin(), gold.alt_types.end(), type) != gold.alt_types.end();
  });
}

// At least two of the required participants; all of them when there are two or fewer.
std::size_t Needed(std::size_t required) { return std::min<std::size_t>(required, 2); }

std::size_t Overlap(const std::set<std::size_t>& attendees, const std::vector<std::size_t>& required) {
  return static_cast<std::size_t>(std::count_if(required.begin(), required.end(), [&](std::size_t p) {
    return attendees.count(p) > 0;
  }));
}

bool MeetingMatches(const std::set<std::size_t>& attendees, const std::vector<std::size_t>& required) {
  return !required.empty() && Overlap(attendees, required) >= Needed(required.size());
}

class ArticleScorer {
 public:
  ArticleScorer(const GoldArticle& gold, const SystemArticle& system, const SystemOutput& output,
                ArticleResult& result)
      : gold_(gold), system_(system), output_(output), mapper_(gold, output), result_(result) {}

  void Run() {
    Entities();
    Roles();
    Meetings();
  }

 private:
  void Add(const char* category, const char* kind, std::string text) {
    result_.findings.push_back({category, kind, std::move(text)});
  }

  std::string Node(const std::string& node) const {
    return mapper_.Describe(node) + " <" + node + ">";
  }

  std::string Names(const std::vector<std::size_t>& entities) const {
    std::vector<std::string> names;
    for (std::size_t e : entities) names.push_back(gold_.entities[e].name);
    return text::JoinWords(names, " + ");
  }

  std::string Nodes(const std::vector<std::string>& nodes) const {
    std::vector<std::string> names;
    for (const std::string& node : nodes) names.push_back(mapper_.Describe(node));
    return names.empty() ? "(none)" : text::JoinWords(names, ", ");
  }

  bool AnyMapsTo(const std::vector<std::string>& nodes, std::optional<std::size_t> entity) const {
    if (!entity) return false;
    return std::any_of(nodes.begin(), nodes.end(),
                       [&](const std::string& node) { return mapper_.Map(node) == entity; });
  }

  void Entities() {
    Scores& s = result_.scores;
    std::vector<std::vector<std::string>> by_gold(gold_.entities.size());
    for (const std::string& node : system_.mentions) {
      if (auto g = mapper_.Map(node)) {
        by_gold[*g].push_back(node);
      } else {
        ++s.entities_typed.fp;
        ++s.entities_untyped.fp;
        Add("entity", "false positive", Node(node));
      }
    }
    for (std::size_t g = 0; g < gold_.entities.size(); ++g) {
      const GoldEntity& entity = gold_.entities[g];
      const std::vector<std::string>& nodes = by_gold[g];
      if (entity.optional) continue;
      if (nodes.empty()) {
        ++s.entities_typed.fn;
        ++s.entities_untyped.fn;
        Add("entity", "missed", entity.name + " (" + TypeName(entity.type) + ")");
        continue;
      }
      int extra = static_cast<int>(nodes.size()) - 1;
      ++s.entities_untyped.tp;
      s.entities_untyped.fp += extra;
      if (extra > 0) {
        std::vector<std::string> described;
        for (const std::string& node : nodes) described.push_back(Node(node));
        Add("entity", "duplicate", entity.name + ": " + text::JoinWords(described, ", "));
      }
      bool typed = std::any_of(nodes.begin(), nodes.end(), [&](const std::string& node) {
        return TypeAccepted(output_.FindEntity(node), entity);
      });
      if (typed) {
        ++s.entities_typed.tp;
        s.entities_typed.fp += extra;
      } else {
        ++s.entities_typed.fn;
        s.entities_typed.fp += extra + 1;
        std::vector<std::string> types;
        if (const SystemEntity* e = output_.FindEntity(nodes.front())) {
          for (EntityType type : e->types) types.push_back(TypeName(type));
        }
        Add("entity", "wrong type",
            entity.name + ": gold " + TypeName(entity.type) + ", system " +
                (types.empty() ? std::string("(untyped)") : text::JoinWords(types, "/")));
      }
    }
  }

  std::string GoldRoleText(const GoldRole& role) const {
    std::string text = gold_.entities[role.person].name + ": " + text::JoinWords(role.labels, " | ");
    if (role.of) text += " (of " + gold_.entities[*role.of].name + ")";
    return text;
  }

  std::string SystemRoleText(const SystemRole& role) const {
    std::string text = mapper_.Describe(role.person) + ": " +
                       (role.labels.empty() ? std::string("(no label)") : text::JoinWords(role.labels, " | "));
    if (!role.post_in.empty()) text += " (postIn " + Nodes(role.post_in) + ")";
    return text + " <" + role.post + ">";
  }

  void Roles() {
    Scores& s = result_.scores;
    struct Candidate {
      std::size_t label_rank, gold, system;
      bool of_ok;
    };
    std::vector<Candidate> candidates;
    for (std::size_t si = 0; si < system_.roles.size(); ++si) {
      const SystemRole& role = system_.roles[si];
      auto person = mapper_.Map(role.person);
      if (!person) continue;
      for (std::size_t gi = 0; gi < gold_.roles.size(); ++gi) {
        const GoldRole& gold = gold_.roles[gi];
        if (gold.person != *person) continue;
        for (std::size_t rank = 0; rank < gold.labels.size(); ++rank) {
          bool found = std::any_of(role.labels.begin(), role.labels.end(), [&](const std::string& l) {
            return RoleLabelMatches(gold.labels[rank], l);
          });
          if (found) {
            candidates.push_back({rank, gi, si, AnyMapsTo(role.post_in, gold.of)});
            break;
          }
        }
      }
    }
    // Required gold roles are matched first, so that an optional one never takes their match.
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
      return std::tuple(gold_.roles[a.gold].optional, a.label_rank, !a.of_ok, a.gold, a.system) <
             std::tuple(gold_.roles[b.gold].optional, b.label_rank, !b.of_ok, b.gold, b.system);
    });
    std::vector<bool> gold_used(gold_.roles.size()), system_used(system_.roles.size());
    std::vector<bool> system_on_optional(system_.roles.size());
    int of_tp = 0;
    for (const Candidate& c : candidates) {
      if (gold_used[c.gold] || system_used[c.system]) continue;
      gold_used[c.gold] = system_used[c.system] = true;
      const GoldRole& gold = gold_.roles[c.gold];
      const SystemRole& role = system_.roles[c.system];
      if (gold.optional) {  // neither rewarded nor punished, its `of` included
        system_on_optional[c.system] = true;
        continue;
      }
      ++s.roles.tp;
      if (gold.of) {
        ++s.role_of_accuracy.total;
        if (c.of_ok) {
          ++s.role_of_accuracy.correct;
          ++of_tp;
        } else {
          Add("role-of", "wrong of",
              GoldRoleText(gold) + "; system postIn " + Nodes(role.post_in));
        }
      } else if (!role.post_in.empty()) {
        Add("role-of", "false positive", SystemRoleText(role) + "; gold has no of");
      }
    }
    int gold_with_of = 0, system_with_post_in = 0;
    for (std::size_t gi = 0; gi < gold_.roles.size(); ++gi) {
      if (gold_.roles[gi].optional) continue;
      if (gold_.roles[gi].of) ++gold_with_of;
      if (gold_used[gi]) continue;
      ++s.roles.fn;
      Add("role", "missed", GoldRoleText(gold_.roles[gi]));
    }
    for (std::size_t si = 0; si < system_.roles.size(); ++si) {
      if (system_on_optional[si]) continue;
      if (!system_.roles[si].post_in.empty()) ++system_with_post_in;
      if (system_used[si]) continue;
      ++s.roles.fp;
      Add("role", "false positive", SystemRoleText(system_.roles[si]));
    }
    s.role_of.tp = of_tp;
    s.role_of.fn = gold_with_of - of_tp;
    s.role_of.fp = system_with_post_in - of_tp;
  }

  std::string GoldMeetingText(const GoldMeeting& meeting) const {
    std::string text = Names(meeting.participants);
    std::vector<std::string> details;
    if (!meeting.status.empty()) details.push_back(meeting.status);
    if (!meeting.kind.empty()) details.push_back(meeting.kind);
    if (meeting.place) details.push_back("in " + gold_.entities[*meeting.place].name);
    if (!meeting.time.empty()) details.push_back(meeting.time);
    return details.empty() ? text : text + " (" + text::JoinWords(details, ", ") + ")";
  }

  std::string SystemMeetingText(const SystemMeeting& meeting) const {
    std::string text = Nodes(meeting.attendees);
    std::vector<std::string> details = meeting.statuses;
    details.insert(details.end(), meeting.kinds.begin(), meeting.kinds.end());
    if (!meeting.locations.empty()) details.push_back("in " + Nodes(meeting.locations));
    if (!details.empty()) text += " (" + text::JoinWords(details, ", ") + ")";
    return text + " <" + meeting.id + ">";
  }

  static bool Has(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
  }

  void Meetings() {
    Scores& s = result_.scores;
    const auto& meetings = system_.meetings;
    std::vector<std::set<std::size_t>> attendees(meetings.size());
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      for (const std::string& node : meetings[m].attendees) {
        if (auto g = mapper_.Map(node)) attendees[m].insert(*g);
      }
    }

    // A system meeting that fits a not_meeting better than any gold meeting is that not_meeting.
    std::vector<std::optional<std::size_t>> not_meeting(meetings.size());
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      std::size_t best_gold = 0;
      for (const GoldMeeting& gold : gold_.meetings) {
        if (MeetingMatches(attendees[m], gold.participants)) {
          best_gold = std::max(best_gold, Overlap(attendees[m], gold.participants));
        }
      }
      std::size_t best_not = 0;
      for (std::size_t n = 0; n < gold_.not_meetings.size(); ++n) {
        const auto& required = gold_.not_meetings[n].participants;
        if (!MeetingMatches(attendees[m], required)) continue;
        std::size_t hits = Overlap(attendees[m], required);
        if (hits > best_not && hits > best_gold) {
          best_not = hits;
          not_meeting[m] = n;
        }
      }
    }

    struct Candidate {
      std::size_t hits;
      bool place_ok, status_ok, optional;
      std::size_t gold, system;
      auto Key() const { return std::tuple(-static_cast<long>(hits), !place_ok, !status_ok, optional, gold, system); }
    };
    std::vector<Candidate> candidates;
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      if (not_meeting[m]) continue;
      for (std::size_t k = 0; k < gold_.meetings.size(); ++k) {
        const GoldMeeting& gold = gold_.meetings[k];
        if (!MeetingMatches(attendees[m], gold.participants)) continue;
        candidates.push_back({Overlap(attendees[m], gold.participants),
                              AnyMapsTo(meetings[m].locations, gold.place),
                              !gold.status.empty() && Has(meetings[m].statuses, gold.status),
                              gold.optional, k, m});
      }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.Key() < b.Key(); });

    std::vector<bool> gold_used(gold_.meetings.size()), system_used(meetings.size());
    for (const Candidate& c : candidates) {
      if (gold_used[c.gold] || system_used[c.system]) continue;
      gold_used[c.gold] = system_used[c.system] = true;
      if (c.optional) continue;
      ++s.meetings.tp;
      const GoldMeeting& gold = gold_.meetings[c.gold];
      const SystemMeeting& meeting = meetings[c.system];
      if (gold.place) {
        ++s.meeting_place.total;
        if (c.place_ok) {
          ++s.meeting_place.correct;
        } else {
          Add("meeting-place", "wrong place",
              GoldMeetingText(gold) + "; system location " + Nodes(meeting.locations));
        }
      }
      if (!gold.status.empty()) {
        ++s.meeting_status.total;
        if (c.status_ok) {
          ++s.meeting_status.correct;
        } else {
          Add("meeting-status", "wrong status",
              GoldMeetingText(gold) + "; system status " +
                  (meeting.statuses.empty() ? std::string("(none)") : text::JoinWords(meeting.statuses, ", ")));
        }
      }
      if (!gold.kind.empty()) {
        ++s.meeting_kind.total;
        if (Has(meeting.kinds, gold.kind)) {
          ++s.meeting_kind.correct;
        } else {
          Add("meeting-kind", "wrong kind",
              GoldMeetingText(gold) + "; system kind " +
                  (meeting.kinds.empty() ? std::string("(none)") : text::JoinWords(meeting.kinds, ", ")));
        }
      }
    }
    for (std::size_t k = 0; k < gold_.meetings.size(); ++k) {
      if (gold_used[k] || gold_.meetings[k].optional) continue;
      ++s.meetings.fn;
      Add("meeting", "missed", GoldMeetingText(gold_.meetings[k]));
    }
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      if (system_used[m]) continue;
      ++s.meetings.fp;
      if (not_meeting[m]) {
        const GoldNotMeeting& gold = gold_.not_meetings[*not_meeting[m]];
        Add("meeting", "not_meeting",
            SystemMeetingText(meetings[m]) + "; gold: not a meeting of " + Names(gold.participants) +
                (gold.why.empty() ? std::string() : " (" + gold.why + ")"));
      } else {
        Add("meeting", "false positive", SystemMeetingText(meetings[m]));
      }
    }
  }

  const GoldArticle& gold_;
  const SystemArticle& system_;
  const SystemOutput& output_;
  EntityMapper mapper_;
  ArticleResult& result_;
};

}  // namespace

ArticleResult ScoreArticle(const GoldArticle& gold, const SystemArticle* system,
                           const SystemOutput& output) {
  ArticleResult result;
  result.article = gold.article;
  result.gold_file = gold.file;
  result.in_system = system != nullptr;
  const SystemArticle empty;
  ArticleScorer(gold, system ? *system : empty, output, result).Run();
  return result;
}

}  // namespace newskg::eval
