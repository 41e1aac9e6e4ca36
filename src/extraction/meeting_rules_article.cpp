// Article rules: what a meeting needs from the rest of the article (the protagonist, the
// dateline, the publication date) and merging reports of one meeting.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "common/civil_date.h"
#include "extraction/cue_words.h"
#include "extraction/meeting_rules_all.h"
#include "extraction/place_kinds.h"
#include "extraction/time_expression.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::extraction {

bool PlaceNamesLine(const ArticleFacts& facts, std::size_t si) {
  const text::Sentence& sentence = facts.article.sentences[si];
  const auto& tokens = sentence.tokens;
  if (tokens.empty() || tokens.size() > 6) return false;
  const bool heading = facts.article.IsHeadingInCapitals(sentence);
  if (!heading && (tokens.size() < 2 || tokens.back().text != ".")) return false;
  if (!facts.article.OpensParagraph(sentence)) return false;
  std::vector<bool> covered(tokens.size(), false);
  for (const recognition::Mention& men : facts.mentions) {
    if (men.sentence != si || men.kind != recognition::MentionKind::Name ||
        men.type != recognition::EntityType::Place) {
      continue;
    }
    for (std::size_t k = men.first_token; k < men.last_token && k < tokens.size(); ++k) covered[k] = true;
  }
  for (std::size_t k = 0; k + (heading ? 0 : 1) < tokens.size(); ++k) {
    if (!covered[k] && tokens[k].text != "/") return false;
  }
  return true;
}

std::size_t PlacesJoinedBySlashEnd(const ArticleFacts& facts, std::size_t first) {
  const recognition::Mention& men = facts.mentions[first];
  const auto& tokens = facts.article.sentences[men.sentence].tokens;
  std::size_t next = men.last_token;
  std::size_t o = first + 1;
  for (; o < facts.mentions.size() && facts.mentions[o].sentence == men.sentence; ++o) {
    const recognition::Mention& other = facts.mentions[o];
    if (next + 1 >= tokens.size() || tokens[next].text != "/" || other.first_token != next + 1) break;
    if (other.kind != recognition::MentionKind::Name || other.type != recognition::EntityType::Place) break;
    next = other.last_token;
  }
  return o;
}


}  // namespace newskg::extraction

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

// "Moskau - Der US-Sondergesandte ...", "Rom (KNA) Der Papst ...", and in regional papers
// "Erfurt. Die Staatskanzlei ..." or "Osnabrück/Kiew. ...": the places a report was filed from.
std::vector<std::size_t> Datelines(const ArticleFacts& facts) {
  std::vector<std::size_t> out;
  std::optional<std::pair<std::size_t, bool>> line;  // (sentence, PlaceNamesLine) last asked
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    const Mention& men = facts.mentions[m];
    if (men.kind != MentionKind::Name || men.type != EntityType::Place) continue;
    if (!line || line->first != men.sentence) line = {men.sentence, PlaceNamesLine(facts, men.sentence)};
    if (line->second) {
      out.push_back(m);
      continue;
    }
    if (men.first_token != 0) continue;
    const auto& tokens = facts.article.sentences[men.sentence].tokens;
    // More places joined by "/" may follow the first: "Lissabon/Porto/Faro (dpa) -".
    std::size_t next = facts.mentions[PlacesJoinedBySlashEnd(facts, m) - 1].last_token;
    // A Swiss town's canton code: "Uster ZH (sda) -".
    if (next < tokens.size() && text::IsSwissCantonCode(tokens[next].text)) ++next;
    // An agency in brackets may stand between the place and the dash: "Lissabon (dpa) -".
    bool agency = false;
    if (next < tokens.size() && tokens[next].text == "(") {
      const std::size_t limit = std::min(tokens.size(), next + 6);
      std::size_t close = next + 1;
      while (close < limit && tokens[close].text != ")") ++close;
      agency = close < limit;
      next = agency ? close + 1 : tokens.size();
    }
    // Some agencies leave the dash out where a paragraph opens: "Rom (KNA) Der Papst hat ...".
    const bool opens_paragraph = facts.article.OpensParagraph(facts.article.sentences[men.sentence]);
    if (agency && opens_paragraph && next < tokens.size() && text::StartsUpper(tokens[next].text)) {
      out.push_back(m);
      continue;
    }
    // A regional paper's "Monthey. – Die Stadt ...": a full stop before the dash.
    if (!agency && next + 1 < tokens.size() && tokens[next].text == ".") ++next;
    if (next < tokens.size()) {
      const std::string& dash = tokens[next].text;
      if (dash == "-" || dash == "–" || dash == "—") out.push_back(m);
    }
  }
  return out;
}

// Whether `candidate` says more exactly where a meeting was than `current`: a venue (an
// institution standing for its building, "im Innenministerium", or a site, "im Hotel Adlon")
// in a city named without one ("in Hannover").
bool MoreExact(const ArticleFacts& facts, std::optional<std::size_t> current, std::optional<std::size_t> candidate) {
  if (!current || !candidate) return false;
  const Mention& now = facts.mentions[*current];
  const Mention& then = facts.mentions[*candidate];
  return (then.type == EntityType::Organization || then.is_site) && now.type == EntityType::Place &&
         !now.is_country && !now.is_site;
}

// Whether a time without a date names an earlier period: "im vergangenen Herbst", "letztes
// Jahr", "vor drei Wochen", "am Vorabend", "am Vortag".
bool EarlierPeriod(const std::string& time_text) {
  const std::string folded = text::FoldForMatch(time_text);
  return folded.find("vergangen") != std::string::npos || folded.find("vorig") != std::string::npos ||
         folded.find("letzt") != std::string::npos || folded.starts_with("vor ") ||
         folded.find("vorabend") != std::string::npos || folded.find("vortag") != std::string::npos;
}

bool Compatible(const MeetingFact& a, const MeetingFact& b, const ArticleFacts& facts) {
  auto same_place = [&](std::optional<std::size_t> x, std::optional<std::size_t> y) {
    return !x || !y || facts.mentions[*x].canonical == facts.mentions[*y].canonical ||
           MoreExact(facts, x, y) || MoreExact(facts, y, x);
  };
  // A place inferred from the dateline or an earlier report does not tell meetings apart.
  if (!a.location_inferred && !b.location_inferred && !same_place(a.location, b.location)) {
    return false;
  }
  // Times agree when their dates do ("am Dienstag" and "am 10. Juni" may be one day; a month
  // holds its days); without dates, when they read the same.
  if (!a.date.empty() && !b.date.empty()) {
    if (!a.date.starts_with(b.date) && !b.date.starts_with(a.date)) return false;
  } else if (a.date.empty() != b.date.empty() && EarlierPeriod(a.date.empty() ? a.time_text : b.time_text)) {
    // "am Dienstag" (a date) and "im vergangenen Herbst" (none): another, earlier meeting.
    return false;
  } else if (!a.time_text.empty() && !b.time_text.empty() && a.time_text != b.time_text &&
             a.date.empty() && b.date.empty()) {
    return false;
  }
  if (!a.day_part.empty() && !b.day_part.empty() && a.day_part != b.day_part) return false;
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

// A deputy or a former holder ("Vizekanzler", "Altbundeskanzler", "stellvertretende
// Vorsitzende") is not whom "der Kanzler" or "die Vorsitzende" means.
bool DeputyOrFormer(const std::string& label, const std::string& lemma) {
  const std::string folded = text::FoldForMatch(label);
  for (std::string_view qualifier : {"stellvertretend", "ehemalig", "früher", "einstig"}) {
    if (folded.find(qualifier) != std::string::npos) return true;
  }
  const std::string head = text::FoldForMatch(lemma);
  const std::string_view word = std::string_view(folded).substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1);
  const std::size_t at = word.rfind(head);
  if (at == std::string_view::npos) return false;
  const std::string_view prefix = word.substr(0, at);
  for (std::string_view p : {"vize", "ex", "alt", "co", "ko"}) {
    if (prefix.starts_with(p)) return true;
  }
  return false;
}


}  // namespace

}  // namespace newskg::extraction::rules

