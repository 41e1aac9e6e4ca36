// Sentence rules about the trigger itself and the meeting's status: is it a meeting here, does
// it refer back, is it negated, held, planned or only considered.
#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string_view>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "extraction/meeting_rules_all.h"
#include "extraction/time_expression.h"

namespace newskg::extraction::rules {

namespace {

// "sprachen mit einer Stimme", "sprach mit Blick auf X", "verhandelt mit Nachdruck": a "mit"
// that tells how, not with whom.
bool MannerAfterMit(const SentenceAnnotation& s, std::size_t mit) {
  std::size_t k = mit + 1;
  if (k < s.size() && (s.IsDeterminer(k) || !s.upper(k))) ++k;  // "einer", "großer"
  if (k >= s.size() || !s.upper(k) || s.NameAt(k)) return false;
  static constexpr std::string_view kManner[] = {"stimme", "blick", "nachdruck", "sorge", "hinweis", "verweis",
                                                 "bezug", "spannung", "interesse", "bedauern", "skepsis"};
  return std::find(std::begin(kManner), std::end(kManner), s.folded(k)) != std::end(kManner);
}

// Whether two names joined by "und" stand before token `end_token` in the clause of trigger `t`: "X
// (SPD) und sein Amtskollege Y".
bool NamesJoinedBefore(const SentenceAnnotation& s, std::size_t t, std::size_t end_token) {
  for (std::size_t k = 1; k + 1 < end_token; ++k) {
    if (s.folded(k) != "und" || s.clause(k) != s.clause(t)) continue;
    // The first party may carry its party in brackets: "X (SPD) und Y sprachen über ...".
    std::size_t end = k >= 4 && s.word(k - 1) == ")" && s.word(k - 3) == "(" ? k - 3 : k;
    // Or close the apposition to its office: "Die Chefin der Stiftung, X, und Y haben ...".
    if (end >= 2 && s.word(end - 1) == ",") --end;
    const auto before = s.NameAt(end - 1);
    if (!before) continue;
    // The second party may follow a role or an adjective: "und sein Amtskollege X".
    for (std::size_t q = k + 1; q < end_token && q <= k + 4; ++q) {
      if (s.NameAt(q)) return true;
      if (s.IsPunct(q)) break;
    }
    // Or stand after its office in apposition: "und die Generaldirektorin der Kommission für
    // Museen, X,".
    for (std::size_t q = k + 1; q + 1 < end_token && q <= k + 16; ++q) {
      if (s.word(q) != ",") continue;
      const auto name = s.NameStartingAt(q + 1);
      if (name && s.mention(*name).type == recognition::EntityType::Person) return true;
      break;
    }
  }
  return false;
}

// "Im Anschluss sprachen A und sein Kollege B unter vier Augen": two names joined by "und" as
// the subject right after the verb of a clause an adverbial opens (before any preposition:
// "sprach über A und B" names what was talked about).
bool PairRightAfterVerb(const SentenceAnnotation& s, std::size_t t) {
  // (Not every preposition: "Im Beisein X setzten A und B ..." has its pair after "im".)
  static constexpr std::string_view kPrepositions[] = {"über", "mit", "von", "vom", "zu",   "zum",  "zur", "für",
                                                       "gegen", "auf", "an",  "am",  "bei", "beim", "nach", "vor", "um"};
  constexpr std::size_t kReach = 12;
  for (std::size_t k = t + 2; k < s.size() && k <= t + kReach && s.clause(k) == s.clause(t); ++k) {
    const std::string& w = s.folded(k);
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), w) != std::end(kPrepositions)) return false;
    if (w != "und" || !s.NameAt(k - 1)) continue;
    for (std::size_t q = k + 1; q < s.size() && q <= k + 4; ++q) {
      if (s.NameAt(q)) return true;
      if (s.IsPunct(q)) break;
    }
    return false;
  }
  return false;
}

// "will sich mit X an einen Tisch setzen", "setzten sich an einen runden Tisch": sitting down
// at a table together is a meeting, as "zusammensetzen" is.
bool SitsDownAtATable(const SentenceAnnotation& s, std::size_t t) {
  if (!s.folded(t).starts_with("setz")) return false;
  for (std::size_t k = 2; k < s.size(); ++k) {
    if (s.clause(k) != s.clause(t) || s.folded(k) != "tisch") continue;
    const std::size_t article = s.folded(k - 1) == "runden" || s.folded(k - 1) == "gemeinsamen" ? k - 2 : k - 1;
    if (article >= 1 && s.folded(article) == "einen" && s.folded(article - 1) == "an") return true;
  }
  return false;
}

// "Anna Kessler und Paul Brandau sprachen über die Lage", "... haben miteinander (unter vier
// Augen) gesprochen":
// two parties joined by "und" (or the pair, "beide", "die beiden") before the verb talk with each
// other, about something ("sprachen sich für X aus" and "sprachen von einem Erfolg" tell no talks).
bool TalkedWithEachOther(const SentenceAnnotation& s, std::size_t t) {
  bool about = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != s.clause(t) || s.quoted(k)) continue;
    const std::string& w = s.folded(k);
    if (w == "sich") return false;
    about = about || w == "über" || w == "miteinander" ||
            (w == "augen" && k >= 2 && s.folded(k - 1) == "vier" && s.folded(k - 2) == "unter");
  }
  if (!about) return false;
  if (NamesJoinedBefore(s, t, t) || PairRightAfterVerb(s, t)) return true;
  // "Zuvor hatten beide über die Bahn gesprochen", "Die beiden sprachen über ...": the pair.
  for (std::size_t k = 0; k < t; ++k) {
    if (s.clause(k) == s.clause(t) && (s.folded(k) == "beide" || (s.folded(k) == "beiden" && k > 0 && s.folded(k - 1) == "die"))) {
      return true;
    }
  }
  return false;
}

// "A und B haben (hatten) den Vertrag unterzeichnet": the plural of signing in the perfect, as
// "unterzeichneten" is; "A hat unterzeichnet" signs alone.
bool SignedTogether(const SentenceAnnotation& s, std::size_t t) {
  const std::string& verb = s.folded(t);
  if (!verb.starts_with("unterzeichn") && !verb.starts_with("unterschr") && !verb.starts_with("besiegel")) {
    return false;
  }
  bool plural = false;
  for (std::size_t k = 0; k < t; ++k) {
    plural = plural || (s.clause(k) == s.clause(t) && (s.folded(k) == "haben" || s.folded(k) == "hatten"));
  }
  return plural && NamesJoinedBefore(s, t, t);
}

// "Innen- und Sportminister" from token k: an office cut short before "und" or "oder", and
// the office that ends it.
bool OfficesJoined(const SentenceContext& c, std::size_t k) {
  const SentenceAnnotation& s = c.sentence;
  return s.upper(k) && s.word(k).size() > 2 && s.word(k).ends_with("-") && k + 2 < s.size() &&
         (s.folded(k + 1) == "und" || s.folded(k + 1) == "oder") && c.lexicons.MatchRole(s.word(k + 2));
}

// A person named after one of the prepositions within tokens [from, to), over articles and
// offices: "bei Bundesrat X", "beim Landrat X", "von Direktorin X"; also over a genitive owner
// before the office ("bei Hessens Innenminister X") and the office's genitive before a name in
// apposition ("beim Präsidenten des polnischen Senats, X").
bool PersonAfter(const SentenceContext& c, std::size_t from, std::size_t to,
                 std::initializer_list<std::string_view> prepositions) {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = from; k + 1 < to; ++k) {
    if (std::find(prepositions.begin(), prepositions.end(), s.folded(k)) == prepositions.end()) continue;
    // "war zwei Tage bei mir in Herrnhut": in an interview's answer, the one who answers.
    if (s.answered_by() && (s.folded(k + 1) == "mir" || s.folded(k + 1) == "uns")) return true;
    // "war ich dann bei ihr im Atelier": a person told before.
    if ((s.folded(k + 1) == "ihm" || s.folded(k + 1) == "ihr") && (k + 2 == to || !s.upper(k + 2))) return true;
    bool office = false;
    for (std::size_t q = k + 1; q < s.size();) {
      if (const auto name = s.NameAt(q)) {
        const auto& m = s.mention(*name);
        if (m.type == recognition::EntityType::Person) return true;
        const std::size_t next = m.last_token;
        if (office || !s.word(next - 1).ends_with("s") || next >= s.size() ||
            (!c.lexicons.MatchRole(s.word(next)) && !OfficesJoined(c, next))) {
          break;
        }
        q = next;
      } else if (s.IsDeterminer(q)) {
        ++q;
      } else if (c.lexicons.MatchRole(s.word(q))) {
        office = true;
        ++q;
      } else if (OfficesJoined(c, q)) {
        q += 2;  // "bei Innen- und Sportminister X": the first office cut short before "und"
      } else if (!office && !s.upper(q) && q > k + 1 && s.IsDeterminer(q - 1) && s.folded(q).ends_with("en")) {
        ++q;  // "bei der kantonalen Baudirektorin X": an adjective before the office
      } else if (office && q > k + 1 && (s.folded(q - 1) == "des" || s.folded(q - 1) == "der")) {
        // The office's genitive: lower-case adjectives, its noun or name, a comma.
        while (q < s.size() && !s.upper(q) && !s.IsPunct(q)) ++q;
        if (q >= s.size() || !s.upper(q)) break;
        q = s.NameAt(q) ? s.mention(*s.NameAt(q)).last_token : q + 1;
        if (q + 1 >= s.size() || s.word(q) != ",") break;
        ++q;
        office = false;
      } else {
        break;
      }
    }
  }
  return false;
}

