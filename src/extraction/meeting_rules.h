// Meeting rules: the small named steps the meeting extractor runs, in order. Sentence rules
// refine one trigger's draft from the sentence annotation; article rules finish the meetings
// of a whole article (dateline place, repeated reports). Each rule has a name, a one-line doc
// and an invented example sentence; RuleSwitches turns rules off one at a time (ablation).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_draft.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// What every rule tells about itself: the name that switches it off (RuleSwitches), a one-line
// doc and an invented example sentence. Meeting rules and role owner rules are rules.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view doc() const = 0;
  virtual std::string_view example() const = 0;
};

// A rule of kind `Kind` whose name, doc and example are given when it is made.
template <typename Kind>
class Named : public Kind {
 public:
  Named(std::string_view name, std::string_view doc, std::string_view example)
      : name_(name), doc_(doc), example_(example) {}
  std::string_view name() const override { return name_; }
  std::string_view doc() const override { return doc_; }
  std::string_view example() const override { return example_; }

 private:
  std::string_view name_, doc_, example_;
};

// Which rules are off (by name); everything else is on.
class RuleSwitches {
 public:
  RuleSwitches() = default;
  explicit RuleSwitches(std::set<std::string> off) : off_(std::move(off)) {}
  // Asked for every rule of every trigger: with no rule off (every build), without a look-up.
  bool on(std::string_view rule) const { return off_.empty() || off_.find(std::string(rule)) == off_.end(); }
  const std::set<std::string>& off() const { return off_; }

 private:
  std::set<std::string> off_;
};

// What rules look up across the whole article, gathered once per article, so that the work per
// trigger does not grow with the article's length.
struct ArticleIndex {
  // `roles` as ExtractRoles gives them: in sentence order.
  ArticleIndex(const ArticleFacts& facts, const std::vector<RoleFact>& roles,
               const recognition::Lexicons& lexicons);
  // Roles by the folded lemma of their head noun ("minister"), each list in role order.
  std::map<std::string, std::vector<std::size_t>> roles_by_head;
  // "Moskau - Der US-Sondergesandte ...": the places the reports were filed from, in text order
  // (wire shorts open each report with its own).
  std::vector<std::size_t> datelines;
  // The first place of the last dateline at or before sentence `sentence` ("Ulm/Kiew.": a
  // regional paper's home comes first), if any.
  std::optional<std::size_t> DatelineBefore(const ArticleFacts& facts, std::size_t sentence) const;
  // Per mention, a person's gender by the given name the article writes for them ('f', 'm'; 0
  // when unknown or no person); a surname alone takes its full name's.
  std::vector<char> gender;
};

// The two persons of the meeting told last (held, planned or denied), and in which sentence:
// whom a later "die beiden" means ("Ein Treffen mit X kam nicht zustande. Die beiden
// telefonierten.").
struct ToldPair {
  std::size_t sentence = 0;
  std::size_t first = 0, second = 0;  // mentions
};

// What a sentence rule reads.
struct SentenceContext {
  const ArticleFacts& facts;
  const std::vector<SentenceAnnotation>& sentences;
  const SentenceAnnotation& sentence;
  const std::vector<RoleFact>& roles;  // in sentence order
  const recognition::Lexicons& lexicons;
  const ArticleIndex& index;
  const std::optional<ToldPair>& told_pair;
  // The two parties, of any kind, of the meeting told last with exactly two: whom a later
  // "beide Seiten" means ("Verdi sprach mit der Ministerin. Beide Seiten wollen ...").
  const std::optional<ToldPair>& told_sides;
};

class SentenceRule : public Rule {
 public:
  virtual void Apply(const SentenceContext& context, MeetingDraft& draft) const = 0;
};

// What an article rule reads: the meeting it finishes, the draft it came from, and the
// meetings of the article so far.
struct ArticleContext {
  const ArticleFacts& facts;
  const std::vector<SentenceAnnotation>& sentences;
  const recognition::Lexicons& lexicons;
  const ArticleIndex& index;
};

