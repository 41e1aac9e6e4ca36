#include "extraction/sentence_annotation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "text/utf8.h"

namespace newskg::extraction {
namespace {

using recognition::EntityType;
using recognition::MentionKind;

bool IsDeterminerWord(std::string_view folded) {
  static constexpr std::string_view kDeterminers[] = {
      "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
      "sein", "seine", "seines", "seinem", "seinen", "seiner", "ihr", "ihre", "ihres", "ihrem",
      "ihren", "ihrer", "dessen", "deren", "dieser", "diese", "dieses", "diesem", "diesen"};
  // Every determiner is 3-6 letters and starts with d, e, s or i: most words are ruled out at once.
  if (folded.size() < 3 || folded.size() > 6) return false;
  const char first = folded[0];
  if (first != 'd' && first != 'e' && first != 's' && first != 'i') return false;
  for (auto d : kDeterminers) {
    if (folded == d) return true;
  }
  return false;
}

bool IsPunctuation(std::string_view word) {
  for (std::size_t k = 0; k < word.size();) {
    auto cp = text::DecodeAt(word, k);
    if (u_isalnum(cp.value)) return false;
    k += cp.length;
  }
  return true;
}

// The time preposition governing the meeting noun at t ("vor dem Treffen", "nach seinem
// Telefonat", "im Anschluss an das Gespräch"), if any: past the article and adjectives.
std::optional<std::size_t> TimePrepositionOf(const SentenceAnnotation& s, std::size_t t) {
  for (std::size_t q = t; q > 0 && t - q < 4; --q) {
    const std::string& w = s.folded(q - 1);
    if (w == "vor" || w == "nach" || w == "seit" || w == "während") return q - 1;
    if (w == "an" && q >= 2 && s.folded(q - 2) == "anschluss") return q - 2;
    if (s.IsPunct(q - 1) || (s.upper(q - 1) && !s.IsDeterminer(q - 1))) break;
  }
  return std::nullopt;
}

// Where the phrase of the meeting noun at t ends: its partners ("mit dem russischen
// Präsidenten X und Y", "von A mit B", "Trumps mit X", "bei X") and a place right after them
// ("in Moskau"). Each partner is an article, adjectives and at least one capitalised word.
std::size_t NounPhraseEnd(const SentenceAnnotation& s, std::size_t t) {
  const std::size_t n = s.size();
  auto is_trigger = [&](std::size_t k) {
    return std::any_of(s.triggers().begin(), s.triggers().end(), [&](const Trigger& x) { return x.token == k; });
  };
  // One partner from k: the token after it, or k when there is none.
  auto partner = [&](std::size_t k) {
    std::size_t q = k;
    while (q < n && s.IsDeterminer(q)) ++q;
    while (q < n && !s.upper(q) && !s.IsPunct(q) && q - k < 4 &&
           (s.folded(q).ends_with("e") || s.folded(q).ends_with("en") || s.folded(q).ends_with("em") ||
            s.folded(q).ends_with("er") || s.folded(q).ends_with("es"))) {
      ++q;
    }
    std::size_t r = q;
    while (r < n && s.upper(r) && !s.IsPunct(r) && !is_trigger(r)) ++r;
    return r > q ? r : k;
  };
  std::size_t e = partner(t + 1);  // "Treffen Trumps mit X": a genitive name right after
  bool partnered = false;          // "mit", "bei" or "zwischen" seen: one such phrase only
  while (e < n) {
    const std::string& w = s.folded(e);
    std::size_t next = e;
    if ((w == "mit" || w == "bei" || w == "beim" || w == "zwischen") && !partnered) {
      partnered = true;
      next = partner(w == "beim" ? e : e + 1);
      if (w == "beim" && next == e) next = partner(e + 1);
    } else if (w == "von" || w == "vom" || w == "des" || w == "der") {
      next = partner(w == "von" ? e + 1 : e);
    } else if (w == "und" || w == "sowie") {
      next = partner(e + 1);
    } else if (w == "in" || w == "im") {
      const auto place = s.NameStartingAt(e + 1);
      if (place && s.mention(*place).type == EntityType::Place) next = s.mention(*place).last_token;
    }
    if (next <= e + 1) break;
    e = next;
  }
  return e;
}

}  // namespace

SentenceAnnotation::SentenceAnnotation(const ArticleFacts& facts, std::size_t sentence,
                                       const recognition::Lexicons& lexicons)
    : SentenceAnnotation(facts, sentence, lexicons, [&] {
        std::vector<std::size_t> in_sentence;
        for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
          if (facts.mentions[m].sentence == sentence) in_sentence.push_back(m);
        }
        return in_sentence;
      }()) {}