// "bei Bundesrat X", "beim Landrat X" within tokens [from, to): at a person's.
bool AtAPerson(const SentenceContext& c, std::size_t from, std::size_t to) {
  return PersonAfter(c, from, to, {"bei", "beim"});
}

// "Im März war ich in Lindau bei der Weberei Kessler": in an interview's answer, the one who
// answers visited a body named after "bei" (not "war zehn Jahre bei der Bahn": a time spent).
bool VisitedABody(const SentenceContext& c, std::size_t t, std::size_t end) {
  const SentenceAnnotation& s = c.sentence;
  if (!s.answered_by()) return false;
  bool self = false;
  for (std::size_t k = 0; k < end; ++k) {
    if (s.clause(k) != s.clause(t)) continue;
    const std::string& w = s.folded(k);
    if (w == "jahre" || w == "jahren" || w == "jahrelang" || w == "lange") return false;
    self = self || w == "ich" || w == "wir";
  }
  if (!self) return false;
  for (std::size_t k = t + 1; k + 1 < end; ++k) {
    if (s.folded(k) != "bei" && s.folded(k) != "beim") continue;
    std::size_t q = k + 1;
    while (q < end && (s.IsDeterminer(q) || (!s.upper(q) && s.folded(q).ends_with("en")))) ++q;
    const std::optional<std::size_t> name = q < end ? s.NameStartingAt(q) : std::nullopt;
    if (name && s.mention(*name).type == recognition::EntityType::Organization) return true;
  }
  return false;
}

// "hatte das Programm dem Elternbeirat vorgestellt", "stellte ihr das Projekt vor": a person or
// a body told in the dative in [from, to), by "dem" or "einem" before its name (not after a
// preposition: "mit dem Verband"), or "ihm" or "ihr" before no noun.
bool ToADativeParty(const SentenceContext& c, std::size_t from, std::size_t to) {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = from; k < to && k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (k > 0 && IsAnyPreposition(s.folded(k - 1))) continue;
    if ((w == "ihm" || w == "ihr") && k + 1 < s.size() && !s.upper(k + 1)) return true;
    if (w != "dem" && w != "einem") continue;
    for (std::size_t q = k + 1; q < to && q <= k + 3; ++q) {
      const auto name = s.NameAt(q);
      if (!name) {
        if (s.upper(q) && !c.lexicons.MatchRole(s.word(q))) break;  // a noun of its own
        continue;
      }
      const auto type = s.mention(*name).type;
      if (type == recognition::EntityType::Person || type == recognition::EntityType::Organization) return true;
      break;
    }
  }
  return false;
}

// "stellte die Pläne Bürgermeisterin X vor", "will das Vorhaben Ministerin X vorstellen": a
// person named in the dative without an article, after the clause's subject (the first person
// or pronoun in [begin, end) not after a preposition, or one before the comma when the verb
// opens the clause). Not one joined to the subject ("X und Y stellten ... vor"), nor after a
// preposition or a determiner ("die Pläne des Investors X"), nor introduced as someone ("stellte
// X als neue Leiterin vor").
bool ToABareNamedPerson(const SentenceContext& c, std::size_t t, std::size_t begin, std::size_t end) {
  const SentenceAnnotation& s = c.sentence;
  bool subject = t == begin;
  for (std::size_t k = begin; k < end && k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (w == "er" || w == "sie" || w == "ich" || w == "wir") {
      subject = true;
      continue;
    }
    const auto name = s.NameStartingAt(k);
    if (!name) continue;
    const auto& m = s.mention(*name);
    std::size_t first = k;  // over offices: "Bürgermeisterin X"
    while (first > begin && s.upper(first - 1) && c.lexicons.MatchRole(s.word(first - 1))) --first;
    k = m.last_token - 1;
    if (m.type != recognition::EntityType::Person) continue;
    const std::string_view before = first > begin ? std::string_view(s.folded(first - 1)) : std::string_view();
    if (IsAnyPreposition(before) || before == "und" || before == "sowie" || before == "oder" ||
        (first > begin && s.IsPunct(first - 1))) {
      continue;
    }
    if (!subject) {  // "Der Investor X stellte ...": the subject may have its article
      subject = before.empty() || !s.IsDeterminer(first - 1) || before == "der" || before == "die" ||
                before == "ein" || before == "eine";
    } else if (!s.IsDeterminer(first - 1) && (m.last_token >= s.size() || s.folded(m.last_token) != "als")) {
      return true;
    }
  }
  return false;
}

// "kündigte an, X im Mai nach Bern einzuladen", "will ihn ins Rathaus einladen": whom an
// invitation at its clause's end takes, a person named (not after a preposition: "mit X
// einzuladen"), a pronoun, or a body by its kind ("den Heimatverein ins Rathaus einzuladen"),
// before it in the clause.
bool InvitesAPerson(const SentenceContext& c, std::size_t t) {
  const SentenceAnnotation& s = c.sentence;
  // Back over quoted words: 'X „noch vor dem Sommer“ nach Ulm einzuladen'.
  for (std::size_t k = t; k-- > 0 && s.clause(k) == s.clause(t) && (!s.IsPunct(k) || IsQuoteMark(s.word(k)));) {
    const std::string& w = s.folded(k);
    if (w == "ihn" || w == "sie" || w == "mich" || w == "uns" || w == "euch") return true;
    if (k > 0 && (s.folded(k - 1) == "den" || s.folded(k - 1) == "die") && s.upper(k) &&
        !OrganizationKind(w).empty() && !s.NameAt(k)) {
      return true;
    }
    const auto name = s.NameAt(k);
    if (!name || s.mention(*name).first_token != k || s.mention(*name).type != recognition::EntityType::Person) {
      continue;
    }
    std::size_t first = k;  // over its article and office: "die Landrätin X"
    while (first > 0 && (s.IsDeterminer(first - 1) || c.lexicons.MatchRole(s.word(first - 1)))) --first;
    if (first == 0 || !IsAnyPreposition(s.folded(first - 1))) return true;
  }
  return false;
}

// "begrüßte ihn", "begrüßte Präsident X", "wurde von X begrüßt": a verb that tells a meeting
// only when whom it takes is a person ("begrüßte die Entscheidung" tells none).
bool TakesAPerson(const SentenceContext& c, std::size_t t) {
  const SentenceAnnotation& s = c.sentence;
  auto in_clause = [&](std::size_t k) { return s.clause(k) == s.clause(t) && !s.quoted(k); };
  auto person = [&](std::size_t k) {
    const auto name = s.NameAt(k);
    return name && s.mention(*name).type == recognition::EntityType::Person;
  };
  // "den Gast", "den Staatsgast", "die Besucherin": a guest the article names before.
  auto guest = [&](std::size_t k) {
    const std::string& w = s.folded(k);
    return k > 0 && s.IsDeterminer(k - 1) && IsGuestNoun(w);
  };
  auto object_pronoun = [&](std::size_t k) {
    const std::string& w = s.folded(k);
    return w == "ihn" || w == "ihm" || (w == "sie" && k == t + 1) || guest(k);
  };
  // The object after the finite verb, over adverbials, articles, adjectives and role nouns.
  bool in_phrase = false;  // a prepositional phrase runs to its noun ("im Rathaus")
  for (std::size_t k = t + 1; k < s.size() && k <= t + 8 && in_clause(k); ++k) {
    if (object_pronoun(k)) return true;
    if (auto name = s.NameAt(k)) {
      if (in_phrase) {
        in_phrase = false;
        k = s.mention(*name).last_token - 1;
        continue;
      }
      return s.mention(*name).type == recognition::EntityType::Person;
    }
    if (IsAnyPreposition(s.folded(k))) {
      in_phrase = true;
      continue;
    }
    if (!s.upper(k) || s.IsDeterminer(k) || s.IsPunct(k)) continue;
    if (in_phrase) {
      in_phrase = false;
      continue;
    }
    if (!c.lexicons.MatchRole(s.word(k))) break;
  }
  // A participle ends its clause: "hat ihn begrüßt", "wurde von X begrüßt", "wird von X
  // erwartet", "hatte Präsident X begrüßt" (not "hat die Einigung mit X begrüßt"); only a
  // passive's auxiliary may follow it ("war von X begrüßt worden", "soll von X begrüßt werden").
  const bool auxiliary_after =
      t + 1 < s.size() && (s.folded(t + 1) == "worden" || s.folded(t + 1) == "werden") && in_clause(t + 1);
  const std::size_t end = auxiliary_after ? t + 2 : t + 1;
  if (end < s.size() && in_clause(end) && !s.IsPunct(end)) return false;
  bool passive = auxiliary_after;
  for (std::size_t k = 0; k < t; ++k) {
    if (!in_clause(k)) continue;
    const std::string& w = s.folded(k);
    passive = passive || w == "wurde" || w == "wurden" || w == "worden" || w == "wird" || w == "werden";
    if (object_pronoun(k) && w != "sie") return true;
  }
  std::size_t persons = 0;
  bool by_person = false;  // "von [Bürgermeister] X": a passive's agent
  for (std::size_t m : s.mentions()) {
    const auto& men = s.mention(m);
    if (men.type != recognition::EntityType::Person || men.kind != recognition::MentionKind::Name ||
        !in_clause(men.first_token) || men.first_token > t) {
      continue;
    }
    // The word before the name's phrase, over its articles, offices and what comes before an
    // office ("vom Ersten Bürgermeister X", "von Bayerns Ministerpräsident X").
    std::size_t first = men.first_token;
    while (first > 0 && in_clause(first - 1) &&
           (s.IsDeterminer(first - 1) || c.lexicons.MatchRole(s.word(first - 1)) ||
            (c.lexicons.MatchRole(s.word(first)) && !s.IsPunct(first - 1) &&
             !IsAnyPreposition(s.folded(first - 1))))) {
      if (auto name = s.NameAt(first - 1)) {
        first = s.mention(*name).first_token;
      } else {
        --first;
      }
    }
    const bool after_preposition = first > 0 && IsAnyPreposition(s.folded(first - 1));
    const bool agent = passive && after_preposition && (s.folded(first - 1) == "von" || s.folded(first - 1) == "vom");
    by_person = by_person || agent;
    if (!after_preposition) ++persons;
  }
  // "X und Y wurden von Z begrüßt", "Dort wurde er von Z begrüßt": the subject is whom the agent
  // greeted; "Die Einigung wurde von Z begrüßt" is no meeting.
  if (by_person) {
    if (persons > 0) return true;
    // Also "Der Minister wurde von Z begrüßt", "Die Gäste wurden ...", "Dort wurde er ...".
    for (std::size_t k = 0; k < t; ++k) {
      if (!in_clause(k)) continue;
      const std::string& w = s.folded(k);
      if (w == "er" || w == "sie" || w == "gast" || w == "gäste" || w == "delegation" ||
          (s.upper(k) && !s.NameAt(k) && c.lexicons.MatchRole(s.word(k)) &&
           !(k > 0 && (IsAnyPreposition(s.folded(k - 1)) || s.folded(k - 1) == "des")))) {
        return true;
      }
    }
    return false;
  }
  if (persons < 2 || !person(t - 1)) return false;
  // The person before the participle is its object: "hat [den Premierminister] X begrüßt", not
  // part of a phrase ("hat das Telefonat zwischen X und Y begrüßt").
  std::size_t k = s.mention(*s.NameAt(t - 1)).first_token;
  while (k > 0 && in_clause(k - 1) && !IsAnyPreposition(s.folded(k - 1)) &&
         (s.IsDeterminer(k - 1) || (!s.upper(k - 1) && !s.IsPunct(k - 1) && s.folded(k - 1).ends_with("en")) ||
          c.lexicons.MatchRole(s.word(k - 1)))) {
    --k;
  }
  if (k == 0 || !in_clause(k - 1)) return false;
  const std::size_t before = k - 1;
  if (IsAnyPreposition(s.folded(before)) || s.IsPunct(before) || s.folded(before) == "und") return false;
  if (!s.upper(before) || s.NameAt(before)) return true;
  // A noun may end a phrase of place or time before the object ("am Montag", "in der Residenz").
  std::size_t p = before;
  if (p > 0 && s.IsDeterminer(p - 1)) --p;
  return p > 0 && IsAnyPreposition(s.folded(p - 1));
}

