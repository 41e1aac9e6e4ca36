// MeetingDraft: one meeting trigger of a sentence while the meeting rules read it: what the
// trigger says, the status evidence found around it, and every mention of its clause as a
// candidate party or place until a rule decides what it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extraction/facts.h"
#include "extraction/sentence_annotation.h"
#include "extraction/time_expression.h"

namespace newskg::extraction {

// A mention the draft may take in: as a party, as the place, or not at all.
struct Candidate {
  enum class Fate { Open, Party, Place, Excluded };
  std::size_t mention = 0;
  int segment = -1;  // -1: before the trigger, shared by every segment
  Fate fate = Fate::Open;
  std::size_t place_distance = 0;   // Place: how far from the trigger (smaller wins)
  std::string_view decided_by;      // the rule that decided, for explanations
};

struct MeetingDraft {
  Trigger trigger;
  MeetingKind kind = MeetingKind::Meeting;
  bool noun = false;      // "das Treffen" rather than "traf"
  bool join = false;      // "nahmen teil", "Teilnehmer": joins a meeting already told
  bool dropped = false;   // a rule found it is no meeting trigger here
  bool definite = false;  // "die Gespräche": refers back to a meeting already reported
  bool after_told = false;  // "nach dem Treffen": after a meeting already reported
  // "An dem Treffen nahmen auch X und Y teil": who takes part in the meeting told before.
  bool takes_part_in = false;
  bool also_at_told = false;  // "Bei dem Besuch kam sie auch mit X zusammen": X joins the visit told
  bool negated = false;
  bool named_between = false;  // "Gespräche zwischen A und B": no party before the trigger
  // The sentence tells a meeting in a time phrase ("vor dem Treffen mit X telefonierte er mit
  // Y"): its triggers tell different meetings even where they share a party.
  bool apart = false;
  // Told in the past perfect with "bereits", "zuvor" ("hatten sich bereits am Morgen
  // getroffen"): a meeting before those told already, not another report of one of them.
  bool earlier = false;
  // The tokens of the trigger's half of a sentence that a semicolon splits between meetings
  // ("hatte X getroffen; am Mittwoch besucht sie Y") or a main clause led by its time ends
  // ("..., am Donnerstag wird er erwartet"): all of it when nothing splits it.
  std::size_t half_begin = 0, half_end = SIZE_MAX;
  // "in getrennten Telefonaten mit A und B": one meeting with each party after the trigger.
  bool separate = false;
  bool time_phrase = false;  // the trigger is that noun ("nach dem Treffen")
  bool ruled_out = false;  // negated as an event: "hat nicht stattgefunden", "steht nicht zur Debatte"

  // Status evidence, then the status rules' verdict.
  bool considered = false, modal = false, past = false, planned_participle = false,
       ongoing = false, purpose = false, announced_infinitive = false,
       planned_in_past = false,  // "wollte ... treffen": its weekday lies behind the report
       scheduled = false,        // "für Freitag (eingeladen, angesetzt)": a time it is set for
       since = false;            // "verhandeln seit Mai": begun and going on
  MeetingStatus status = MeetingStatus::Held;
  bool status_from_cues = false;  // false: the status is only the default

  // Token ranges after the trigger that tell different meetings ("im November mit X in Moskau
  // und in Berlin mit Y"); one segment when the sentence tells one.
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  // With segments before the trigger ("X hatte mit A und mit B gesprochen"): the tokens before
  // this one (the subject) are every segment's; none when the segments follow the trigger.
  std::optional<std::size_t> shared_until;
  std::vector<Candidate> candidates;
  std::vector<std::pair<int, std::size_t>> added_parties;  // (segment, mention): pronouns, roles
  std::vector<std::pair<int, std::string>> implied_states;  // (segment, state)
  std::vector<std::size_t> officials;  // states standing for an official not named ("Polens Präsident")
  std::vector<std::optional<TimeExpression>> times;          // per segment

  // Whether token k belongs to what the trigger's clause says: the same clause or the main
  // clause, and quoted exactly when the trigger is (a quotation tells its own meetings).
  bool InScope(const SentenceAnnotation& s, std::size_t k) const {
    const int c = s.clause(trigger.token);
    return k >= half_begin && k < half_end && s.quoted(k) == s.quoted(trigger.token) &&
           (s.clause(k) == c || s.clause(k) == 0);
  }
  // Which segment token k is in (-1 before the trigger).
  int SegmentOf(std::size_t k) const;

  // The status the evidence gives: considered, else planned (modal, purpose, a planning
  // participle), else ongoing since a time, else held (past tense), else ongoing; held when
  // nothing says otherwise.
  void DecideStatus();
  // After DecideStatus: whether a weekday is read backwards from the report (a meeting held by
  // its cues, or a plan told in the past).
  bool DatesBackwards() const { return (status == MeetingStatus::Held && status_from_cues) || planned_in_past; }
};

}  // namespace newskg::extraction
