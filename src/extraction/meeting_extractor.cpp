#include "extraction/meeting_extractor.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "extraction/role_extractor.h"
#include "extraction/sentence_view.h"
#include "extraction/time_expression.h"
#include "text/utf8.h"

namespace newskg::extraction {
namespace {

using recognition::EntityType;
using recognition::Mention;
using recognition::MentionKind;

struct Draft {
  std::set<std::size_t> participants;
  std::optional<std::size_t> location;
  std::optional<TimeExpression> time;
  MeetingStatus status = MeetingStatus::Held;
  MeetingKind kind = MeetingKind::Meeting;
  bool definite = false;  // "die Gespräche": refers back to a meeting already reported
  bool status_from_cues = false;  // false: the status is only the default
  bool negated = false;
  std::size_t sentence = 0;
};

MeetingKind KindOf(const std::string& kind) {
  if (kind == "talks") return MeetingKind::Talks;
  if (kind == "call") return MeetingKind::Call;
  if (kind == "visit") return MeetingKind::Visit;
  return MeetingKind::Meeting;
}

// Reads the meetings of one sentence after another. What it looks up across the article (the
// mentions of a sentence, the persons named before, the roles read) is indexed once in the
// constructor, so that the work per sentence does not grow with the article.
class MeetingReader {
 public:
  // `roles` as ExtractRoles gives them: in sentence order.
  MeetingReader(ArticleFacts& facts, const recognition::Lexicons& lex,
                const std::vector<RoleFact>& roles);

  std::vector<Draft> ReadSentence(std::size_t s);

 private:
  std::set<std::size_t> Speakers(const SentenceView& v) const;
  std::optional<std::size_t> Antecedent(std::size_t sentence, std::size_t token) const;
  std::optional<std::size_t> RoleHolder(std::size_t sentence, const std::string& lemma) const;
  std::optional<std::size_t> CountryMention(const Mention& near, const std::string& country);

  ArticleFacts& facts_;
  const recognition::Lexicons& lex_;
  const std::vector<RoleFact>& roles_;
  std::vector<std::vector<std::size_t>> mentions_by_sentence_;
  // Per sentence: its person names in mention order, and the running minimum of their first
  // tokens (for "the first person named before token k").
  std::vector<std::vector<std::size_t>> persons_by_sentence_;
  std::vector<std::vector<std::size_t>> persons_first_token_min_;
  std::vector<std::vector<std::size_t>> roles_by_sentence_;  // indices into roles_
  std::map<std::string, std::vector<std::size_t>> roles_by_lemma_;  // in roles_ order
  // The states named in the sentence being read, by (begin, canonical): its own mentions
  // first, then those CountryMention adds.
  std::size_t sentence_ = SIZE_MAX;
  std::map<std::pair<std::size_t, std::string>, std::size_t> states_in_sentence_;
};

// Meeting words read per sentence: a news sentence has one to three; a "sentence" of hundreds
// of them is not news, and reading each against the whole sentence would cost their square.
constexpr std::size_t kMaxTriggersPerSentence = 16;

MeetingReader::MeetingReader(ArticleFacts& facts, const recognition::Lexicons& lex,
                             const std::vector<RoleFact>& roles)
    : facts_(facts), lex_(lex), roles_(roles), mentions_by_sentence_(MentionsBySentence(facts)) {
  const std::size_t sentences = facts.article.sentences.size();
  persons_by_sentence_.resize(sentences);
  persons_first_token_min_.resize(sentences);
  for (std::size_t s = 0; s < sentences; ++s) {
    for (std::size_t m : mentions_by_sentence_[s]) {
      const Mention& men = facts.mentions[m];
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      const auto& minima = persons_first_token_min_[s];
      persons_first_token_min_[s].push_back(minima.empty() ? men.first_token
                                                           : std::min(minima.back(), men.first_token));
      persons_by_sentence_[s].push_back(m);
    }
  }
  roles_by_sentence_.resize(sentences);
  for (std::size_t r = 0; r < roles.size(); ++r) {
    if (roles[r].sentence < sentences) roles_by_sentence_[roles[r].sentence].push_back(r);
    const std::string& label = roles[r].label;
    const std::size_t space = label.rfind(' ');
    auto match = lex_.MatchRole(label.substr(space == std::string::npos ? 0 : space + 1));
    if (match) roles_by_lemma_[match->noun->lemma].push_back(r);
  }
}

std::set<std::size_t> MeetingReader::Speakers(const SentenceView& v) const {
  std::set<std::size_t> speakers;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!IsReportingWord(v.folded(i))) continue;
    // After: "sagte Herr Peskow", "laut Kreml", "nach Angaben des Weißen Hauses".
    for (std::size_t k = i + 1; k < v.size() && k <= i + 5; ++k) {
      if (auto m = v.NameAt(k)) {
        speakers.insert(*m);
        break;
      }
      if (v.IsPunct(k) && v.word(k) != "„") break;
    }
    // Before: "Peskow sagte", "US-Medienberichten zufolge", "Politico berichtete".
    if (i > 0) {
      std::size_t k = i - 1;
      // "Michał Kubiak, teilte mit": an apposition's comma may stand before the verb. Only
      // a name right before it speaks; a place there is where something happened.
      if (v.word(k) == "," && k > 0) --k;
      if (auto m = v.NameAt(k); m && v.mention(*m).type != EntityType::Place) {
        speakers.insert(*m);
      } else if (!m) {
        for (std::size_t in : v.MentionsIn(k)) speakers.insert(in);  // "US-Medienberichten zufolge"
      }
    }
  }
  return speakers;
}