// "ist", "sind", "war", "sei": a form of "sein" (here the auxiliary of a state, "ist verabredet").
bool IsFormOfSein(std::string_view folded) {
  static constexpr std::string_view kForms[] = {"bin", "ist", "sind", "war", "waren", "sei", "seien"};
  return std::find(std::begin(kForms), std::end(kForms), folded) != std::end(kForms);
}

// "sich", and "mich", "uns" in the first person ("habe mich mit X abgestimmt").
bool IsReflexive(std::string_view folded) { return folded == "sich" || folded == "mich" || folded == "uns"; }

}  // namespace

void VerbNeedsParticle::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const std::string& pos = d.trigger.entry->pos;
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  auto in_clause = [&](std::size_t k) { return s.clause(k) == s.clause(t); };
  // "brachte einen Tausch ins Gespräch" proposes; "kam ins Gespräch mit X" meets X.
  if (d.noun && t > 0 && s.folded(t - 1) == "ins" && (t + 1 >= s.size() || s.folded(t + 1) != "mit")) {
    d.dropped = true;
    return;
  }
  // "trafen vor Gericht aufeinander", "treffen im Finale aufeinander": opponents, no meeting.
  if (!d.noun) {
    for (std::size_t k = t + 1; k < s.size() && in_clause(k); ++k) {
      if (s.folded(k) == "aufeinander") {
        d.dropped = true;
        return;
      }
    }
    // "Gremien, die sich aus Vertretern zusammensetzen", "Der Rat setzt sich aus sieben
    // Mitgliedern zusammen": what something consists of. "setzte sich mit X zusammen" is
    // reflexive; "setzte das Bild zusammen", "ist neu zusammengesetzt" is no meeting.
    if (s.folded(t).find("setz") != std::string::npos) {
      bool self = false;
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (!in_clause(k)) continue;
        if (s.folded(k) == "aus") {
          d.dropped = true;
          return;
        }
        self = self || IsReflexive(s.folded(k));
      }
      if (!self) {
        d.dropped = true;
        return;
      }
    }
  }
  // "ist mit X verabredet" is a date to meet; "hat mit X verabredet, dass" an agreement.
  if (pos == "verb-sein-mit" && !d.noun) {
    bool sein = false;
    for (std::size_t k = 0; k < s.size() && !sein; ++k) sein = in_clause(k) && IsFormOfSein(s.folded(k));
    if (!sein) {
      d.dropped = true;
      return;
    }
  }
  if (pos == "join-tisch" && !d.join) return;  // "saßen X und Y zusammen" (NewDraft decided)
  // "empfing eine Delegation der Y. Angeführt wurde sie von X": whoever leads the delegation.
  if (pos == "join-delegation") {
    bool delegation = false;
    for (std::size_t si = s.index() > 0 ? s.index() - 1 : 0; si <= s.index() && !delegation; ++si) {
      const SentenceAnnotation& near = c.sentences[si];
      for (std::size_t k = 0; k < near.size() && !delegation; ++k) delegation = near.folded(k).starts_with("delegation");
    }
    if (!delegation) d.dropped = true;
    return;
  }
  // "besichtigte die Anlage gemeinsam mit X", not "besichtigen und mit Studierenden diskutieren".
  const bool together = pos == "verb-gemeinsam-mit";
  const bool with_mit = pos == "verb-mit" || pos == "verb-sein-mit" || together;
  if (with_mit || pos == "verb-nach" || pos == "verb-bei" || pos == "join-tisch") {
    // "sprach mit", "reiste nach", "wird bei X vorsprechen", "saß mit am Tisch": the word
    // anywhere in the clause.
    const std::string_view need = with_mit               ? "mit"
                                  : pos == "verb-nach" ? "nach"
                                  : pos == "verb-bei"  ? "bei"
                                                       : "tisch";
    // "A und B sprächen „mit einer Stimme“": a "mit" after the verb that tells how, even quoted,
    // also says they do not talk with each other.
    bool manner_after = false;
    // "am Tisch", "auf der anderen Seite des Tisches".
    auto is_need = [&](const std::string& w) { return w == need || (need == "tisch" && w == "tisches"); };
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (!is_need(s.folded(k))) continue;
      // "besichtigte mit Bürgermeisterin X die Baustelle": with a person named right after "mit".
      if (together && (k == 0 || (s.folded(k - 1) != "gemeinsam" && s.folded(k - 1) != "zusammen")) &&
          !PersonAfter(c, k, k + 2, {"mit"})) {
        continue;
      }
      const bool manner = with_mit && MannerAfterMit(s, k);
      if (in_clause(k) && !manner) return;
      manner_after = manner_after || (manner && k > t);
    }
    if (with_mit && !manner_after && TalkedWithEachOther(s, t)) return;
    if (with_mit && SignedTogether(s, t)) return;
    // "hatten A und B die Baustelle gemeinsam besichtigt": two parties joined before the verb do
    // it together.
    if (together && NamesJoinedBefore(s, t, s.size())) {
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (in_clause(k) && (s.folded(k) == "gemeinsam" || s.folded(k) == "zusammen")) return;
      }
    }
    d.dropped = true;
  } else if (pos == "verb-sich-mit") {
    // "tauschte sich mit X aus", not "tauschte mit Russland Gefangene aus"; "habe mich mit X
    // abgestimmt", "haben uns mit X ausgetauscht" in the first person.
    bool with = false, self = false;
    // A reflexive after the verb only before the next comma: "SPÖ und Neos stimmten dafür, die
    // Grünen enthielten sich" votes.
    std::size_t to = t;
    while (to < s.size() && s.word(to) != ",") ++to;
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (!in_clause(k)) continue;
      with = with || s.folded(k) == "mit";
      self = self || (IsReflexive(s.folded(k)) && k < to);
    }
    // "während sich A und B über die Lage austauschten", "hatten sich A und B ausgetauscht": two
    // subjects joined by "und" talk with each other (not "einigten sich", an agreement).
    const std::string& verb = s.folded(t);
    const bool each_other = !with && self &&
                            (verb.find("tausch") != std::string::npos || verb.find("stimm") != std::string::npos ||
                             verb.find("verständig") != std::string::npos) &&
                            NamesJoinedBefore(s, t, s.size());
    // "A und B einigten sich am Mittwoch in Koblenz auf ...", "vereinbarten in Koblenz einen
    // Zeitplan", "haben sich im Rathaus auf ... geeinigt": two parties agreeing at a place they
    // both were at.
    auto agreed = [&] {
      if (with || !(verb.starts_with("einigt") || verb.starts_with("geeinigt") || verb == "vereinbarten")) {
        return false;
      }
      const std::size_t from = verb.starts_with("geeinigt") ? 0 : t + 1;
      bool at_a_place = false;
      for (std::size_t k = from; k + 1 < s.size() && !at_a_place; ++k) {
        const auto place = s.NameAt(k + 1);
        at_a_place = in_clause(k + 1) && (s.folded(k) == "in" || s.folded(k) == "im") && place &&
                     s.mention(*place).type == recognition::EntityType::Place;
        // "A und B einigten sich dort auf ...": at the place told before.
        at_a_place = at_a_place || (k > t && in_clause(k) && s.folded(k) == "dort");
      }
      return at_a_place && NamesJoinedBefore(s, t, s.size());
    };
    if ((!with || !self) && !each_other && !agreed()) d.dropped = true;
  } else if (pos == "verb-person") {
    if (!TakesAPerson(c, t)) d.dropped = true;
  } else if (pos == "verb-invite") {
    if (!InvitesAPerson(c, t)) d.dropped = true;
  } else if (pos == "verb-durch") {
    // "führte sie durch das Werk", "will ihn durch das Werk führen", "führte ihn über das
    // Gelände": a person led through or over a place by an article after "durch" or "über";
    // "führte die Wahl durch" ends in the particle, "führte Gespräche" is the noun's.
    std::optional<std::size_t> through;
    for (std::size_t k = 0; k + 1 < s.size(); ++k) {
      if (k != t && in_clause(k) && (s.folded(k) == "durch" || s.folded(k) == "über") && s.IsDeterminer(k + 1)) {
        through = k;
      }
    }
    // Before an infinitive, whom it leads stands right before "durch": a person, a pronoun or
    // an office ("will die Ministerin durch das Werk führen").
    auto led_before = [&](std::size_t k) {
      if (k == 0 || *through > t) return false;
      const std::string& w = s.folded(k - 1);
      if (w == "ihn" || w == "sie" || w == "uns") return true;
      // Not one a phrase names ("die Firma von X durch die Krise führen").
      std::size_t first = k - 1;
      if (const auto name = s.NameAt(k - 1)) {
        if (s.mention(*name).type != recognition::EntityType::Person) return false;
        first = s.mention(*name).first_token;
      } else if (!s.upper(k - 1) || !c.lexicons.MatchRole(s.word(k - 1))) {
        return false;
      }
      while (first > 0 && (s.IsDeterminer(first - 1) || c.lexicons.MatchRole(s.word(first - 1)))) --first;
      return first > 0 && !IsAnyPreposition(s.folded(first - 1));
    };
    // After the finite verb, whom it leads stands between it and "durch", outside a phrase: a
    // pronoun, a person or an office ("führte am Montag die Ministerin durch das Werk").
    auto led_after = [&](std::size_t k) {
      bool in_phrase = false;
      for (std::size_t q = t + 1; q < k; ++q) {
        const std::string& w = s.folded(q);
        if (IsAnyPreposition(w)) {
          in_phrase = true;
        } else if (const auto name = s.NameAt(q)) {
          if (!in_phrase && s.mention(*name).type == recognition::EntityType::Person) return true;
          in_phrase = false;
          q = s.mention(*name).last_token - 1;
        } else if (s.upper(q) && !s.IsDeterminer(q)) {
          if (!in_phrase && c.lexicons.MatchRole(s.word(q))) return true;
          in_phrase = false;
        } else if (!in_phrase && (w == "ihn" || w == "sie" || w == "uns")) {
          return true;
        }
      }
      return false;
    };
    // "ließ sich von Direktorin X durch das Werk führen": the subject is led by a person.
    auto led_by = [&](std::size_t k) {
      bool self = false;
      for (std::size_t q = 0; q < k; ++q) self = self || (in_clause(q) && s.folded(q) == "sich");
      return self && PersonAfter(c, 0, k, {"von", "vom"});
    };
    if (!through || !(led_before(*through) || (*through > t && led_after(*through)) || led_by(*through) ||
                      TakesAPerson(c, t))) {
      d.dropped = true;
    }
  } else if (pos == "verb-bei-person" || pos == "verb-vor-person") {
    // "hat das Projekt bei Ministerin X vorgestellt": presenting to a person is meeting them;
    // not "bei der Messe vorgestellt". So is presenting to a person or body in the dative.
    std::size_t begin = t, end = t + 1;
    while (begin > 0 && in_clause(begin - 1)) --begin;
    while (end < s.size() && in_clause(end)) ++end;
    const bool to_a_party = ToADativeParty(c, begin, end) || ToABareNamedPerson(c, t, begin, end);
    if (pos == "verb-bei-person") {
      if (!to_a_party && !AtAPerson(c, begin, end)) d.dropped = true;
      return;
    }
    // "stellte die Pläne Bürgermeisterin X vor": the finite verb of "vorstellen", its particle
    // ending the clause; not "stellte sich ... vor" (introduced oneself, or imagined).
    std::size_t last = end - 1;
    while (last > t && s.IsPunct(last)) --last;
    const bool particle = last > t && s.folded(last) == "vor";
    const bool self = t + 1 < s.size() && s.folded(t + 1) == "sich";
    if (!particle || self || !to_a_party) d.dropped = true;
  } else if (pos == "sein-bei") {
    // "war in Bern bei Bundesrat X", "war ich mit Y bei Kommissarin X": at a person's is a
    // meeting with them; not at a body or a firm ("war bei Siemens"), nor with a predicate of
    // its own ("war bei X angestellt").
    // Another meeting word of the clause tells it ("war zu Gast bei X", "war mit X
    // zusammengetroffen").
    for (const Trigger& other : s.triggers()) {
      const std::string& theirs = other.entry->pos;
      if (other.token != t && in_clause(other.token) && (theirs == "verb" || theirs.starts_with("noun"))) {
        d.dropped = true;
        return;
      }
    }
    // "Im Mai war Landrätin X hier": in an interview's answer, a visit to the one who answers.
    if (s.ComesToTheOneWhoAnswers(t)) return;
    std::size_t end = t + 1;
    while (end < s.size() && in_clause(end)) ++end;
    const bool at_person = AtAPerson(c, t + 1, end) || VisitedABody(c, t, end);
    bool predicate = false;  // "angestellt", "tätig", "beschäftigt": a clause of its own
    for (std::size_t k = t + 1; k < s.size() && in_clause(k); ++k) {
      const std::string& w = s.folded(k);
      predicate = predicate || (!s.upper(k) && (w.ends_with("t") || w.ends_with("ig")) && k + 1 < s.size() &&
                                (s.IsPunct(k + 1) || !in_clause(k + 1)) && w != "erst" && w != "jetzt" && w != "nicht");
    }
    if (!at_person || predicate) d.dropped = true;
  } else if (pos == "noun-bei") {
    // "war zu Gast bei X", "waren Gäste von Präsident X", "Gast des Kanzlers": the noun tells a
    // visit only with its host right after it; "ein Termin mit X" a meeting with its partner
    // ("Gäste mit Kindern" are none), but "bat um einen Termin mit X" only asks for one.
    const std::string_view next = t + 1 < s.size() ? std::string_view(s.folded(t + 1)) : std::string_view();
    const bool asked = t >= 2 && s.folded(t - 2) == "um";
    const bool partner = next == "mit" && d.kind != MeetingKind::Visit && !asked;
    // "war bei Bürgermeister X in Ulm zu Gast": the host before "zu Gast", in its clause.
    std::size_t begin = t;
    while (begin > 0 && in_clause(begin - 1)) --begin;
    const bool host_before = t > 0 && s.folded(t - 1) == "zu" && AtAPerson(c, begin, t);
    if (next != "bei" && next != "beim" && next != "von" && next != "vom" && next != "des" && !partner &&
        !host_before) {
      d.dropped = true;
    }
  } else if (pos == "noun-mit" && !d.noun) {
    // "X und Y wollen sich in Brüssel wiedersehen": the verb of a "mit" noun, written small,
    // tells a meeting of two named before it, with "sich".
    bool self = false;
    for (std::size_t k = 0; k < t; ++k) self = self || (in_clause(k) && s.folded(k) == "sich");
    if (!self || !NamesJoinedBefore(s, t, t)) d.dropped = true;
  } else if (pos == "noun-mit") {
    // "ein Austausch mit X": the noun tells talks only with "mit" right after it (not "der
    // Austausch von Gefangenen").
    if (t + 1 >= s.size() || s.folded(t + 1) != "mit") d.dropped = true;
  } else if (pos == "noun-next") {
    // "Runde" tells talks only as the next one ("eine weitere Runde"), not a round of a cup;
    // "ein runder Tisch mit X" is a meeting.
    if (t + 1 < s.size() && s.folded(t + 1) == "tisch") {
      d.kind = MeetingKind::Meeting;
      return;
    }
    if (!NextMeeting(s, t)) d.dropped = true;
  } else if (pos == "verb-zusammen" || pos == "verb-an" || pos == "join-teil") {
    // "nahm an einer Videokonferenz teil": a new meeting, which the noun tells with the verb's
    // subject; nothing told before is joined.
    if (pos == "join-teil") {
      for (const Trigger& other : s.triggers()) {
        const std::size_t k = other.token;
        if (k > t + 2 && s.clause(k) == s.clause(t) && other.entry->pos == "noun" &&
            (s.folded(k - 2) == "einer" || s.folded(k - 2) == "einem" || s.folded(k - 1) == "einer" ||
             s.folded(k - 1) == "einem") &&
            (s.folded(k - 2) == "an" || s.folded(k - 3) == "an")) {
          d.dropped = true;
          return;
        }
        // "nahm am Mittagessen der Minister teil": the meeting of a group the genitive names
        // (masculine, so plural: one minister would be "des Ministers"), not one told before.
        if (k > t + 1 && k + 2 < s.size() && s.clause(k) == s.clause(t) && other.entry->pos == "noun" &&
            (s.folded(k - 1) == "am" || s.folded(k - 1) == "beim") && s.folded(k + 1) == "der") {
          const auto group = c.lexicons.MatchRole(s.word(k + 2));
          if (group && !group->feminine) {
            d.dropped = true;
            return;
          }
        }
      }
    }
    // A separable verb: its particle follows in the clause ("kamen ... zusammen", "rief ...
    // an"); "an" must end the clause, where particles stand, not open a phrase ("an der Grenze").
    const std::string_view need = std::string_view(pos).substr(pos.find('-') + 1);
    if (need == "zusammen") {
      // "Im Juli kommt X zu uns nach Ulm": in an interview's answer, a visit to the one who answers.
      if (s.ZusammenFollows(t) || SitsDownAtATable(s, t) || s.ComesToTheOneWhoAnswers(t)) return;
      d.dropped = true;
      return;
    }
    for (std::size_t k = t + 1; k < s.size() && in_clause(k); ++k) {
      if (s.folded(k) != need) continue;
      if (need != "an" || k + 1 == s.size() || s.IsPunct(k + 1)) return;
    }
    d.dropped = true;
  }
}

