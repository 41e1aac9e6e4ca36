// SentenceAnnotation: what the extraction rules read about one sentence, computed once: its
// tokens with folded forms and word classes, clauses, quotes and brackets, the mentions at
// each token, and the meeting triggers and speakers in it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extraction/facts.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// A word that reports a meeting: "traf", "Gespräch", "telefonierte".
struct Trigger {
  std::size_t token = 0;
  const recognition::MeetingTrigger* entry = nullptr;  // kind and part of speech
};

class SentenceAnnotation {
 public:
  // `mentions`: the sentence's mentions in mention order (see MentionsBySentence).
  SentenceAnnotation(const ArticleFacts& facts, std::size_t sentence,
                     const recognition::Lexicons& lexicons, std::vector<std::size_t> mentions);
  // Finds the sentence's mentions itself: linear in the article's mentions.
  SentenceAnnotation(const ArticleFacts& facts, std::size_t sentence,
                     const recognition::Lexicons& lexicons);

  std::size_t index() const { return index_; }
  std::size_t size() const { return words_.size(); }
  const std::string& word(std::size_t i) const { return words_[i]; }
  const std::string& folded(std::size_t i) const { return folded_[i]; }
  bool upper(std::size_t i) const { return upper_[i]; }
  bool IsDeterminer(std::size_t i) const { return determiner_[i]; }
  bool IsPunct(std::size_t i) const { return punct_[i]; }
  // Whether the sentence ends with a question mark.
  bool IsQuestion() const { return !words_.empty() && words_.back() == "?"; }
  // Whether the name at i is where someone came from ("war aus Linz angereist").
  bool IsOrigin(std::size_t i) const { return i > 0 && folded_[i - 1] == "aus"; }
  // A noun that introduces a place's name: "in der Hauptstadt Abuja", "im Landkreis Celle".
  bool IsPlaceNoun(std::size_t i) const;
  // The status a word at i cues ("geplant": "planned"; Lexicons::StatusCue), or nullptr.
  const std::string* StatusCue(std::size_t i) const;
  // Whether the word at i tells the past: a past marker ("gestern", "traf") or a reporting
  // verb in the past tense ("sagte", "teilten ... mit"), or a past form in "-ierte(n)".
  bool TellsThePast(std::size_t i) const;
  int clause(std::size_t i) const { return clause_[i]; }
  bool quoted(std::size_t i) const { return quoted_[i]; }
  bool bracketed(std::size_t i) const { return bracketed_[i]; }

  // Whether the separable particle "zusammen" follows the verb at t in its clause ("kamen ...
  // zusammen", "saßen ... zusammen"); "zusammen mit" is a preposition, no particle.
  bool ZusammenFollows(std::size_t t) const;
  // In an interview's answer, whether the verb at t tells someone coming to the one who answers:
  // "war im Mai hier in der Werkstatt", "kommt im Juli zu uns nach Ulm" (not "ich war hier").
  bool ComesToTheOneWhoAnswers(std::size_t t) const;

  // The one word in brackets right after a mention, folded ("Anna Kessler (SPD)": "spd"), or
  // nullptr: how news marks a politician's party.
  const std::string* BracketedAfter(const recognition::Mention& mention) const;

  // The Name mention covering / starting at token i (compound prefixes and adjectives aside).
  std::optional<std::size_t> NameAt(std::size_t i) const { return name_at_[i]; }
  std::optional<std::size_t> NameStartingAt(std::size_t i) const;
  // Every mention (of any kind) that covers token i.
  const std::vector<std::size_t>& MentionsIn(std::size_t i) const { return mentions_in_[i]; }
  // The sentence's mentions, in order.
  const std::vector<std::size_t>& mentions() const { return mentions_; }
  const recognition::Mention& mention(std::size_t m) const { return facts_->mentions[m]; }

  // Meeting triggers outside names and quotes, in order; at most kMaxTriggersPerSentence.
  const std::vector<Trigger>& triggers() const { return triggers_; }
  // Whether a trigger is a meeting noun ("das Treffen"), also a verb's noun ("das Treffen" of
  // "treffen", capitalised), rather than a verb; a participle opening the sentence is a verb
  // ("Getroffen habe ich ihn nie").
  bool IsNounTrigger(const Trigger& t) const {
    return t.entry->pos == "noun" || (upper_[t.token] && (t.token > 0 || !folded_[0].starts_with("ge")));
  }
  // Mentions next to a reporting word ("sagte Peskow", "laut Kreml"): sources, not parties.
  // Found when first asked: most sentences are never asked.
  const std::set<std::size_t>& speakers() const {
    if (!speakers_known_) FindSpeakers();
    return speakers_;
  }

  // A meeting noun in a time phrase ("vor dem Treffen mit X in Y", "nach seinem Telefonat"):
  // its trigger token, the preposition, and the token after its partners and place. Found
  // when first asked.
  struct TimePhrase {
    std::size_t trigger, from, to;
  };
  const std::vector<TimePhrase>& time_phrases() const {
    if (!time_phrases_known_) FindTimePhrases();
    return time_phrases_;
  }

  // In an interview: the person whose answer this sentence is part of (the paragraph begins
  // "Stubb: ..."), and for a question, the person who answers it. Who "ich" and "Sie" are.
  std::optional<std::size_t> answered_by() const { return answered_by_; }
  std::optional<std::size_t> addressee() const { return addressee_; }

 private:
  void FindSpeakers() const;
  void FindTimePhrases() const;
  void UnquoteNames();

  const ArticleFacts* facts_;
  std::size_t index_;
  std::vector<std::string> words_, folded_;
  const recognition::Lexicons* lexicons_;
  std::vector<bool> upper_, determiner_, punct_, quoted_, bracketed_;
  // Looked up when a rule first asks: few tokens are ever asked, and a look-up is dear.
  struct Lookups {
    const std::string* status_cue = nullptr;
    signed char place_noun = -1;  // -1: not looked up yet
    signed char past = -1;        // -1: not looked up yet
    bool status_cue_known = false;
  };
  mutable std::vector<Lookups> lookups_;
  std::vector<int> clause_;
  std::vector<std::optional<std::size_t>> name_at_;
  std::vector<std::vector<std::size_t>> mentions_in_;
  std::vector<std::size_t> mentions_;
  std::vector<Trigger> triggers_;
  mutable std::set<std::size_t> speakers_;
  mutable bool speakers_known_ = false;
  mutable std::vector<TimePhrase> time_phrases_;
  mutable bool time_phrases_known_ = false;
  std::optional<std::size_t> answered_by_, addressee_;
  bool paragraph_start_ = false;

  friend std::vector<SentenceAnnotation> AnnotateSentences(const ArticleFacts&,
                                                           const recognition::Lexicons&);
  // An interview without "Name:" before its answers, whose questions address "Herr X" or
  // "Frau X": X answers every paragraph after the first question that is no question.
  friend void AttributeUnlabelledInterview(std::vector<SentenceAnnotation>& sentences, std::optional<std::size_t> known);
};

// Meeting words read per sentence: a news sentence has one to three; a "sentence" of hundreds
// of them is not news, and reading each against the whole sentence would cost their square.
inline constexpr std::size_t kMaxTriggersPerSentence = 16;

// The mentions of each sentence of facts.article, in mention order: built once per article, so
// that annotating a sentence need not scan all of the article's mentions.
std::vector<std::vector<std::size_t>> MentionsBySentence(const ArticleFacts& facts);

// One annotation per sentence of the article.
std::vector<SentenceAnnotation> AnnotateSentences(const ArticleFacts& facts,
                                                  const recognition::Lexicons& lexicons);

}  // namespace newskg::extraction