std::optional<std::size_t> MeetingReader::Antecedent(std::size_t sentence, std::size_t token) const {
  // The first person name of sentence s (in mention order) that starts before token `before`:
  // where the running minimum of first tokens drops below it.
  auto first_person = [&](std::size_t s, std::size_t before) -> std::optional<std::size_t> {
    const auto& minima = persons_first_token_min_[s];
    const auto found = std::partition_point(minima.begin(), minima.end(),
                                            [&](std::size_t first) { return first >= before; });
    if (found == minima.end()) return std::nullopt;
    return persons_by_sentence_[s][static_cast<std::size_t>(found - minima.begin())];
  };
  if (auto m = first_person(sentence, token)) return m;
  for (std::size_t s = sentence; s-- > 0 && s + 3 >= sentence;) {
    if (auto m = first_person(s, SIZE_MAX)) return m;
  }
  return std::nullopt;
}

std::optional<std::size_t> MeetingReader::RoleHolder(std::size_t sentence, const std::string& lemma) const {
  // The most recent person before this sentence whose role has the same head noun: roles are
  // in sentence order, and each holder is named in its role's sentence.
  auto it = roles_by_lemma_.find(lemma);
  if (it == roles_by_lemma_.end()) return std::nullopt;
  const auto before = std::partition_point(it->second.begin(), it->second.end(),
                                           [&](std::size_t r) { return roles_[r].sentence < sentence; });
  if (before == it->second.begin()) return std::nullopt;
  return roles_[*(before - 1)].person;
}

std::optional<std::size_t> MeetingReader::CountryMention(const Mention& near, const std::string& country) {
  // The first state mention of the sentence at the same place with that name: the sentence's
  // own mentions, then those added while reading it.
  const auto key = std::make_pair(near.begin, country);
  if (near.sentence == sentence_) {
    if (auto it = states_in_sentence_.find(key); it != states_in_sentence_.end()) return it->second;
  } else {
    for (std::size_t m = 0; m < facts_.mentions.size(); ++m) {
      const Mention& men = facts_.mentions[m];
      if (men.sentence == near.sentence && men.canonical == country && men.is_country &&
          men.begin == near.begin) {
        return m;
      }
    }
  }
  Mention implied = near;
  implied.kind = MentionKind::Adjective;  // implied, not a name the article writes
  implied.canonical = country;
  implied.type = EntityType::Place;
  implied.is_country = true;
  facts_.mentions.push_back(implied);
  if (near.sentence == sentence_) states_in_sentence_.emplace(key, facts_.mentions.size() - 1);
  return facts_.mentions.size() - 1;
}