void DefiniteNounRefersBack::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t == 0) return;
  std::size_t k = t - 1;
  while (k > 0 && !s.upper(k) && !s.IsDeterminer(k) && !s.IsPunct(k)) --k;
  const std::string& det = s.folded(k);
  d.definite = det == "die" || det == "den" || det == "der" || det == "dem" || det == "das" || det == "des" ||
               det == "beim" || det == "diese" || det == "diesen" || det == "diesem";
  // "Nach ihrem Treffen im Hotel sagte X": a possessive after "nach" refers back too.
  const bool after = k > 0 && s.folded(k - 1) == "nach";
  if (after && !d.definite && (det == "ihrem" || det == "seinem")) d.definite = true;
  d.after_told = after && d.definite;
  // "An dem Treffen im Rathaus nahmen auch X und Y teil", "am Gespräch nahm X teil": who takes
  // part in the meeting told before (merge-repeated-reports joins them to it).
  const bool after_an = (d.definite && k > 0 && s.folded(k - 1) == "an") || det == "am";
  // "Bei dem Besuch kam sie auch mit X zusammen", "Beim Treffen war auch X": who else the
  // meeting told before brought together.
  const bool opens_with_bei = (k == 1 && d.definite && s.folded(0) == "bei") || (k == 0 && det == "beim");
  if (opens_with_bei && s.word(t).find('-') == std::string::npos) {
    for (std::size_t q = t + 1; q < s.size() && s.clause(q) == s.clause(t); ++q) {
      if (s.folded(q) == "auch") d.also_at_told = true;
    }
  }
  // A named meeting ("an den Von-Wattenwyl-Gesprächen") is one of its own.
  if (!after_an || s.word(t).find('-') != std::string::npos) return;
  for (const Trigger& other : s.triggers()) {
    if (other.token <= t || other.entry->pos != "join-teil" || s.clause(other.token) != s.clause(t)) continue;
    // Not "Am Treffen mit Ministerin X nahm auch Y teil": the noun names a partner of its own.
    for (std::size_t q = t + 1; q < other.token; ++q) {
      if (s.folded(q) == "mit" || s.folded(q) == "zwischen") return;
    }
    for (std::size_t q = other.token + 1; q < s.size() && s.clause(q) == s.clause(t); ++q) {
      if (s.folded(q) == "teil") d.takes_part_in = true;
    }
  }
}