namespace newskg::extraction {

std::optional<std::size_t> ArticleIndex::DatelineBefore(const ArticleFacts& facts, std::size_t sentence) const {
  std::optional<std::size_t> home;
  for (std::size_t d : datelines) {
    const std::size_t at = facts.mentions[d].sentence;
    if (at > sentence) break;
    if (!home || facts.mentions[*home].sentence != at) home = d;
  }
  return home;
}

ArticleIndex::ArticleIndex(const ArticleFacts& facts, const std::vector<RoleFact>& roles,
                           const recognition::Lexicons& lexicons)
    : datelines(rules::Datelines(facts)) {
  std::vector<std::size_t> women_by_office;  // "Senatorin Sascha X": whatever her given name
  for (std::size_t r = 0; r < roles.size(); ++r) {
    const std::string& label = roles[r].label;
    const auto space = label.rfind(' ');
    const auto match = lexicons.MatchRole(label.substr(space == std::string::npos ? 0 : space + 1));
    // A deputy or a former holder is not whom "der Kanzler" means.
    if (match && !rules::DeputyOrFormer(label, match->noun->lemma)) {
      roles_by_head[text::FoldForMatch(match->noun->lemma)].push_back(r);
    }
    if (match && match->feminine) women_by_office.push_back(roles[r].person);
  }
  const std::vector<recognition::Mention>& mentions = facts.mentions;
  gender.assign(mentions.size(), 0);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::string& name = mentions[m].canonical;
    const auto space = name.find(' ');
    if (mentions[m].type != recognition::EntityType::Person || space == std::string::npos) continue;
    gender[m] = lexicons.GenderOfFirstName(std::string_view(name).substr(0, space));
  }
  // An office's feminine form tells a woman, whatever her given name.
  for (std::size_t person : women_by_office) {
    if (person < mentions.size() && mentions[person].canonical.find(' ') != std::string::npos) gender[person] = 'f';
  }
  std::map<std::string_view, char> by_surname;  // of the first full name with it
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::string& name = mentions[m].canonical;
    if (mentions[m].type != recognition::EntityType::Person || name.find(' ') == std::string::npos) continue;
    by_surname.emplace(std::string_view(name).substr(name.rfind(' ') + 1), gender[m]);
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::string& name = mentions[m].canonical;
    if (mentions[m].type != recognition::EntityType::Person || name.find(' ') != std::string::npos) continue;
    if (auto it = by_surname.find(name); it != by_surname.end()) gender[m] = it->second;
  }
}

namespace {

// Candidates merges the index lists from their ends, so each stays ascending and holds a meeting
// once, also when a key or place is added to an earlier meeting.
void InsertSorted(std::vector<std::size_t>& list, std::size_t kept_index) {
  const auto at = std::lower_bound(list.begin(), list.end(), kept_index);
  if (at == list.end() || *at != kept_index) list.insert(at, kept_index);
}

}  // namespace

void MeetingLedger::Keep(const ArticleFacts& facts, MeetingFact meeting) {
  const std::size_t index = kept.size();
  keys_of_.emplace_back();
  for (const std::string& key : rules::Keys(facts, meeting)) AddKey(index, key);
  if (meeting.location) SetPlace(index, facts.mentions[*meeting.location].canonical);
  kept.push_back(std::move(meeting));
  withdrawn.push_back(false);
}

void MeetingLedger::AddKey(std::size_t kept_index, const std::string& key) {
  const auto [it, added] = key_ids_.emplace(key, by_key_.size());
  if (added) by_key_.emplace_back();
  if (keys_of_[kept_index].insert(it->second).second) InsertSorted(by_key_[it->second], kept_index);
}

std::vector<std::size_t> MeetingLedger::KnownIds(const std::set<std::string>& keys) const {
  std::vector<std::size_t> ids;
  for (const std::string& key : keys) {
    if (auto it = key_ids_.find(key); it != key_ids_.end()) ids.push_back(it->second);
  }
  return ids;
}

void MeetingLedger::SetPlace(std::size_t kept_index, const std::string& place) {
  InsertSorted(by_place_[place], kept_index);
}

std::vector<MeetingLedger::Candidate> MeetingLedger::Candidates(
    const std::vector<std::size_t>& ids, const std::string* place,
    std::optional<std::size_t> latest) const {
  std::vector<const std::vector<std::size_t>*> lists;
  for (std::size_t id : ids) lists.push_back(&by_key_[id]);
  if (place) {
    if (auto it = by_place_.find(*place); it != by_place_.end()) lists.push_back(&it->second);
  }
  const std::vector<std::size_t> latest_list = latest ? std::vector<std::size_t>{*latest}
                                                      : std::vector<std::size_t>{};
  lists.push_back(&latest_list);
  // Each list is ascending: merge them from their ends. A meeting's overlap is the number of
  // key lists (the first ids.size()) it is in, since each list holds a meeting at most once.
  std::vector<std::size_t> left;
  for (const auto* list : lists) left.push_back(list->size());
  std::vector<Candidate> out;
  while (out.size() < kMaxCompared) {
    std::optional<std::size_t> best;
    for (std::size_t l = 0; l < lists.size(); ++l) {
      if (left[l] > 0 && (!best || (*lists[l])[left[l] - 1] > *best)) best = (*lists[l])[left[l] - 1];
    }
    if (!best) break;
    Candidate candidate{*best, 0};
    for (std::size_t l = 0; l < lists.size(); ++l) {
      if (left[l] > 0 && (*lists[l])[left[l] - 1] == *best) {
        --left[l];
        if (l < ids.size()) ++candidate.overlap;
      }
    }
    out.push_back(candidate);
  }
  return out;
}

}  // namespace newskg::extraction