std::vector<Draft> MeetingReader::ReadSentence(std::size_t s) {
  std::vector<Draft> drafts;
  sentence_ = s;
  states_in_sentence_.clear();
  for (std::size_t m : mentions_by_sentence_[s]) {
    const Mention& men = facts_.mentions[m];
    if (men.is_country) states_in_sentence_.emplace(std::make_pair(men.begin, men.canonical), m);
  }
  SentenceView v(facts_, s, mentions_by_sentence_[s]);
  std::vector<int> clause = SplitClauses(v);
  std::vector<bool> quoted = QuotedTokens(v);
  // "Olaf Scholz (SPD)", "(GIZ)": a bracketed party or abbreviation is no party to a meeting.
  std::vector<bool> bracketed(v.size(), false);
  for (std::size_t i = 0, depth = 0; i < v.size(); ++i) {
    if (v.word(i) == "(") ++depth;
    bracketed[i] = depth > 0;
    if (v.word(i) == ")" && depth > 0) --depth;
  }

  // The clauses that hold "mit" and "nach", for verbs that need them ("trifft sich mit").
  std::set<int> clauses_with_mit, clauses_with_nach;
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (v.folded(k) == "mit") clauses_with_mit.insert(clause[k]);
    if (v.folded(k) == "nach") clauses_with_nach.insert(clause[k]);
  }
  std::vector<std::size_t> triggers;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v.NameAt(i) || quoted[i]) continue;
    const auto* trig = lex_.FindTrigger(v.word(i));
    if (!trig) continue;
    if (trig->pos == "verb-mit" || trig->pos == "verb-nach") {
      const auto& with_need = trig->pos == "verb-mit" ? clauses_with_mit : clauses_with_nach;
      if (!with_need.count(clause[i])) continue;
    }
    triggers.push_back(i);
    if (triggers.size() == kMaxTriggersPerSentence) break;
  }
  if (triggers.empty()) return drafts;

  std::set<std::size_t> speakers = Speakers(v);
  std::set<std::size_t> role_of;
  for (std::size_t r : roles_by_sentence_[s]) {
    if (roles_[r].of) role_of.insert(*roles_[r].of);
  }
  // Per token, read once for all triggers: past markers, status cues, and role nouns with an
  // article and without a name ("wurde der Minister empfangen").
  std::vector<bool> past_marker(v.size());
  std::vector<const std::string*> status_cue(v.size());
  std::vector<const std::string*> role_lemma(v.size(), nullptr);
  for (std::size_t k = 0; k < v.size(); ++k) {
    past_marker[k] = IsPastMarker(v.folded(k));
    status_cue[k] = lex_.StatusCue(v.word(k));
    if (k == 0 || !v.upper(k) || v.NameAt(k) || !v.IsDeterminer(k - 1)) continue;
    if (k + 1 < v.size() && v.NameStartingAt(k + 1)) continue;  // "der Minister Hans X"
    if (auto role = lex_.MatchRole(v.word(k))) role_lemma[k] = &role->noun->lemma;
  }

  for (std::size_t t : triggers) {
    const auto* trig = lex_.FindTrigger(v.word(t));
    Draft d;
    d.sentence = s;
    d.kind = KindOf(trig->kind);
    int tc = clause[t];
    auto in_scope = [&](std::size_t k) { return !quoted[k] && (clause[k] == tc || clause[k] == 0); };
    bool trigger_is_noun = trig->pos == "noun" || v.upper(t);
    if (trigger_is_noun && t > 0) {
      std::size_t k = t - 1;
      while (k > 0 && !v.upper(k) && !v.IsDeterminer(k) && !v.IsPunct(k)) --k;
      const std::string& det = v.folded(k);
      d.definite = det == "die" || det == "den" || det == "der" || det == "dem" || det == "das" ||
                   det == "beim" || det == "diese" || det == "diesen" || det == "diesem";
    }

    // Status: a meeting considered, planned (future or modal), or held (past tense).
    bool considered = false, modal = false, past = false, planned_participle = false, ongoing = false;
    for (std::size_t k = 0; k < v.size(); ++k) {
      if (!in_scope(k)) continue;
      const std::string& w = v.folded(k);
      if (past_marker[k]) past = true;
      const std::string* cue = status_cue[k];
      if (!cue) continue;
      if (*cue == "negated") {
        // "nicht" and "kein" must govern the meeting: "kein Treffen", "nicht stattfinden", "Ein
        // Treffen ... ist nicht geplant". A verb that cancels or denies an event ("wurde
        // abgesagt", "lehnte ... ab", "dementierte") negates it anywhere in its clause.
        bool weak = w == "nicht" || w == "nie" || w == "niemals" || w.starts_with("kein");
        bool governs = !weak || (k < t && t - k <= 3) || (k > t && k - t <= 3 && !trigger_is_noun);
        if (!governs && k > t && k + 1 < v.size()) {
          const std::string& next = v.folded(k + 1);
          governs = next == "geplant" || next == "vorgesehen" || next == "stattfinden" ||
                    next == "zustande" || next == "angesetzt" || next == "vereinbart" ||
                    next == "erwartet" || next == "stattgefunden" || next == "geben";
        }
        if (governs) d.negated = true;
      } else if (*cue == "considered") {
        considered = true;
      } else if (*cue == "planned") {
        (w.ends_with("t") && !IsModal(w) ? planned_participle : modal) = true;
      } else if (*cue == "held") {
        past = true;
      } else if (*cue == "ongoing") {
        ongoing = true;
      }
    }
    // Separable verbs that reject or rule out: "wies ... zurück", "schloss ... aus".
    {
      bool rejects = false, back = false, excludes = false, out = false;
      for (std::size_t k = 0; k < v.size(); ++k) {
        if (!in_scope(k)) continue;
        const std::string& w = v.folded(k);
        rejects = rejects || w == "wies" || w == "weist" || w == "wiesen";
        back = back || w == "zurück";
        excludes = excludes || w == "schloss" || w == "schließt" || w == "schlossen";
        out = out || w == "aus";
      }
      if ((rejects && back) || (excludes && out)) d.negated = true;
    }
    // "um ... zu führen": a purpose is a plan, unless the meeting is told in the past.
    bool purpose = false;
    for (std::size_t k = 0; k < t; ++k) {
      if (v.folded(k) == "um" && clause[k] == tc) purpose = true;
    }
    // "kündigte an, sich mit X zu treffen": an infinitive with "zu" (not of a purpose) is a plan.
    bool announced_infinitive = t > 0 && v.folded(t - 1) == "zu" && !trigger_is_noun && !purpose;
    if (announced_infinitive) modal = true;
    d.status_from_cues = considered || modal || past || purpose || planned_participle || ongoing;
    d.status = considered        ? MeetingStatus::Considered
               : modal           ? MeetingStatus::Planned
               : past            ? MeetingStatus::Held
               : purpose         ? MeetingStatus::Planned
               : planned_participle ? MeetingStatus::Planned
               : ongoing         ? MeetingStatus::Ongoing
                                 : MeetingStatus::Held;

    // Coordinated adverbials split one sentence into several meetings:
    // "trafen sich im November mit X im Kreml und in den vergangenen Tagen in Berlin mit Y".
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    std::size_t seg_start = t + 1;
    bool has_person_before = false;  // a person named in [seg_start, seen)
    std::size_t seen = seg_start;
    for (std::size_t k = t + 1; k + 1 < v.size(); ++k) {
      if (v.folded(k) == "und" && IsPreposition(v.folded(k + 1)) && !trigger_is_noun) {
        for (; seen < k; ++seen) {
          if (auto m = v.NameAt(seen); m && v.mention(*m).type == EntityType::Person) has_person_before = true;
        }
        if (has_person_before) {
          segments.push_back({seg_start, k});
          seg_start = k + 1;
          seen = seg_start;
          has_person_before = false;
        }
      }
    }
    segments.push_back({seg_start, v.size()});

    // Shared participants: everything before the trigger in scope.
    std::set<std::size_t> shared;
    std::vector<std::set<std::size_t>> seg_parts(segments.size());
    std::vector<std::optional<std::size_t>> seg_location(segments.size());
    std::vector<std::size_t> seg_location_distance(segments.size(), SIZE_MAX);
    auto segment_of = [&](std::size_t k) -> int {
      if (k <= t) return -1;
      // Segments are in order and do not overlap: the last one starting at or before k.
      auto after = std::partition_point(segments.begin(), segments.end(),
                                        [&](const auto& segment) { return segment.first <= k; });
      if (after == segments.begin()) return -1;
      const auto& segment = *(after - 1);
      if (k >= segment.second) return -1;
      return static_cast<int>(after - 1 - segments.begin());
    };

    // "X kündigte an, sich mit Y zu treffen": the speaker is the subject of the meeting.
    bool own_plan = announced_infinitive;
    for (std::size_t m : v.mentions()) {
      const Mention& men = v.mention(m);
      std::size_t k = men.first_token;
      bool speaking_person = speakers.count(m) && men.type == EntityType::Person;
      if (!in_scope(k) || bracketed[k] || role_of.count(m) ||
          (speakers.count(m) && !(own_plan && speaking_person))) {
        continue;
      }
      int g = segment_of(k);
      auto& target = g < 0 ? shared : seg_parts[g];
      // "in Moskau", "in der Ukraine", "im russischen Kursk": the preposition may stand
      // before an article and adjectives.
      std::optional<std::size_t> preposition;
      for (std::size_t q = k; q > 0 && k - q < 4; --q) {
        if (IsPreposition(v.folded(q - 1))) {
          preposition = q - 1;
          break;
        }
        if (!(v.IsDeterminer(q - 1) || !v.upper(q - 1)) || v.IsPunct(q - 1)) break;
      }
      bool after_preposition = preposition.has_value();
      // What the talks are about or against is no party: "Gespräche über die Ukraine",
      // "Krieg gegen die Ukraine".
      bool topic = false;
      for (std::size_t q = k; q > 0 && k - q < 4; --q) {
        const std::string& w = v.folded(q - 1);
        if (w == "über" || w == "gegen" || w == "wegen" || w == "zur" || w == "um") {
          topic = true;
          break;
        }
        if (v.IsPunct(q - 1) || !(v.IsDeterminer(q - 1) || !v.upper(q - 1))) break;
      }
      if (topic && men.type != EntityType::Person) continue;
      if (men.kind == MentionKind::Name && (men.type == EntityType::Place ||
                                            (men.type == EntityType::Organization && after_preposition &&
                                             v.folded(*preposition) != "nach"))) {
        if (after_preposition || (k > 1 && v.word(k - 1) == "," && men.is_country)) {
          // A place after "in", "im", "nach": where it happens ("in Miami, USA" keeps Miami).
          std::size_t distance = k > t ? k - t : t - k;
          if (preposition && v.folded(*preposition) == "nach") distance += 5;
          if (men.is_country) distance += 10;
          std::size_t slot = g < 0 ? 0 : static_cast<std::size_t>(g);
          if (distance < seg_location_distance[slot]) {
            seg_location_distance[slot] = distance;
            seg_location[slot] = m;
          }
          continue;
        }
        if (men.type == EntityType::Place && !men.is_country) {
          const recognition::NamedThing* thing =
              lex_.FindName(recognition::Lexicons::PhraseKey({men.canonical}));
          if (thing && thing->is_capital && !thing->country.empty()) {
            // "zwischen Washington und Moskau": the capitals stand for their states.
            if (auto c = CountryMention(men, thing->country)) target.insert(*c);
          }
          continue;
        }
      }
      if (men.kind == MentionKind::Adjective || men.kind == MentionKind::CompoundPrefix) {
        // A state as a party only through a group acting for it: "russische Beamte",
        // "US-Delegation", "mit seinem russischen Amtskollegen".
        bool group = false;
        if (men.kind == MentionKind::CompoundPrefix) {
          group = IsGroupNoun(v.folded(k));
        } else {
          for (std::size_t q = k + 1; q < v.size() && q <= k + 4; ++q) {
            if (v.upper(q)) {
              group = IsGroupNoun(v.folded(q));
              break;
            }
          }
        }
        if (group) target.insert(m);
        continue;
      }
      target.insert(m);
    }
    // Pronoun subjects: "traf er sich mit Herrn Putin".
    for (std::size_t k = 0; k < v.size(); ++k) {
      const std::string& w = v.folded(k);
      if (!in_scope(k) || (w != "er" && w != "ihn" && w != "ihm")) continue;
      if (auto a = Antecedent(s, k); a && !speakers.count(*a)) {
        int g = segment_of(k);
        (g < 0 ? shared : seg_parts[g]).insert(*a);
      } else if (a) {
        int g = segment_of(k);
        (g < 0 ? shared : seg_parts[g]).insert(*a);
      }
    }

    // "wurde der Minister empfangen": a role noun with an article and no name stands for
    // the person the article gave that role.
    for (std::size_t k = 1; k < v.size(); ++k) {
      if (!role_lemma[k] || !in_scope(k)) continue;
      if (auto a = RoleHolder(s, *role_lemma[k])) {
        int g = segment_of(k);
        (g < 0 ? shared : seg_parts[g]).insert(*a);
      }
    }

    std::optional<TimeExpression> whole_time;
    for (std::size_t g = 0; g < segments.size(); ++g) {
      Draft seg = d;
      seg.participants = shared;
      seg.participants.insert(seg_parts[g].begin(), seg_parts[g].end());
      seg.location = seg_location[g] ? seg_location[g] : (segments.size() == 1 ? seg_location[0] : std::nullopt);
      if (!seg.location && seg_location_distance[0] != SIZE_MAX) seg.location = seg_location[0];
      std::size_t from = g == 0 ? 0 : segments[g].first;
      std::size_t to = segments[g].second;
      // Without a tense cue a weekday is read forwards (present tense tells scheduled events).
      bool past = seg.status == MeetingStatus::Held && seg.status_from_cues;
      seg.time = FindTimeExpression(v, from, to, t, facts_.article.date_published, past);
      if (seg.time && (!in_scope(seg.time->first))) seg.time.reset();
      if (segments.size() > 1 && !seg_parts[g].empty()) {
        drafts.push_back(std::move(seg));
      } else if (segments.size() == 1) {
        drafts.push_back(std::move(seg));
      }
    }
  }
  return drafts;
}

