#include "extraction/meeting_extractor.h"

#include <algorithm>
#include <set>

namespace newskg::extraction {
namespace {

using Fate = Candidate::Fate;

// "Gespräch", "Vieraugengespräch": a conversation, in person unless told otherwise ("Gespräche",
// in the plural, are talks).
bool IsConversationNoun(std::string_view folded) {
  return folded == "gespräch" || folded == "gesprächs" || folded == "vieraugengespräch" ||
         folded == "vier-augen-gespräch";
}

MeetingKind KindOf(const std::string& kind) {
  if (kind == "talks") return MeetingKind::Talks;
  if (kind == "call") return MeetingKind::Call;
  if (kind == "visit") return MeetingKind::Visit;
  return MeetingKind::Meeting;
}

// "saß er mit X an einem Tisch": an indefinite table is a meeting of its own, not one told
// before ("saß mit am Tisch").
bool AtATable(const SentenceAnnotation& s, std::size_t t) {
  for (std::size_t k = t + 2; k < s.size() && s.clause(k) == s.clause(t); ++k) {
    if (s.folded(k) == "tisch" && (s.folded(k - 1) == "einem" || s.folded(k - 1) == "einen")) return true;
  }
  return false;
}

// "saßen dem Minister X gegenüber", "saßen sich gegenüber": sitting opposite a person named
// right before a "gegenüber" that closes the clause (or before the party in brackets after the
// name), or right after it, is a meeting of its own (not "sitzt dem Rathaus gegenüber").
bool OppositeAPerson(const SentenceAnnotation& s, std::size_t t) {
  // "saß mit X im Rathaus, gegenüber Y, dem Dezernenten": a person right after "gegenüber"
  // (over an article and a title: "gegenüber dem Landrat Y") in the clause.
  for (std::size_t k = t + 2; k + 1 < s.size() && s.clause(k) == s.clause(t); ++k) {
    if (s.folded(k) != "gegenüber" || s.folded(k - 1) == "sich") continue;
    std::size_t q = k + 1;
    while (q + 1 < s.size() && !s.NameAt(q) && (s.IsDeterminer(q) || s.upper(q)) && q < k + 3) ++q;
    const auto name = s.NameStartingAt(q);
    if (name && s.mention(*name).type == recognition::EntityType::Person) return true;
  }
  // "saß X dem Beigeordneten des Kreises, Y, in dessen Büro gegenüber": a person after a
  // dative article, named in apposition to the office, before a "gegenüber" that ends the
  // sentence.
  std::size_t close = t + 3;
  while (close < s.size() && (s.folded(close) != "gegenüber" || (close + 1 < s.size() && !s.IsPunct(close + 1)))) {
    ++close;
  }
  if (close < s.size() && s.folded(close - 1) != "sich") {
    std::size_t dative = t + 1;
    while (dative < close && s.folded(dative) != "dem") ++dative;
    for (std::size_t m : s.mentions()) {
      const auto& person = s.mention(m);
      if (person.type == recognition::EntityType::Person && person.first_token > dative && person.first_token < close) {
        return true;
      }
    }
  }
  for (std::size_t k = t + 2; k < s.size() && s.clause(k) == s.clause(t); ++k) {
    if (k + 1 < s.size() && s.clause(k + 1) == s.clause(t) &&
        (!s.IsPunct(k + 1) || s.word(k + 1) == "(" || s.word(k + 1) == ")")) {
      continue;
    }
    if (s.folded(k) != "gegenüber") return false;
    const std::string& before = s.folded(k - 1);
    if (before == "sich" || before == "ihm" || before == "ihr" || before == "ihnen") return true;
    // "saßen Landrat Y (CDU) gegenüber": past the party in brackets.
    const std::size_t last = k >= t + 5 && s.word(k - 1) == ")" && s.word(k - 3) == "(" ? k - 4 : k - 1;
    const auto name = s.NameAt(last);
    return name && s.mention(*name).type == recognition::EntityType::Person;
  }
  return false;
}

// "saß mit zwei Kollegen bei Landrat X im Kreishaus": sitting at a person's, named after "bei"
// (or after "bei" and the person's office), is a meeting of its own (not "saß beim Arzt").
bool AtAPersons(const SentenceAnnotation& s, std::size_t t) {
  for (std::size_t k = t + 1; k + 1 < s.size() && s.clause(k) == s.clause(t); ++k) {
    if (s.folded(k) != "bei") continue;
    const std::size_t name = s.upper(k + 1) && !s.NameAt(k + 1) && k + 2 < s.size() ? k + 2 : k + 1;
    const auto person = s.NameStartingAt(name);
    return person && s.mention(*person).type == recognition::EntityType::Person;
  }
  return false;
}

MeetingDraft NewDraft(const SentenceAnnotation& s, const Trigger& trigger) {
  MeetingDraft d;
  d.trigger = trigger;
  d.kind = KindOf(trigger.entry->kind);
  d.noun = s.IsNounTrigger(trigger);
  const std::size_t t = trigger.token;
  const bool sat_together =
      s.ZusammenFollows(t) || AtATable(s, t) || OppositeAPerson(s, t) || AtAPersons(s, t);
  d.join = trigger.entry->pos.starts_with("join") && !(trigger.entry->pos == "join-tisch" && sat_together);
  d.segments = {{trigger.token + 1, s.size()}};
  for (std::size_t m : s.mentions()) {
    const std::size_t k = s.mention(m).first_token;
    if (!d.InScope(s, k)) continue;
    Candidate c;
    c.mention = m;
    c.segment = d.SegmentOf(k);
    d.candidates.push_back(c);
  }
  return d;
}

// The meetings one draft tells: one, or one per segment that has parties of its own.
std::vector<MeetingFact> Assemble(const SentenceAnnotation& s, const MeetingDraft& d) {
  const std::size_t segments = d.segments.size();
  std::set<std::size_t> shared;
  std::vector<std::set<std::size_t>> parties(segments);
  std::vector<std::string> shared_states;
  std::vector<std::vector<std::string>> states(segments);
  std::vector<std::optional<std::size_t>> place(segments);
  std::vector<std::size_t> place_distance(segments, SIZE_MAX);
  for (const Candidate& c : d.candidates) {
    if (c.fate == Fate::Place) {
      const std::size_t slot = c.segment < 0 ? 0 : static_cast<std::size_t>(c.segment);
      if (c.place_distance < place_distance[slot]) {
        place_distance[slot] = c.place_distance;
        place[slot] = c.mention;
      }
    } else if (c.fate == Fate::Party || c.fate == Fate::Open) {
      (c.segment < 0 ? shared : parties[c.segment]).insert(c.mention);
    }
  }
  for (const auto& [segment, mention] : d.added_parties) {
    (segment < 0 ? shared : parties[segment]).insert(mention);
  }
  for (const auto& [segment, state] : d.implied_states) {
    auto& list = segment < 0 ? shared_states : states[segment];
    if (std::find(list.begin(), list.end(), state) == list.end()) list.push_back(state);
  }

  // The meetings to assemble: one per segment; for separate talks with A and B, one with each,
  // when someone held them all.
  struct Group {
    std::size_t segment;
    std::set<std::size_t> parties;
    std::vector<std::string> states;
  };
  std::vector<Group> groups;
  for (std::size_t g = 0; g < segments; ++g) {
    if (d.separate && segments == 1 && parties[g].size() >= 2 && !shared.empty() && states[g].empty()) {
      for (std::size_t p : parties[g]) groups.push_back({g, {p}, {}});
    } else {
      groups.push_back({g, std::move(parties[g]), std::move(states[g])});
    }
  }

  std::vector<MeetingFact> out;
  for (const Group& group : groups) {
    const std::size_t g = group.segment;
    const bool own = !group.parties.empty() || !group.states.empty();
    if (segments > 1 && !own) continue;
    MeetingFact m;
    std::set<std::size_t> all = shared;
    all.insert(group.parties.begin(), group.parties.end());
    m.participants.assign(all.begin(), all.end());
    m.implied_states = shared_states;
    for (const std::string& state : group.states) {
      if (std::find(m.implied_states.begin(), m.implied_states.end(), state) == m.implied_states.end()) {
        m.implied_states.push_back(state);
      }
    }
    m.location = place[g] ? place[g] : (segments == 1 ? place[0] : std::nullopt);
    if (!m.location && place_distance[0] != SIZE_MAX) m.location = place[0];
    if (g < d.times.size() && d.times[g]) {
      m.time_text = d.times[g]->text;
      m.date = d.times[g]->date;
      m.day_part = DayPart(m.time_text);
    }
    m.status = d.status;
    m.kind = d.kind;
    m.conversation = d.kind == MeetingKind::Talks && IsConversationNoun(s.folded(d.trigger.token));
    m.sentence = s.index();
    m.last_sentence = s.index();
    out.push_back(std::move(m));
  }
  return out;
}

// The participants of `m` with one mention per party: "Paul Brandau" and a later "Brandau" are
// one person.
std::vector<std::size_t> DistinctParties(const ArticleFacts& facts, const MeetingFact& m) {
  if (m.participants.size() < 2) return m.participants;
  std::vector<std::size_t> out;
  std::set<std::string> seen;
  for (std::size_t p : m.participants) {
    if (seen.insert(PartyKey(facts, p)).second) out.push_back(p);
  }
  return out;
}

// A meeting of exactly two persons (`parties`, DistinctParties) is the pair a later "die
// beiden" may mean.
void RememberPair(const ArticleFacts& facts, const MeetingFact& m, const std::vector<std::size_t>& parties,
                  std::optional<ToldPair>& pair) {
  if (parties.size() != 2 || !m.implied_states.empty()) return;
  for (std::size_t p : parties) {
    if (facts.mentions[p].type != recognition::EntityType::Person) return;
  }
  pair = ToldPair{m.sentence, parties[0], parties[1]};
}

}  // namespace

int MeetingDraft::SegmentOf(std::size_t k) const {
  if (shared_until ? k < *shared_until : k <= trigger.token) return -1;
  // Segments are in order and do not overlap: the last one starting at or before k.
  const auto after = std::partition_point(segments.begin(), segments.end(),
                                          [&](const auto& segment) { return segment.first <= k; });
  if (after == segments.begin() || k >= (after - 1)->second) return -1;
  return static_cast<int>(after - 1 - segments.begin());
}

void MeetingDraft::DecideStatus() {
  status_from_cues = considered || modal || past || purpose || planned_participle || ongoing || scheduled || since;
  status = considered           ? MeetingStatus::Considered
           : modal || scheduled ? MeetingStatus::Planned
           : since              ? MeetingStatus::Ongoing
           : past               ? MeetingStatus::Held
           : purpose            ? MeetingStatus::Planned
           : planned_participle ? MeetingStatus::Planned
           : ongoing            ? MeetingStatus::Ongoing
                                : MeetingStatus::Held;
}

std::vector<MeetingFact> ExtractMeetings(const ArticleFacts& facts,
                                         const std::vector<SentenceAnnotation>& sentences,
                                         const std::vector<RoleFact>& roles, const ArticleIndex& index,
                                         const recognition::Lexicons& lexicons,
                                         const RuleSwitches& switches) {
  const ArticleContext article{facts, sentences, lexicons, index};
  MeetingLedger ledger;
  std::optional<ToldPair> told_pair, told_sides;
  for (const SentenceAnnotation& s : sentences) {
    const SentenceContext context{facts, sentences, s, roles, lexicons, index, told_pair, told_sides};
    for (const Trigger& trigger : s.triggers()) {
      MeetingDraft draft = NewDraft(s, trigger);
      for (const SentenceRule* rule : SentenceRules()) {
        if (!switches.on(rule->name())) continue;
        rule->Apply(context, draft);
        if (draft.dropped) break;
      }
      if (draft.dropped) continue;
      draft.DecideStatus();
      for (MeetingFact& meeting : Assemble(s, draft)) {
        bool keep = true;
        for (const ArticleRule* rule : ArticleRules()) {
          if (draft.negated && !rule->ReadsNegated()) continue;
          if (switches.on(rule->name()) && !rule->Apply(article, draft, meeting, ledger)) {
            keep = false;
            break;
          }
        }
        const std::vector<std::size_t> distinct = DistinctParties(facts, meeting);
        RememberPair(facts, meeting, distinct, told_pair);
        if (!keep || draft.negated) continue;
        if (distinct.size() == 2 && meeting.implied_states.empty()) {
          told_sides = ToldPair{meeting.sentence, distinct[0], distinct[1]};
        }
        const std::size_t parties = distinct.size() + meeting.implied_states.size();
        if (parties >= 2) {
          ledger.Keep(facts, std::move(meeting));
        } else if (parties == 1 && !draft.join) {
          ledger.pending.push_back(std::move(meeting));
        }
      }
    }
  }
  std::vector<MeetingFact> meetings;
  for (std::size_t i = 0; i < ledger.kept.size(); ++i) {
    if (ledger.withdrawn[i]) continue;
    // "Das Gespräch dauerte eine Stunde": a conversation no report calls talks is a meeting.
    if (ledger.kept[i].conversation) ledger.kept[i].kind = MeetingKind::Meeting;
    meetings.push_back(std::move(ledger.kept[i]));
  }
  return meetings;
}

}  // namespace newskg::extraction
