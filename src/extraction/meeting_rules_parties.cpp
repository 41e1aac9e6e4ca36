// Sentence rules about who takes part and where: segments of one sentence, which mentions are
// parties, which one is the place, who a pronoun or a role noun stands for, and when.
#include <algorithm>

#include "extraction/cue_words.h"
#include "extraction/meeting_rules_all.h"
#include "text/utf8.h"

namespace newskg::extraction::rules {
namespace {

using recognition::EntityType;
using recognition::Mention;
using recognition::MentionKind;
using Fate = Candidate::Fate;

template <typename Decide>
void ForOpen(MeetingDraft& d, Decide decide) {
  for (Candidate& c : d.candidates) {
    if (c.fate == Fate::Open) decide(c);
  }
}

// The preposition before mention m's first token, over an article and adjectives ("in der
// Ukraine", "im russischen Kursk"), if any.
std::optional<std::size_t> PrepositionBefore(const SentenceAnnotation& s, std::size_t k) {
  for (std::size_t q = k; q > 0 && k - q < 4; --q) {
    if (IsPreposition(s.folded(q - 1))) return q - 1;
    if (!(s.IsDeterminer(q - 1) || !s.upper(q - 1)) || s.IsPunct(q - 1)) break;
  }
  return std::nullopt;
}

// The first person named before `token` in this sentence, else in up to three sentences before.
std::optional<std::size_t> Antecedent(const SentenceContext& c, std::size_t token) {
  auto first_person = [&](const SentenceAnnotation& s, std::size_t before) -> std::optional<std::size_t> {
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.type == EntityType::Person && men.kind == MentionKind::Name && men.first_token < before) {
        return m;
      }
    }
    return std::nullopt;
  };
  const std::size_t here = c.sentence.index();
  if (auto m = first_person(c.sentence, token)) return m;
  for (std::size_t s = here; s-- > 0 && s + 3 >= here;) {
    if (auto m = first_person(c.sentences[s], SIZE_MAX)) return m;
  }
  return std::nullopt;
}

// The most recent person before this sentence whose role has the head noun `lemma`, or a
// compound with it ("Innenminister" for "der Minister"). Roles are in sentence order and each
// holder is named in its role's sentence, so it is the last such role before the sentence.
std::optional<std::size_t> RoleHolder(const SentenceContext& c, const std::string& lemma) {
  const std::string named = text::FoldForMatch(lemma);
  std::optional<std::size_t> latest;  // index into c.roles
  for (const auto& [held, roles] : c.index.roles_by_head) {
    if (held != named && !(held.size() > named.size() && held.ends_with(named))) continue;
    const auto before = std::partition_point(roles.begin(), roles.end(), [&](std::size_t r) {
      return c.roles[r].sentence < c.sentence.index();
    });
    if (before != roles.begin() && (!latest || *(before - 1) > *latest)) latest = *(before - 1);
  }
  if (!latest) return std::nullopt;
  return c.roles[*latest].person;
}

}  // namespace

void CoordinatedAdverbialsSplit::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (d.noun) return;
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  std::size_t start = t + 1;
  bool person_before = false;  // a person named in [start, seen)
  std::size_t seen = start;
  for (std::size_t k = t + 1; k + 1 < s.size(); ++k) {
    if (s.folded(k) != "und" || !IsPreposition(s.folded(k + 1))) continue;
    for (; seen < k; ++seen) {
      if (auto m = s.NameAt(seen); m && s.mention(*m).type == EntityType::Person) person_before = true;
    }
    if (person_before) {
      segments.push_back({start, k});
      start = k + 1;
      seen = start;
      person_before = false;
    }
  }
  segments.push_back({start, s.size()});
  d.segments = std::move(segments);
  for (Candidate& candidate : d.candidates) {
    candidate.segment = d.SegmentOf(s.mention(candidate.mention).first_token);
  }
}

void BracketsExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  ForOpen(d, [&](Candidate& x) {
    if (c.sentence.bracketed(c.sentence.mention(x.mention).first_token)) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
    }
  });
}

void RoleOwnersExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  // The roles read in this sentence (roles are in sentence order).
  const std::size_t here = c.sentence.index();
  const auto first = std::partition_point(c.roles.begin(), c.roles.end(),
                                          [&](const RoleFact& r) { return r.sentence < here; });
  const auto last = std::partition_point(first, c.roles.end(),
                                         [&](const RoleFact& r) { return r.sentence == here; });
  ForOpen(d, [&](Candidate& x) {
    for (auto r = first; r != last; ++r) {
      if (r->of == x.mention) {
        x.fate = Fate::Excluded;
        x.decided_by = name();
        return;
      }
    }
  });
}

void SpeakersExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  ForOpen(d, [&](Candidate& x) {
    if (!c.sentence.speakers().count(x.mention)) return;
    // "X kündigte an, sich mit Y zu treffen": the speaker is the subject of the meeting.
    if (d.announced_infinitive && c.sentence.mention(x.mention).type == EntityType::Person) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void TopicsExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person) return;
    for (std::size_t q = men.first_token; q > 0 && men.first_token - q < 4; --q) {
      const std::string& w = s.folded(q - 1);
      if (w == "über" || w == "gegen" || w == "wegen" || w == "zur" || w == "um") {
        x.fate = Fate::Excluded;
        x.decided_by = name();
        return;
      }
      if (s.IsPunct(q - 1) || !(s.IsDeterminer(q - 1) || !s.upper(q - 1))) return;
    }
  });
}

void PlaceAfterPreposition::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.kind != MentionKind::Name) return;
    const std::size_t k = men.first_token;
    const auto preposition = PrepositionBefore(s, k);
    const bool place_like =
        men.type == EntityType::Place ||
        (men.type == EntityType::Organization && preposition && s.folded(*preposition) != "nach");
    if (!place_like) return;
    // "in Moskau", "im Kreml"; a country after a comma names where ("in Miami, USA").
    if (!preposition && !(k > 1 && s.word(k - 1) == "," && men.is_country)) return;
    std::size_t distance = k > t ? k - t : t - k;
    if (preposition && s.folded(*preposition) == "nach") distance += 5;
    if (men.is_country) distance += 10;
    x.fate = Fate::Place;
    x.place_distance = distance;
    x.decided_by = name();
  });
}

void CapitalStandsForState::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  // Beside a person a capital is where the meeting is, or where someone comes from.
  for (const Candidate& x : d.candidates) {
    if (x.fate != Fate::Excluded && s.mention(x.mention).type == EntityType::Person) return;
  }
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.kind != MentionKind::Name || men.type != EntityType::Place || men.is_country) return;
    const recognition::NamedThing* thing =
        c.lexicons.FindName(recognition::Lexicons::PhraseKey({men.canonical}));
    if (!thing || !thing->is_capital || thing->country.empty()) return;
    d.implied_states.emplace_back(x.segment, thing->country);
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void CitiesAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = c.sentence.mention(x.mention);
    if (men.kind == MentionKind::Name && men.type == EntityType::Place && !men.is_country) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
    }
  });
}

void AdjectivesNeedGroupNoun::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.kind != MentionKind::Adjective && men.kind != MentionKind::CompoundPrefix) return;
    const std::size_t k = men.first_token;
    bool group = false;
    if (men.kind == MentionKind::CompoundPrefix) {
      group = IsGroupNoun(s.folded(k));
    } else {
      for (std::size_t q = k + 1; q < s.size() && q <= k + 4; ++q) {
        if (s.upper(q)) {
          group = IsGroupNoun(s.folded(q));
          break;
        }
      }
    }
    x.fate = group ? Fate::Party : Fate::Excluded;
    x.decided_by = name();
  });
}

void PronounSubjects::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (!d.InScope(s, k) || (w != "er" && w != "ihn" && w != "ihm")) continue;
    if (auto a = Antecedent(c, k)) d.added_parties.emplace_back(d.SegmentOf(k), *a);
  }
}

void RoleNounStandsForHolder::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (!d.InScope(s, k) || !s.upper(k) || s.NameAt(k) || !s.IsDeterminer(k - 1)) continue;
    if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "der Minister Hans X"
    auto role = c.lexicons.MatchRole(s.word(k));
    if (!role) continue;
    if (auto holder = RoleHolder(c, role->noun->lemma)) {
      d.added_parties.emplace_back(d.SegmentOf(k), *holder);
    }
  }
}

void NearestTimeExpression::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  d.times.assign(d.segments.size(), std::nullopt);
  for (std::size_t g = 0; g < d.segments.size(); ++g) {
    const std::size_t from = g == 0 ? 0 : d.segments[g].first;
    const std::size_t to = d.segments[g].second;
    // Without a tense cue a weekday is read forwards (present tense tells scheduled events).
    d.DecideStatus();
    const bool past = d.status == MeetingStatus::Held && d.status_from_cues;
    auto time = FindTimeExpression(s, from, to, d.trigger.token, c.facts.article.date_published, past);
    if (time && !d.InScope(s, time->first)) time.reset();
    d.times[g] = std::move(time);
  }
}

}  // namespace newskg::extraction::rules