namespace newskg::extraction::rules {

namespace {

// The person named first in sentence `si` among the parties of the latest meeting told there
// (kept or with one party yet).
std::optional<std::size_t> FirstPersonOfMeetingIn(const ArticleFacts& facts, const MeetingLedger& ledger,
                                                  std::size_t si) {
  const MeetingFact* latest = nullptr;
  for (const auto* list : {&ledger.kept, &ledger.pending}) {
    for (auto it = list->rbegin(); it != list->rend() && it - list->rbegin() < 4; ++it) {
      if (it->last_sentence == si && (!latest || it->sentence > latest->sentence)) latest = &*it;
    }
  }
  if (!latest) return std::nullopt;
  std::optional<std::size_t> first;
  for (std::size_t p : latest->participants) {
    const Mention& men = facts.mentions[p];
    if (men.type != EntityType::Person || men.sentence != si) continue;
    if (!first || men.first_token < facts.mentions[*first].first_token) first = p;
  }
  return first;
}

}  // namespace

bool AgentlessMeetingHasProtagonist::Apply(const ArticleContext& c, const MeetingDraft& d,
                                           MeetingFact& m, MeetingLedger& ledger) const {
  if (!d.noun || m.participants.size() + m.implied_states.size() == 0) return true;
  const SentenceAnnotation& s = c.sentences[m.sentence];
  const std::size_t t = d.trigger.token;
  // "Mit X ist für Mai ein Gespräch vereinbart": the partner fronted, before an auxiliary that
  // leaves the meeting without a subject.
  std::size_t fronted = 0;  // the auxiliary's token, or 0
  if (s.size() > 2 && s.folded(0) == "mit") {
    for (std::size_t k = 1; k < t && !fronted; ++k) {
      if (IsAuxiliaryOfAPlan(s.folded(k))) fronted = k;
      if (s.IsPunct(k) && !s.bracketed(k) && s.word(k) != "(" && s.word(k) != ")") break;  // a party in brackets
    }
  }
  if (!fronted && (t + 1 >= s.size() || s.folded(t + 1) != "mit")) return true;  // "ein Gespräch mit X"
  for (std::size_t k = fronted; k < t; ++k) {
    if (auto n = s.NameAt(k); n && s.mention(*n).type == EntityType::Person) return true;
  }
  // "Gespräche mit X sowie mit Y": all of them are whom the protagonist talks with.
  for (std::size_t p : m.participants) {
    const Mention& partner = c.facts.mentions[p];
    if (partner.sentence != m.sentence || (fronted ? partner.first_token >= fronted : partner.first_token <= t)) {
      return true;
    }
  }
  if (!m.participants.empty() && !m.implied_states.empty()) return true;
  // In a wire digest, the protagonist of the item: from its dateline on ("Hannover (dpa) - X
  // ..."); the article's own dateline (in its headline or lead) leaves the headline in.
  const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, m.sentence);
  const std::size_t at = dateline ? c.facts.mentions[*dateline].sentence : 0;
  const std::size_t item = at > 1 ? at : 0;
  std::optional<std::size_t> p = Protagonist(c.facts, c.sentences, 2, item);
  // "X will Y empfangen. Auch ein Treffen mit Z wird erwogen": also one of whom the meeting
  // told just before names first.
  if (s.size() > 0 && s.folded(0) == "auch" && m.sentence > 0) {
    if (const auto host = FirstPersonOfMeetingIn(c.facts, ledger, m.sentence - 1)) p = host;
  }
  // "Am Mittwoch reist X nach Berlin weiter. Dort ist ein Treffen mit Y geplant", "Geplant ist
  // ein Treffen mit Y": the traveller of the sentence before, the first person it names.
  if (m.sentence > 0) {
    const SentenceAnnotation& before = c.sentences[m.sentence - 1];
    const bool trip = std::any_of(before.triggers().begin(), before.triggers().end(),
                                  [](const Trigger& x) { return x.entry->pos == "verb-nach"; });
    const auto& ms = before.mentions();
    const auto traveller = std::find_if(ms.begin(), ms.end(), [&](std::size_t q) {
      return before.mention(q).type == EntityType::Person && before.mention(q).kind == MentionKind::Name;
    });
    if (trip && traveller != ms.end()) p = *traveller;
  }
  if (!p) return true;
  for (std::size_t q : m.participants) {
    if (PartyKey(c.facts, *p) == PartyKey(c.facts, q)) return true;
  }
  m.participants.push_back(*p);
  return true;
}

namespace {

// Where a list of meetings starts to be looked at: only its most recent kMaxCompared are, so
// that the work per report stays bounded.
std::size_t RecentFrom(const std::vector<MeetingFact>& list) {
  return list.size() > MeetingLedger::kMaxCompared ? list.size() - MeetingLedger::kMaxCompared : 0;
}

// The party keys (PartyKey) of a meeting's persons.
std::set<std::string> PersonKeys(const ArticleFacts& facts, const MeetingFact& m) {
  std::set<std::string> persons;
  for (std::size_t p : m.participants) {
    if (facts.mentions[p].type == EntityType::Person) persons.insert(PartyKey(facts, p));
  }
  return persons;
}

// Whether one of `x`'s parties is among `persons` (PersonKeys).
bool SharesAPerson(const ArticleFacts& facts, const MeetingFact& x, const std::set<std::string>& persons) {
  for (std::size_t p : x.participants) {
    if (persons.count(PartyKey(facts, p))) return true;
  }
  return false;
}

// Whether `date` is the day an article dated `published` was written, or one of the two before: what a
// report with a dateline tells from its place.
bool DayOfReport(const std::string& date, const std::optional<std::string>& published) {
  if (date.size() != 10 || !published || published->size() != 10) return false;
  if (date == *published) return true;
  return DayBefore(*published) == date || DayBefore(DayBefore(*published)) == date;
}

// Whether `date` is the day of `published` or one of the two days after it.
bool DaysAhead(const std::string& date, const std::optional<std::string>& published) {
  if (date.size() != 10 || !published || published->size() != 10) return false;
  const auto from = common::ParseIsoDay(*published), on = common::ParseIsoDay(date);
  return from && on && *on >= *from && *on - *from <= 2;
}

}  // namespace

bool DatelinePlace::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                          MeetingLedger&) const {
  if (m.location || d.kind == MeetingKind::Call) return true;
  // Without the article's date, a weekday is of the days the report tells ("am Freitag").
  const bool undated_weekday = !c.facts.article.date_published && NamesAWeekday(m.time_text);
  // "Bereits am Morgen war X mit Y zusammengekommen": a time of day alone is of the report's day.
  const bool time_of_day = m.date.empty() && IsTimeOfDay(m.time_text);
  const bool held = m.status == MeetingStatus::Held || m.status == MeetingStatus::Ongoing;
  // "New York (dpa) - ... Am Mittwoch will X den chinesischen Außenminister treffen": a meeting
  // planned for the next two days is where the report was filed from too.
  const bool soon = m.status == MeetingStatus::Planned && DaysAhead(m.date, c.facts.article.date_published);
  if (!m.time_text.empty() && !undated_weekday && !time_of_day && !soon &&
      !DayOfReport(m.date, c.facts.article.date_published)) {
    return true;
  }
  if (!held && !soon) return true;
  // The latest dateline before: wire shorts give each report its own ("Doha (Reuters) - ...").
  std::optional<std::size_t> dateline;
  for (std::size_t d : c.index.datelines) {
    if (c.facts.mentions[d].sentence <= m.sentence) dateline = d;
  }
  if (dateline) {
    m.location = dateline;
    m.location_inferred = true;
    if (time_of_day && c.facts.article.date_published) m.date = *c.facts.article.date_published;
  }
  return true;
}

bool InterviewHomeIsThePlace::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                    MeetingLedger&) const {
  const SentenceAnnotation& s = c.sentences[m.sentence];
  if ((!s.answered_by() && !s.addressee()) || d.kind == MeetingKind::Call) return true;
  // "war X bei mir in der Werkstatt", "hat ihn zu uns gebracht": the answer's own home; "war X
  // bei Ihnen": the question's.
  const bool answer = s.answered_by().has_value();
  bool home = false;
  for (std::size_t k = 1; k < s.size() && !home; ++k) {
    const std::string& w = s.folded(k);
    const bool own = answer ? w == "mir" || w == "uns" : s.word(k) == "Ihnen";
    home = own && (s.folded(k - 1) == "bei" || s.folded(k - 1) == "zu") && d.InScope(s, k);
  }
  home = home || (answer && s.ComesToTheOneWhoAnswers(d.trigger.token));
  if (!home) return true;
  // Someone came to the one who answers: a visit (not talks told with it, "haben dort verhandelt").
  if (m.kind == MeetingKind::Meeting) m.kind = MeetingKind::Visit;
  if (m.location) return true;
  // The place the introduction, before the first question or answer, names first ("führt in
  // Kesselbach eine Sattlerei", "in der Kesselbacher Innenstadt"): no country or Land.
  for (std::size_t si = 0; si < c.sentences.size(); ++si) {
    if (c.sentences[si].answered_by() || c.sentences[si].addressee()) break;
    for (std::size_t p : c.sentences[si].mentions()) {
      const recognition::Mention& men = c.facts.mentions[p];
      if (men.type != recognition::EntityType::Place || men.is_country) continue;
      const recognition::NamedThing* known = c.lexicons.FindCanonical(men.canonical);
      if (known && (known->kind == "state" || known->kind == "region")) continue;
      m.location = p;
      m.location_inferred = true;
      return true;
    }
  }
  return true;
}