bool Compatible(const MeetingFact& a, const MeetingFact& b, const ArticleFacts& facts) {
  auto same_place = [&](std::optional<std::size_t> x, std::optional<std::size_t> y) {
    return !x || !y || facts.mentions[*x].canonical == facts.mentions[*y].canonical;
  };
  if (!same_place(a.location, b.location)) return false;
  if (!a.time_text.empty() && !b.time_text.empty() && a.time_text != b.time_text) return false;
  // Reports in different sentences of a past and a future meeting are different meetings;
  // two triggers of one sentence ("traf sich mit X, um zu sprechen") are one.
  auto done = [](MeetingStatus st) { return st == MeetingStatus::Held || st == MeetingStatus::Ongoing; };
  if (a.sentence != b.sentence && done(a.status) != done(b.status)) return false;
  // A "Gespräch" may be a call; a meeting in person or a visit is not.
  auto in_person = [](MeetingKind k) { return k == MeetingKind::Meeting || k == MeetingKind::Visit; };
  if ((a.kind == MeetingKind::Call && in_person(b.kind)) || (b.kind == MeetingKind::Call && in_person(a.kind))) {
    return false;
  }
  return true;
}

// What two mentions of one party share: a person's surname ("Merz" = "Friedrich Merz"),
// otherwise the canonical name.
std::string KeyOf(const ArticleFacts& facts, std::size_t m) {
  const Mention& men = facts.mentions[m];
  std::string key = text::FoldForMatch(men.canonical);
  if (men.type == EntityType::Person) {
    auto space = key.rfind(' ');
    if (space != std::string::npos) key = key.substr(space + 1);
    return "person:" + key;
  }
  return key;
}