// The meetings of an article so far: those kept, and those with one party yet, which a later
// sentence may complete ("X lud zu einem Gipfel. Teilnehmer waren Y und Z.").
// The kept meetings are also indexed by party key (PartyKey, or a state's folded name) and by
// place, so that a new report is compared only with the meetings it could be merged into:
// change kept meetings through Keep, AddKey and SetPlace.
struct MeetingLedger {
  std::vector<MeetingFact> kept;
  std::vector<MeetingFact> pending;
  // Meetings the article denies or rules out ("hat nicht stattgefunden"), and which kept ones
  // a denial withdrew: they still absorb later reports of themselves, but are not output.
  std::vector<MeetingFact> denied;
  std::vector<bool> withdrawn;  // parallel to kept

  // A report is compared with at most this many earlier meetings, the most recent first: far
  // more than a news article reports, and a bound on the work per report in a huge input.
  static constexpr std::size_t kMaxCompared = 500;

  void Keep(const ArticleFacts& facts, MeetingFact meeting);
  void AddKey(std::size_t kept_index, const std::string& key);
  void SetPlace(std::size_t kept_index, const std::string& place);

  // Keys are compared as numbers: the ids of those of `keys` a kept meeting has (no other key
  // is shared with one), and how many keys a kept meeting has.
  std::vector<std::size_t> KnownIds(const std::set<std::string>& keys) const;
  std::size_t KeyCount(std::size_t kept_index) const { return keys_of_[kept_index].size(); }

  struct Candidate {
    std::size_t index;    // into kept
    std::size_t overlap;  // how many of the key ids the meeting has
  };
  // Kept meetings with one of the key `ids` (distinct, from KnownIds), at `place` (if given)
  // and `latest` (if given): most recent first, each once, at most kMaxCompared.
  std::vector<Candidate> Candidates(const std::vector<std::size_t>& ids, const std::string* place,
                                    std::optional<std::size_t> latest) const;

 private:
  std::map<std::string, std::size_t> key_ids_;
  std::vector<std::set<std::size_t>> keys_of_;                // per kept meeting: key ids
  std::vector<std::vector<std::size_t>> by_key_;              // key id -> ascending kept indices
  std::map<std::string, std::vector<std::size_t>> by_place_;  // ascending kept indices
};

class ArticleRule : public Rule {
 public:
  // Finishes `meeting` (from `draft`) against the meetings so far; returns false when it has
  // been merged into one of them or is no meeting (it is then not kept itself).
  virtual bool Apply(const ArticleContext& context, const MeetingDraft& draft,
                     MeetingFact& meeting, MeetingLedger& ledger) const = 0;
  // Whether the rule also reads negated meetings (which are never kept); others see only the
  // meetings that may be.
  virtual bool ReadsNegated() const { return false; }
};

// The rules, in the order they run.
const std::vector<const SentenceRule*>& SentenceRules();
const std::vector<const ArticleRule*>& ArticleRules();

// What two mentions of one party share: a person's surname ("Merz" = "Friedrich Merz"),
// otherwise the folded canonical name.
std::string PartyKey(const ArticleFacts& facts, std::size_t mention);

// Whether sentence `si` opens a paragraph with place names only, joined by "/": the dateline of
// a regional paper ("Erfurt.", "Osnabrück/Kiew."), or the heading in capitals over one item of
// local news ("BAD TANNRIED" on a line of its own).
bool PlaceNamesLine(const ArticleFacts& facts, std::size_t si);

// One past the last place name that follows mention `first` joined to it by "/" ("Lissabon/
// Porto/Faro (dpa)": the mention after "Faro"); `first` + 1 when none does.
std::size_t PlacesJoinedBySlashEnd(const ArticleFacts& facts, std::size_t first);

// The last word of a mention's canonical name, as written ("Friedrich Merz": "Merz").
std::string_view LastNameWord(const recognition::Mention& mention);

// The preposition before token k, over an article and adjectives ("in der Ukraine", "im
// russischen Kursk"), if any.
std::optional<std::size_t> PrepositionBefore(const SentenceAnnotation& s, std::size_t k);

// "eine weitere Runde", "ein neues Treffen": the trigger at `trigger` is the next one of a
// meeting told before (not as a predicate: "Es war das zweite Treffen" describes the last).
bool NextMeeting(const SentenceAnnotation& s, std::size_t trigger);

// Whom the article is about: the first person its first `reach` sentences (the headline and the
// lead by default) name, or whom that person received ("X hat Präsidentin Y empfangen"); from
// sentence `from` on for an item of a wire digest.
std::optional<std::size_t> Protagonist(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                                       std::size_t reach = 2, std::size_t from = 0);

}  // namespace newskg::extraction