bool TripSetsTheScene::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                             MeetingLedger& ledger) const {
  if (m.location || d.kind == MeetingKind::Call) return true;
  const std::set<std::string> persons = PersonKeys(c.facts, m);
  if (persons.empty()) return true;
  auto done = [](MeetingStatus st) { return st == MeetingStatus::Held || st == MeetingStatus::Ongoing; };
  // The latest visit before, with a place of its own, by one of the persons: where they went.
  // One person's talks somewhere with no one named yet are a trip too ("ist zu Gesprächen in Linz").
  const MeetingFact* trip = nullptr;
  auto consider = [&](const MeetingFact& x, bool alone) {
    if (x.kind == MeetingKind::Call || (x.kind != MeetingKind::Visit && !alone)) return;
    if (!x.location || x.location_inferred || x.sentence >= m.sentence) return;
    if (m.sentence - x.last_sentence > 6 || done(x.status) != done(m.status)) return;
    const Mention& place = c.facts.mentions[*x.location];
    if (place.type != EntityType::Place) return;
    // One person's talks by a river or a square ("am East River", "an der Spree") tell no town
    // to go by.
    if (alone && place.first_token > 0) {
      const std::string& before = c.sentences[place.sentence].folded(place.first_token - 1);
      const std::string& two_before =
          place.first_token > 1 ? c.sentences[place.sentence].folded(place.first_token - 2) : before;
      if (before == "am" || two_before == "an") return;
    }
    if (!SharesAPerson(c.facts, x, persons) || (trip && trip->last_sentence >= x.last_sentence)) return;
    trip = &x;
  };
  for (std::size_t i = ledger.kept.size(); i-- > RecentFrom(ledger.kept);) consider(ledger.kept[i], false);
  for (const MeetingFact& x : ledger.pending) consider(x, true);
  if (!trip) return true;
  // A trip lasts some days: the meeting on or after its day, within three.
  const auto from = common::ParseIsoDay(trip->date), on = common::ParseIsoDay(m.date);
  if (from && on && (*on < *from || *on - *from > 3)) return true;
  m.location = trip->location;
  m.location_inferred = true;
  // "Am Nachmittag empfing ihn X": a meeting without a day of its own is on the trip's day.
  if (m.date.empty()) {
    m.date = trip->date;
    if (m.time_text.empty()) m.time_text = trip->time_text;
  }
  return true;
}

bool AlsoMetThereToo::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                            MeetingLedger& ledger) const {
  if (m.location || d.kind == MeetingKind::Call) return true;
  const SentenceAnnotation& s = c.sentences[m.sentence];
  // "Am Nachmittag", "am Abend": a time of day without a day of its own goes on from before.
  bool also = m.date.empty() && IsTimeOfDay(m.time_text);
  for (std::size_t k = 0; k < s.size() && !also; ++k) {
    const std::string& w = s.folded(k);
    also = (w == "auch" || w == "zudem" || w == "ausserdem" || w == "ebenfalls") && d.InScope(s, k);
  }
  if (!also) return true;
  const std::set<std::string> persons = PersonKeys(c.facts, m);
  // The latest meeting in person, up to four sentences before (a paragraph of what was said
  // there may stand between), of one of the persons.
  const MeetingFact* before = nullptr;
  auto consider = [&](const MeetingFact& x) {
    if (x.kind == MeetingKind::Call || !x.location || x.last_sentence >= m.sentence) return;
    if (m.sentence - x.last_sentence > 4 || x.status != m.status) return;
    if (!m.date.empty() && !x.date.empty() && m.date != x.date) return;
    if (SharesAPerson(c.facts, x, persons) && (!before || before->last_sentence < x.last_sentence)) before = &x;
  };
  for (std::size_t i = ledger.kept.size(); i-- > RecentFrom(ledger.kept);) consider(ledger.kept[i]);
  if (!before) return true;
  m.location = before->location;
  m.location_inferred = true;
  if (m.time_text.empty()) m.time_text = before->time_text;
  if (m.date.empty()) m.date = before->date;
  return true;
}

bool TimeOfDayKeepsTheDay::Apply(const ArticleContext& c, const MeetingDraft&, MeetingFact& m,
                                 MeetingLedger& ledger) const {
  if (!m.date.empty() || !IsTimeOfDay(m.time_text)) return true;
  const std::set<std::string> persons = PersonKeys(c.facts, m);
  // The latest dated meeting or trip, up to two sentences before, of one of the persons.
  const MeetingFact* before = nullptr;
  auto consider = [&](const MeetingFact& x) {
    if (x.date.size() != 10 || x.last_sentence >= m.sentence || m.sentence - x.last_sentence > 2) return;
    if (SharesAPerson(c.facts, x, persons) && (!before || before->last_sentence < x.last_sentence)) before = &x;
  };
  for (std::size_t i = ledger.kept.size(); i-- > RecentFrom(ledger.kept);) consider(ledger.kept[i]);
  for (const MeetingFact& x : ledger.pending) consider(x);
  if (before) m.date = before->date;
  return true;
}

bool CityRefinesCountry::Apply(const ArticleContext& c, const MeetingDraft&, MeetingFact& m,
                               MeetingLedger&) const {
  if (!m.location || !c.facts.mentions[*m.location].is_country) return true;
  const std::string& country = c.facts.mentions[*m.location].canonical;
  // The nearest sentence wins, this one first: up to two sentences away on either side.
  std::optional<std::size_t> city;
  std::size_t best = SIZE_MAX;
  const std::size_t first = m.sentence >= 2 ? m.sentence - 2 : 0;
  for (std::size_t si = first; si < c.sentences.size() && si <= m.sentence + 2; ++si) {
    const SentenceAnnotation& s = c.sentences[si];
    const std::size_t distance = si > m.sentence ? si - m.sentence : m.sentence - si;
    if (distance >= best) continue;
    for (std::size_t p : s.mentions()) {
      const Mention& men = s.mention(p);
      if (men.kind != MentionKind::Name || men.type != EntityType::Place || men.is_country) continue;
      const auto preposition = PrepositionBefore(s, men.first_token);
      if (!preposition || s.folded(*preposition) == "nach") continue;
      const std::string* state = c.lexicons.StateOfCity(men.canonical);
      if (!state || *state != country) continue;
      city = p;
      best = distance;
      break;
    }
  }
  if (city) m.location = city;
  return true;
}

namespace {

// Whether `men` names a town where it stands: "im Bayerischen Wald", "am Bodensee" take an
// article, a town does not.
bool IsTown(const ArticleContext& c, const Mention& men) {
  if (men.type != EntityType::Place || men.kind != MentionKind::Name) return false;  // most: no lookup
  if (men.first_token > 0) {
    const std::string& before = c.sentences[men.sentence].folded(men.first_token - 1);
    if (before == "im" || before == "am" || before == "ins" || before == "dem" || before == "des") return false;
  }
  return extraction::IsTown(c.lexicons, men);
}

bool IsVenue(const ArticleContext& c, const Mention& men) { return extraction::IsVenue(c.lexicons, men); }

// The town a venue's adjective names: "Ulmer" in "im Ulmer Rathaus" is Ulm, "Münchner" München.
std::optional<std::string> TownOfAdjective(const ArticleContext& c, const Mention& venue) {
  const std::string& name = venue.canonical;
  const auto space = name.find(' ');
  if (space == std::string::npos || space < 4) return std::nullopt;
  const std::string first = name.substr(0, space);
  if (!first.ends_with("er") || !text::StartsUpper(first)) return std::nullopt;
  if (const std::string* mapped = c.lexicons.CountryOfAdjective(first)) return *mapped;
  return first.substr(0, first.size() - 2);
}

// The town of a meeting whose place `before` gives way to report `m`'s: the town `m` gives, or
// `before` when `m` names a building in it ("traf X in Ulm. Das Treffen im Rathaus ...").
std::optional<std::size_t> TownAfterMerge(const ArticleContext& c, std::optional<std::size_t> before,
                                          const MeetingFact& m) {
  if (!m.town && before && m.location && IsVenue(c, c.facts.mentions[*m.location]) &&
      IsTown(c, c.facts.mentions[*before])) {
    return before;
  }
  return m.town;
}

// The name the article gave last before token `token` of sentence `sentence` that `fits`:
// "die Gewerkschaft Verdi" before "die Gewerkschaft", "Schloss Esterhof" before "im Schloss".
template <class Fits>
std::optional<std::size_t> LastNameBefore(const ArticleContext& c, std::size_t sentence, std::size_t token, Fits fits) {
  std::optional<std::size_t> found;
  for (std::size_t p = 0; p < c.facts.mentions.size(); ++p) {
    const Mention& men = c.facts.mentions[p];
    if (men.sentence > sentence || (men.sentence == sentence && men.first_token >= token)) break;
    if (men.kind == MentionKind::Name && fits(men)) found = p;
  }
  return found;
}

// The first word of a folded name: "bundesministerium" of "bundesministerium für verkehr".
std::string_view FirstWord(std::string_view name) { return name.substr(0, name.find(' ')); }

}  // namespace

