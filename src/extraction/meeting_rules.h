// Meeting rules: the small named steps the meeting extractor runs, in order. Sentence rules
// refine one trigger's draft from the sentence annotation; article rules finish the meetings
// of a whole article (dateline place, repeated reports). Each rule has a name, a one-line doc
// and an invented example sentence; RuleSwitches turns rules off one at a time (ablation).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_draft.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// Which rules are off (by name); everything else is on.
class RuleSwitches {
 public:
  RuleSwitches() = default;
  explicit RuleSwitches(std::set<std::string> off) : off_(std::move(off)) {}
  bool on(std::string_view rule) const { return off_.find(std::string(rule)) == off_.end(); }
  const std::set<std::string>& off() const { return off_; }

 private:
  std::set<std::string> off_;
};

// What a sentence rule reads.
struct SentenceContext {
  const ArticleFacts& facts;
  const std::vector<SentenceAnnotation>& sentences;
  const SentenceAnnotation& sentence;
  const std::vector<RoleFact>& roles;
  const recognition::Lexicons& lexicons;
};

class SentenceRule {
 public:
  virtual ~SentenceRule() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view doc() const = 0;
  virtual std::string_view example() const = 0;
  virtual void Apply(const SentenceContext& context, MeetingDraft& draft) const = 0;
};

// What an article rule reads: the meeting it finishes, the draft it came from, and the
// meetings of the article so far.
struct ArticleContext {
  const ArticleFacts& facts;
  const std::vector<SentenceAnnotation>& sentences;
  const recognition::Lexicons& lexicons;
};

// The meetings of an article so far: those kept, and those with one party yet, which a later
// sentence may complete ("X lud zu einem Gipfel. Teilnehmer waren Y und Z.").
struct MeetingLedger {
  std::vector<MeetingFact> kept;
  std::vector<MeetingFact> pending;
};

class ArticleRule {
 public:
  virtual ~ArticleRule() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view doc() const = 0;
  virtual std::string_view example() const = 0;
  // Finishes `meeting` (from `draft`) against the meetings so far; returns false when it has
  // been merged into one of them (it is then not kept itself).
  virtual bool Apply(const ArticleContext& context, const MeetingDraft& draft,
                     MeetingFact& meeting, MeetingLedger& ledger) const = 0;
};

// The rules, in the order they run.
const std::vector<const SentenceRule*>& SentenceRules();
const std::vector<const ArticleRule*>& ArticleRules();

// What two mentions of one party share: a person's surname ("Merz" = "Friedrich Merz"),
// otherwise the folded canonical name.
std::string PartyKey(const ArticleFacts& facts, std::size_t mention);

}  // namespace newskg::extraction