// The meetings read so far, indexed by party key (KeyOf) and by place, so that a new report is
// compared only with the earlier meetings it could be merged into: those sharing a party with
// it and, for a report that refers back, those at its place or the latest one. Any other
// meeting is neither merged into nor ends the search, so leaving it out changes nothing.
class EarlierMeetings {
 public:
  // A report is compared with at most this many of them, the most recent first: far more than
  // a news article reports, and a bound on the work per report in an archive-sized input.
  static constexpr std::size_t kMaxCompared = 500;

  std::size_t KeyId(const std::string& key) {
    auto [it, added] = key_ids_.emplace(key, by_key_.size());
    if (added) by_key_.emplace_back();
    return it->second;
  }
  void Add(std::size_t meeting, const std::vector<std::size_t>& keys, const std::string* place) {
    keys_of_.resize(meeting + 1);
    for (std::size_t key : keys) AddKey(meeting, key);
    if (place) SetPlace(meeting, *place);
  }
  void AddKey(std::size_t meeting, std::size_t key) {
    if (keys_of_[meeting].insert(key).second) by_key_[key].push_back(meeting);
  }
  void SetPlace(std::size_t meeting, const std::string& place) { by_place_[place].push_back(meeting); }
  bool HasKey(std::size_t meeting, std::size_t key) const { return keys_of_[meeting].count(key) > 0; }
  std::size_t KeyCount(std::size_t meeting) const { return keys_of_[meeting].size(); }