bool BareMinistryNamedBefore::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                    MeetingLedger&) const {
  // "kamen im Ministerium zusammen", "ein Runder Tisch im Ministerium": the bare noun, in the
  // meeting's clause (asked of every meeting: by the word's length first).
  const SentenceAnnotation& s = c.sentences[m.sentence];
  const std::size_t t = d.trigger.token;
  bool bare = false;
  for (std::size_t k = 1; k < s.size() && !bare; ++k) {
    const std::string& w = s.folded(k);
    bare = w.size() == 11 && w == "ministerium" && (s.folded(k - 1) == "im" || s.folded(k - 1) == "ins") &&
           s.clause(k) == s.clause(t);
  }
  if (!bare) return true;
  if (m.location && !IsTown(c, c.facts.mentions[*m.location])) return true;  // a site of its own
  // The ministry the article named last before: "Bundesministerium für Verkehr", "Innenministerium".
  const std::optional<std::size_t> ministry = LastNameBefore(c, m.sentence, SIZE_MAX, [](const Mention& men) {
    return men.type == EntityType::Organization &&
           FirstWord(text::FoldForMatch(men.canonical)).ends_with("ministerium");
  });
  if (!ministry) return true;
  if (m.location) m.town = m.location;
  m.location = ministry;
  m.location_inferred = false;
  return true;
}

bool BareVenueNamedBefore::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                 MeetingLedger&) const {
  if (m.location && !m.location_inferred && !IsTown(c, c.facts.mentions[*m.location])) return true;
  // "traf ihn im Schloss", "besuchte den Hof": a definite building's noun alone in the meeting's
  // clause (asked of every meeting: by the word's capital and the article before it first).
  static constexpr std::string_view kVenues[] = {"schloss", "festung", "kloster", "palast", "hotel",  "kaserne",
                                                 "hof",     "werk",    "halle",   "museum", "klinik", "krankenhaus",
                                                 "campus",  "stadion"};
  const SentenceAnnotation& s = c.sentences[m.sentence];
  const std::size_t t = d.trigger.token;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (!s.upper(k) || s.clause(k) != s.clause(t) || s.NameAt(k)) continue;
    const std::string& before = s.folded(k - 1);
    if (before != "im" && before != "ins" && before != "am" && before != "den" && before != "das" && before != "dem" &&
        before != "die" && before != "der") {
      continue;
    }
    const std::string& w = s.folded(k);
    if (std::find(std::begin(kVenues), std::end(kVenues), w) == std::end(kVenues)) continue;
    // The place the article named last before whose name opens with it: "Schloss Esterhof",
    // "Spargelhof Lindner" for "den Hof".
    const std::optional<std::size_t> named = LastNameBefore(c, m.sentence, k, [&](const Mention& men) {
      if (men.type == EntityType::Person) return false;
      const std::string name = text::FoldForMatch(men.canonical);
      const std::string_view first = FirstWord(name);
      return first.size() < name.size() && first.ends_with(w);
    });
    if (!named) continue;
    if (m.location && IsTown(c, c.facts.mentions[*m.location]) && !m.location_inferred) m.town = m.location;
    m.location = named;
    m.location_inferred = false;
    return true;
  }
  return true;
}

namespace {

// The words a name (or the noun before it) carries for a kind noun that stands alone: "die
// Behörde" is an office, an agency or a directorate named before; "das Gremium" a commission.
std::vector<std::string_view> NamesOfKind(std::string_view kind) {
  if (kind == "behörde") return {"amt", "behörde", "agentur", "direktion", "präsidium"};
  if (kind == "gremium") return {"kommission", "ausschuss", "beirat", "gremium"};
  if (kind == "gesellschaft") return {"gesellschaft", "gmbh"};
  return {kind};
}

}  // namespace

bool KindNounStandsForItsOrganization::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                             MeetingLedger&) const {
  const SentenceAnnotation& s = c.sentences[m.sentence];
  const std::size_t t = d.trigger.token;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (s.clause(k) != s.clause(t) || !s.upper(k)) continue;
    const std::string& w = s.folded(k);
    const std::string_view kind = OrganizationKind(w);
    if (kind.empty()) continue;
    // A compound of a kind ("den Quartierverein", "die Ärztekammer") stands for a name built on
    // the whole compound ("Quartierverein Ulm-Nord"), not for any body of the kind.
    const bool compound = w.size() > kind.size();
    // "die Gewerkschaft", "mit der Behörde"; not "der Chef der Gewerkschaft" (whose), nor "die
    // Gewerkschaft Verdi" (a name).
    const std::string& article = s.folded(k - 1);
    if (article != "die" && article != "der" && article != "dem" && article != "den" && article != "das") continue;
    if (k >= 2 && s.upper(k - 2) && !s.IsDeterminer(k - 2)) continue;
    if (s.NameAt(k) || (k + 1 < s.size() && s.NameStartingAt(k + 1))) continue;  // "der Verband der X"
    const std::vector<std::string_view> names =
        compound ? std::vector<std::string_view>{std::string_view(w)} : NamesOfKind(kind);
    const std::optional<std::size_t> named = LastNameBefore(c, m.sentence, k, [&](const Mention& men) {
      if (men.type != EntityType::Organization) return false;
      const SentenceAnnotation& at = c.sentences[men.sentence];
      const std::string folded = text::FoldForMatch(men.canonical);
      return std::any_of(names.begin(), names.end(),
                         [&](std::string_view part) { return folded.find(part) != std::string::npos; }) ||
             (men.first_token > 0 && at.folded(men.first_token - 1).ends_with(compound ? std::string_view(w) : kind));
    });
    if (!named) continue;
    const std::string& name = c.facts.mentions[*named].canonical;
    const bool there = std::any_of(m.participants.begin(), m.participants.end(),
                                   [&](std::size_t p) { return c.facts.mentions[p].canonical == name; });
    if (!there) m.participants.push_back(*named);
  }
  return true;
}