namespace {

// "geplante Kürzungen", "die angekündigten Reformen": an inflected participle before a noun
// that is no meeting word plans that thing, not the sentence's meeting ("das geplante Treffen"
// does; "kommende Woche" and "nächsten Montag" are times, and stay cues).
bool AttributeOfAnotherNoun(const SentenceAnnotation& s, std::size_t k) {
  const std::string& w = s.folded(k);
  const bool participle = w.starts_with("geplant") || w.starts_with("angekündigt") ||
                          w.starts_with("bevorstehend") || w.starts_with("anstehend");
  if (!participle || w.ends_with("t") || w.ends_with("d")) return false;
  for (std::size_t n = k + 1; n < s.size() && n <= k + 3 && !s.IsPunct(n); ++n) {
    if (!s.upper(n)) continue;
    return std::none_of(s.triggers().begin(), s.triggers().end(), [&](const Trigger& t) { return t.token == n; });
  }
  return false;
}

// A form of "zusagen" at k in the clause of the trigger noun t, which it takes as its object:
// "zugesagt", or "sagte" with the particle "zu" closing the clause ("sagte ... zu", not "sagte
// zu Journalisten"); not a noun after a preposition ("in einem Telefonat Hilfe zugesagt").
bool Promises(const SentenceAnnotation& s, std::size_t k, const MeetingDraft& d) {
  const std::size_t t = d.trigger.token;
  const std::string& w = s.folded(k);  // asked of every word: its first letter and length first
  if (w.size() < 4 || w.size() > 8 || (w[0] != 's' && w[0] != 'z')) return false;
  const bool participle = w == "zugesagt" || w == "zusagen";
  if (!participle && w != "sagte" && w != "sagten" && w != "sagt" && w != "sagen") return false;
  if (!d.noun || s.clause(k) != s.clause(t) || PrepositionBefore(s, t)) return false;
  if (participle) return true;
  for (std::size_t q = k + 1; q < s.size() && s.clause(q) == s.clause(k); ++q) {
    if (s.folded(q) == "zu" && q > t && (q + 1 == s.size() || s.IsPunct(q + 1))) return true;
  }
  return false;
}

// A past form of "vereinbaren" or "verabreden" at k in the clause of the trigger noun t, which
// it takes as its object: "Die beiden vereinbarten ein weiteres Treffen", "verabredete ein
// Gespräch für Mai" agree now on a meeting ahead; not a noun after a preposition ("vereinbarten
// bei einem Treffen einen Plan").
bool Arranges(const SentenceAnnotation& s, std::size_t k, const MeetingDraft& d) {
  const std::string& w = s.folded(k);  // asked of every word: its first letter and length first
  if (w.size() < 11 || w.size() > 13 || w[0] != 'v') return false;
  if (w != "vereinbarte" && w != "vereinbarten" && w != "verabredete" && w != "verabredeten") return false;
  const std::size_t t = d.trigger.token;
  if (!d.noun || k >= t || t > k + 4 || s.clause(k) != s.clause(t) || PrepositionBefore(s, t)) return false;
  // ("vereinbarten, die Verhandlungen abzuschließen": what they agree on is no meeting.)
  for (std::size_t q = k + 1; q < t; ++q) {
    if (s.IsPunct(q)) return false;
  }
  return true;
}

// Whether the trigger is the noun of "nach einem Treffen", "nach dem Gespräch".
bool AfterTheMeeting(const SentenceAnnotation& s, const MeetingDraft& d) {
  const std::size_t t = d.trigger.token;
  if (!d.noun || t < 2 || s.folded(t - 2) != "nach") return false;
  const std::string& article = s.folded(t - 1);
  return article == "einem" || article == "einer" || article == "dem" || article == "der";
}

}  // namespace

void StatusCues::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  // "traf sich am Mittwoch mit X, um über das kommende Jahr zu sprechen": a purpose clause after
  // a comma tells what the meeting is for, not when it is.
  std::size_t purpose = s.size(), purpose_end = s.size();  // [purpose, purpose_end)
  for (std::size_t k = d.trigger.token + 1; k < s.size() && purpose == s.size(); ++k) {
    if (s.folded(k) != "um" || s.word(k - 1) != ",") continue;
    purpose = k;
    for (purpose_end = k + 1; purpose_end < s.size() && !s.IsPunct(purpose_end);) ++purpose_end;
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!d.InScope(s, k) || (k >= purpose && k < purpose_end)) continue;
    const std::string& w = s.folded(k);
    // "teilten ... mit", "sagte": a report in the past tense tells what had happened by then.
    if (s.TellsThePast(k)) d.past = true;
    // "Am Freitag steht ein Gespräch mit X auf dem Programm": on the schedule, ahead.
    if (k >= 2 && s.upper(k) && s.folded(k - 2) == "auf" && (w == "programm" || w == "tagesordnung" || w == "agenda")) {
      for (std::size_t q = 0; q < s.size(); ++q) {
        if (s.clause(q) == s.clause(k) && (s.folded(q) == "steht" || s.folded(q) == "stehen")) d.scheduled = true;
      }
    }
    // "sagte einen Besuch für das Frühjahr zu", "hat ein Treffen zugesagt": promised, ahead.
    // "vereinbarten ein weiteres Treffen": agreed on, ahead.
    if (Promises(s, k, d) || Arranges(s, k, d)) d.modal = true;
    const std::string* cue = s.StatusCue(k);
    if (!cue) continue;
    if (*cue == "considered") {
      // "hatte X erwogen, sich nach einem Treffen mit Y aber dagegen entschieden": what came
      // after a meeting presumes it took place.
      if (!AfterTheMeeting(s, d)) d.considered = true;
    } else if (*cue == "planned") {
      if (AttributeOfAnotherNoun(s, k)) continue;
      (w.ends_with("t") && !IsModal(w) ? d.planned_participle : d.modal) = true;
      // "wollte ... besuchen": a plan told in the past, for a day behind the report.
      if (w == "wollte" || w == "wollten") d.planned_in_past = true;
    } else if (*cue == "held") {
      d.past = true;
    } else if (*cue == "ongoing") {
      d.ongoing = true;
    }
  }
}