  // Meetings sharing one of `keys`, at `place` (if given) and `latest` (if given): most recent
  // first, each once, at most kMaxCompared.
  std::vector<std::size_t> Candidates(const std::vector<std::size_t>& keys, const std::string* place,
                                      std::optional<std::size_t> latest) const {
    std::vector<const std::vector<std::size_t>*> lists;
    for (std::size_t key : keys) lists.push_back(&by_key_[key]);
    if (place) {
      if (auto it = by_place_.find(*place); it != by_place_.end()) lists.push_back(&it->second);
    }
    std::vector<std::size_t> latest_list;
    if (latest) latest_list.push_back(*latest);
    lists.push_back(&latest_list);
    // Each list is ascending: merge them from their ends.
    std::vector<std::size_t> left;
    for (const auto* list : lists) left.push_back(list->size());
    std::vector<std::size_t> out;
    while (out.size() < kMaxCompared) {
      std::optional<std::size_t> best;
      for (std::size_t l = 0; l < lists.size(); ++l) {
        if (left[l] > 0 && (!best || (*lists[l])[left[l] - 1] > *best)) best = (*lists[l])[left[l] - 1];
      }
      if (!best) break;
      for (std::size_t l = 0; l < lists.size(); ++l) {
        if (left[l] > 0 && (*lists[l])[left[l] - 1] == *best) --left[l];
      }
      out.push_back(*best);
    }
    return out;
  }