bool VenueInTown::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m, MeetingLedger&) const {
  if (!m.location || m.town) return true;
  // "traf in Ulm im Hotel Adlon ...": the town won by distance; the building is where in it.
  if (!m.location_inferred) {
    std::optional<std::size_t> building;
    std::size_t best = SIZE_MAX;
    for (const Candidate& x : d.candidates) {
      if (x.fate != Candidate::Fate::Place || x.place_distance >= best || x.place_distance >= 20) continue;
      if (x.mention == *m.location || !IsVenue(c, c.facts.mentions[x.mention])) continue;
      building = x.mention;
      best = x.place_distance;
    }
    if (building && IsTown(c, c.facts.mentions[*m.location])) {
      m.town = m.location;
      m.location = building;
      return true;
    }
  }
  const Mention& venue = c.facts.mentions[*m.location];
  if (!IsVenue(c, venue)) return true;
  // "im Rathaus in Ulm", "im Rathaus von Ulm"
  const SentenceAnnotation& s = c.sentences[venue.sentence];
  for (std::size_t p : s.mentions()) {
    const Mention& men = s.mention(p);
    if (men.first_token == venue.last_token + 1 &&
        (s.folded(venue.last_token) == "in" || s.folded(venue.last_token) == "von") && IsTown(c, men)) {
      m.town = p;
      return true;
    }
  }
  if (const auto adjective = TownOfAdjective(c, venue)) {
    for (std::size_t p = 0; p < c.facts.mentions.size(); ++p) {
      if (c.facts.mentions[p].canonical == *adjective && IsTown(c, c.facts.mentions[p])) {
        m.town = p;
        return true;
      }
    }
  }
  // "traf ihn in Ulm im Rathaus": a town the sentence gives the meeting too.
  std::size_t best = SIZE_MAX;
  for (const Candidate& x : d.candidates) {
    if (x.fate != Candidate::Fate::Place || x.place_distance >= best || x.mention == *m.location) continue;
    if (!IsTown(c, c.facts.mentions[x.mention])) continue;
    m.town = x.mention;
    best = x.place_distance;
  }
  if (m.town) return true;
  // An institution by its name may be anywhere, and the article's own ("im Innenministerium",
  // "im Landratsamt") is in the town the report was filed from if any. A building told without
  // its town is in the town the report is about: the one named last before it, not as an owner
  // ("Ulms Bürgermeister"), else the dateline's.
  if (venue.type == EntityType::Organization) {
    if (venue.article_local) m.town = c.index.DatelineBefore(c.facts, venue.sentence);
    return true;
  }
  const std::size_t first = venue.sentence >= 3 ? venue.sentence - 3 : 0;
  for (std::size_t p = *m.location; p-- > 0;) {
    const Mention& men = c.facts.mentions[p];
    if (men.sentence < first) break;
    const bool owner = men.surface.size() == men.canonical.size() + 1 && men.surface.ends_with('s') &&
                       men.surface.starts_with(men.canonical);
    // "war aus Swinemünde angereist": where someone came from is not where they are.
    const bool origin = c.sentences[men.sentence].IsOrigin(men.first_token);
    if (!owner && !origin && IsTown(c, men)) {
      m.town = p;
      return true;
    }
  }
  m.town = c.index.DatelineBefore(c.facts, venue.sentence);
  return true;
}

namespace {

// "im Mai", "im Herbst", "nächste Woche": a time phrase that, in the present tense, can only
// be ahead (not "letzten Mai", "im Mai 2019", nor "am Dienstag", which news tells of the past).
bool TellsAheadInThePresent(std::string_view time_text) {
  const std::string folded = text::FoldForMatch(time_text);
  bool ahead = false;
  std::size_t digits = 0;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(start, end - start);
    for (std::string_view past : {"letzt", "vergangen", "vorig", "früher"}) {
      if (word.starts_with(past)) return false;
    }
    ahead = ahead || text::MonthOfName(word) != 0 || word.starts_with("nächst") || word.starts_with("kommend") ||
            word == "frühjahr" || word == "sommer" || word == "herbst" || word == "winter";
    for (char ch : word) {
      digits = ch >= '0' && ch <= '9' ? digits + 1 : 0;
      if (digits == 4) return false;
    }
    start = end + 1;
  }
  return ahead;
}

// "Kennengelernt haben sich die beiden im Herbst": a perfect or a passive the tense cues may
// miss is no present tense.
bool AuxiliaryInClause(const SentenceAnnotation& s, std::size_t t) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != s.clause(t)) continue;
    const std::string& w = s.folded(k);
    if (IsPerfectAuxiliary(w) || w == "habe" || w == "hast" || w == "hätte" || w == "bin" || w == "wurde" ||
        w == "wurden") {
      return true;
    }
  }
  return false;
}

}  // namespace

bool FutureDateIsPlan::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                             MeetingLedger&) const {
  // German news tells scheduled events in the present tense: without a cue, a date after
  // publication is a plan ("Scholz reist am Freitag nach Washington").
  const auto& published = c.facts.article.date_published;
  if (!d.status_from_cues && published && published->size() == 10 && m.date.size() == 10) {
    m.status = m.date > *published ? MeetingStatus::Planned : MeetingStatus::Held;
  }
  // "trifft im Juni" in a report of May: a month after publication's is a plan too (the month
  // of publication itself says nothing).
  if (!d.status_from_cues && published && published->size() == 10 && m.date.size() == 7 &&
      m.date > published->substr(0, 7)) {
    m.status = MeetingStatus::Planned;
  }
  // An interview without a date: "Im Mai treffe ich mich mit X" in the present tense is a plan
  // all the same.
  if (!d.status_from_cues && !(published && published->size() == 10) && TellsAheadInThePresent(m.time_text) &&
      !AuxiliaryInClause(c.sentences[m.sentence], d.trigger.token)) {
    m.status = MeetingStatus::Planned;
  }
  return true;
}

bool ParticipationJoinsMeeting::Apply(const ArticleContext& c, const MeetingDraft& d,
                                      MeetingFact& m, MeetingLedger& ledger) const {
  if (!d.join) return true;
  // The latest meeting told in this sentence or the five before, kept or still with one party:
  // the first of the latest report, kept ones before pending ones. Only the most recent
  // kMaxCompared of each list are looked at, so that the work per report stays bounded.
  auto in_reach = [&](const MeetingFact& x) {
    return x.sentence <= m.sentence && x.last_sentence + 5 >= m.sentence;
  };
  auto latest_in = [&](const std::vector<MeetingFact>& list) {
    std::optional<std::size_t> found;
    for (std::size_t i = list.size(); i-- > RecentFrom(list);) {
      if (in_reach(list[i]) && (!found || list[i].last_sentence >= list[*found].last_sentence)) found = i;
    }
    return found;
  };
  const std::optional<std::size_t> kept_target = latest_in(ledger.kept);
  const std::optional<std::size_t> pending_target = latest_in(ledger.pending);
  const bool pending =
      pending_target && (!kept_target || ledger.pending[*pending_target].last_sentence >
                                             ledger.kept[*kept_target].last_sentence);
  if (!kept_target && !pending) return true;  // "Teilnehmer waren X und Y": a meeting of its own
  MeetingFact* target = pending ? &ledger.pending[*pending_target] : &ledger.kept[*kept_target];
  // "reist nach Washington. ... Für Deutschland nahm X an der Sitzung teil": a sitting or a
  // conference the join names is not a trip or a call told before (its talks may be).
  if (target->kind == MeetingKind::Visit || target->kind == MeetingKind::Call) {
    auto gathering = [](const std::string& noun) {
      for (std::string_view kind : {"sitzung", "tagung", "konferenz", "versammlung"}) {
        if (noun.find(kind) != std::string::npos) return true;
      }
      return false;
    };
    const SentenceAnnotation& s = c.sentences[m.sentence];
    for (const Trigger& t : s.triggers()) {
      if (t.entry->pos == "noun" && gathering(s.folded(t.token))) return true;
    }
  }
  // "Für Ende Oktober ist in Düsseldorf ein runder Tisch geplant, zu dem sie X eingeladen hat":
  // a place or a date of its own that cannot be the meeting's tells another meeting (its status
  // and kind tell nothing: "Eingeladen ist auch X" reads as held, "war zugeschaltet" as met).
  MeetingFact as_join = m;
  as_join.status = target->status;
  as_join.kind = target->kind;
  if (!Compatible(*target, as_join, c.facts)) return true;
  // "Den Schlusspunkt soll der Gipfel in Foz setzen. Lula hat dazu auch X eingeladen": a meeting
  // noun told after the target, with no meeting of its own, is what the join refers to.
  for (std::size_t si = target->last_sentence + 1; si < m.sentence; ++si) {
    for (const Trigger& t : c.sentences[si].triggers()) {
      if (t.entry->pos == "noun") return true;
    }
  }
  std::set<std::string> keys = Keys(c.facts, *target);
  for (std::size_t p : m.participants) {
    std::string key = PartyKey(c.facts, p);
    if (!keys.insert(key).second) continue;
    target->participants.push_back(p);
    if (!pending) ledger.AddKey(*kept_target, key);
  }
  for (const std::string& state : m.implied_states) {
    std::string key = text::FoldForMatch(state);
    if (!keys.insert(key).second) continue;
    target->implied_states.push_back(state);
    if (!pending) ledger.AddKey(*kept_target, key);
  }
  // A place the join only inferred (its dateline) was the target's to infer; a call has none.
  if (target->kind != MeetingKind::Call && m.location && !m.location_inferred &&
      (!target->location || MoreExact(c.facts, target->location, m.location))) {
    // "traf X in Ulm. An dem Treffen im Rathaus nahm Y teil": Ulm is the building's town.
    target->town = TownAfterMerge(c, target->location, m);
    target->location = m.location;
    target->location_inferred = m.location_inferred;
    if (!pending && m.location) ledger.SetPlace(*kept_target, c.facts.mentions[*m.location].canonical);
  }
  target->last_sentence = m.sentence;
  if (pending && target->participants.size() + target->implied_states.size() >= 2) {
    ledger.Keep(c.facts, std::move(*target));
    ledger.pending.erase(ledger.pending.begin() + static_cast<std::ptrdiff_t>(*pending_target));
  }
  return false;
}