SentenceAnnotation::SentenceAnnotation(const ArticleFacts& facts, std::size_t sentence,
                                       const recognition::Lexicons& lexicons,
                                       std::vector<std::size_t> mentions)
    : facts_(&facts), index_(sentence), lexicons_(&lexicons), mentions_(std::move(mentions)) {
  const auto& tokens = facts.article.sentences[sentence].tokens;
  const std::size_t n = tokens.size();
  words_.reserve(n);
  folded_.reserve(n);
  for (const auto& t : tokens) {
    words_.push_back(t.text);
    folded_.push_back(text::FoldForMatch(t.text));
    upper_.push_back(text::StartsUpper(t.text));
    determiner_.push_back(IsDeterminerWord(folded_.back()));
    punct_.push_back(IsPunctuation(t.text));
  }
  lookups_.assign(n, Lookups{});
  // Each word's trigger, looked up once: the clauses ask for some, the triggers for most.
  std::vector<const recognition::MeetingTrigger*> trigger_of(n, nullptr);
  std::vector<bool> looked_up(n, false);
  auto trigger_at = [&](std::size_t i) {
    if (!looked_up[i]) {
      looked_up[i] = true;
      trigger_of[i] = lexicons.FindTrigger(words_[i]);
    }
    return trigger_of[i];
  };
  clause_ = SplitClauses(words_, folded_, [&](std::size_t i) {
    if (!upper_[i]) return false;
    const recognition::MeetingTrigger* trigger = trigger_at(i);
    return trigger && trigger->pos.starts_with("noun");
  });
  quoted_ = QuotedTokens(words_);
  bracketed_ = BracketedTokens(words_);
  name_at_.assign(n, std::nullopt);
  mentions_in_.assign(n, {});
  for (std::size_t m : mentions_) {
    const recognition::Mention& men = facts.mentions[m];
    for (std::size_t i = men.first_token; i < men.last_token && i < n; ++i) {
      mentions_in_[i].push_back(m);
      if (men.kind == MentionKind::Name && !name_at_[i]) name_at_[i] = m;
    }
  }
  UnquoteNames();
  // A quotation is someone else's sentence, read for meetings only when its speaker tells one
  // of their own ("„Ich habe mich mit X getroffen“, sagte Y"): in the first person; or denies
  // "such a meeting" told before ("„Ein solches Treffen hat es nicht gegeben“, sagte Y").
  std::vector<bool> first_person_quote(n, false);
  for (std::size_t open = 0; open < n;) {
    if (!quoted_[open]) {
      ++open;
      continue;
    }
    std::size_t close = open;
    bool first_person = false, points_back = false, negated = false;
    for (; close < n && quoted_[close]; ++close) {
      const std::string& w = folded_[close];
      first_person = first_person || w == "ich" || w == "mich" || w == "mir" || w == "wir" || w == "uns";
      points_back = points_back || (close + 1 < n && upper_[close + 1] && w.starts_with("solch"));
      negated = negated || w == "nicht" || w == "nie" || w == "niemals";
    }
    first_person = first_person || (points_back && negated);
    for (std::size_t k = open; k < close; ++k) first_person_quote[k] = first_person;
    open = close;
  }
  // A form of "sein" is a meeting word only with "bei" or "hier" after it ("war in Bern bei X", in
  // an interview's answer "war X hier"; verb-needs-particle decides): the many others are not
  // asked about at all. Asked of few words: the bytes first.
  auto bei_after = [&](std::size_t i) {
    for (std::size_t k = i + 1; k < n; ++k) {
      const std::string& w = folded_[k];
      if ((w.size() == 3 || w.size() == 4) && w[0] == 'b' && w[1] == 'e' && w[2] == 'i' &&
          (w.size() == 3 || w[3] == 'm')) {
        return true;
      }
      if (w.size() >= 4 && w[0] == 'h' && w[1] == 'i' && (w == "hier" || w == "hierher")) return true;
    }
    return false;
  };
  // So is "führen" only with "durch" or "über" ("will sie durch das Werk führen", "führte ihn über
  // das Gelände"), not "Gespräche führen".
  auto durch_in_sentence = [&] {
    return std::any_of(folded_.begin(), folded_.end(),
                       [](const std::string& w) { return w == "durch" || w == "über"; });
  };
  // And "dabei" only as who was there too: "Mit dabei waren X und Y", "Ebenfalls dabei war X",
  // "Dabei waren auch X"; not "Dabei geht es um Geld", "erläuterte ihm dabei".
  auto there_too = [&](std::size_t i) {
    const bool with = i > 0 && (folded_[i - 1] == "mit" || folded_[i - 1] == "ebenfalls");
    const bool also = i + 2 < n && (folded_[i + 1] == "war" || folded_[i + 1] == "waren" || folded_[i + 1] == "ist" ||
                                    folded_[i + 1] == "sind") && folded_[i + 2] == "auch";
    return with || also;
  };
  // And "zeigen" only as showing a guest around, whom it names by "dem Gast" or a pronoun right
  // after it: "X zeigte dem Gast die Halle", "will ihm dort das Labor zeigen" (the visitor told
  // before); not "zeigte sich zufrieden".
  auto shown_a_guest = [&](std::size_t i) {
    auto guest = [&](std::size_t k) {
      const std::string& w = folded_[k];
      return w == "ihm" || w == "ihr" || w == "ihnen" ||
             (k + 1 < n && (w == "dem" || w == "den") && (folded_[k + 1] == "gast" || folded_[k + 1] == "gästen"));
    };
    if (i + 1 < n && guest(i + 1)) return true;
    for (std::size_t k = i; k-- > 0 && k + 7 > i && !punct_[k];) {
      if (guest(k)) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (name_at_[i] || (quoted_[i] && !first_person_quote[i])) continue;
    const auto* entry = trigger_at(i);
    if (!entry || (entry->pos.size() == 8 && entry->pos == "sein-bei" && !bei_after(i))) continue;
    if (entry->pos == "verb-durch" && !durch_in_sentence()) continue;
    if (entry->pos == "join-dabei" && !there_too(i)) continue;
    if (entry->pos == "join-gast" && !shown_a_guest(i)) continue;
    triggers_.push_back({i, entry});
    if (triggers_.size() == kMaxTriggersPerSentence) break;
  }
}

bool SentenceAnnotation::IsPlaceNoun(std::size_t i) const {
  Lookups& l = lookups_[i];
  if (l.place_noun < 0) l.place_noun = upper_[i] && lexicons_->IsFoldedPlaceNoun(folded_[i]);
  return l.place_noun == 1;
}

bool SentenceAnnotation::TellsThePast(std::size_t i) const {
  Lookups& l = lookups_[i];
  if (l.past < 0) {
    const std::string& w = folded_[i];
    const bool past_report = IsReportingWord(w) && (w.ends_with("te") || w.ends_with("ten"));
    // "absolvierte", "koordinierten": a weak verb in "-ieren" in the past tense; after an
    // article it is an adjective ("die informierten Kreise").
    const bool past_ieren = !upper_[i] && w.size() >= 8 && (w.ends_with("ierte") || w.ends_with("ierten")) &&
                            !(i > 0 && determiner_[i - 1]);
    // "Anschließend besucht er die Firma": "besucht" as the finite verb before its object is the
    // present; only the participle closing its clause ("hat die Firma besucht") tells the past.
    const bool present = w == "besucht" && i + 1 < size() && !punct_[i + 1] && clause_[i + 1] == clause_[i];
    l.past = (IsPastMarker(w) && !present) || past_report || past_ieren;
  }
  return l.past == 1;
}

const std::string* SentenceAnnotation::StatusCue(std::size_t i) const {
  Lookups& l = lookups_[i];
  if (!l.status_cue_known) {
    l.status_cue = lexicons_->StatusCue(words_[i]);
    l.status_cue_known = true;
  }
  return l.status_cue;
}

void SentenceAnnotation::UnquoteNames() {
  // A quotation that is only a name ("der Initiative „Lebenswertes Scheuen“") names a party;
  // it is not someone's words.
  for (std::size_t open = 0; open < size(); ++open) {
    if (!quoted_[open] || (open > 0 && quoted_[open - 1])) continue;
    std::size_t close = open;
    while (close + 1 < size() && quoted_[close + 1]) ++close;
    if (close <= open + 1) continue;
    const auto m = name_at_[open + 1];
    if (m && facts_->mentions[*m].first_token == open + 1 &&
        facts_->mentions[*m].last_token == close) {
      for (std::size_t k = open; k <= close; ++k) quoted_[k] = false;
    }
  }
}

bool SentenceAnnotation::ZusammenFollows(std::size_t t) const {
  // Over a clause inside it: "saßen X und Y, der den Hof führt, mit Z zusammen".
  for (std::size_t k = t + 1; k < size(); ++k) {
    if (clause_[k] != clause_[t]) continue;
    if (folded_[k] == "zusammen" && !(k + 1 < size() && folded_[k + 1] == "mit")) return true;
  }
  return false;
}

bool SentenceAnnotation::ComesToTheOneWhoAnswers(std::size_t t) const {
  if (!answered_by_) return false;
  bool here = false;
  for (std::size_t k = 0; k < size(); ++k) {
    if (clause_[k] != clause_[t]) continue;
    const std::string& w = folded_[k];
    if (w == "ich" || w == "wir") return false;  // the one who answers came, or went
    here = here || (k > t && (w == "hier" || w == "hierher" ||
                              ((w == "mir" || w == "uns") && folded_[k - 1] == "zu")));
  }
  return here;
}

std::optional<std::size_t> SentenceAnnotation::NameStartingAt(std::size_t i) const {
  const auto m = name_at_[i];
  if (m && facts_->mentions[*m].first_token == i) return m;
  return std::nullopt;
}

void SentenceAnnotation::FindTimePhrases() const {
  time_phrases_known_ = true;
  for (const Trigger& t : triggers_) {
    if (!IsNounTrigger(t)) continue;
    if (const auto from = TimePrepositionOf(*this, t.token)) {
      time_phrases_.push_back({t.token, *from, NounPhraseEnd(*this, t.token)});
    }
  }
}

void SentenceAnnotation::FindSpeakers() const {
  speakers_known_ = true;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!IsReportingWord(folded_[i])) continue;
    // "gab ... bekannt" reports; "es gab Gespräche" tells that they took place.
    const bool es_gab = (i + 1 < size() && folded_[i + 1] == "es") || (i > 0 && folded_[i - 1] == "es");
    if (folded_[i] == "gab" && es_gab) continue;
    // "meldete sich telefonisch bei X" gets in touch; "meldete sich zu Wort" speaks.
    if (folded_[i].starts_with("meldet") && i + 1 < size() && folded_[i + 1] == "sich") {
      bool to_word = false;
      for (std::size_t k = i + 2; k < size() && clause_[k] == clause_[i] && !to_word; ++k) to_word = folded_[k] == "wort";
      if (!to_word) continue;
    }
    // "sagte ein Gespräch mit X zu": promised, no report (the particle closes the clause).
    if (folded_[i].starts_with("sagt")) {
      std::size_t end = i;
      while (end + 1 < size() && clause_[end + 1] == clause_[i] && !IsPunct(end + 1)) ++end;
      if (end > i + 1 && folded_[end] == "zu") continue;
    }
    // After: "sagte Herr Peskow", "laut Kreml", "nach Angaben des Weißen Hauses"; not past
    // another preposition ("hat nach eigenen Angaben mit X telefoniert": X is a party), nor
    // after "zufolge", whose source stands before it ("Diplomaten zufolge wollen X und Y").
    // "hieß es aus dem Ministerium", "hieß es in Regierungskreisen": the preposition names the
    // source.
    const bool hiess_es = folded_[i] == "hiess" && i + 1 < size() && folded_[i + 1] == "es";
    for (std::size_t k = i + 1; k < size() && k <= i + 5 && folded_[i] != "zufolge"; ++k) {
      if (auto m = NameAt(k)) {
        speakers_.insert(*m);
        break;
      }
      // "nach Angaben der polnischen Delegation": a state's adjective before the source's noun.
      if (!upper_[k] && !MentionsIn(k).empty() && mention(MentionsIn(k).front()).kind == recognition::MentionKind::Adjective) {
        speakers_.insert(MentionsIn(k).front());
        break;
      }
      if (IsPunct(k) ? !IsQuoteMark(word(k)) : (!upper_[k] && IsAnyPreposition(folded_[k]) && !hiess_es)) break;
      // "nach Angaben des Ministeriums Abgesandte des Bündnisses X": an unnamed source's noun
      // ends the source; an office goes on to whose it is ("laut dem Sprecher des Kremls").
      if (k > i + 1 && upper_[k] && IsDeterminer(k - 1) && !lexicons_->MatchRole(words_[k])) break;
    }
    // Before: "Peskow sagte", "US-Medienberichten zufolge", "Politico berichtete".
    if (i > 0) {
      std::size_t k = i - 1;
      // "Michał Kubiak, teilte mit": an apposition's comma may stand before the verb. Only
      // a name right before it speaks; a place there is where something happened.
      if (word(k) == "," && k > 0) --k;
      // "im Kanzleramt sagte X": a name where something happened is no subject.
      auto after_preposition = [&](std::size_t m) {
        std::size_t first = mention(m).first_token;
        if (first > 0 && IsDeterminer(first - 1)) --first;
        if (first == 0 || upper_[first - 1]) return false;
        const std::string& w = folded_[first - 1];
        return w == "im" || w == "in" || w == "am" || w == "auf";
      };
      if (auto m = NameAt(k); m && mention(*m).type != EntityType::Place && !after_preposition(*m)) {
        speakers_.insert(*m);
      } else if (!m) {
        for (std::size_t in : MentionsIn(k)) speakers_.insert(in);  // "US-Medienberichten zufolge"
      }
    }
    // ", wie Sprecher X am Morgen mitteilte": the one a "wie" clause names before its verb.
    for (std::size_t k = i; k-- > 0 && i - k < 10 && clause_[k] == clause_[i];) {
      if (folded_[k] != "wie") continue;
      for (std::size_t q = k + 1; q < i; ++q) {
        if (auto m = NameAt(q); m && mention(*m).type != EntityType::Place) {
          speakers_.insert(*m);
          break;
        }
      }
      break;
    }
  }
}