namespace {

// "getroffen", "geladen", "zusammengekommen", "besucht", "verhandelt", "empfangen": a past
// participle as it closes a clause (inflected adjective forms in "-te(n)" are left out).
bool IsPastParticiple(std::string_view w) {
  if (w.size() < 5 || !(w.ends_with("t") || w.ends_with("en"))) return false;
  if (w.ends_with("ten") && !w.ends_with("halten") && !w.ends_with("raten")) return false;
  for (std::size_t p = 0; p + 4 < w.size(); ++p) {
    if (w.substr(p, 2) == "ge" && (p == 0 || IsSeparablePrefix(w.substr(0, p)))) return true;
  }
  static constexpr std::string_view kWords[] = {"be", "ver", "emp", "er", "ent", "zer"};
  for (std::string_view prefix : kWords) {
    if (w.starts_with(prefix) && w.size() > prefix.size() + 3) return true;
  }
  return false;
}


}  // namespace

void PerfectTenseIsPast::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const int clause = s.clause(d.trigger.token);
  bool auxiliary = false, participle = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != clause || s.quoted(k) || s.upper(k)) continue;
    const std::string& w = s.folded(k);
    auxiliary = auxiliary || IsPerfectAuxiliary(w);
    // The participle closes the clause: "... zusammengetroffen." or "..., geladen, um".
    auto closes = [&](std::size_t q) { return q + 1 == s.size() || s.IsPunct(q + 1) || s.clause(q + 1) != clause; };
    // "soll sich mit X getroffen haben", "getroffen haben soll": a modal with the perfect
    // infinitive reports what happened, not a plan.
    const bool infinitive = k + 1 < s.size() && s.clause(k + 1) == clause &&
                            (s.folded(k + 1) == "haben" || s.folded(k + 1) == "sein") &&
                            (closes(k + 1) || (k + 2 < s.size() && IsModal(s.folded(k + 2)) && closes(k + 2)));
    if (participle || !(closes(k) || infinitive) || !IsPastParticiple(w)) continue;
    // "ist für Freitag angesetzt", "wurde vereinbart": a participle of planning tells a plan.
    const std::string* cue = s.StatusCue(k);
    participle = !(cue && *cue == "planned");
    if (participle && infinitive) {
      d.past = true;
      d.modal = false;
    }
  }
  if (auxiliary && participle) d.past = true;
}

void SinceIsOngoing::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  const int clause = s.clause(t);
  bool since = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != clause || s.quoted(k) != s.quoted(t)) continue;
    const std::string& w = s.folded(k);
    // The perfect or a preterite ("hatten seit Mai verhandelt", "trafen sich seit 2019 dreimal")
    // tells meetings held; "verhandelt", "besucht" are also the present, and "sagte" only
    // reports.
    const bool present_t = w.ends_with("t") && !w.starts_with("ge");
    if (IsPerfectAuxiliary(w) || (s.TellsThePast(k) && !present_t && !IsReportingWord(w))) return;
    // "ist seit Wochen vereinbart": a plan made a while ago.
    const std::string* cue = s.StatusCue(k);
    if (cue && *cue == "planned") return;
    if (w != "seit" || since) continue;
    const std::size_t end = SinceTimeEnd(s, k);
    // Not "erstmals seit 2019", "zum ersten Mal seit Jahren" (a first meeting after a gap), nor
    // a time of an office ("X, seit 2021 Vorsitzender,"), nor one in a relative clause the
    // clauses did not split off ("..., deren Chef seit Mai wartet").
    if (end == 0 || (k > 0 && (s.folded(k - 1) == "erstmals" || s.folded(k - 1) == "mal"))) continue;
    if (end < s.size() && s.upper(end) && !s.IsPunct(end)) continue;
    bool relative = false;
    for (std::size_t q = std::min(k, t); q + 1 < std::max(k, t); ++q) {
      const std::string& next = s.folded(q + 1);
      relative = relative || (s.word(q) == "," && (next == "deren" || next == "dessen" || IsSubordinator(next)));
    }
    since = !relative;
  }
  if (since) d.since = true;
}

void PastPerfectIsEarlier::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const int clause = s.clause(d.trigger.token);
  bool past_perfect = false, before = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::string& w = s.folded(k);  // asked of every word of every draft: bytes first
    if (w.size() < 3 || w.size() > 7 || !std::strchr("hwbsvz", w[0])) continue;
    if (s.clause(k) != clause || s.quoted(k) != s.quoted(d.trigger.token) || s.upper(k)) continue;
    past_perfect = past_perfect || w == "hatte" || w == "hatten" || w == "war" || w == "waren";
    before = before || w == "bereits" || w == "schon" || w == "zuvor" || w == "vorher";
  }
  d.earlier = past_perfect && before;
}

namespace {

// The quotation around token k, a word inside it, as [first, last] token, marks included.
std::pair<std::size_t, std::size_t> QuoteAround(const SentenceAnnotation& s, std::size_t k) {
  std::size_t first = k, last = k;
  while (!IsQuoteMark(s.word(first)) && first > 0 && s.quoted(first - 1)) --first;
  while (!IsQuoteMark(s.word(last)) && last + 1 < s.size() && s.quoted(last + 1)) ++last;
  return {first, last};
}

// Whether a negation at token k may speak about the trigger: what the trigger's clause says,
// or a short quoted fragment woven into it ("stehe „nicht auf der Tagesordnung“": the
// reporter's sentence quoting a few words; a longer quotation is a sentence of its own).
bool NegationInScope(const SentenceAnnotation& s, const MeetingDraft& d, std::size_t k) {
  const std::size_t t = d.trigger.token;
  // "X hatte mit Y verhandelt; die Gespräche scheiterten": a semicolon ends a main clause.
  for (std::size_t q = std::min(t, k) + 1; q < std::max(t, k); ++q) {
    if (s.word(q) == ";") return false;
  }
  if (d.InScope(s, k)) return true;
  if (!s.quoted(k) || s.quoted(t)) return false;
  const auto [first, last] = QuoteAround(s, k);
  constexpr std::size_t kMaxFragment = 8;  // words between the marks
  return last - first <= kMaxFragment + 1 && (s.clause(k) == s.clause(t) || s.clause(k) == 0);
}

// Talks in the plural, which run over rounds: "Gespräche", "Verhandlungen", "Sondierungen",
// "Koalitionsverhandlungen".
bool IsTalks(std::string_view folded) {
  for (std::string_view talks : {"gespräche", "gesprächen", "verhandlungen", "sondierungen"}) {
    if (folded.ends_with(talks)) return true;
  }
  return false;
}

// "hätte früher mit X reden müssen", "hätte X treffen sollen": what should have been, and was
// not (the subjunctive with a modal's infinitive that closes the trigger's clause).
bool ShouldHaveBeen(const SentenceAnnotation& s, std::size_t t) {
  std::size_t end = t;
  while (end + 1 < s.size() && s.clause(end + 1) == s.clause(t) && !s.IsPunct(end + 1)) ++end;
  if (end < t + 1 || s.upper(end) || s.upper(end - 1) || !s.folded(end - 1).ends_with("n")) return false;
  const std::string& modal = s.folded(end);
  if (modal != "müssen" && modal != "sollen" && modal != "können" && modal != "dürfen") return false;
  for (std::size_t k = 0; k < t; ++k) {
    if (s.clause(k) == s.clause(t) && (s.folded(k) == "hätte" || s.folded(k) == "hätten")) return true;
  }
  return false;
}

// "Eigentlich wollte auch X den Gast begrüßen", "Eigentlich hatte X ihn treffen wollen": what
// was meant to be, told in the past, and was not ("eigentlich" with a past modal in the clause).
bool IntendedButNot(const SentenceAnnotation& s, std::size_t t) {
  auto in_clause = [&](std::size_t k) { return s.clause(k) == s.clause(t) && s.quoted(k) == s.quoted(t); };
  // Asked of every draft: "eigentlich" first, by its length.
  bool actually = false;
  for (std::size_t k = 0; k < s.size() && !actually; ++k) {
    actually = s.folded(k).size() == 10 && s.folded(k) == "eigentlich" && in_clause(k);
  }
  if (!actually) return false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (!in_clause(k)) continue;
    if (w == "wollte" || w == "wollten" || w == "sollte" || w == "sollten") return true;
    if ((w == "wollen" || w == "sollen") && k > t) return true;
  }
  return false;
}

}  // namespace