namespace {

// "ein solches Treffen", "dieses Treffen": a trigger noun pointing at a meeting just told.
bool PointsBack(const SentenceAnnotation& s, const MeetingDraft& d) {
  if (d.definite) return true;
  const std::size_t t = d.trigger.token;
  for (std::size_t k = t > 3 ? t - 3 : 0; k < t; ++k) {
    if (s.folded(k).starts_with("solch") || s.folded(k).starts_with("dies")) return true;
  }
  return false;
}

// Whether a denial and a report tell one meeting: the same persons, at least two (who reports
// or denies it may have been taken in as a party), else the very same parties ("kein
// trilaterales Treffen" denies no meeting of two of the three); and the same status and a
// compatible time and place (a meeting held in May is not the one "not planned" for June).
bool SameMeeting(const ArticleFacts& facts, const MeetingFact& a, const MeetingFact& b) {
  const std::set<std::string> keys_a = Keys(facts, a), keys_b = Keys(facts, b);
  auto persons = [](const std::set<std::string>& keys) {
    std::set<std::string> out;
    std::copy_if(keys.begin(), keys.end(), std::inserter(out, out.end()),
                 [](const std::string& key) { return key.starts_with("person:"); });
    return out;
  };
  const std::set<std::string> persons_a = persons(keys_a);
  const bool parties = (persons_a.size() >= 2 && persons_a == persons(keys_b)) || keys_a == keys_b;
  return parties && a.status == b.status && Compatible(a, b, facts);
}

}  // namespace

bool DenialsCoverReports::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                MeetingLedger& ledger) const {
  if (!d.negated) {
    // A report of a meeting already denied ("X und Y hätten sich getroffen" after the denial).
    for (const MeetingFact& denial : ledger.denied) {
      if (SameMeeting(c.facts, denial, m)) return false;
    }
    return true;
  }
  if (NextMeeting(c.sentences[m.sentence], d.trigger.token)) return false;
  std::vector<MeetingFact>& kept = ledger.kept;
  const std::size_t parties = m.participants.size() + m.implied_states.size();
  if (parties >= 2) {
    // Earlier reports of the denied meeting go with it.
    for (std::size_t i = kept.size(); i-- > RecentFrom(kept);) {
      if (SameMeeting(c.facts, kept[i], m)) ledger.withdrawn[i] = true;
    }
    ledger.denied.push_back(m);
  } else if (parties == 0 && d.ruled_out && !kept.empty()) {
    // No parties of its own: the meeting told in this sentence or the two before, when the
    // denial points at it ("ein solches Treffen") or it was only planned or offered; not when
    // a denial since then is what it points at.
    const std::size_t last = kept.size() - 1;
    const bool denied_since = !ledger.denied.empty() && ledger.denied.back().sentence >= kept[last].last_sentence;
    const bool near = kept[last].last_sentence + 2 >= m.sentence && !denied_since;
    // "In Seoul ist ein Treffen mit X geplant. Ein Abstecher nach China ist nicht vorgesehen":
    // a denial with a place of its own, another than the meeting's, denies another meeting.
    const bool elsewhere = m.location && kept[last].location &&
                           c.facts.mentions[*m.location].canonical != c.facts.mentions[*kept[last].location].canonical;
    if (near && !elsewhere && (PointsBack(c.sentences[m.sentence], d) || kept[last].status != MeetingStatus::Held)) {
      ledger.withdrawn[last] = true;
      ledger.denied.push_back(kept[last]);
    }
  }
  return false;
}

namespace {

// The latest kept meeting whose first report uses the trigger's noun ("die nächsten
// Konsultationen" after "bei den Regierungskonsultationen"), when it is not the latest meeting
// of all and was last told at most thirty sentences back.
std::optional<std::size_t> LastOfTheSameNoun(const ArticleContext& c, const std::string& noun,
                                             const MeetingLedger& ledger, std::size_t sentence) {
  if (noun.size() < 6) return std::nullopt;
  auto told_with = [&](const MeetingFact& it) {
    const SentenceAnnotation& s = c.sentences[it.sentence];
    for (std::size_t k = 0; k < s.size(); ++k) {
      const std::string& w = s.folded(k);
      if (s.upper(k) && (w.ends_with(noun) || noun.ends_with(w)) && w.size() >= 6) return true;
    }
    return false;
  };
  if (told_with(ledger.kept.back())) return std::nullopt;
  for (std::size_t i = ledger.kept.size() - 1; i-- > 0 && i + MeetingLedger::kMaxCompared >= ledger.kept.size();) {
    const MeetingFact& it = ledger.kept[i];
    if (it.last_sentence + 30 >= sentence && told_with(it)) return i;
  }
  return std::nullopt;
}

}  // namespace

bool NextRoundTakesParties::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                  MeetingLedger& ledger) const {
  if (!d.noun || !m.implied_states.empty() || ledger.kept.empty()) return true;
  if (!NextMeeting(c.sentences[m.sentence], d.trigger.token)) return true;
  const std::string& noun = c.sentences[m.sentence].folded(d.trigger.token);
  const std::optional<std::size_t> same_noun = LastOfTheSameNoun(c, noun, ledger, m.sentence);
  const MeetingFact& before = ledger.kept[same_noun.value_or(ledger.kept.size() - 1)];
  // "X kündigte an, die Gespräche im Herbst fortzusetzen": only parties of the meeting before,
  // unless others join them ("Ein weiteres Treffen, dann auch mit X, ist angesetzt").
  const SentenceAnnotation& told_in = c.sentences[m.sentence];
  bool joined_by_others = false;
  for (std::size_t k = d.trigger.token + 1; k + 1 < told_in.size() && k <= d.trigger.token + 4; ++k) {
    joined_by_others = joined_by_others || (told_in.folded(k) == "auch" && told_in.folded(k + 1) == "mit");
  }
  if (!m.participants.empty() && !joined_by_others) {
    const std::set<std::string> told = Keys(c.facts, before);
    for (std::size_t p : m.participants) {
      if (!told.count(PartyKey(c.facts, p))) return true;
    }
  }
  // "die Vorbereitung des nächsten Gipfels": the genitive of another noun is what it is about.
  const SentenceAnnotation& s = c.sentences[m.sentence];
  std::size_t k = d.trigger.token;
  while (k > 0 && !s.upper(k - 1) && !s.IsDeterminer(k - 1) && !s.IsPunct(k - 1)) --k;
  if (k >= 2 && (s.folded(k - 1) == "des" || s.folded(k - 1) == "der") && s.upper(k - 2) &&
      !s.IsDeterminer(k - 2)) {
    return true;
  }
  // The parties of the meeting told in the three sentences before, or of the last one told
  // with the same noun; time, place and status are the new round's own, and one of time and
  // place must tell it apart ("weitere Gespräche werden erwartet" may be the same visit's).
  // Kept at once: it is another meeting, not a report to merge.
  // "ein weiteres Treffen der Beteiligten": of those who took part, further back too.
  const std::size_t t = d.trigger.token;
  const bool of_those = t + 2 < s.size() && s.folded(t + 1) == "der" &&
                        (s.folded(t + 2) == "beteiligten" || s.folded(t + 2) == "teilnehmer");
  // An interviewer's question in between does not change the subject.
  std::size_t between = 0;
  for (std::size_t si = before.last_sentence + 1; si < m.sentence; ++si) between += !c.sentences[si].IsQuestion();
  if (!same_noun && between + 1 > (of_those ? 12u : 3u)) return true;
  // In wire shorts, not a meeting of another report (after another dateline).
  if (c.index.datelines.size() > 1 &&
      c.index.DatelineBefore(c.facts, m.sentence) != c.index.DatelineBefore(c.facts, before.sentence)) {
    return true;
  }
  const bool own_place = m.location && !m.location_inferred &&
                         (!before.location || c.facts.mentions[*m.location].canonical !=
                                                  c.facts.mentions[*before.location].canonical);
  const bool own_time = !m.time_text.empty() && m.time_text != before.time_text &&
                        (m.date.empty() || before.date.empty() || m.date != before.date);
  if (!own_place && !own_time) return true;
  const std::set<std::string> own = Keys(c.facts, m);
  for (std::size_t p : before.participants) {
    if (!own.count(PartyKey(c.facts, p))) m.participants.push_back(p);
  }
  m.implied_states = before.implied_states;
  ledger.Keep(c.facts, std::move(m));
  return false;
}