std::vector<std::vector<std::size_t>> MentionsBySentence(const ArticleFacts& facts) {
  std::vector<std::vector<std::size_t>> by_sentence(facts.article.sentences.size());
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    const std::size_t sentence = facts.mentions[m].sentence;
    if (sentence < by_sentence.size()) by_sentence[sentence].push_back(m);
  }
  return by_sentence;
}

// Who answers and who is asked in the paragraphs of an interview that no name labels: the
// person the questions address ("Herr Brandau, ...?"), or `known`, the one labelled elsewhere.
void AttributeUnlabelledInterview(std::vector<SentenceAnnotation>& out, std::optional<std::size_t> known);

std::vector<SentenceAnnotation> AnnotateSentences(const ArticleFacts& facts,
                                                  const recognition::Lexicons& lexicons) {
  std::vector<std::vector<std::size_t>> by_sentence = MentionsBySentence(facts);
  std::vector<SentenceAnnotation> out;
  const auto& article = facts.article;
  out.reserve(article.sentences.size());
  for (std::size_t s = 0; s < article.sentences.size(); ++s) {
    out.emplace_back(facts, s, lexicons, std::move(by_sentence[s]));
    out.back().paragraph_start_ = article.OpensParagraph(article.sentences[s]);
  }
  // Interviews: a paragraph that opens with a person's name and a colon is that person's
  // answer; a paragraph without one that ends in a question is put to the next who answers.
  std::vector<std::optional<std::size_t>> label(out.size());
  std::optional<std::size_t> current;
  for (std::size_t s = 0; s < out.size(); ++s) {
    SentenceAnnotation& a = out[s];
    if (a.paragraph_start_) {
      current.reset();
      const auto m = a.size() > 1 ? a.NameStartingAt(0) : std::nullopt;
      if (m && a.mention(*m).type == EntityType::Person && a.mention(*m).last_token < a.size() &&
          a.word(a.mention(*m).last_token) == ":") {
        current = m;
      }
    }
    label[s] = current;
    a.answered_by_ = current;
  }
  // A question paragraph's every sentence speaks to the next who answers ("Sie haben am
  // Montag mit X telefoniert. Wie war es?").
  std::optional<std::size_t> next_answer;
  bool question_paragraph = false;
  std::size_t paragraph_end = out.size();
  for (std::size_t s = out.size(); s-- > 0;) {
    if (label[s]) next_answer = label[s];
    const bool question = out[s].IsQuestion();
    question_paragraph = question_paragraph || (!label[s] && question);
    if (out[s].paragraph_start_) {
      for (std::size_t q = s; q < paragraph_end && question_paragraph; ++q) {
        out[q].addressee_ = next_answer;
      }
      question_paragraph = false;
      paragraph_end = s;
    }
  }
  // Some interviews label only the first answer ("Anna Kessler: ..."), then leave the name out:
  // one person labelled throughout is the interviewee of the unlabelled answers too.
  std::optional<std::size_t> labelled;
  for (std::size_t s = 0; s < out.size(); ++s) {
    if (!label[s]) continue;
    if (labelled && out[s].mention(*label[s]).canonical != out[*labelled].mention(*label[*labelled]).canonical) {
      return out;
    }
    if (!labelled) labelled = s;
  }
  AttributeUnlabelledInterview(out, labelled ? label[*labelled] : std::nullopt);
  return out;
}

