// Article rules: what a meeting needs from the rest of the article (the host state, the
// dateline, the publication date) and merging reports of one meeting.
#include <algorithm>
#include <set>

#include "extraction/meeting_rules_all.h"
#include "extraction/time_expression.h"
#include "text/utf8.h"

namespace newskg::extraction::rules {
namespace {

using recognition::EntityType;
using recognition::Mention;
using recognition::MentionKind;

std::set<std::string> Keys(const ArticleFacts& facts, const MeetingFact& m) {
  std::set<std::string> keys;
  for (std::size_t p : m.participants) keys.insert(PartyKey(facts, p));
  for (const std::string& state : m.implied_states) keys.insert(text::FoldForMatch(state));
  return keys;
}

// "Moskau - Der US-Sondergesandte ...": the place a report was filed from.
std::optional<std::size_t> Dateline(const ArticleFacts& facts) {
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    const Mention& men = facts.mentions[m];
    if (men.kind != MentionKind::Name || men.type != EntityType::Place || men.first_token != 0) continue;
    const auto& tokens = facts.article.sentences[men.sentence].tokens;
    if (men.last_token < tokens.size()) {
      const std::string& next = tokens[men.last_token].text;
      if (next == "-" || next == "–" || next == "—") return m;
    }
  }
  return std::nullopt;
}

bool Compatible(const MeetingFact& a, const MeetingFact& b, const ArticleFacts& facts) {
  auto same_place = [&](std::optional<std::size_t> x, std::optional<std::size_t> y) {
    return !x || !y || facts.mentions[*x].canonical == facts.mentions[*y].canonical;
  };
  // A place inferred from the dateline or an earlier report does not tell meetings apart.
  if (!a.location_inferred && !b.location_inferred && !same_place(a.location, b.location)) {
    return false;
  }
  // Times agree when their dates do ("am Dienstag" and "am 10. Juni" may be one day; a month
  // holds its days); without dates, when they read the same.
  if (!a.date.empty() && !b.date.empty()) {
    if (!a.date.starts_with(b.date) && !b.date.starts_with(a.date)) return false;
  } else if (!a.time_text.empty() && !b.time_text.empty() && a.time_text != b.time_text &&
             a.date.empty() && b.date.empty()) {
    return false;
  }
  // Reports in different sentences of a past and a future meeting are different meetings;
  // two triggers of one sentence ("traf sich mit X, um zu sprechen") are one.
  auto done = [](MeetingStatus st) { return st == MeetingStatus::Held || st == MeetingStatus::Ongoing; };
  if (a.sentence != b.sentence && done(a.status) != done(b.status)) return false;
  // A "Gespräch" may be a call; a meeting in person or a visit is not.
  auto in_person = [](MeetingKind k) { return k == MeetingKind::Meeting || k == MeetingKind::Visit; };
  if ((a.kind == MeetingKind::Call && in_person(b.kind)) ||
      (b.kind == MeetingKind::Call && in_person(a.kind))) {
    return false;
  }
  return true;
}

}  // namespace

bool AgentlessMeetingHasProtagonist::Apply(const ArticleContext& c, const MeetingDraft& d,
                                           MeetingFact& m, MeetingLedger&) const {
  if (!d.noun || m.participants.size() + m.implied_states.size() != 1) return true;
  const SentenceAnnotation& s = c.sentences[m.sentence];
  const std::size_t t = d.trigger.token;
  if (t + 1 >= s.size() || s.folded(t + 1) != "mit") return true;  // "ein Gespräch mit X"
  for (std::size_t k = 0; k < t; ++k) {
    if (auto n = s.NameAt(k); n && s.mention(*n).type == EntityType::Person) return true;
  }
  // Whom the article is about: the first person its first two sentences name.
  for (std::size_t si = 0; si < c.sentences.size() && si < 2; ++si) {
    for (std::size_t p : c.sentences[si].mentions()) {
      const Mention& men = c.facts.mentions[p];
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      if (PartyKey(c.facts, p) != PartyKey(c.facts, m.participants.empty() ? p : m.participants[0])) {
        m.participants.push_back(p);
      }
      return true;
    }
  }
  return true;
}

bool TalksInCapitalImplyHost::Apply(const ArticleContext& c, const MeetingDraft&, MeetingFact& m,
                                    MeetingLedger&) const {
  // Talks need a counterpart; a visit or a trip on its own does not imply one.
  if (m.kind != MeetingKind::Talks || !m.location) return true;
  const std::set<std::string> keys = Keys(c.facts, m);
  if (keys.size() != 1) return true;
  const Mention& place = c.facts.mentions[*m.location];
  const auto* thing = c.lexicons.FindName(recognition::Lexicons::PhraseKey({place.canonical}));
  if (thing && thing->is_capital && !thing->country.empty() &&
      !keys.count(text::FoldForMatch(thing->country))) {
    m.implied_states.push_back(thing->country);
  }
  return true;
}

namespace {

// Whether `date` is the day an article dated `published` was written, or the day before: what a
// report with a dateline tells from its place.
bool DayOfReport(const std::string& date, const std::optional<std::string>& published) {
  if (date.size() != 10 || !published || published->size() != 10) return false;
  if (date == *published) return true;
  return DayBefore(*published) == date;
}

}  // namespace