void NegationGovernsTrigger::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (ShouldHaveBeen(s, t) || IntendedButNot(s, t)) {
    d.negated = true;
    d.ruled_out = true;
    return;
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!NegationInScope(s, d, k)) continue;
    const std::string* cue = s.StatusCue(k);
    if (!cue || *cue != "negated") continue;
    // "nicht" and "kein" must govern the meeting: "kein Treffen", "nicht stattfinden", "Ein
    // Treffen ... ist nicht geplant". A verb that cancels or denies an event ("wurde
    // abgesagt", "dementierte") negates it anywhere in its clause.
    const std::string& w = s.folded(k);
    // "Die Gespräche zwischen X und Y sind gescheitert": talks that failed were held; a meeting
    // that "scheiterte" (an Terminfragen) was not.
    if (d.noun && (w.starts_with("scheiter") || w == "gescheitert") && IsTalks(s.folded(t))) continue;
    const bool weak = w == "nicht" || w == "nie" || w == "niemals" || w == "weder" || w.starts_with("kein");
    const std::string& after = k + 1 < s.size() ? s.folded(k + 1) : w;
    // "traf nicht nur X", "nicht zuletzt", "nicht zum ersten Mal", "war nicht das erste
    // Treffen": no negation of the meeting (the last says there were others before).
    const std::string& second = k + 2 < s.size() ? s.folded(k + 2) : w;
    const bool first_or_only = second.starts_with("erste") || second.starts_with("einzige");
    if (w == "nicht" && (after == "nur" || after == "zuletzt" || after == "erst" || (after == "zum" && second == "ersten") ||
                         (first_or_only && s.IsDeterminer(k + 1)))) {
      continue;
    }
    // "habe mit X gesprochen und sehe keinen Grund": a negation after a conjunction is the
    // next verb's.
    bool joined = false;
    for (std::size_t q = t + 1; q < k; ++q) {
      joined = joined || s.folded(q) == "und" || s.folded(q) == "aber" || s.folded(q) == "sondern";
    }
    // "der an den Gesprächen nicht beteiligt war": who did not take part tells no meeting of
    // theirs (nor denies the one told).
    if (weak && d.noun && k > t && s.clause(k) == s.clause(t) &&
        (after == "beteiligt" || after == "teilgenommen" || after == "dabei")) {
      d.dropped = true;
      continue;
    }
    bool governs = !weak || (k < t && t - k <= 3) || (k > t && k - t <= 3 && !d.noun && !joined);
    // "Getroffen habe ich ihn nie": a negation ending the clause of a fronted verb.
    governs = governs || (k > t && !d.noun && !joined && (t == 0 || s.clause(t - 1) != s.clause(t)) &&
                          s.clause(k) == s.clause(t) && (k + 1 == s.size() || s.IsPunct(k + 1)));
    // "Nicht vorgesehen ist ein Treffen mit X", "Nicht auf dem Programm steht ein Treffen": a
    // negated plan opening the meeting noun's clause rules it out.
    if (weak && d.noun && k < t && (k == 0 || s.clause(k - 1) != s.clause(k)) && s.clause(k) == s.clause(t)) {
      for (std::size_t q = k + 1; q < t && q <= k + 4 && !governs; ++q) {
        const std::string& v = s.folded(q);
        governs = v == "geplant" || v == "vorgesehen" || v == "angesetzt" || v == "programm" || v == "tagesordnung" ||
                  v == "agenda";
      }
    }
    // "Nicht zustande kam ein Treffen mit X": the meeting did not come about.
    if (weak && after == "zustande" && s.clause(k) == s.clause(t)) {
      governs = true;
      d.ruled_out = true;
    }
    // "traf sich am Samstag nicht mit X": before the partner, anywhere in the verb's clause.
    if (weak && k > t && !d.noun && after == "mit" && s.clause(k) == s.clause(t)) governs = true;
    if (k > t && k + 1 < s.size()) {
      // "Ein Treffen ist nicht geplant", "hat nicht stattgefunden", "habe es weder im Mai noch
      // später gegeben", "Ein Gespräch habe er nicht gesucht", "steht nicht auf der
      // Tagesordnung", "steht nicht zur Debatte": the meeting itself is ruled out, by the verb
      // that ends the clause.
      auto rules_out = [](const std::string& v) {
        return v == "geplant" || v == "vorgesehen" || v == "stattfinden" || v == "zustande" || v == "angesetzt" ||
               v == "vereinbart" || v == "erwartet" || v == "stattgefunden" || v == "geben" || v == "gegeben" ||
               v == "gesucht" || v == "geführt" || v == "angestrebt" || v == "angefragt";
      };
      bool ruled_out = rules_out(s.folded(k + 1));
      // "Ein Treffen steht nicht an", "findet nicht statt": the particle of "anstehen" or
      // "stattfinden" ends the clause.
      ruled_out = ruled_out || ((s.folded(k + 1) == "an" || s.folded(k + 1) == "statt") &&
                                (k + 2 == s.size() || s.IsPunct(k + 2)));
      for (std::size_t q = k + 2; q < s.size() && q <= k + 8 && !ruled_out; ++q) {
        if (s.word(q) == "," || s.word(q) == "." || s.clause(q) != s.clause(k)) break;
        ruled_out = rules_out(s.folded(q)) && (q + 1 == s.size() || s.IsPunct(q + 1));
      }
      for (std::size_t q = k + 1; q < s.size() && q <= k + 4 && !ruled_out; ++q) {
        const std::string& w = s.folded(q);
        ruled_out = w == "tagesordnung" || w == "agenda" || w == "debatte" || w == "frage";
      }
      if (ruled_out && weak) d.ruled_out = true;
      governs = governs || ruled_out;
    }
    if (governs) d.negated = true;
  }
  // "haben sich getroffen, aber nicht geeinigt": an agreement that failed denies no meeting; it
  // tells none of its own.
  const std::string& verb = s.folded(t);
  if (d.negated && !d.noun && (verb.starts_with("einig") || verb.starts_with("geeinigt"))) {
    d.negated = false;
    d.dropped = true;
  }
  // "Ein Gespräch der beiden gab es nicht", "Ein Gipfel in Linz ist vorerst vom Tisch": how the
  // meeting's own clause ends rules it out.
  if (!d.noun) return;
  std::size_t end = t;
  while (end + 1 < s.size() && s.clause(end + 1) == s.clause(t) && !s.IsPunct(end + 1)) ++end;
  if (end == t) return;
  bool there_is = false;
  for (std::size_t k = 0; k + 1 < s.size(); ++k) {
    if (s.clause(k) != s.clause(t)) continue;
    const std::string& w = s.folded(k);
    const bool gives = w == "gab" || w == "gibt" || w == "gäbe";
    there_is = there_is || (gives && (s.folded(k + 1) == "es" || (k > 0 && s.folded(k - 1) == "es")));
  }
  // Over a relative clause inside: "Ein Gespräch mit X, das Y angeregt hatte, ist vom Tisch".
  std::size_t last = end;
  for (std::size_t k = end + 1; k < s.size(); ++k) {
    if (s.clause(k) == s.clause(t) && !s.IsPunct(k)) last = k;
  }
  const bool off_the_table = (s.folded(end) == "tisch" && s.folded(end - 1) == "vom") ||
                             (last > end + 1 && s.folded(last) == "tisch" && s.folded(last - 1) == "vom");
  if ((there_is && s.folded(end) == "nicht") || off_the_table) {
    d.negated = true;
    d.ruled_out = true;
  }
}

namespace {

// Whether the meeting noun at `t` is asked for: "hatte um ein Gespräch mit X gebeten", "bat um
// einen kurzfristigen Termin" ("um", an article, adjectives, the noun; "um das Gespräch gebeten"
// tells who asked for a meeting already told).
bool IsRequested(const SentenceAnnotation& s, std::size_t t) {
  // Asked of every meeting noun: "um" among the four words before it first.
  std::size_t um = t;
  for (std::size_t q = t; q-- > 0 && t - q <= 4;) {
    const std::string& w = s.folded(q);
    if (w.size() == 2 && w[0] == 'u' && w[1] == 'm') {
      um = q;
      break;
    }
  }
  if (um == t || um + 1 == t || !s.folded(um + 1).starts_with("ein")) return false;
  for (std::size_t q = um + 2; q < t; ++q) {
    if (s.upper(q) || s.IsPunct(q)) return false;
  }
  for (std::size_t q = 0; q < s.size(); ++q) {
    const std::string& w = s.folded(q);
    if (s.clause(q) == s.clause(t) &&
        (w == "gebeten" || w == "bat" || w == "baten" || w == "bittet" || w == "bitten" || w == "ersucht" ||
         w == "ersuchte" || w == "ersuchten")) {
      return true;
    }
  }
  return false;
}

// "seiner", "ihrer", "ihren": the possessive of a body or a person told of.
bool PossessiveOfAThirdParty(std::string_view folded) {
  return folded == "seiner" || folded == "ihrer" || folded == "seinen" || folded == "ihren";
}

}  // namespace

void AdvisingIsNoMeeting::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (d.noun || !s.folded(t).starts_with("ber")) return;
  const std::string& verb = s.folded(t);
  if (verb != "berät" && verb != "beriet" && verb != "berieten" && verb != "beraten" && verb != "berate" &&
      verb != "beratet") {
    return;
  }
  // "berät das Gesundheitsministerium", "beriet die Stadt Ulm": a body or a person in the
  // accusative right after the verb is whom it advises.
  std::size_t k = t + 1;
  if (k < s.size() && (s.folded(k) == "das" || s.folded(k) == "den" || s.folded(k) == "die")) ++k;
  const auto advised = k < s.size() ? s.NameStartingAt(k) : std::nullopt;
  if (advised && s.mention(*advised).type != recognition::EntityType::Place) d.dropped = true;
}