void AttributeUnlabelledInterview(std::vector<SentenceAnnotation>& out, std::optional<std::size_t> known) {
  // Paragraphs as [first, end) sentence ranges; a question paragraph ends with "?".
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
  for (std::size_t s = 0; s < out.size(); ++s) {
    if (out[s].paragraph_start_ || paragraphs.empty()) paragraphs.emplace_back(s, s);
    paragraphs.back().second = s + 1;
  }
  auto is_question = [&](const std::pair<std::size_t, std::size_t>& p) { return out[p.second - 1].IsQuestion(); };
  // "Herr Brandau, ...?": whom the questions address.
  std::optional<std::size_t> interviewee = known;
  std::size_t questions = 0, first_question = paragraphs.size();
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (!is_question(paragraphs[p])) continue;
    ++questions;
    first_question = std::min(first_question, p);
    for (std::size_t s = paragraphs[p].first; s < paragraphs[p].second && !interviewee; ++s) {
      const SentenceAnnotation& a = out[s];
      for (std::size_t k = 0; k + 1 < a.size(); ++k) {
        if (a.word(k) != "Herr" && a.word(k) != "Frau") continue;
        const auto m = a.NameStartingAt(k + 1);
        if (m && a.mention(*m).type == EntityType::Person) interviewee = m;
        break;
      }
    }
  }
  if (!interviewee || questions < 2) return;
  for (std::size_t p = first_question; p < paragraphs.size(); ++p) {
    const bool question = is_question(paragraphs[p]);
    for (std::size_t s = paragraphs[p].first; s < paragraphs[p].second; ++s) {
      if (out[s].answered_by_) continue;  // a labelled answer
      (question ? out[s].addressee_ : out[s].answered_by_) = interviewee;
    }
  }
}

const std::string* SentenceAnnotation::BracketedAfter(const recognition::Mention& mention) const {
  const std::size_t after = mention.last_token;
  if (after + 2 < size() && word(after) == "(" && word(after + 2) == ")") return &folded(after + 1);
  return nullptr;
}

}  // namespace newskg::extraction