 private:
  std::map<std::string, std::size_t> key_ids_;
  std::vector<std::vector<std::size_t>> by_key_;  // key id -> meetings, ascending
  std::map<std::string, std::vector<std::size_t>> by_place_;  // canonical -> meetings, ascending
  std::vector<std::set<std::size_t>> keys_of_;  // meeting -> key ids
};

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

}  // namespace

std::vector<MeetingFact> ExtractMeetings(ArticleFacts& facts, const recognition::Lexicons& lexicons) {
  std::vector<RoleFact> roles = ExtractRoles(facts, lexicons);
  std::optional<std::size_t> dateline = Dateline(facts);
  MeetingReader reader(facts, lexicons, roles);
  std::vector<MeetingFact> meetings;
  EarlierMeetings earlier_meetings;
  for (std::size_t s = 0; s < facts.article.sentences.size(); ++s) {
    for (Draft& d : reader.ReadSentence(s)) {
      if (d.negated) continue;
      // One party and a capital as the place: the host state is the other party
      // ("Eine US-Delegation reist zu Verhandlungen nach Moskau").
      std::set<std::string> keys;
      for (std::size_t p : d.participants) keys.insert(KeyOf(facts, p));
      if (keys.size() == 1 && d.location && d.kind != MeetingKind::Call) {
        const auto& loc = facts.mentions[*d.location];
        const auto* thing = lexicons.FindName(recognition::Lexicons::PhraseKey({loc.canonical}));
        if (thing && thing->is_capital && !thing->country.empty() && !keys.count(text::FoldForMatch(thing->country))) {
          recognition::Mention implied = loc;
          implied.kind = recognition::MentionKind::Adjective;
          implied.canonical = thing->country;
          implied.is_country = true;
          facts.mentions.push_back(implied);
          d.participants.insert(facts.mentions.size() - 1);
          keys.insert(text::FoldForMatch(thing->country));
        }
      }
      MeetingFact fact;
      // Participants that name the same thing twice ("Russland" and "russische") count once.
      std::set<std::string> seen;
      for (std::size_t p : d.participants) {
        if (seen.insert(KeyOf(facts, p)).second) fact.participants.push_back(p);
      }
      fact.location = d.location;
      // Held in the place the report was filed from, unless the text says otherwise.
      if (!fact.location && dateline && facts.mentions[*dateline].sentence <= d.sentence &&
          (d.status == MeetingStatus::Held || d.status == MeetingStatus::Ongoing) &&
          d.kind != MeetingKind::Call && !d.time) {
        fact.location = dateline;
      }
      if (d.time) {
        fact.time_text = d.time->text;
        fact.date = d.time->date;
        // German news tells scheduled events in the present tense: without a cue, a date
        // after publication is a plan ("Scholz reist am Freitag nach Washington").
        const auto& published = facts.article.date_published;
        if (!d.status_from_cues && published && published->size() == 10 && fact.date.size() == 10) {
          fact.status = fact.date > *published ? MeetingStatus::Planned : MeetingStatus::Held;
          d.status = fact.status;
        }
      } else if (d.status == MeetingStatus::Ongoing && facts.article.date_published) {
        fact.date = *facts.article.date_published;
      }
      fact.status = d.status;
      fact.kind = d.kind;
      fact.sentence = d.sentence;

      // The same meeting reported again: merge into the earlier report.
      bool merged = false;
      std::vector<std::size_t> seen_ids;
      for (const std::string& key : seen) seen_ids.push_back(earlier_meetings.KeyId(key));
      const std::string* place =
          fact.location ? &facts.mentions[*fact.location].canonical : nullptr;
      std::optional<std::size_t> latest;
      if (d.definite && fact.participants.size() < 2 && !meetings.empty()) latest = meetings.size() - 1;
      for (std::size_t candidate :
           earlier_meetings.Candidates(seen_ids, d.definite ? place : nullptr, latest)) {
        MeetingFact* it = &meetings[candidate];
        std::size_t overlap = 0;
        for (std::size_t key : seen_ids) overlap += earlier_meetings.HasKey(candidate, key);
        const std::size_t earlier_keys = earlier_meetings.KeyCount(candidate);
        bool refers_back = d.definite && (fact.participants.size() < 2 ||
                                          (fact.location && it->location &&
                                           facts.mentions[*fact.location].canonical ==
                                               facts.mentions[*it->location].canonical) ||
                                          (overlap >= 2 && !it->location));
        // Two triggers of one sentence that share a party tell one meeting ("sich mit X zu
        // treffen, um über Y zu sprechen").
        bool same_sentence = it->sentence == fact.sentence && overlap >= 1;
        if ((overlap >= 2 && overlap + 1 >= std::min(seen.size(), earlier_keys)) || refers_back ||
            same_sentence) {
          if (!Compatible(*it, fact, facts)) {
            if (refers_back) break;
            continue;
          }
          for (std::size_t p : fact.participants) {
            const std::size_t key = earlier_meetings.KeyId(KeyOf(facts, p));
            if (earlier_meetings.HasKey(candidate, key)) continue;
            it->participants.push_back(p);
            earlier_meetings.AddKey(candidate, key);
          }
          if (!it->location && fact.location) {
            it->location = fact.location;
            earlier_meetings.SetPlace(candidate, facts.mentions[*fact.location].canonical);
          }
          if (it->time_text.empty()) {
            it->time_text = fact.time_text;
            if (it->date.empty()) it->date = fact.date;
          }
          merged = true;
          break;
        }
        if (refers_back) break;
      }
      if (!merged && fact.participants.size() >= 2) {
        earlier_meetings.Add(meetings.size(), seen_ids, place);
        meetings.push_back(std::move(fact));
      }
    }
  }
  return meetings;
}

}  // namespace newskg::extraction