namespace {

// Merges report `m` into the kept meeting `index`: its new parties, a more exact place, and a
// time where the meeting has none.
void MergeReport(const ArticleContext& c, const MeetingFact& m, std::size_t index, MeetingLedger& ledger) {
  MeetingFact* it = &ledger.kept[index];
  const std::set<std::string> before = Keys(c.facts, *it);
  for (std::size_t p : m.participants) {
    std::string key = PartyKey(c.facts, p);
    if (before.count(key)) continue;
    it->participants.push_back(p);
    ledger.AddKey(index, key);
  }
  for (const std::string& state : m.implied_states) {
    std::string key = text::FoldForMatch(state);
    if (before.count(key)) continue;
    it->implied_states.push_back(state);
    ledger.AddKey(index, key);
  }
  // "Kiew (dpa) - ... unterzeichneten ... in der Ukraine": a country says less than the
  // town or building the meeting has, even one inferred from the dateline.
  const bool vaguer = it->location && m.location && c.facts.mentions[*m.location].is_country &&
                      !c.facts.mentions[*it->location].is_country;
  if (!it->location || (it->location_inferred && m.location && !m.location_inferred && !vaguer) ||
      (MoreExact(c.facts, it->location, m.location) && !m.location_inferred)) {
    // "traf X in Ulm. Das Treffen im Rathaus ...": the town told first is the building's.
    it->town = TownAfterMerge(c, it->location, m);
    it->location = m.location;
    it->location_inferred = m.location_inferred;
    if (m.location) ledger.SetPlace(index, c.facts.mentions[*m.location].canonical);
  } else if (!it->town && m.town && it->location && m.location &&
             c.facts.mentions[*it->location].canonical == c.facts.mentions[*m.location].canonical) {
    it->town = m.town;
  }
  // "ein Gespräch" told again as talks or a call is that ("Das Telefonat ..."); as a meeting, one.
  if (it->conversation && !m.conversation) {
    it->conversation = m.kind != MeetingKind::Talks && m.kind != MeetingKind::Call;
    if (m.kind == MeetingKind::Call) it->kind = MeetingKind::Call;
  }
  it->last_sentence = m.sentence;
  if (it->day_part.empty()) it->day_part = m.day_part;
  if (it->time_text.empty()) {
    it->time_text = m.time_text;
    if (it->date.empty()) it->date = m.date;
  }
}

}  // namespace

bool MergeRepeatedReports::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                 MeetingLedger& ledger) const {
  std::vector<MeetingFact>& kept = ledger.kept;
  const std::set<std::string> seen = Keys(c.facts, m);
  const std::size_t parties = m.participants.size() + m.implied_states.size();
  // Only meetings sharing a party, at the place of one that refers back, or the latest for
  // one that refers back with one party, can be merged into or end the search.
  const std::string* place = m.location ? &c.facts.mentions[*m.location].canonical : nullptr;
  std::optional<std::size_t> latest;
  const std::vector<std::size_t> seen_ids = ledger.KnownIds(seen);
  // "An dem Treffen nahmen auch X und Y teil", none of whom a meeting had: the latest one.
  const bool takes_part = (d.takes_part_in && seen_ids.empty()) || d.also_at_told;
  if (d.definite && (parties < 2 || takes_part) && !kept.empty()) latest = kept.size() - 1;
  // In wire shorts, no report of another item (after another dateline) is this one's.
  const bool shorts = c.index.datelines.size() > 1;
  const std::optional<std::size_t> item = shorts ? c.index.DatelineBefore(c.facts, m.sentence) : std::nullopt;
  for (const auto [index, overlap] : ledger.Candidates(seen_ids, d.definite ? place : nullptr, latest)) {
    MeetingFact* it = &kept[index];
      if (d.earlier && it->sentence != m.sentence && m.status == MeetingStatus::Held) continue;
    if (shorts && c.index.DatelineBefore(c.facts, it->sentence) != item) continue;
    const bool refers_back =
        d.definite && (parties < 2 || takes_part ||
                       (m.location && !m.location_inferred && it->location &&
                        c.facts.mentions[*m.location].canonical == c.facts.mentions[*it->location].canonical) ||
                       (overlap >= 2 && !it->location));
    // "Nach dem Treffen sagte X, man wolle ...": the meeting told before, whatever the tense
    // of what was said after it.
    if (refers_back && d.after_told) m.status = it->status;
    // Two triggers of one sentence that share a party tell one meeting ("sich mit X zu
    // treffen, um über Y zu sprechen").
    const bool same_sentence = it->sentence == m.sentence && overlap >= 1 && !d.apart;
    if ((overlap >= 2 && overlap + 1 >= std::min(seen.size(), ledger.KeyCount(index))) || refers_back ||
        same_sentence) {
      if (!Compatible(*it, m, c.facts)) {
        if (refers_back) break;
        continue;
      }
      MergeReport(c, m, index, ledger);
      return false;
    }
    if (refers_back) break;
  }
  return true;
}

namespace {

// "mit der niederländischen Regierung", "bei Vertretern der russischen Seite": a state by its
// adjective after "mit" or "bei" takes part through a group acting for it, a partner; "eine
// israelische Delegation unter Leitung von X" is X's own side.
bool PartnerByItsAdjective(const SentenceAnnotation& s, const Mention& state) {
  if (state.kind != MentionKind::Adjective) return false;
  for (std::size_t k = state.first_token; k-- > 0 && state.first_token - k <= 4;) {
    if (s.IsPunct(k)) return false;
    if (s.folded(k) == "mit" || s.folded(k) == "bei") return true;
  }
  return false;
}

}  // namespace

bool PersonAndStateAlone::Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
                                MeetingLedger&) const {
  std::size_t persons = 0, states = m.implied_states.size(), others = 0;
  for (std::size_t p : m.participants) {
    const Mention& men = c.facts.mentions[p];
    if (men.type == EntityType::Person) {
      ++persons;
    } else if (std::find(d.officials.begin(), d.officials.end(), p) != d.officials.end() ||
               PartnerByItsAdjective(c.sentences[men.sentence], men)) {
      ++others;  // an official or a group the text does not name
    } else if (men.is_country) {
      ++states;
    } else {
      ++others;
    }
  }
  return !(persons == 1 && states == 1 && others == 0);
}

}  // namespace newskg::extraction::rules