bool DatelinePlace::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                          MeetingLedger&) const {
  if (m.location || d.kind == MeetingKind::Call) return true;
  if (!m.time_text.empty() && !DayOfReport(m.date, c.facts.article.date_published)) return true;
  if (m.status != MeetingStatus::Held && m.status != MeetingStatus::Ongoing) return true;
  const auto dateline = Dateline(c.facts);
  if (dateline && c.facts.mentions[*dateline].sentence <= m.sentence) {
    m.location = dateline;
    m.location_inferred = true;
  }
  return true;
}

bool FutureDateIsPlan::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                             MeetingLedger&) const {
  // German news tells scheduled events in the present tense: without a cue, a date after
  // publication is a plan ("Scholz reist am Freitag nach Washington").
  const auto& published = c.facts.article.date_published;
  if (!d.status_from_cues && published && published->size() == 10 && m.date.size() == 10) {
    m.status = m.date > *published ? MeetingStatus::Planned : MeetingStatus::Held;
  }
  return true;
}

bool ParticipationJoinsMeeting::Apply(const ArticleContext& c, const MeetingDraft& d,
                                      MeetingFact& m, MeetingLedger& ledger) const {
  if (!d.join) return true;
  // The latest meeting told in this sentence or the two before, kept or still with one party.
  MeetingFact* target = nullptr;
  bool pending = false;
  for (auto* list : {&ledger.kept, &ledger.pending}) {
    for (auto& candidate : *list) {
      if (candidate.sentence > m.sentence || candidate.last_sentence + 2 < m.sentence) continue;
      if (!target || candidate.last_sentence > target->last_sentence) {
        target = &candidate;
        pending = list == &ledger.pending;
      }
    }
  }
  if (!target) return true;  // "Teilnehmer waren X und Y": a meeting of its own
  std::set<std::string> keys = Keys(c.facts, *target);
  for (std::size_t p : m.participants) {
    if (keys.insert(PartyKey(c.facts, p)).second) target->participants.push_back(p);
  }
  for (const std::string& state : m.implied_states) {
    if (keys.insert(text::FoldForMatch(state)).second) target->implied_states.push_back(state);
  }
  if (!target->location) {
    target->location = m.location;
    target->location_inferred = m.location_inferred;
  }
  target->last_sentence = m.sentence;
  if (pending && target->participants.size() + target->implied_states.size() >= 2) {
    ledger.kept.push_back(std::move(*target));
    ledger.pending.erase(ledger.pending.begin() + (target - ledger.pending.data()));
  }
  return false;
}

bool MergeRepeatedReports::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                 MeetingLedger& ledger) const {
  std::vector<MeetingFact>& kept = ledger.kept;
  const std::set<std::string> seen = Keys(c.facts, m);
  const std::size_t parties = m.participants.size() + m.implied_states.size();
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
    const std::set<std::string> earlier = Keys(c.facts, *it);
    std::size_t overlap = 0;
    for (const auto& k : seen) overlap += earlier.count(k);
    const bool refers_back =
        d.definite && (parties < 2 ||
                       (m.location && it->location &&
                        c.facts.mentions[*m.location].canonical == c.facts.mentions[*it->location].canonical) ||
                       (overlap >= 2 && !it->location));
    // Two triggers of one sentence that share a party tell one meeting ("sich mit X zu
    // treffen, um über Y zu sprechen").
    const bool same_sentence = it->sentence == m.sentence && overlap >= 1;
    if ((overlap >= 2 && overlap + 1 >= std::min(seen.size(), earlier.size())) || refers_back ||
        same_sentence) {
      if (!Compatible(*it, m, c.facts)) {
        if (refers_back) break;
        continue;
      }
      for (std::size_t p : m.participants) {
        if (!earlier.count(PartyKey(c.facts, p))) it->participants.push_back(p);
      }
      for (const std::string& state : m.implied_states) {
        if (!earlier.count(text::FoldForMatch(state))) it->implied_states.push_back(state);
      }
      if (!it->location || (it->location_inferred && m.location && !m.location_inferred)) {
        it->location = m.location;
        it->location_inferred = m.location_inferred;
      }
      it->last_sentence = m.sentence;
      if (it->time_text.empty()) {
        it->time_text = m.time_text;
        if (it->date.empty()) it->date = m.date;
      }
      return false;
    }
    if (refers_back) break;
  }
  return true;
}

bool PersonAndStateAlone::Apply(const ArticleContext& c, const MeetingDraft&, MeetingFact& m,
                                MeetingLedger&) const {
  std::size_t persons = 0, states = m.implied_states.size(), others = 0;
  for (std::size_t p : m.participants) {
    const Mention& men = c.facts.mentions[p];
    if (men.type == EntityType::Person) {
      ++persons;
    } else if (men.is_country) {
      ++states;
    } else {
      ++others;
    }
  }
  return !(persons == 1 && states == 1 && others == 0);
}

}  // namespace newskg::extraction::rules