void OwnSessionIsNoMeeting::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t == 0 || s.folded(t).find("sitzung") == std::string::npos) return;
  // "in seiner Sitzung", "an ihrer jüngsten Sitzung": the subject body's own session.
  std::size_t k = t - 1;
  if (k > 0 && !s.upper(k) && !PossessiveOfAThirdParty(s.folded(k))) --k;
  if (!PossessiveOfAThirdParty(s.folded(k))) return;
  // "hat in seiner Sitzung mit der Stiftung X verhandelt": a partner after "mit" meets it there.
  for (std::size_t q = t + 1; q < s.size() && s.clause(q) == s.clause(t); ++q) {
    if (s.folded(q) == "mit") return;
  }
  // "An seiner Sitzung hat der Rat beschlossen, X um ein Treffen zu bitten": the sentence's other
  // meeting is what it tells.
  const auto& triggers = s.triggers();
  if (std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& other) { return other.token != t; })) return;
  d.dropped = true;
}

void RequestIsNoMeeting::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (d.noun) {
    if (!IsRequested(s, d.trigger.token)) return;
  } else {
    // "um ein Gespräch gebeten, um über X zu sprechen": the purpose told after the request is the
    // meeting asked for.
    const std::size_t t = d.trigger.token;
    bool purpose = false;
    for (std::size_t k = 0; k < t && !purpose; ++k) purpose = s.folded(k) == "um" && s.clause(k) == s.clause(t);
    if (!purpose) return;
    bool after_request = false;
    for (const Trigger& n : s.triggers()) {
      if (n.token < t && s.IsNounTrigger(n) && IsRequested(s, n.token)) after_request = true;
    }
    if (!after_request) return;
  }
  // What came of it, in this sentence or the next: refused or unanswered, no meeting (a negating
  // status cue, "lehnte ab", "keine Antwort", "dazu kam es nicht"; or in vain, "vergeblich"); else
  // a meeting considered ("eine Antwort steht noch aus").
  auto came_to_nothing = [](const SentenceAnnotation& a) {
    for (std::size_t q = 0; q < a.size(); ++q) {
      const std::string* cue = a.StatusCue(q);
      const std::string& w = a.folded(q);
      if ((cue && *cue == "negated") || w == "vergeblich" || w == "vergebens" || w == "lehnten") return true;
    }
    return false;
  };
  const std::size_t next = s.index() + 1;
  if (came_to_nothing(s) || (next < c.sentences.size() && came_to_nothing(c.sentences[next]))) {
    d.dropped = true;
  } else {
    d.considered = true;
  }
}

void SeparableRejection::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  bool rejects = false, back = false, excludes = false, out = false, falls = false, how = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!d.InScope(s, k)) continue;
    const std::string& w = s.folded(k);
    // "fiel kürzer aus", "fiel ernüchternd aus": how it turned out, not that it was called off
    // ("fiel damit aus", "fiel am Dienstag kurzfristig aus").
    if (falls && !out && !s.upper(k) && !s.IsDeterminer(k) && !s.IsPunct(k) && w != "aus") {
      static constexpr std::string_view kCalledOff[] = {
          "damit",   "dann",    "daher",   "deshalb", "somit",     "kurzfristig", "überraschend", "ersatzlos",
          "nun",     "jedoch",  "aber",    "auch",    "letztlich", "schliesslich", "zunächst",   "vorerst",
          "wegen",   "am",      "an",      "in",      "im",        "zum",         "zur",          "für",
          "bis",     "mehrfach", "erneut"};
      how = how || std::find(std::begin(kCalledOff), std::end(kCalledOff), w) == std::end(kCalledOff);
    }
    // Asked of every word of every draft: by its first letter.
    switch (w.empty() ? '\0' : w[0]) {
      case 'w':
        rejects = rejects || w == "wies" || w == "weist" || w == "wiesen";
        break;
      case 'z':
        back = back || w == "zurück";
        break;
      case 's':
        excludes = excludes || w == "schloss" || w == "schliesst" || w == "schlossen" || w == "schlug" ||
                   w == "schlägt" || w == "schlugen";
        break;
      case 'f':
        // "Das Treffen fiel aus": it was called off.
        falls = falls || w == "fiel" || w == "fielen" || w == "fällt" || w == "fallen";
        break;
      case 'a':
        out = out || w == "aus";
        break;
      default:
        break;
    }
  }
  if ((rejects && back) || (excludes && out)) d.negated = true;
  if (falls && out && !how && d.noun) {
    d.negated = true;
    d.ruled_out = true;
  }
}

void PurposeClauseIsPlan::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  std::optional<std::size_t> um;
  for (std::size_t k = 0; k < t; ++k) {
    if (s.folded(k) == "um" && s.clause(k) == s.clause(t)) um = k;
  }
  if (!um) return;
  d.purpose = true;
  // "traf sich am Mittwoch mit X, um über den Plan zu sprechen": the purpose of the meeting told
  // before it, when it names no one of its own.
  if (*um == 0 || s.word(*um - 1) != ",") return;
  bool told_before = false;
  for (const Trigger& other : s.triggers()) {
    told_before = told_before || (other.token < *um && !s.IsNounTrigger(other));
  }
  if (!told_before) return;
  for (std::size_t m : s.mentions()) {
    const recognition::Mention& men = s.mention(m);
    if (men.first_token > *um && men.first_token < t && men.kind == recognition::MentionKind::Name) return;
  }
  d.dropped = true;
}

namespace {

// A separable verb's infinitive with its "zu" inside: "zusammenzukommen", "auszutauschen",
// "einzuladen".
bool IsInfinitiveWithZu(std::string_view folded) {
  for (std::string_view particle : {"zusammen", "aus", "wieder", "ein"}) {
    if (folded.size() > particle.size() + 5 && folded.starts_with(particle) &&
        folded.substr(particle.size(), 2) == "zu" && folded.ends_with("en")) {
      return true;
    }
  }
  return false;
}

}  // namespace

void SuchMeetingsTellNone::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t < 2) return;
  // "auf solchen Konferenzen", "bei solchen informellen Treffen": one adjective may stand between.
  for (std::size_t k = t - 1; k > 0 && t - k <= 2; --k) {
    const std::string& w = s.folded(k);
    if (w == "solchen" || w == "derartigen") {
      if (IsAnyPreposition(s.folded(k - 1))) d.dropped = true;
      return;
    }
    if (s.upper(k)) return;
  }
}

void AnnouncedInfinitiveIsPlan::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const std::size_t t = d.trigger.token;
  const SentenceAnnotation& s = c.sentence;
  // "kündigte an, X treffen zu wollen": the trigger before a modal's 'zu' infinitive.
  const bool modal_after = t + 2 < s.size() && s.folded(t + 1) == "zu" &&
                           (s.folded(t + 2) == "wollen" || s.folded(t + 2) == "können");
  if (((t > 0 && s.folded(t - 1) == "zu") || modal_after || IsInfinitiveWithZu(s.folded(t))) && !d.noun &&
      !d.purpose) {
    d.announced_infinitive = true;
    d.modal = true;
  }
  // "kündigte an, nach Ulm zu reisen, um mit X zu sprechen": the purpose of an announced
  // infinitive is announced too.
  if (d.purpose && !d.noun && t > 0 && s.folded(t - 1) == "zu") {
    for (std::size_t k = 0; k + 1 < t && s.folded(k) != "um"; ++k) {
      if (s.folded(k) == "zu" && !s.upper(k + 1) && s.folded(k + 1).ends_with("en") && s.clause(k) == 0) {
        d.modal = true;
        break;
      }
    }
  }
  // "kündigte an, die Gespräche mit X in Y fortzusetzen", "das Gespräch mit X zu suchen": the
  // meeting noun of a 'zu' infinitive that holds, seeks or resumes it.
  // Not when urged ("ermutigte ihn, den Dialog fortzusetzen"): whoever urges takes no part.
  if (!d.noun || d.purpose) return;
  for (std::size_t k = 0; k < t; ++k) {
    if (IsUrgingWord(s.folded(k))) return;
  }
  // The infinitive is the nearest meeting noun's ("bei einer Sitzung beschlossen, die Verhandlungen
  // aufzunehmen": not the sitting's), within the words a noun's phrase runs to ("Gespräche mit
  // dem Verband über eine Beteiligung an den Kosten der neuen Halle zu führen").
  constexpr std::size_t kInfinitiveReach = 16;
  std::size_t to = std::min(s.size(), t + kInfinitiveReach + 1);
  for (const Trigger& other : s.triggers()) {
    if (other.token > t && other.token < to) to = other.token;
  }
  for (std::size_t k = t + 1; k < to && s.clause(k) == s.clause(t); ++k) {
    const std::string& w = s.folded(k);
    if (w.size() != 2 && w.size() < 10) continue;  // "zu", or a long infinitive
    const bool infinitive =
        w == "fortzusetzen" || w == "aufzunehmen" || w == "wiederaufzunehmen" || w == "abzuhalten" ||
        (w == "zu" && k + 1 < s.size() &&
         (s.folded(k + 1) == "führen" || s.folded(k + 1) == "halten" || s.folded(k + 1) == "suchen"));
    if (infinitive) {
      d.announced_infinitive = true;
      d.modal = true;
      return;
    }
  }
}

}  // namespace newskg::extraction::rules
