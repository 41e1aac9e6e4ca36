// Sentence rules about who takes part and where: segments of one sentence, which mentions are
// parties, which one is the place, who a pronoun or a role noun stands for, and when.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "extraction/meeting_rules_all.h"
#include "text/utf8.h"
#include "text/words.h"

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

// Whether token k is inside a time phrase with a meeting noun ("vor dem Treffen mit X").
bool InTimePhrase(const SentenceAnnotation& s, std::size_t k) {
  for (const SentenceAnnotation::TimePhrase& phrase : s.time_phrases()) {
    if (k >= phrase.from && k < phrase.to) return true;
  }
  return false;
}

// Whether "sie" at token k is one woman: the nearest finite verb of its clause is singular
// ("sie traf", "hat sie"), not plural ("sie trafen", "haben sie"). Undecided is no.
bool SingularSie(const SentenceAnnotation& s, std::size_t k) {
  auto finite = [](const std::string& w) {
    return IsPastMarker(w) || IsModal(w) || w == "hat" || w == "habe" || w == "ist" || w == "sei" || w == "haben" ||
           w == "sind" || w == "seien" || w == "kann" || w == "können" || w == "trifft" || w == "spricht" ||
           w == "empfängt" || w == "besucht" || w == "telefoniert" || w == "wolle" || w == "solle" || w == "müsse" ||
           w == "könne" || w == "möchte";
  };
  // "Sie kündigte an": a weak preterite right after it is singular ("Sie kündigten": plural).
  if (k + 1 < s.size() && !s.upper(k + 1) && s.folded(k + 1).size() > 4 && s.folded(k + 1).ends_with("te")) {
    return true;
  }
  for (std::size_t distance = 1; distance <= 4; ++distance) {
    for (std::size_t q : {k + distance, k >= distance ? k - distance : SIZE_MAX}) {
      if (q >= s.size() || s.clause(q) != s.clause(k) || s.upper(q)) continue;
      const std::string& w = s.folded(q);
      if (!finite(w)) continue;
      return !(w.ends_with("en") || w == "sind");
    }
  }
  // A subordinate clause ends with its finite verb: "..., wo sie mit X sprechen will.", also
  // past an apposition's commas ("nachdem sie den Minister, X, getroffen hatte").
  if (s.clause(k) == 0) return false;
  std::size_t end = k;
  for (std::size_t q = k + 1; q < s.size() && s.clause(q) == s.clause(k); ++q) {
    if (!s.IsPunct(q)) end = q;
  }
  const std::string& w = s.folded(end);
  return end > k && !s.upper(end) && finite(w) && !(w.ends_with("en") || w == "sind");
}

// Whether the name at token k follows "mit", with at most an article, adjectives and an
// office between ("mit dem neuen Außenminister X").
bool PartnerOfMit(const SentenceAnnotation& s, std::size_t k) {
  for (std::size_t q = k; q > 0 && k - q < 4; --q) {
    const std::string& w = s.folded(q - 1);
    if (w == "mit") return true;
    if (s.IsPunct(q - 1) || s.NameAt(q - 1)) return false;
  }
  return false;
}

// Who holds the office `lemma` names (defined below, with the offices it may refer to).
std::optional<std::size_t> RoleHolder(const SentenceContext& c, const std::string& lemma,
                                      const std::string* owner = nullptr, char gender = 0);

// The first person named before `token` in this sentence, else in up to three sentences before,
// whose gender does not contradict the pronoun ("sie" needs a woman, "er" no woman); a sentence
// before that names no one but has an office as its subject ("Die Ministerin verteidigte ...",
// "Dann reist der Minister weiter.") stands for its holder. An object pronoun ("ihn", "ihm",
// "ihr") never stands for a person of its own clause, who would be "sich": in "Lena Graf habe ihm
// geschrieben", "ihm" is someone named before.
std::optional<std::size_t> Antecedent(const SentenceContext& c, std::size_t token, bool as_object = false) {
  const std::string& pronoun = c.sentence.folded(token);
  const bool object = as_object || pronoun == "ihn" || pronoun == "ihm" || pronoun == "ihr";
  const bool feminine = pronoun == "sie" || pronoun == "ihr";
  // In an interview's answer, who answers is "ich", never "er" or "sie".
  const std::string answerer = c.sentence.answered_by() ? PartyKey(c.facts, *c.sentence.answered_by()) : "";
  auto first_person = [&](const SentenceAnnotation& s, std::size_t before,
                          bool skip_own_clause) -> std::optional<std::size_t> {
    const bool earlier = &s != &c.sentence;
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name || men.first_token >= before) continue;
      if (!answerer.empty() && PartyKey(c.facts, m) == answerer) continue;
      if (skip_own_clause && s.clause(men.first_token) == s.clause(token)) continue;
      // "Nach dem Treffen mit X reiste Y nach Rom, wo er ...": X met Y; the sentence is about Y.
      if (!earlier && InTimePhrase(s, men.first_token)) continue;
      // "Mit Minister X hat er gesprochen": whom "mit" names is the subject's partner.
      if (!earlier && !object && PartnerOfMit(s, men.first_token)) continue;
      // Who is named inside a quotation of a sentence before is not who the text goes on about.
      if (earlier && s.quoted(men.first_token)) continue;
      // "Mit am Tisch saßen X und ein Vertreter der Y. Dann habe er ...": one of a pair named
      // together is not what a singular pronoun goes on about.
      if (earlier && men.last_token + 1 < s.size() && s.folded(men.last_token) == "und" &&
          !s.IsPunct(men.last_token + 1)) {
        continue;
      }
      // "neben den Brenners": a family in the plural is no one a singular pronoun stands for.
      if (men.surface != men.canonical && men.surface.ends_with('s') && men.first_token > 0 &&
          (s.folded(men.first_token - 1) == "den" || s.folded(men.first_token - 1) == "die")) {
        continue;
      }
      // "besuchte Horns Stellvertreter X": the possessor is not whom the sentence is about,
      // the one named after the office is ("Horns Firma" still is about Horn).
      if (earlier && men.surface != men.canonical && men.surface.ends_with('s') && men.last_token + 1 < s.size() &&
          s.upper(men.last_token) && !s.NameAt(men.last_token)) {
        const auto holder = s.NameAt(men.last_token + 1);
        if (holder && s.mention(*holder).type == EntityType::Person) continue;
      }
      const char gender = c.index.gender[m];
      if (feminine ? gender != 'f' : gender == 'f') continue;
      return m;
    }
    return std::nullopt;
  };
  // A sentence before whose subject is the same pronoun ("Begleitet wurde er von Minister X.")
  // goes on about the person named before it, not about X.
  auto same_pronoun_first = [&](const SentenceAnnotation& s, std::size_t before) {
    for (std::size_t k = 0; k < before && k < s.size(); ++k) {
      const std::string& w = s.folded(k);
      if (feminine ? (w == "sie" && (k == 0 || s.word(k) == "sie") && SingularSie(s, k)) : w == "er") return true;
    }
    return false;
  };
  // A sentence before whose subject is a description of the pronoun's gender ("Am Montag traf
  // der SPD-Politiker Ministerin X und Präsident Y") goes on about whom it describes, named
  // before it, not about Y.
  auto description_first = [&](const SentenceAnnotation& s, std::size_t before) {
    for (std::size_t k = 1; k < before && k < s.size(); ++k) {
      const std::string& article = s.folded(k - 1);  // asked of every word: bytes first
      if (article.size() != 3 || article != (feminine ? "die" : "der") || !s.upper(k) || s.NameAt(k)) continue;
      if (k >= 2 && IsAnyPreposition(s.folded(k - 2))) continue;
      if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "der Minister Hans X"
      const auto role = c.lexicons.MatchRole(s.word(k));
      if (!role || role->feminine != feminine || role->plural) continue;
      // Not when a name follows as its apposition ("Der Bezirksleiter der Gewerkschaft, X, ...").
      std::size_t q = k + 1;
      while (q < s.size() && q <= k + 8 && s.word(q) != ",") ++q;
      return !(q + 1 < s.size() && s.word(q) == "," && s.NameStartingAt(q + 1));
    }
    return false;
  };
  // "Die Ministerin verteidigte die Pläne.", "Am Montag reist der Minister weiter.": a subject
  // office of the pronoun's gender, opening a sentence that names no one or right after its
  // verb.
  auto office_subject = [&](const SentenceAnnotation& s) -> std::optional<std::size_t> {
    for (std::size_t k = 1; k + 1 < s.size() && k <= 6; ++k) {
      if (s.folded(k - 1) != (feminine ? "die" : "der") || s.NameAt(k) || s.NameStartingAt(k + 1)) continue;
      // After a fronted phrase the article follows the verb ("Am Montag reist der Minister"), not
      // a preposition or a noun ("mit der Ministerin", "Kritik der Ministerin").
      if (k >= 2 && (s.upper(k - 2) || s.IsPunct(k - 2) || IsAnyPreposition(s.folded(k - 2)))) return std::nullopt;
      const auto role = c.lexicons.MatchRole(s.word(k));
      if (!role || role->feminine != feminine || role->plural) return std::nullopt;
      return RoleHolder(c, role->noun->lemma, nullptr, feminine ? 'f' : 'm');
    }
    return std::nullopt;
  };
  // "Mit X habe er am Montag telefoniert, sagte Y": in reported speech the pronoun is who speaks,
  // named in the tag after it (not "sagte sein Sprecher Y", who speaks for him).
  const SentenceAnnotation& own = c.sentence;
  // (Speakers are found only when first asked: first a person named after the pronoun.)
  const bool person_after = std::any_of(own.mentions().begin(), own.mentions().end(), [&](std::size_t m) {
    return own.mention(m).type == EntityType::Person && own.mention(m).first_token > token + 1;
  });
  // (Not an object pronoun beside a subject one of its gender, which is the speaker: "habe sie
  // mit ihr telefoniert, sagte Y" is Y's call with a woman named before.)
  bool beside_subject = false;
  if (object) {
    for (std::size_t k = 0; k < token; ++k) {
      const std::string& w = own.folded(k);
      beside_subject = beside_subject || (own.clause(k) == own.clause(token) && w == (feminine ? "sie" : "er"));
    }
  }
  if (!beside_subject && person_after && !own.quoted(token)) {
    for (std::size_t m : own.speakers()) {
      const Mention& men = own.mention(m);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name || men.first_token <= token ||
          own.quoted(men.first_token)) {
        continue;
      }
      const char gender = c.index.gender[m];
      if (feminine ? gender != 'f' : gender == 'f') continue;
      // The tag after a comma: "..., sagte [der Minister] Y"; back from the name to the comma.
      std::size_t k = men.first_token;
      bool for_another = false;
      while (k > token + 1 && own.word(k - 1) != ",") {
        const std::string& w = own.folded(--k);
        for_another = for_another || w.starts_with("sein") || w.starts_with("ihr") ||
                      w.find("sprecher") != std::string::npos;
      }
      if (k > token + 1 && !for_another) return m;
    }
  }
  // "X will dem Gast das Labor zeigen. Dann empfängt ihn Y": an object pronoun after a sentence
  // that has a guest without a name as its object is the guest, the visitor the article follows;
  // so is one in a sentence that names the guest so anywhere ("Y will ihn empfangen, wo sich der
  // Gast eintragen soll").
  auto guest_object = [&](const SentenceAnnotation& s) -> std::optional<std::size_t> {
    const bool own = &s == &c.sentence;
    bool guest = false;
    for (std::size_t k = 0; k + 1 < s.size() && !guest; ++k) {
      guest = (s.folded(k) == "dem" || s.folded(k) == "den" || (own && s.folded(k) == "der")) &&
              IsGuestNoun(s.folded(k + 1)) && !s.NameStartingAt(k + 2);
    }
    if (!guest) return std::nullopt;
    const std::optional<std::size_t> visitor = Protagonist(c.facts, c.sentences);
    if (!visitor || c.facts.mentions[*visitor].sentence >= s.index() ||
        (feminine ? c.index.gender[*visitor] != 'f' : c.index.gender[*visitor] == 'f')) {
      return std::nullopt;
    }
    return visitor;
  };
  const std::size_t here = c.sentence.index();
  if (auto m = first_person(c.sentence, token, object)) return m;
  if (object && pronoun != "ihr") {
    if (auto visitor = guest_object(c.sentence)) return visitor;
  }
  for (std::size_t s = here; s-- > 0 && s + 3 >= here;) {
    if (object && pronoun != "ihr" && s + 1 == here) {
      if (auto visitor = guest_object(c.sentences[s])) return visitor;
    }
    if (auto m = first_person(c.sentences[s], SIZE_MAX, false)) {
      const std::size_t first = c.sentences[s].mention(*m).first_token;
      if (same_pronoun_first(c.sentences[s], first) || (!object && description_first(c.sentences[s], first))) continue;
      return m;
    }
    if (auto holder = office_subject(c.sentences[s])) {
      // "Der Präsident lobte Rom. Dort hatte X ihn besucht": an object pronoun is not whom its
      // own clause names.
      const std::string held = PartyKey(c.facts, *holder);
      const bool own_clause = object && std::any_of(own.mentions().begin(), own.mentions().end(), [&](std::size_t m) {
        return own.clause(own.mention(m).first_token) == own.clause(token) && PartyKey(c.facts, m) == held;
      });
      if (own_clause) continue;
      return holder;
    }
  }
  return std::nullopt;
}

// The most recent person before this sentence whose role has the head noun `lemma`, or a
// compound with it ("Innenminister" for "der Minister"). Roles are in sentence order and each
// holder is named in its role's sentence, so it is the last such role before the sentence.
// Whether a role noun without a name ("der Regierungschef") may refer to an office held
// (folded lemmas): the same noun or a compound of it ("minister": "außenminister"), or the
// generic name of a head of government or state.
bool RefersToOffice(const std::string& named, const std::string& held) {
  if (held == named) return true;
  if (held.size() > named.size() && held.ends_with(named)) {
    // A deputy holds another office: "der Kanzler" is not the "Vizekanzler"; nor is "der
    // Präsident" a Land's "Ministerpräsident".
    const std::string_view prefix = std::string_view(held).substr(0, held.size() - named.size());
    return prefix != "vize" && prefix != "vize-" && prefix != "minister";
  }
  if (named == "regierungschef") {
    return held.ends_with("ministerpräsident") || held.ends_with("kanzler") || held == "premierminister" ||
           held == "premier";
  }
  // "Premierminister X ... der Premier": the short name of the office, also of a prime minister
  // called "Ministerpräsident".
  if (named == "premier") return held.ends_with("premierminister") || held == "ministerpräsident";
  // "Katars Regierungschef X ... der Ministerpräsident": the generic name held, the office named.
  if (held == "regierungschef") {
    return named == "ministerpräsident" || named == "premierminister" || named == "premier";
  }
  // "König X ... der Monarch": the generic name of a crowned head.
  if (named == "monarch") {
    return held == "könig" || held == "kaiser" || held == "großherzog" || held == "fürst" || held == "emir" ||
           held == "sultan";
  }
  // "Oberbürgermeisterin X ... die Rathauschefin": the head of a town hall is its mayor.
  if (named == "rathauschef") return held.ends_with("bürgermeister") || held == "stadtpräsident";
  // "der jordanische Chefdiplomat": the foreign minister.
  if (named == "chefdiplomat") return held.ends_with("aussenminister");
  // "Bundespräsident X ... das Staatsoberhaupt": a head of state by its generic name.
  if (named == "staatsoberhaupt") {
    return held == "präsident" || held == "staatspräsident" || held == "bundespräsident" || held == "könig" ||
           held == "königin" || held == "kaiser" || held == "emir";
  }
  return named == "staatschef" && (held == "präsident" || held == "staatspräsident");
}

// The person who holds the office `lemma` names, told before this sentence (of several
// holders, the one named last); with `owner`, an office of that owner ("der ukrainische
// Präsident"); with `gender` 'f', a woman's ("die Ministerin").
std::optional<std::size_t> RoleHolder(const SentenceContext& c, const std::string& lemma,
                                      const std::string* owner, char gender) {
  const std::string named = text::FoldForMatch(lemma);
  // Wire shorts give each report its dateline: a role told in an earlier report is not meant.
  const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, c.sentence.index());
  const std::size_t report = dateline ? c.facts.mentions[*dateline].sentence : 0;
  std::optional<std::size_t> latest;  // index into c.roles
  std::map<std::string, std::size_t> holders;  // by party key: a mention of each
  // "Präsident X ... Bundespräsident Y ... den Präsidenten": a visiting president, where one is
  // held; Germany's head of state goes by his office's full name.
  bool president = false;
  const auto bare = named == "präsident" ? c.index.roles_by_head.find(named) : c.index.roles_by_head.end();
  if (bare != c.index.roles_by_head.end()) {
    president = std::any_of(bare->second.begin(), bare->second.end(), [&](std::size_t r) {
      return c.roles[r].sentence < c.sentence.index() && c.roles[r].sentence >= report;
    });
  }
  for (const auto& [held, roles] : c.index.roles_by_head) {
    if (!RefersToOffice(named, held) || (president && held == "bundespräsident")) continue;
    auto before = std::partition_point(roles.begin(), roles.end(), [&](std::size_t r) {
      return c.roles[r].sentence < c.sentence.index();
    });
    auto from = std::partition_point(roles.begin(), before, [&](std::size_t r) { return c.roles[r].sentence < report; });
    auto fits = [&](const RoleFact& role) {
      if (owner && !(role.of && c.facts.mentions[*role.of].canonical == *owner)) return false;
      if (!gender) return true;
      // A woman's office is written in the feminine ("Handelsminister" is no "Ministerin").
      const char known = c.index.gender[role.person];
      return known ? known == gender : text::FoldForMatch(role.label).ends_with("in") == (gender == 'f');
    };
    for (auto r = from; r != before; ++r) {
      if (!fits(c.roles[*r])) continue;
      holders.emplace(PartyKey(c.facts, c.roles[*r].person), c.roles[*r].person);
      if (!latest || *r > *latest) latest = *r;
    }
  }
  if (!latest) return std::nullopt;
  // Of several holders ("Südafrikas Finanzminister X ... Bundesfinanzminister Y sagte ... der
  // Minister"), the one named last before this sentence.
  if (holders.size() > 1) {
    for (std::size_t si = c.sentence.index(); si-- > report;) {
      const auto& ms = c.sentences[si].mentions();
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (c.facts.mentions[*it].type != EntityType::Person) continue;
        if (auto h = holders.find(PartyKey(c.facts, *it)); h != holders.end()) return h->second;
      }
    }
  }
  return c.roles[*latest].person;
}

}  // namespace

namespace {

// Whether the meeting noun at `q` is what a meeting verb before it met for ("trafen sich ...
// zu einem Gespräch", "kamen ... zu einer Sitzung zusammen").
bool ComplementOfMeetingVerb(const SentenceAnnotation& s, std::size_t q) {
  return q >= 2 && s.folded(q - 2) == "zu" && (s.folded(q - 1) == "einem" || s.folded(q - 1) == "einer");
}

// The first phrase after trigger `t` that may name a partner or a place ("mit", "in", "bei";
// "am" mostly tells a time: "am Montag").
std::size_t FirstPartnerPhrase(const SentenceAnnotation& s, std::size_t t) {
  std::size_t k = t + 1;
  while (k < s.size() && s.folded(k) != "mit" && (!IsPreposition(s.folded(k)) || s.folded(k) == "am")) ++k;
  return k;
}

}  // namespace

void CoordinatedAdverbialsSplit::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (d.noun) return;
  auto comma = [&](std::size_t k) {  // asked of every word: bytes first
    const std::string& w = s.word(k);
    return w.size() == 1 && (w[0] == ',' || w[0] == ';');
  };
  auto sequence_word = [&](std::size_t k) {
    const std::string& w = s.folded(k);
    return w == "anschliessend" || w == "danach" || w == "dann" || w == "später" || w == "schliesslich";
  };
  // "mit A und mit B": the preposition said again tells talks with each; so does a sequence
  // ("zunächst A getroffen, anschließend B", "zunächst mit A, danach mit B").
  auto again = [&](std::size_t k) {
    return s.folded(k) == "und" && (IsPreposition(s.folded(k + 1)) || s.folded(k + 1) == "mit");
  };
  // Whether a party is named from token q on: a person or an organization, or a group acting
  // for a body, after "mit", articles, offices and adjectives ("mit dem Bürgermeister X",
  // "Vertreter des Verbands"; not "mit ihm", "bei einer Versammlung").
  auto party_at = [&](std::size_t q) {
    if (q < s.size() && s.folded(q) == "mit") ++q;
    for (std::size_t steps = 0; q < s.size() && steps < 4; ++q, ++steps) {
      if (const auto name = s.NameStartingAt(q)) {
        const EntityType type = s.mention(*name).type;
        return type == EntityType::Person || type == EntityType::Organization;
      }
      if (IsGroupNoun(s.folded(q))) return true;
      if (s.IsDeterminer(q)) continue;
      if (s.upper(q) && !c.lexicons.MatchRole(s.word(q))) return false;  // a noun of its own
      if (!s.upper(q) && !s.folded(q).ends_with("e") && !s.folded(q).ends_with("en")) return false;  // no adjective
    }
    return false;
  };
  // The sequence word after a comma, after ", und" or after "und" before a party ("traf A und
  // anschließend B"): how many tokens the joint takes, 0 for none.
  auto next_joint = [&](std::size_t k) -> std::size_t {
    const bool after_comma = comma(k) && s.word(k)[0] == ',';
    if (after_comma && sequence_word(k + 1)) return 2;
    if (after_comma && k + 2 < s.size() && s.folded(k + 1) == "und" && sequence_word(k + 2)) return 3;
    if (s.word(k).size() == 3 && s.folded(k) == "und" && (k == 0 || !comma(k - 1)) && sequence_word(k + 1) &&
        party_at(k + 2)) {
      return 2;
    }
    return 0;
  };
  auto next = [&](std::size_t k) { return next_joint(k) > 0; };
  // "sprach am Samstag mit A, am Sonntag mit B": a time of its own before the next "mit", also
  // with a place of its own ("am Montag in Paris mit A gesprochen, am Dienstag in Rom mit B"),
  // or before the next person whom the verb takes ("traf am Montag A, am Dienstag dann B").
  auto timed = [&](std::size_t k) {
    if (!comma(k) || s.word(k)[0] != ',' || k + 3 >= s.size() ||
        (s.folded(k + 1) != "am" && s.folded(k + 1) != "im") || !s.upper(k + 2)) {
      return false;
    }
    std::size_t with = k + 3;
    // "am Vormittag des Dienstags dann mit B": the time noun's genitive.
    if ((s.folded(with) == "des" || s.folded(with) == "der") && with + 1 < s.size() && s.upper(with + 1)) with += 2;
    if (s.folded(with) == "in" && with + 2 < s.size() && s.upper(with + 1)) with += s.upper(with + 2) ? 3 : 2;
    if (with < s.size() && sequence_word(with)) ++with;
    if (with >= s.size()) return false;
    if (s.folded(with) == "mit") return true;
    // "am Abend Vertreter des Verbands": a group acting for a body.
    if (IsGroupNoun(s.folded(with)) && with + 1 < s.size() &&
        (s.folded(with + 1) == "des" || s.folded(with + 1) == "der")) {
      return true;
    }
    const auto person = s.NameStartingAt(with);
    return person && s.mention(*person).type == EntityType::Person;
  };
  bool any = false;  // most sentences have no such joint: nothing to split
  for (std::size_t k = 0; k + 1 < s.size() && !any; ++k) any = again(k) || next(k) || timed(k);
  if (!any) return;
  // "traf sich mit A, mit B und mit C zu einem Gespräch": the one meeting they all came to.
  for (const Trigger& other : s.triggers()) {
    if (other.token > t && ComplementOfMeetingVerb(s, other.token) && s.clause(other.token) == s.clause(t)) return;
  }
  // A verb ending its clause ("hatte mit A und mit B gesprochen." or "... gesprochen und
  // gemahnt") has its phrases before it.
  const bool verb_final = t + 1 >= s.size() || s.IsPunct(t + 1) || s.folded(t + 1) == "und";
  std::size_t clause_start = t;
  while (verb_final && clause_start > 0 && !comma(clause_start - 1)) --clause_start;
  // Before a final verb, the partners' phrases start at "mit" or "zunächst"; without one, who is
  // whose partner cannot be told ("Dort will ihn X empfangen, anschließend ...").
  std::size_t first_phrase = FirstPartnerPhrase(s, t);
  if (verb_final) {
    first_phrase = clause_start;
    while (first_phrase < t && s.folded(first_phrase) != "mit" && s.folded(first_phrase) != "zunächst" &&
           s.folded(first_phrase) != "zuerst") {
      ++first_phrase;
    }
    if (first_phrase == t) return;
  }
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  std::size_t start = verb_final ? clause_start : t + 1;
  bool party_before = false;  // a person or organization named in [start, seen)
  std::size_t seen = start;
  for (std::size_t k = start; k + 1 < s.size(); ++k) {
    const bool is_next = next(k);
    const bool is_timed = !is_next && timed(k);
    if (!is_next && !is_timed && !again(k)) continue;
    for (; seen < k; ++seen) {
      if (auto m = s.NameAt(seen); m && (s.mention(*m).type == EntityType::Person ||
                                         s.mention(*m).type == EntityType::Organization)) {
        party_before = true;
      }
    }
    if (party_before) {
      segments.push_back({start, k});
      start = is_next ? k + next_joint(k) : k + 1;
      seen = start;
      party_before = false;
    }
  }
  segments.push_back({start, s.size()});
  d.segments = std::move(segments);
  if (d.segments.size() > 1) d.apart = true;
  // The subject after the verb ("In Rom sprach X mit A und mit B"), or before a final verb's
  // first phrase ("X hatte mit A und mit B gesprochen", "X hatte zunächst A getroffen, ..."),
  // is in every segment's meeting.
  if (verb_final && d.segments.size() > 1) d.shared_until = first_phrase;
  // "Zunächst traf sie A, danach B", "Er traf zunächst A, danach B": with a pronoun as the
  // subject, the name after it is the first partner; so is it after a subject named before the
  // verb ("X traf zunächst A, danach B").
  const bool named_subject = std::any_of(s.mentions().begin(), s.mentions().end(), [&](std::size_t m) {
    const Mention& men = s.mention(m);
    return men.type == EntityType::Person && men.first_token < t && s.clause(men.first_token) == s.clause(t);
  });
  // So is it after an office as the subject right after the verb ("traf der Präsident zunächst
  // A, danach B"; not one whose holder an apposition names: "kam der Präsident des Verbands, X").
  const bool office_subject = t + 3 < s.size() && (s.folded(t + 1) == "der" || s.folded(t + 1) == "die") &&
                              s.upper(t + 2) && !s.NameAt(t + 2) && c.lexicons.MatchRole(s.word(t + 2)) &&
                              !s.upper(t + 3) && !s.IsDeterminer(t + 3) && !s.IsPunct(t + 3);
  const bool pronoun_subject = named_subject || office_subject ||
                               (t + 1 < s.size() && (s.folded(t + 1) == "er" || s.word(t + 1) == "sie")) ||
                               (t > 0 && (s.folded(t - 1) == "er" || s.folded(t - 1) == "sie"));
  for (Candidate& candidate : d.candidates) {
    const Mention& mention = s.mention(candidate.mention);
    candidate.segment = d.SegmentOf(mention.first_token);
    if (d.segments.size() > 1 && candidate.segment == 0 && mention.type == EntityType::Person &&
        mention.first_token < first_phrase && !pronoun_subject) {
      candidate.segment = -1;
    }
  }
}

namespace {

// Where the meeting noun at token `next` is joined on: the "sowie", "und" or comma before its
// article and adjectives ("sowie ein kurzes Treffen"), if it is.
std::optional<std::size_t> CoordinationBefore(const SentenceAnnotation& s, std::size_t next) {
  for (std::size_t q = next; q > 0 && next - q < 4; --q) {
    const std::string& w = s.folded(q - 1);
    if (w == "sowie" || w == "und" || w == ",") return q - 1;
    if (!s.IsDeterminer(q - 1) && s.upper(q - 1)) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void CoordinatedMeetingsApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (!d.noun) return;
  const std::size_t t = d.trigger.token;
  std::optional<std::size_t> own_from, own_to;  // the coordinations that bound this meeting
  std::size_t previous_trigger = 0;
  const auto own_joint = CoordinationBefore(s, t);
  for (const Trigger& other : s.triggers()) {
    if (other.token == t || !s.IsNounTrigger(other)) continue;
    if (other.token > t) {
      const auto joint = CoordinationBefore(s, other.token);
      if (joint && *joint > t && (!own_to || *joint < *own_to)) own_to = joint;
    } else if (own_joint && other.token < *own_joint && other.token >= previous_trigger) {
      own_from = own_joint;
      previous_trigger = other.token;
    }
  }
  ForOpen(d, [&](Candidate& x) {
    const std::size_t k = s.mention(x.mention).first_token;
    const bool after = own_to && k >= *own_to;
    const bool before = own_from && k > previous_trigger && k < *own_from;
    if (after || before) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
    }
  });
  if (own_to) {
    for (auto& segment : d.segments) segment.second = std::min(segment.second, *own_to);
  }
}

void SeparateTalksApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  const std::size_t from = t > 4 ? t - 4 : 0;
  // "empfing die beiden Politiker zunächst getrennt": up to six words after the trigger, or
  // up to the partners' "mit" ("telefonierte am Montag nach Angaben seines Ministeriums
  // getrennt mit A und B").
  std::size_t to = t + 6;
  for (std::size_t k = t + 1; k < s.size() && k <= t + 12 && s.clause(k) == s.clause(t); ++k) {
    if (s.folded(k) == "mit") {
      to = std::max(to, k);
      break;
    }
  }
  for (std::size_t k = from; k < s.size() && k <= to; ++k) {
    if (s.clause(k) != s.clause(t) || s.quoted(k) != s.quoted(t)) continue;
    const std::string& w = s.folded(k);
    if (w.size() < 6 || (w[0] != 'g' && w[0] != 'e' && w[0] != 'n')) continue;  // most words, at a glance
    // Not "separate Gespräche mit A und B", which are apart from other talks, often with both.
    if (w.starts_with("getrennt") || w.starts_with("einzel") || w == "nacheinander") {
      d.separate = true;
      d.apart = true;
      return;
    }
  }
}

void BetweenNamesTheParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t + 1 >= s.size()) return;
  std::size_t end = t + 2;
  while (end < s.size() && !s.IsPunct(end)) ++end;
  // "zwischen A und B", or "von A mit B" ("das Treffen von A mit B kritisiert").
  const std::string& opens = s.folded(t + 1);
  if (opens == "von") {
    std::size_t with = t + 2;
    while (with < end && s.folded(with) != "mit") ++with;
    if (with == end || !s.NameAt(t + 2) || !s.NameStartingAt(with + 1)) return;
  } else if (opens != "zwischen") {
    return;
  }
  std::size_t inside = 0;
  for (const Candidate& x : d.candidates) {
    const std::size_t k = s.mention(x.mention).first_token;
    if (k > t + 1 && k < end && x.fate != Fate::Excluded) ++inside;
  }
  if (inside < 2) return;
  d.named_between = true;
  // Who stands before the trigger without a preposition reports or hosts it ("Eine Sprecherin
  // bestätigte ein Telefonat zwischen A und B"); a phrase with one may still be its place.
  ForOpen(d, [&](Candidate& x) {
    const std::size_t k = s.mention(x.mention).first_token;
    if (k >= t || PrepositionBefore(s, k)) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void DatelineIsNoParty::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const std::vector<std::size_t>& datelines = c.index.datelines;  // ascending
  ForOpen(d, [&](Candidate& x) {
    if (std::binary_search(datelines.begin(), datelines.end(), x.mention)) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
    }
  });
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
  const SentenceAnnotation& s = c.sentence;
  // "mit Paul Brandau, dem Präsidenten des Bundesrats": the body of a role in an apposition after
  // the meeting's verb, which the role reader leaves to the owner rules (adjectives may stand
  // before the body: "des konkurrierenden Bundesrats").
  auto owner_in_apposition = [&](std::size_t first_token) {
    std::size_t k = first_token;
    while (k > 0 && first_token - k < 2 && !s.upper(k - 1) && !s.IsDeterminer(k - 1) && !s.IsPunct(k - 1)) --k;
    if (k < 4 || (s.folded(k - 1) != "des" && s.folded(k - 1) != "der")) return false;
    const std::size_t role = k - 2;
    return s.IsDeterminer(role - 1) && s.folded(role - 2) == "," && c.lexicons.MatchRole(s.word(role));
  };
  ForOpen(d, [&](Candidate& x) {
    for (auto r = first; r != last; ++r) {
      if (r->of == x.mention) {
        x.fate = Fate::Excluded;
        x.decided_by = name();
        return;
      }
    }
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Organization && owner_in_apposition(men.first_token)) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
    }
  });
}

namespace {

// "kritisierte", "begrüßten", "hat gelobt", "bedauert": a verb that judges what it takes.
bool IsJudgingVerb(std::string_view folded) {
  for (std::string_view stem : {"kritisier", "begrüss", "lobt", "gelobt", "verurteil", "bemängel", "bedauer",
                                "kommentier", "würdigt", "gewürdigt", "rügt", "gerügt"}) {
    if (folded.starts_with(stem)) return true;
  }
  return false;
}

}  // namespace

void CommentersAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  // The meeting noun: the trigger, or what a judging verb the lexicon also reads as a greeting
  // takes ("begrüßte das Treffen").
  std::size_t noun = t;
  if (!d.noun) {
    if (!IsJudgingVerb(s.folded(t)) || t + 2 >= s.size() || !s.IsDeterminer(t + 1) || !s.upper(t + 2)) return;
    noun = t + 2;
    const auto& triggers = s.triggers();
    if (std::none_of(triggers.begin(), triggers.end(), [&](const Trigger& other) { return other.token == noun; })) return;
  }
  if (noun + 1 >= s.size()) return;
  // The meeting's own parties right after its noun: "den Besuch Ficos", "das Treffen der
  // beiden", "das Treffen von X und Y".
  const std::string& next = s.folded(noun + 1);
  const bool own_parties =
      s.NameStartingAt(noun + 1) ||
      ((next == "der" || next == "des" || next == "von" || next == "zwischen") && noun + 2 < s.size() &&
       (s.NameStartingAt(noun + 2) || s.folded(noun + 2) == "beiden"));
  if (!own_parties) return;
  const int clause = s.clause(noun);
  bool judged = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != clause || s.quoted(k)) continue;
    if (k > noun && s.folded(k) == "mit") return;  // "lobte das Gespräch mit Y": X took part
    judged = judged || (k != noun && IsJudgingVerb(s.folded(k)));
  }
  if (!judged) return;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.last_token > std::min(t, noun) || s.clause(men.first_token) != clause) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void SpeakersExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  // "Nach dem Treffen mit X sagte Y": who speaks after (or at) a meeting with someone was in it.
  // Adjectives may stand between the article and the noun ("Nach einem zweistündigen Treffen").
  bool after_meeting = false;
  if (d.noun) {
    std::size_t k = t;
    while (k > 0 && t - k < 3 && !s.upper(k - 1) && !s.IsDeterminer(k - 1) && !s.IsPunct(k - 1)) --k;
    after_meeting = k >= 2 && s.IsDeterminer(k - 1) && (s.folded(k - 2) == "nach" || s.folded(k - 2) == "bei");
  }
  // "Nach einem Spitzengespräch im Rathaus sagten X und Y, ...": who speak together after a
  // meeting were its parties (one alone may have been told about it).
  bool together = after_meeting && t + 1 < s.size() && s.folded(t + 1) == "mit";
  // A person named at k or after one or two words ("und Vorstandssprecher Y").
  auto person_from = [&](std::size_t k) {
    for (std::size_t j = k; j < s.size() && j < k + 3 && !s.IsPunct(j); ++j) {
      if (auto n = s.NameStartingAt(j)) return s.mention(*n).type == EntityType::Person;
    }
    return false;
  };
  for (std::size_t m : after_meeting ? s.speakers() : std::set<std::size_t>{}) {
    const Mention& speaker = s.mention(m);
    // "X (SPD) und Y": past a party in brackets.
    const bool bracket = speaker.last_token + 3 < s.size() && s.word(speaker.last_token) == "(";
    const std::size_t after = speaker.last_token + (bracket ? 3 : 0);
    together = together || (speaker.type == EntityType::Person && after + 1 < s.size() && s.folded(after) == "und" &&
                            person_from(after + 1));
  }
  const bool speakers_met = after_meeting && together;
  // "X habe ihn ermutigt, mit Y zu verhandeln": who urges a meeting is not in it.
  std::optional<std::size_t> urged_at;
  if (d.announced_infinitive) {
    for (std::size_t k = 0; k < t; ++k) {
      if (IsUrgingWord(s.folded(k))) urged_at = k;
    }
  }
  // "X kündigte einen runden Tisch mit Y an": the meeting noun is what the speaker announces,
  // with its partner, in the speaker's own clause: the speaker holds it.
  bool announces_own = false;
  const bool round_table = t + 1 < s.size() && s.folded(t + 1) == "tisch";  // "einen runden Tisch"
  const std::size_t with = t + (round_table ? 2 : 1);
  if ((d.noun || round_table) && with < s.size() && s.folded(with) == "mit") {
    bool particle = false;  // "an" ends the clause
    for (std::size_t q = with + 1; q < s.size() && s.clause(q) == s.clause(t); ++q) {
      particle = particle || (s.folded(q) == "an" && (q + 1 == s.size() || s.IsPunct(q + 1)));
    }
    for (std::size_t k = 0; k < t && particle && !announces_own; ++k) {
      const std::string& w = s.folded(k);  // asked of every word: bytes first
      if (w.size() < 8 || w.size() > 10 || w[0] != 'k' || s.clause(k) != s.clause(t)) continue;
      announces_own = w == "kündigte" || w == "kündigten" || w == "kündigt";
    }
  }
  // "Am Abend habe sie mit X telefoniert, sagte Y": a subject pronoun of the report that stands
  // for no one named before is the speaker telling of herself.
  // So is one right after the comma that ends the speaker's tag ("X berichtete, sie habe am
  // Montag mit Y telefoniert").
  auto tells_of_self = [&](std::size_t speaker) {
    const char gender = c.index.gender[speaker];
    for (std::size_t k = 0; k < s.mention(speaker).first_token; ++k) {
      const std::string& w = s.folded(k);
      const bool she = w == "sie" && (k == 0 || s.word(k) == "sie") && SingularSie(s, k);
      if ((w != "er" && !she) || s.clause(k) != s.clause(t) || !d.InScope(s, k)) continue;
      return (she ? gender != 'm' : gender != 'f') && !Antecedent(c, k);
    }
    const std::size_t tag = s.mention(speaker).last_token;
    if (tag + 2 >= t || !IsReportingWord(s.folded(tag)) || s.word(tag + 1) != ",") return false;
    const std::size_t k = tag + 2;
    const bool she = s.word(k) == "sie" && SingularSie(s, k);
    return (she ? gender != 'm' : s.word(k) == "er" && gender != 'f') && d.InScope(s, k);
  };
  // "X sagte, für Mai sei ein Gespräch mit Y vereinbart", "X sagte, ein Treffen mit Y sei
  // geplant": a meeting no one holds in the words after the speaker's tag is the speaker's own
  // (not "die Opposition sei zum Gespräch mit Y nicht eingeladen", "man habe um ein Gespräch mit Y
  // gebeten").
  auto tells_own_meeting = [&](std::size_t speaker) {
    const std::size_t tag = s.mention(speaker).last_token;
    if (!d.noun || t < 2 || t + 1 >= s.size() || s.folded(t + 1) != "mit" || tag + 2 >= t ||
        !IsReportingWord(s.folded(tag)) || s.word(tag + 1) != ",") {
      return false;
    }
    const std::string& article = s.folded(t - 1);
    const std::string& before = s.folded(t - 2);
    if (article != "ein" && article != "eine") return false;
    if (t - 2 != tag + 1 && !IsAuxiliaryOfAPlan(before)) return false;
    for (std::size_t k = tag + 2; k < t; ++k) {
      if (!s.MentionsIn(k).empty() || s.IsPunct(k)) return false;
    }
    return true;
  };
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (urged_at && men.last_token <= *urged_at && s.clause(men.first_token) == s.clause(*urged_at)) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
      return;
    }
    if (!s.speakers().count(x.mention)) return;
    // "X kündigte an, sich mit Y zu treffen": the speaker is the subject of the meeting; so in
    // a purpose clause ("X kündigte an, nach Ulm zu reisen, um mit Y zu sprechen"), whose
    // subject is the sentence's.
    const bool purpose_infinitive = d.purpose && !d.noun && t > 0 && s.folded(t - 1) == "zu";
    if ((d.announced_infinitive || purpose_infinitive || speakers_met ||
         (announces_own && s.clause(men.first_token) == s.clause(t)) || tells_of_self(x.mention) ||
         tells_own_meeting(x.mention)) &&
        men.type == EntityType::Person) {
      return;
    }
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void MediaAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  auto is_media = [&](std::size_t m) {
    const Mention& men = s.mention(m);
    return men.type == EntityType::Organization && IsMediaName(text::FoldForMatch(men.canonical));
  };
  // "im Gespräch mit dem Sender X": the talk is an interview, no meeting at all.
  const std::size_t t = d.trigger.token;
  // "Das Gespräch führte Anna Kessler.", "... führten X und Y.": an interview's credit names
  // its journalists, and nothing else.
  if (d.noun && t == 1 && t + 2 < s.size() && (s.folded(t + 1) == "führte" || s.folded(t + 1) == "führten") &&
      s.NameStartingAt(t + 2)) {
    std::size_t k = t + 2;
    while (k < s.size()) {
      if (const auto name = s.NameStartingAt(k)) {
        k = s.mention(*name).last_token;
      } else if (s.folded(k) == "und" || s.word(k) == ",") {
        ++k;
      } else {
        break;
      }
    }
    if (k + 1 >= s.size()) {
      d.dropped = true;
      return;
    }
  }
  if (d.noun && t + 2 < s.size() && s.folded(t + 1) == "mit") {
    for (const Candidate& x : d.candidates) {
      const Mention& men = s.mention(x.mention);
      if (men.first_token < t + 2 || !is_media(x.mention)) continue;
      bool direct = true;
      for (std::size_t k = t + 2; k < men.first_token; ++k) direct = direct && (s.IsDeterminer(k) || !s.upper(k));
      if (direct) d.dropped = true;
    }
  }
  // "sprach unsere Korrespondentin X mit Y": the outlet's own journalist interviews; there is
  // no meeting of theirs to report.
  auto own_journalist = [&](std::size_t m) {
    const Mention& men = s.mention(m);
    if (men.type != EntityType::Person || men.first_token < 2) return false;
    const std::string& possessive = s.folded(men.first_token - 2);
    if (!possessive.starts_with("unser")) return false;
    return text::EndsWithAny(s.folded(men.first_token - 1), {"korrespondent", "korrespondentin", "reporter", "reporterin", "redakteur",
                                    "redakteurin", "journalist", "journalistin", "autor", "autorin"});
  };
  ForOpen(d, [&](Candidate& x) {
    if (!is_media(x.mention) && !own_journalist(x.mention)) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

namespace {

// Whether the name starting at token `first` is what something is about: "über die Ukraine",
// also through one noun and its place phrase ("über die Lage im Gazastreifen", "über den Krieg
// in der Ukraine", "um ein Ende des Kriegs in der Ukraine") or its name ("über das Projekt
// Nordlicht"); the walk back stops at token `stop` (not across a trigger: "über das
// Treffen im Kanzleramt").
bool InTopic(const SentenceAnnotation& s, std::size_t first, std::optional<std::size_t> stop,
             bool verb_trigger = false) {
  std::size_t nouns_passed = 0;
  for (std::size_t q = first; q > 0 && first - q < 12 && (!stop || q - 1 != *stop); --q) {
    const std::string& w = s.folded(q - 1);
    // "über den Handel, die Lage in X und": a comma between a noun and the next topic's article
    // lists topics.
    if (w == "," && q >= 2 && s.upper(q - 2) && !s.NameAt(q - 2) && s.IsDeterminer(q)) continue;
    // "über ein Abkommen zwischen der EU und der X": a name joined to this one by "und" is
    // part of the same topic; the walk goes on before it.
    if (const auto joined = s.NameAt(q - 1); joined && q < first && s.folded(q) == "und") {
      q = s.mention(*joined).first_token + 1;
      continue;
    }
    if (s.IsPunct(q - 1) || s.NameAt(q - 1)) return false;
    if (w.size() <= 5) {  // asked of many words: the short ones only
      if (w == "über" || w == "gegen" || w == "wegen" || w == "zur" || w == "um") return true;
      if (w == "mit") return false;
    }
    if (s.upper(q - 1) && !s.IsDeterminer(q - 1)) {
      // Each noun must be followed by a place preposition ("die Lage im ..."), a genitive ("ein
      // Ende des Kriegs in der Ukraine") or another topic ("den Zeitplan und die Erwartungen
      // des IOC"), or have the name in apposition ("um das Projekt Nordlicht").
      // "ins Kanzleramt", "nach Wien" go with a verb of motion, not with the noun before them.
      const bool directional = s.folded(q) == "ins" || s.folded(q) == "nach";
      // "die Anbindung an die Autobahn A 9": the noun's object.
      // After a verb "zwischen" is a topic noun's ("sprach über ein Abkommen zwischen A und B");
      // after a meeting noun it may name the parties ("Gespräche über X zwischen A und B").
      const bool linked = q == first || (IsPreposition(s.folded(q)) && !directional) || s.folded(q) == "an" ||
                          (verb_trigger && s.folded(q) == "zwischen") ||
                          s.folded(q) == "des" || s.folded(q) == "der" || s.folded(q) == "und" || s.word(q) == ",";
      if (nouns_passed == 3 || !linked) return false;
      ++nouns_passed;
    }
  }
  return false;
}

}  // namespace

void TopicsExcluded::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  // "Dabei ging es um A, B und die Lage in C", "Es sei vor allem um A gegangen": all of the
  // clause after "es ... um" with a form of "gehen" is the agenda.
  std::size_t agenda = SIZE_MAX;
  for (std::size_t k = 0; k + 1 < s.size() && agenda == SIZE_MAX; ++k) {
    const std::string& es = s.folded(k);
    if (es.size() != 2 || es[0] != 'e' || es[1] != 's') continue;  // asked of every word: no string compare
    std::size_t um = SIZE_MAX;
    // ("ging es nach Angaben der Regierung vor allem um": adverbials between)
    for (std::size_t q = k + 1; q < s.size() && q <= k + 10 && s.clause(q) == s.clause(k); ++q) {
      if (s.folded(q) == "um") {
        um = q;
        break;
      }
    }
    if (um == SIZE_MAX) continue;
    for (std::size_t q = 0; q < s.size(); ++q) {
      if (s.clause(q) != s.clause(k)) continue;
      const std::string& w = s.folded(q);
      if (w == "ging" || w == "gingen" || w == "geht" || w == "gehe" || w == "gehen" || w == "gegangen") {
        agenda = um;
        break;
      }
    }
  }
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person) return;
    const bool on_agenda = men.first_token > agenda && s.clause(men.first_token) == s.clause(agenda);
    // "Hilfen für die Ukraine": a state something is for is what talks are about.
    std::size_t q = men.first_token;
    while (q > 0 && s.IsDeterminer(q - 1)) --q;
    const bool for_a_state = men.is_country && q > 0 && s.folded(q - 1) == "für";
    if (!on_agenda && !for_a_state && !InTopic(s, men.first_token, d.trigger.token, !d.noun)) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void BodyActedForIsNoParty::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (s.size() < 4 || s.folded(0) != "für") return;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person || men.last_token > d.trigger.token) return;
    // Right after "Für" and its article: "Für die Bundesregierung", "Für das Erzbistum Ulm".
    std::size_t q = men.first_token;
    while (q > 1 && s.IsDeterminer(q - 1)) --q;
    if (q != 1) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void MeetingInTimePhraseApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  for (const SentenceAnnotation::TimePhrase& phrase : s.time_phrases()) {
    const std::size_t from = phrase.from;
    const std::size_t to = phrase.to;
    d.apart = true;
    if (phrase.trigger != t) {
      // Its partners are no parties to the sentence's other meetings.
      ForOpen(d, [&](Candidate& x) {
        const std::size_t k = s.mention(x.mention).first_token;
        if (k < from || k >= to) return;
        x.fate = Fate::Excluded;
        x.decided_by = name();
      });
      continue;
    }
    d.time_phrase = true;
    // The meeting in the phrase: its partners and whoever the sentence is about, the first
    // one outside the phrase with no preposition before and those listed with it ("A, B und
    // C erklärten nach einem Treffen"); no partner of another meeting.
    std::optional<std::size_t> agents_end;  // the token after the agents so far
    auto listed_with_agents = [&](std::size_t k) {
      bool joined = false;
      for (std::size_t q = *agents_end; q < k; ++q) {
        const std::string& w = s.folded(q);
        if (w == "und" || w == "sowie" || w == ",") joined = true;
        if (s.upper(q) || s.IsPunct(q) || s.IsDeterminer(q) || w == "und" || w == "sowie" || w == "von" ||
            w == "vom" || w.starts_with("sein") || w.starts_with("ihr")) {
          continue;
        }
        // An adjective ("der stellvertretende"), not a verb in the past ("sagte", "trafen").
        const bool adjective = (w.ends_with("e") || w.ends_with("en") || w.ends_with("er")) &&
                               !w.ends_with("te") && !w.ends_with("ten");
        if (!adjective) return false;
      }
      return joined;
    };
    ForOpen(d, [&](Candidate& x) {
      const Mention& men = s.mention(x.mention);
      const std::size_t k = men.first_token;
      if (k >= from && k < to) return;
      std::size_t q = k;
      while (q > 0 && k - q < 3 && (s.IsDeterminer(q - 1) || !s.upper(q - 1)) && !s.IsPunct(q - 1) &&
             !IsAnyPreposition(s.folded(q - 1))) {
        --q;
      }
      const bool governed = q > 0 && IsAnyPreposition(s.folded(q - 1));
      // "Nach dem Gipfel sprach X im Kanzleramt": where the sentence is may be where it was.
      if (governed && IsPreposition(s.folded(q - 1)) && s.folded(q - 1) != "nach" && s.folded(q - 1) != "ins" &&
          men.type != EntityType::Person && !men.is_country) {
        return;
      }
      if (!governed && (men.type != EntityType::Place || men.is_country) &&
          (!agents_end || listed_with_agents(k))) {
        agents_end = men.last_token;
        return;
      }
      x.fate = Fate::Excluded;
      x.decided_by = name();
    });
    // A meeting after the sentence's event ("vor dem Treffen") or long before it ("seit") has
    // no time outside its phrase; one it ends in or frames ("nach", "während") is that day's.
    const std::string& preposition = s.folded(from);
    if (preposition == "vor" || preposition == "seit") {
      d.segments = {{t + 1, to}};
      for (Candidate& x : d.candidates) x.segment = d.SegmentOf(s.mention(x.mention).first_token);
    }
  }
}

void SubordinateClauseKeepsItsParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const int clause = s.clause(d.trigger.token);
  if (clause == 0) return;
  // Who the subordinate clause names itself: persons, organizations and states by name.
  std::size_t own = 0;
  for (const Candidate& x : d.candidates) {
    const Mention& men = s.mention(x.mention);
    if (x.fate != Fate::Open || men.kind != MentionKind::Name || s.clause(men.first_token) != clause) continue;
    if (men.type == EntityType::Person || men.type == EntityType::Organization || men.is_country) ++own;
  }
  if (own < 2) return;
  // A relative clause's subject is the person it follows: "Minister X, der am Montag mit Y
  // zusammengetroffen war".
  std::size_t first = d.trigger.token;
  while (first > 0 && s.clause(first - 1) == clause) --first;
  std::optional<std::size_t> antecedent;
  if (first >= 2 && (s.folded(first) == "der" || s.folded(first) == "die") && s.word(first - 1) == ",") {
    const auto person = s.NameAt(first - 2);
    if (person && s.mention(*person).type == EntityType::Person) antecedent = person;
  }
  ForOpen(d, [&](Candidate& x) {
    if (s.clause(s.mention(x.mention).first_token) == clause || x.mention == antecedent) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

namespace {

// The comma span of token k: the tokens between the commas (or semicolons) around it.
std::pair<std::size_t, std::size_t> CommaSpan(const SentenceAnnotation& s, std::size_t k) {
  // Also "und" before a finite verb of its own: "war mit A zusammengekommen und hatte sich mit
  // B abgestimmt".
  auto boundary = [&](std::size_t q) {
    const std::string& w = s.word(q);  // asked of every word: bytes first
    if (w.size() == 1) return w[0] == ',' || w[0] == ';';
    if (w.size() != 3 || s.folded(q) != "und" || q + 1 >= s.size() || s.upper(q + 1)) return false;
    const std::string& next = s.folded(q + 1);
    return IsPastMarker(next) || IsModal(next) || next == "hat" || next == "habe" || next == "haben" ||
           next == "ist" || next == "sind";
  };
  std::size_t from = k, to = k + 1;
  while (from > 0 && !boundary(from - 1)) --from;
  while (to < s.size() && !boundary(to)) ++to;
  return {from, to};
}

// "am", "danach", "anschließend": words that open a clause by its time ("am Dienstag trifft sie").
bool IsClauseTimeOpener(std::string_view folded) {
  static constexpr std::string_view kOpeners[] = {"am", "danach", "anschließend", "später", "dann", "tags", "zuvor",
                                                  "vorher", "abends", "morgens", "nachmittags", "mittags"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), folded) != std::end(kOpeners);
}

// Whether the mention at token k is named with "mit" ("mit dem litauischen Außenminister X"):
// back over articles, adjectives, a role noun and titles, within `from`.
bool NamedWithMit(const SentenceContext& c, std::size_t k, std::size_t from) {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t q = k; q > from && k - q < 5; --q) {
    const std::size_t w = q - 1;
    if (s.folded(w) == "mit") return true;
    if (s.IsPunct(w) || s.NameAt(w)) return false;
    if (s.upper(w) && !s.IsDeterminer(w) && !c.lexicons.MatchRole(s.word(w)) && s.MentionsIn(w).empty()) return false;
  }
  return false;
}

}  // namespace

namespace {

// Keeps the meeting of d's trigger in the half of the sentence between the boundaries around
// it (`boundary(k)` marks a token that ends one half and opens the next), where each half names
// a party of its own ("traf X; beide sprachen über Y" tells one meeting on; "will nach Ulm
// reisen; dort ist ein Treffen mit dem Minister geplant" one trip and its meeting), and the other
// half's trigger is no trip and no one joining this meeting.
template <typename Boundary>
void KeepItsHalf(const SentenceContext& c, MeetingDraft& d, const Boundary& boundary, std::string_view rule) {
  const SentenceAnnotation& s = c.sentence;
  if (s.triggers().size() < 2) return;
  const std::size_t t = d.trigger.token;
  std::size_t begin = 0, end = s.size();
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!boundary(k)) continue;
    if (k < t) begin = k + 1;
    if (k > t && end == s.size()) end = k;
  }
  if (begin == 0 && end == s.size()) return;
  auto named_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.first_token >= from && men.first_token < to && men.kind == MentionKind::Name &&
          men.type != EntityType::Place) {
        return true;
      }
    }
    return false;
  };
  // "...; die beiden wollen sich im Juli treffen": the pair of the first half meets again.
  auto the_two_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k + 1 < to; ++k) {
      if (s.folded(k) == "die" && s.folded(k + 1) == "beiden" && (k + 2 >= to || !s.upper(k + 2))) return true;
    }
    return false;
  };
  if (d.join || !(named_in(begin, end) || the_two_in(begin, end))) return;
  const bool other = std::any_of(s.triggers().begin(), s.triggers().end(), [&](const Trigger& x) {
    if (x.token >= begin && x.token < end) return false;
    if (x.entry->pos == "verb-nach" || x.entry->pos.starts_with("join")) return false;
    return x.token < begin ? named_in(0, begin) : named_in(end, s.size()) || the_two_in(end, s.size());
  });
  if (!other) return;
  d.half_begin = std::max(d.half_begin, begin);
  d.half_end = std::min(d.half_end, end);
  d.apart = true;
  d.segments.front().second = std::min(d.segments.front().second, end);  // an early rule: one segment
  ForOpen(d, [&](Candidate& x) {
    const std::size_t k = s.mention(x.mention).first_token;
    if (k >= begin && k < end) return;
    x.fate = Fate::Excluded;
    x.decided_by = rule;
  });
}

}  // namespace

void SemicolonHalvesApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  KeepItsHalf(c, d, [&](std::size_t k) { return c.sentence.word(k) == ";"; }, name());
}

void CoordinatedClausesApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  // ", und Ministerin X traf Y": "und" after a comma, then a subject of its own (a person, after
  // articles, offices or a state's genitive) and, after its party in brackets, a meeting verb.
  auto opens_a_clause = [&](std::size_t k) {  // asked of every word: bytes first
    if (s.word(k).size() != 3 || k == 0 || k + 2 >= s.size() || s.folded(k) != "und" || s.word(k - 1) != ",") {
      return false;
    }
    std::size_t q = k + 1;
    while (q < s.size() && !s.NameAt(q) &&
           (s.IsDeterminer(q) || (s.upper(q) && c.lexicons.MatchRole(s.word(q))))) {
      ++q;
    }
    auto name = q < s.size() ? s.NameAt(q) : std::nullopt;
    if (name && s.mention(*name).type == EntityType::Place) {  // "Simbabwes Außenminister X"
      q = s.mention(*name).last_token;
      while (q < s.size() && !s.NameAt(q) && s.upper(q) && c.lexicons.MatchRole(s.word(q))) ++q;
      name = q < s.size() ? s.NameAt(q) : std::nullopt;
    }
    if (!name || s.mention(*name).type != EntityType::Person) return false;
    q = s.mention(*name).last_token;
    if (q < s.size() && s.word(q) == "(") {
      while (q < s.size() && s.word(q) != ")") ++q;
      ++q;
    }
    return q < s.size() && std::any_of(s.triggers().begin(), s.triggers().end(), [&](const Trigger& x) {
             return x.token == q && !s.IsNounTrigger(x);
           });
  };
  KeepItsHalf(c, d, opens_a_clause, name());
}

void PlannedClauseApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (s.triggers().size() < 2 || d.join) return;
  // The verb's trigger, and the comma that opens the noun's clause with an auxiliary in it.
  auto clause_of_noun = [&](const Trigger& verb, const Trigger& noun) -> std::optional<std::size_t> {
    if (s.IsNounTrigger(verb) || !s.IsNounTrigger(noun) || noun.token <= verb.token) return std::nullopt;
    std::optional<std::size_t> comma;
    bool auxiliary = false;
    for (std::size_t k = verb.token + 1; k < noun.token; ++k) {
      if (s.word(k) == ",") {
        comma = k;
        auxiliary = false;
      }
      auxiliary = auxiliary || IsAuxiliaryOfAPlan(s.folded(k));
    }
    if (!comma || !auxiliary || s.folded(*comma + 1) == "und" || s.folded(*comma + 1) == "sowie") return std::nullopt;
    return comma;
  };
  // Whether the noun's clause names a party of its own ("ein Treffen mit Z").
  auto names_party = [&](std::size_t comma) {
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.first_token > comma && men.type != EntityType::Place) return true;
    }
    return false;
  };
  for (const Trigger& other : s.triggers()) {
    const bool verb_here = other.token > d.trigger.token;
    const auto comma = verb_here ? clause_of_noun(d.trigger, other) : clause_of_noun(other, d.trigger);
    if (!comma || (!verb_here && names_party(*comma))) continue;
    d.apart = true;
    if (verb_here) {
      d.half_end = std::min(d.half_end, *comma);
      d.segments.front().second = std::min(d.segments.front().second, *comma);
      ForOpen(d, [&](Candidate& x) {
        if (s.mention(x.mention).first_token < *comma) return;
        x.fate = Fate::Excluded;
        x.decided_by = name();
      });
    } else {
      // The persons the verb's clause names are the parties.
      d.half_begin = *comma + 1;
      ForOpen(d, [&](Candidate& x) {
        const Mention& men = s.mention(x.mention);
        if (men.first_token < *comma && men.type == EntityType::Person) {
          x.fate = Fate::Party;
          x.decided_by = name();
        } else if (men.first_token < *comma) {
          x.fate = Fate::Excluded;
          x.decided_by = name();
        }
      });
    }
    return;
  }
}

namespace {

// "hat", "waren", "will", "sollen": a finite verb that a participle or infinitive at the clause's
// end completes.
bool IsAuxiliaryOrModal(std::string_view w) {
  return IsPerfectAuxiliary(w) || IsModal(w) || w == "wird" || w == "werden" || w == "habe" || w == "sei" ||
         w == "seien";
}

}  // namespace

void CoordinatedVerbsApart::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (s.triggers().size() < 2 || d.noun) return;  // most sentences: one meeting verb
  const std::size_t t = d.trigger.token;
  // The other meeting verb of the sentence, and the "und" between the two (no comma before it).
  for (const Trigger& other : s.triggers()) {
    if (other.token == t || s.IsNounTrigger(other) || s.quoted(other.token) != s.quoted(t)) continue;
    const std::size_t first = std::min(t, other.token), second = std::max(t, other.token);
    // (Commas after it may set off an apposition: "und danach den Präsidenten des Amtes, X,
    // getroffen".)
    std::optional<std::size_t> joint;
    for (std::size_t k = first + 1; k < second && !s.IsPunct(k); ++k) {
      if (s.folded(k) == "und") joint = k;
    }
    // The subject is shared: no name or article opens the second half ("und Max Ott sprach").
    if (!joint || (*joint + 1 < second && (s.upper(*joint + 1) || s.IsDeterminer(*joint + 1)))) continue;
    // Each verb's own partners, persons, or bodies right after "mit" ("hatte mit dem Städtetag
    // beraten und mit X telefoniert"; "will das Werk der X AG besichtigen und mit ihrem Chef
    // sprechen" is one visit).
    auto after_mit = [&](const Mention& men) {
      std::size_t k = men.first_token;
      while (k > 0 && s.IsDeterminer(k - 1)) --k;
      return k > 0 && s.folded(k - 1) == "mit";
    };
    auto party_in = [&](std::size_t from, std::size_t to) {
      std::set<std::string> keys;
      for (const Candidate& x : d.candidates) {
        const Mention& men = s.mention(x.mention);
        if (men.first_token > from && men.first_token < to && men.kind == MentionKind::Name &&
            (men.type == EntityType::Person || (men.type == EntityType::Organization && after_mit(men)))) {
          keys.insert(PartyKey(c.facts, x.mention));
        }
      }
      return keys;
    };
    // Where the first verb's own words begin: after it (verb second: "traf A und"), else after
    // its auxiliary ("hat A getroffen und").
    std::size_t own_from = first;
    std::set<std::string> first_partners = party_in(first, *joint);
    if (first_partners.empty()) {
      std::optional<std::size_t> auxiliary;
      for (std::size_t k = 0; k < first; ++k) {
        if (s.clause(k) == s.clause(first) && IsAuxiliaryOrModal(s.folded(k))) auxiliary = k;
      }
      if (!auxiliary) continue;
      own_from = *auxiliary;
      // "Am Montag will X das Werk besichtigen": a name right after the auxiliary is the subject.
      for (const Candidate& x : d.candidates) {
        const Mention& men = s.mention(x.mention);
        if (men.first_token == *auxiliary + 1) own_from = std::max(own_from, men.last_token - 1);
      }
      first_partners = party_in(own_from, *joint);
    }
    std::size_t clause_end = second;
    while (clause_end < s.size() && !s.IsPunct(clause_end) && s.clause(clause_end) == s.clause(second)) ++clause_end;
    const std::set<std::string> second_partners = party_in(*joint, clause_end);
    // "hat mit X telefoniert und will sie im Juli treffen": the second meets the first's partner
    // again, named by a pronoun.
    bool again = false;
    for (std::size_t k = *joint + 1; k < clause_end && second_partners.empty() && !again; ++k) {
      const std::string& w = s.folded(k);
      again = w == "sie" || w == "ihn" || w == "ihm" || w == "ihr" || w == "ihnen";
    }
    if (first_partners.empty() || (second_partners.empty() && !again)) continue;
    // Told at two times ("am Morgen ... und am Abend"), or one after the other ("und danach").
    bool sequenced = false;
    for (std::size_t k = *joint + 1; k < clause_end; ++k) {
      const std::string& w = s.folded(k);
      sequenced = sequenced || w == "danach" || w == "anschließend" || w == "dann" || w == "später";
    }
    const auto& date = c.facts.article.date_published;
    if (!sequenced && !(FindTimeExpression(s, 0, *joint, first, date, true) &&
                        FindTimeExpression(s, *joint, clause_end, second, date, true))) {
      continue;
    }
    bool shared = false;
    for (const std::string& key : first_partners) shared = shared || second_partners.count(key) > 0;
    if (shared) continue;
    d.apart = true;
    if (again && t == second) {
      // Its partner is the first's, whom later rules would leave to the first half.
      for (const Candidate& x : d.candidates) {
        const Mention& men = s.mention(x.mention);
        if (men.first_token > own_from && men.first_token < *joint &&
            first_partners.count(PartyKey(c.facts, x.mention))) {
          d.added_parties.emplace_back(-1, x.mention);
        }
      }
      return;
    }
    if (t == first) {
      d.half_end = std::min(d.half_end, *joint);
      d.segments.front().second = std::min(d.segments.front().second, *joint);
      ForOpen(d, [&](Candidate& x) {
        if (s.mention(x.mention).first_token <= *joint) return;
        x.fate = Fate::Excluded;
        x.decided_by = name();
      });
    } else {
      // (A place of the first stays the second's, unless it names its own.)
      ForOpen(d, [&](Candidate& x) {
        const std::size_t k = s.mention(x.mention).first_token;
        if (k <= own_from || k >= *joint || s.mention(x.mention).type == EntityType::Place) return;
        x.fate = Fate::Excluded;
        x.decided_by = name();
      });
    }
    return;
  }
}

void CommaClausesKeepTheirPartners::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (s.triggers().size() < 2) return;  // most sentences: nothing to keep apart
  const std::size_t t = d.trigger.token;
  const auto own = CommaSpan(s, t);
  std::set<std::string> own_partners;
  bool own_known = false;
  for (const Trigger& other : s.triggers()) {
    if (other.token == t || s.clause(other.token) != s.clause(t)) continue;
    const auto span = CommaSpan(s, other.token);
    if (span == own) continue;
    // "traf sich mit A, mit B und mit C zu einem Gespräch": the noun is what the verb met for
    // (unless its own clause has the verb: "war zu einem Gespräch mit A zusammengetroffen, am
    // Abend traf er B").
    auto verb_in_span = [&](std::pair<std::size_t, std::size_t> in) {
      return std::any_of(s.triggers().begin(), s.triggers().end(), [&](const Trigger& v) {
        return v.token >= in.first && v.token < in.second && !s.IsNounTrigger(v);
      });
    };
    if ((ComplementOfMeetingVerb(s, other.token) && !verb_in_span(span)) ||
        (ComplementOfMeetingVerb(s, t) && !verb_in_span(own))) {
      continue;
    }
    // "..., am Dienstag trifft sie in München Paul Brandau": a later clause that opens with its
    // own time and verb; whom its verb takes after its subject is its own.
    const bool timed_clause = other.token > t && span.first > 0 && s.word(span.first - 1) == "," &&
                              other.token <= span.first + 3 && IsClauseTimeOpener(s.folded(span.first)) &&
                              !s.IsNounTrigger(other) &&
                              (other.entry->pos == "verb" || other.entry->pos == "verb-person");
    const std::size_t subject = other.token + 1;
    ForOpen(d, [&](Candidate& x) {
      const Mention& men = s.mention(x.mention);
      const std::size_t k = men.first_token;
      if (k < span.first || k >= span.second || men.kind != MentionKind::Name) return;
      if (!NamedWithMit(c, k, span.first) && !(timed_clause && k > subject)) return;
      if (!own_known) {
        for (const Candidate& y : d.candidates) {
          const std::size_t q = s.mention(y.mention).first_token;
          if (q >= own.first && q < own.second) own_partners.insert(PartyKey(c.facts, y.mention));
        }
        own_known = true;
      }
      if (own_partners.count(PartyKey(c.facts, x.mention))) return;
      x.fate = Fate::Excluded;
      x.decided_by = name();
      d.apart = true;
    });
  }
}

void ChamberSittingIsNoMeeting::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t + 2 >= s.size()) return;
  // "die Beratungen des Bundesrats": a body's own deliberations, as its sitting.
  const bool deliberations = s.folded(t) == "beratungen" || s.folded(t) == "beratung";
  if (!s.folded(t).ends_with("sitzung") && !deliberations) return;
  // "müsse dem Innenausschuss in einer Sondersitzung berichten": the chamber its clause names.
  if (!deliberations && t >= 2 && s.folded(t - 2) == "in" && (s.folded(t - 1) == "einer" || s.folded(t - 1) == "der")) {
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (!s.upper(k) || s.clause(k) != s.clause(t)) continue;
      for (std::string_view end : {"ausschuss", "ausschusses", "landtag", "landtags", "bundestag", "bundestages"}) {
        if (s.folded(k).ends_with(end)) d.dropped = true;
      }
    }
  }
  if (s.folded(t + 1) != "des") return;
  // "des Landtags", "des Bundestages", "des Kreistags", "des Parlaments", "des
  // Gesundheitsausschusses", "des Stadtrats", "des Kabinetts", also after an adjective ("des
  // Niedersächsischen Landtags", "des Haushalts- und Finanzausschusses").
  const std::size_t last = s.folded(t + 2).ends_with("-") ? t + 4 : t + 3;
  for (std::size_t k = t + 2; k < s.size() && k <= last; ++k) {
    for (std::string_view end : {"tags", "tages", "parlaments", "ausschusses", "rats", "rates", "kabinetts",
                                 "senats"}) {
      if (s.folded(k).ends_with(end)) d.dropped = true;
    }
  }
}

void PerformersAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  // "Bei dem Empfang singt der Chor X", "Zum Abendessen musizierte das Trio Y": who performs at
  // the event is no party to it.
  std::optional<std::size_t> verb;
  for (std::size_t k = 0; k < s.size() && !verb; ++k) {
    const std::string& w = s.folded(k);
    if (w.size() < 4 || s.upper(k) || s.clause(k) != s.clause(t)) continue;
    if (w == "singt" || w == "sang" || w == "sangen" || w == "singen" || w.starts_with("musizier") || w == "tanzt" ||
        w == "tanzte" || w == "tanzten") {
      verb = k;
    }
  }
  if (!verb) return;
  ForOpen(d, [&](Candidate& x) {
    if (s.mention(x.mention).first_token <= *verb) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void SettingHostsAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  // "am Rande des Gipfels", "zum Abschluss des Gipfels" tell where and when the sentence's
  // meeting or trip happens, not a meeting of their own.
  const std::size_t t = d.trigger.token;
  if (d.noun && t >= 2 && (s.folded(t - 1) == "des" || s.folded(t - 1) == "der")) {
    const std::string& frame = s.folded(t - 2);
    if (frame == "rande" || frame == "abschluss" || frame == "auftakt" || frame == "beginn" || frame == "ende") {
      d.dropped = true;
      return;
    }
  }
  // "Parallel zu den Regierungsgesprächen kam X mit Y zusammen", "Neben den Gesprächen ...":
  // other talks, which only set the time of the sentence's own meeting.
  if (d.noun && t >= 2 && s.IsDeterminer(t - 1)) {
    const bool beside = s.folded(t - 2) == "neben" ||
                        (t >= 3 && s.folded(t - 2) == "zu" && s.folded(t - 3) == "parallel");
    if (beside) {
      d.dropped = true;
      return;
    }
  }
  // "Parallel zum Treffen der Minister", "parallel zur Konferenz": the same with "zu" and the
  // article in one word.
  if (d.noun && t >= 2 && (s.folded(t - 1) == "zum" || s.folded(t - 1) == "zur") && s.folded(t - 2) == "parallel") {
    d.dropped = true;
    return;
  }
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person || men.first_token < 2) return;
    const std::size_t k = men.first_token;
    const std::string& article = s.folded(k - 1);
    if (article != "der" && article != "des") return;
    // The noun before the genitive is another meeting noun than this meeting's trigger.
    const std::size_t noun = k - 2;
    if (noun == d.trigger.token || !s.upper(noun)) return;
    const bool meeting_noun = std::any_of(s.triggers().begin(), s.triggers().end(),
                                          [&](const Trigger& t) { return t.token == noun; });
    if (!meeting_noun) return;
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void WhoseClauseDescribes::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  ForOpen(d, [&](Candidate& x) {
    const std::size_t k = s.mention(x.mention).first_token;
    // Back from the mention to the comma that opens its clause, after the trigger.
    for (std::size_t q = k; q-- > t + 2;) {
      if (s.word(q - 1) != ",") continue;
      if (s.folded(q) == "deren" || s.folded(q) == "dessen") {
        x.fate = Fate::Excluded;
        x.decided_by = name();
      }
      return;
    }
  });
}

namespace {

// "Hauptquartier", "am Sitz", "des Gebäudes": a building or grounds that house an institution,
// in its singular forms (not "der Sitzung").
bool IsSeatNoun(std::string_view folded) {
  for (std::string_view noun : {"hauptquartier", "zentrale", "sitz", "amtssitz", "regierungssitz", "gebäude",
                                "residenz", "gelände"}) {
    if (!folded.starts_with(noun)) continue;
    const std::string_view rest = folded.substr(noun.size());
    if (rest.empty() || rest == "s" || rest == "es") return true;
  }
  return false;
}

// "Botschaft", "Generalkonsulats", "Landesvertretung": a state's or a Land's house abroad.
bool IsMissionNoun(std::string_view folded) {
  if (folded.ends_with("s")) folded.remove_suffix(1);  // "des Generalkonsulats"
  for (std::string_view noun : {"botschaft", "konsulat", "vertretung"}) {
    if (folded.ends_with(noun)) return true;
  }
  return false;
}

}  // namespace

void SeatOwnerIsThePlace::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    const std::size_t k = men.first_token;
    if (men.type == EntityType::Person || k < 2) return;
    if (s.folded(k - 1) != "der" && s.folded(k - 1) != "des") return;
    if (!s.upper(k - 2)) return;
    // "in der Botschaft der Republik Polen": the state whose embassy it is takes no part; the
    // embassy is in the town the article is about, not in that state.
    if (men.type == EntityType::Place && IsMissionNoun(s.folded(k - 2))) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
      return;
    }
    if (men.type != EntityType::Organization || !IsSeatNoun(s.folded(k - 2))) return;
    x.fate = Fate::Place;
    x.place_distance = 30;  // a city named besides says where, too ("in Brüssel")
    x.decided_by = name();
  });
}

void AboardIsThePlace::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person) return;
    // Back to "an Bord" over articles, quotes and one noun ("des Eisbrechers „Nordlicht“").
    std::size_t nouns = 0;
    for (std::size_t q = men.first_token; q >= 2 && men.first_token - q < 5; --q) {
      const std::string& w = s.folded(q - 1);
      if (w == "bord" && s.folded(q - 2) == "an") {
        x.fate = Fate::Place;
        x.place_distance = 0;  // the ship over the sea it sails ("in der Ostsee")
        x.decided_by = name();
        return;
      }
      if (s.IsDeterminer(q - 1) || IsQuoteMark(s.word(q - 1))) continue;
      if (!s.upper(q - 1) || ++nouns > 1) return;
    }
  });
}

namespace {

// "im Park von Schloss Bellevue", "auf dem Gelände des Flughafens X", "am Rande der
// Sicherheitskonferenz", "in einem Besprechungsraum des Ministeriums", "im Verwaltungsgebäude des
// Terminals X": the preposition before a part, side or room of the named place.
std::optional<std::size_t> PrepositionBeforeItsPart(const SentenceAnnotation& s, std::size_t k) {
  if (k < 3) return std::nullopt;
  const std::string& of = s.folded(k - 1);
  if (of != "von" && of != "vom" && of != "des" && of != "der") return std::nullopt;
  const std::size_t part = k - 2;
  if (!s.upper(part) || s.NameAt(part)) return std::nullopt;
  // Only a part or side of a place ("auf die Zustimmung der Ukraine" names no place).
  static constexpr std::string_view kParts[] = {"park", "garten", "rande", "rand", "innenhof", "hof", "saal", "räumen",
                                                "räumlichkeiten", "büro", "halle", "gästehaus", "haus", "villa", "palais"};
  const std::string& noun = s.folded(part);
  const bool room = noun.ends_with("raum") || noun.ends_with("saal") || noun.ends_with("zimmer") ||
                    noun.ends_with("gebäude");
  if (!room && !IsSeatNoun(noun) && std::find(std::begin(kParts), std::end(kParts), noun) == std::end(kParts)) {
    return std::nullopt;
  }
  const auto preposition = PrepositionBefore(s, part);
  if (!preposition || s.folded(*preposition) == "nach") return std::nullopt;
  return preposition;
}

}  // namespace

void PlaceOfTheMeetingIsNamed::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  if (!d.noun || t < 2 || (s.folded(t - 1) != "des" && s.folded(t - 1) != "der")) return;
  const std::string& noun = s.folded(t - 2);
  if (noun != "ort" && noun != "schauplatz" && noun != "treffpunkt" && noun != "austragungsort") return;
  // "Ort des Treffens war das Gästehaus der Regierung, Schloss Linden": what it names is where.
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type == EntityType::Person || men.first_token < t) return;
    x.fate = Fate::Place;
    // An institution is where only when nothing else is named ("das Gästehaus der Regierung").
    x.place_distance = men.first_token - t + (men.type == EntityType::Organization ? 20 : 0);
    x.decided_by = name();
  });
}

namespace {

// Nouns that describe a person by occupation rather than name an office ("der Diplomat", "die
// Politikerin"); their compounds' heads too ("Spitzendiplomat" has the lemma "Diplomat").
bool IsDescriptionNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {"Diplomat", "Politiker", "Manager", "Unternehmer", "Gewerkschafter",
                                                "Funktionär", "Ökonom", "Wissenschaftler"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// "Für Anna Kessler ist es eine heikle Reise. Am Montag traf sich die Ministerin mit X": a role
// noun as the subject ("der"/"die" after no preposition or noun), of an office no one was given,
// stands for the protagonist if the article gives them no role and named them before.
std::optional<std::size_t> ProtagonistForOffice(const SentenceContext& c, std::size_t k) {
  const SentenceAnnotation& s = c.sentence;
  if (k == 0 || s.index() == 0 || (s.folded(k - 1) != "der" && s.folded(k - 1) != "die")) return std::nullopt;
  if (k >= 2 && (IsAnyPreposition(s.folded(k - 2)) || s.upper(k - 2))) return std::nullopt;
  // "der SPD-Politiker" is whom the party marks (party-description-stands-for-member).
  const auto role = c.lexicons.MatchRole(s.word(k));
  if (!role || !role->prefix.empty()) return std::nullopt;
  const std::optional<std::size_t> protagonist = Protagonist(c.facts, c.sentences);
  if (!protagonist || c.facts.mentions[*protagonist].sentence >= s.index()) return std::nullopt;
  const std::string& name = c.facts.mentions[*protagonist].canonical;
  const bool holds_a_role = std::any_of(c.roles.begin(), c.roles.end(), [&](const RoleFact& r) {
    return c.facts.mentions[r.person].canonical == name;
  });
  if (!holds_a_role) return protagonist;
  // "der Diplomat", "die Managerin" describe the one the report is about rather than name an
  // office someone else may hold: the protagonist, when of that gender ("die Unternehmer" are
  // several).
  const char described = role->feminine ? 'f' : 'm';
  if (IsDescriptionNoun(role->noun->lemma) && (described == 'f' || s.folded(k - 1) == "der") &&
      (!c.index.gender[*protagonist] || c.index.gender[*protagonist] == described)) {
    return protagonist;
  }
  // One who holds roles of their own is described by another office, of a body it names, only
  // where the sentence opens with it right after the sentence that names them, and no one else
  // of their gender ("Bundesrat X warb in Berlin für ... Der Vorsteher des Departements traf am
  // Dienstag Y"; "Präsident X ... Der Regierungschef traf" is someone else).
  if (k != 1 || k + 1 >= s.size() || (s.folded(k + 1) != "des" && s.folded(k + 1) != "der")) return std::nullopt;
  const char gender = role->feminine ? 'f' : 'm';
  const char known = c.index.gender[*protagonist];
  if (known && known != gender) return std::nullopt;
  bool named_before = false;
  const std::string_view surname = LastNameWord(c.facts.mentions[*protagonist]);
  const SentenceAnnotation& before = c.sentences[s.index() - 1];
  for (std::size_t m : before.mentions()) {
    const Mention& men = before.mention(m);
    if (men.type != EntityType::Person) continue;
    if (LastNameWord(men) == surname) {
      named_before = true;
    } else if (!c.index.gender[m] || c.index.gender[m] == gender) {
      return std::nullopt;
    }
  }
  return named_before ? protagonist : std::nullopt;
}

// "Am Freitag war der Präsident in Washington mit X zusammengetroffen": a role noun after an
// article that names the office of someone named before refers back to that person; a place
// after it is no seat of the office but where the person was.
bool RefersToAHolderBefore(const SentenceContext& c, std::size_t role_token) {
  const SentenceAnnotation& s = c.sentence;
  // "der Vizekanzler und Finanzminister im Gästehaus": two titles of one person.
  if (role_token >= 2 && s.folded(role_token - 1) == "und" && c.lexicons.MatchRole(s.word(role_token - 2))) {
    role_token -= 2;
  }
  if (role_token == 0 || !s.IsDeterminer(role_token - 1) || s.NameAt(role_token)) return false;
  const auto role = c.lexicons.MatchRole(s.word(role_token));
  if (!role || !role->prefix.empty()) return false;
  if (ProtagonistForOffice(c, role_token)) return true;
  const std::string noun = text::FoldForMatch(role->nominative);
  for (const RoleFact& r : c.roles) {
    if (r.sentence >= s.index()) break;
    if (text::FoldForMatch(r.label).ends_with(noun)) return true;
  }
  return false;
}

}  // namespace

namespace {

// Whether the word before token `comma` ends the name of a city or site ("Miami" in "in Miami,
// USA").
bool CityBefore(const SentenceAnnotation& s, std::size_t comma) {
  if (comma == 0) return false;
  const auto name = s.NameAt(comma - 1);
  if (!name) return false;
  const Mention& men = s.mention(*name);
  return men.type == EntityType::Place && !men.is_country && men.last_token == comma;
}

}  // namespace

void PlaceAfterPreposition::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.kind != MentionKind::Name) return;
    const std::size_t k = men.first_token;
    auto preposition = PrepositionBefore(s, k) ? PrepositionBefore(s, k) : PrepositionBeforeItsPart(s, k);
    // "vor dem Kanzleramt empfangen": in front of a building is where, too.
    if (!preposition && k >= 2 && s.folded(k - 2) == "vor" && (s.folded(k - 1) == "dem" || s.folded(k - 1) == "der")) {
      preposition = k - 2;
    }
    // "mit militärischen Ehren vor Schloss Kesselbrunn": a site or town without an article (not a
    // country one warns of: "warnte vor Russland").
    if (!preposition && k >= 1 && s.folded(k - 1) == "vor" && men.type == EntityType::Place && !men.is_country) {
      preposition = k - 1;
    }
    // "war ich bei der Weberei X": the body a form of "sein" is at is whom one visited.
    const bool visited =
        preposition && d.trigger.entry->pos == "sein-bei" && s.folded(*preposition).starts_with("bei");
    const bool place_like =
        men.type == EntityType::Place ||
        (men.type == EntityType::Organization && preposition && s.folded(*preposition) != "nach" && !visited);
    if (!place_like) return;
    // "die Botschafterin in Berlin", "Fraktionschef im Landtag": the seat of a role, not
    // where the meeting is.
    // Officials as a group ("Beamte in Istanbul zusammentreffen") meet where they are.
    if (preposition && *preposition > 0 && c.lexicons.MatchRole(s.word(*preposition - 1)) &&
        !IsGroupNoun(s.folded(*preposition - 1)) && !RefersToAHolderBefore(c, *preposition - 1)) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
      return;
    }
    // "der Chef der Landesgruppe im Bundestag": the seat of a role's body, too.
    if (preposition && *preposition >= 3 && s.upper(*preposition - 1) &&
        (s.folded(*preposition - 2) == "der" || s.folded(*preposition - 2) == "des") &&
        c.lexicons.MatchRole(s.word(*preposition - 3)) && !IsGroupNoun(s.folded(*preposition - 3))) {
      x.fate = Fate::Excluded;
      x.decided_by = name();
      return;
    }
    // "in Moskau", "im Kreml"; a country after a comma names where ("in Miami, USA"), a city's,
    // not a list's ("der Ukraine, Polens und der USA").
    if (!preposition && !(k > 1 && s.word(k - 1) == "," && men.is_country && CityBefore(s, k - 1))) return;
    std::size_t distance = k > t ? k - t : t - k;
    if (preposition && s.folded(*preposition) == "nach") distance += 5;
    // "im Rathaus in Lübeck": a city right after a building says where the building is, and "in
    // Kreuztal im Siegerland" a region right after a town where the town is; the one before is
    // the place. A company is no building: "das Werk der Kessel AG in Ulm" is in Ulm.
    if (preposition && *preposition == k - 1 && k >= 2 && (s.folded(k - 1) == "in" || s.folded(k - 1) == "im")) {
      const bool in = s.folded(k - 1) == "in";
      for (std::size_t m : s.mentions()) {
        const Mention& before = s.mention(m);
        if (before.last_token != k - 1 || before.is_country) continue;
        const bool building = in && before.type == EntityType::Organization &&
                              !recognition::Lexicons::IsLegalForm(s.word(before.last_token - 1));
        if (before.type == EntityType::Place || building) distance += 20;
      }
    }
    if (men.is_country) distance += 10;
    x.fate = Fate::Place;
    x.place_distance = distance;
    x.decided_by = name();
  });
  // "war aus Linz angereist, wo er X getroffen hatte": a clause opened by ", wo" is in the
  // place named right before it, whatever its preposition.
  for (std::size_t q = t; q > 1 && t - q < 24; --q) {
    // Back within the trigger's clause, over an apposition's commas (", wo er mit dem Chef, X,
    // sprach").
    const std::string& w = s.word(q);  // asked of many words: the bytes first
    if (w.size() == 1 && (w[0] == '.' || (w[0] == ',' && s.clause(q) != s.clause(t)))) break;
    if (w.size() != 2 || s.folded(q) != "wo" || s.word(q - 1) != ",") continue;
    // The place may stand before the verb that ends its clause ("aus Linz angereist, wo").
    std::size_t end = q - 1;
    while (end > 1 && q - 1 - end < 2 && !s.upper(end - 1) && !s.IsPunct(end - 1)) --end;
    const auto where = s.NameAt(end - 1);
    if (!where || s.mention(*where).type != EntityType::Place || s.mention(*where).last_token != end) break;
    auto it = std::find_if(d.candidates.begin(), d.candidates.end(),
                           [&](const Candidate& x) { return x.mention == *where; });
    if (it == d.candidates.end()) {
      d.candidates.emplace_back();
      it = d.candidates.end() - 1;
      it->mention = *where;
      it->segment = -1;
    }
    it->fate = Fate::Place;
    it->place_distance = t - q;
    it->decided_by = name();
    break;
  }
}

namespace {

// "mit Vertretern der Kantone Tessin und Graubünden", "die Delegation der Stadt Ulm": a place
// whose representatives take part stands for its government.
bool Represented(const SentenceAnnotation& s, std::size_t k) {
  for (std::size_t q = k; q > 0 && k - q < 8; --q) {
    const std::string& w = s.folded(q - 1);
    if (IsGroupNoun(w)) return true;
    const bool between = w == "der" || w == "des" || w == "und" || s.IsPlaceNoun(q - 1) || s.NameAt(q - 1) ||
                         w == ",";
    if (!between) return false;
  }
  return false;
}

// "mit dem Landrat des Kreises Olpe", "mit den Bürgermeistern von Alsdorf und Brühl": a town's or
// district's head the sentence does not name stands for the town; not "der Bürgermeister von
// Alsdorf, Max Ott," nor "Bürgermeister Max Ott von Alsdorf".
bool UnnamedTownHeadBefore(const SentenceAnnotation& s, const Mention& men) {
  const std::size_t after = men.last_token;
  if (after + 1 < s.size() && s.folded(after) == ",") {
    if (auto named = s.NameAt(after + 1); named && s.mention(*named).type == EntityType::Person) return false;
  }
  for (std::size_t q = men.first_token; q > 0 && men.first_token - q < 8; --q) {
    const std::string& w = s.folded(q - 1);
    if (s.upper(q - 1) && !s.NameAt(q - 1) &&
        text::EndsWithAny(w, {"bürgermeister", "bürgermeistern", "bürgermeisterin", "landrat", "landrats",
                              "landrätin", "landräten", "stadtpräsident", "stadtpräsidenten", "stadtpräsidentin"})) {
      // Not "X, Bürgermeister von Alsdorf": the holder named before.
      if (q >= 2 && (s.folded(q - 2) == "," || s.NameAt(q - 2))) return false;
      return s.folded(q) == "von" || s.folded(q) == "des" || s.folded(q) == "der";
    }
    const bool between = w == "von" || w == "des" || w == "der" || w == "und" || s.IsPlaceNoun(q - 1) ||
                         s.NameAt(q - 1);
    if (!between) return false;
  }
  return false;
}

}  // namespace

void OriginIsNoParty::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type != EntityType::Place || men.kind != MentionKind::Name) return;
    std::size_t k = men.first_token;
    while (k > 0 && s.IsDeterminer(k - 1)) --k;
    if (k < 2 || s.folded(k - 1) != "aus") return;
    // "mit einem Investor aus den Emiraten": a noun before "aus" whom the place describes; not
    // a delegation, representatives or experts, who stand for it ("Fachleute aus Polen").
    const std::size_t noun = k - 2;
    if (!s.upper(noun) || s.NameAt(noun) || s.IsDeterminer(noun) || IsGroupNoun(s.folded(noun)) ||
        text::EndsWithAny(s.folded(noun), {"abordnung", "fachleute", "fachleuten", "experten"})) {
      return;
    }
    x.fate = Fate::Excluded;
    x.decided_by = name();
  });
}

void CitiesAreNoParties::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t t = d.trigger.token;
  // "besuchte am Montag Linz": the city visited is where the visit was.
  const bool visited = !d.noun && s.folded(t).starts_with("besuch");
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.kind == MentionKind::Name && men.type == EntityType::Place && !men.is_country &&
        !Represented(s, men.first_token) && !UnnamedTownHeadBefore(s, men)) {
      // "Fachleute aus Bayern und Tschechien": a federal state or canton is a party, as a
      // country; not where a person is from ("die Senatorin X aus Minnesota").
      const std::size_t k = men.first_token;
      const auto before = k >= 2 && s.IsOrigin(k) ? s.NameAt(k - 2) : std::nullopt;
      if (!before || s.mention(*before).type != EntityType::Person) {
        const recognition::NamedThing* thing = c.lexicons.FindCanonical(men.canonical);
        if (thing && thing->kind == "state") return;
      }
      // After the verb, or before its participle ("hat die Stadt Linz besucht"); not the subject.
      const bool object = visited && men.first_token > 0 && (men.first_token > t || s.folded(t) == "besucht");
      // "verhandelt mit der Stadt Ulm", "Die Gemeinde Au will mit X sprechen": a town called by
      // its municipal noun acts as a body (not a source: "nach Angaben der Stadt Ulm").
      if (!object && k >= 2 && IsMunicipalNoun(s.folded(k - 1)) && s.IsDeterminer(k - 2) &&
          (k == 2 || s.IsPunct(k - 3) || s.folded(k - 3) == "mit" || s.folded(k - 3) == "und" ||
           s.folded(k - 3) == "zwischen")) {
        return;
      }
      x.fate = object ? Fate::Place : Fate::Excluded;
      if (object) x.place_distance = men.first_token - t + 5;
      x.decided_by = name();
    }
  });
}

namespace {

// "traf den französischen Präsidenten": a state's office whose holder the text does not name,
// here or before, stands for the state.
bool UnnamedOfficial(const SentenceContext& c, std::size_t role_token, const std::string& state) {
  const SentenceAnnotation& s = c.sentence;
  const auto role = c.lexicons.MatchRole(s.word(role_token));
  if (!role || !role->prefix.empty() || role->plural || s.NameAt(role_token)) return false;
  if (role_token + 1 < s.size() && s.NameStartingAt(role_token + 1)) return false;
  // A state's office, not a trade ("polnische Unternehmer").
  if (!text::EndsWithAny(text::FoldForMatch(role->noun->lemma),
                         {"präsident", "kanzler", "minister", "premier", "botschafter", "regierungschef",
                          "staatschef", "staatsoberhaupt", "kollege", "chefdiplomat", "könig", "monarch"})) {
    return false;
  }
  // "seinem katarischen Kollegen": a counterpart is whoever holds an office of the state.
  const std::string named = text::FoldForMatch(role->nominative);
  if (named.starts_with("kolleg") || named.starts_with("amtskolleg")) {
    for (const RoleFact& r : c.roles) {
      if (r.sentence >= s.index()) break;
      if (r.of && c.facts.mentions[*r.of].canonical == state) return false;
    }
    return true;
  }
  if (RoleHolder(c, role->nominative, &state)) return false;
  // An office told before whose state is not known yet (role owners are found after the
  // meetings) may be the one meant.
  for (const RoleFact& r : c.roles) {
    if (r.sentence >= s.index()) break;
    if (r.of) continue;
    const std::string held = text::FoldForMatch(r.label);
    const std::size_t space = held.rfind(' ');
    if (RefersToOffice(named, space == std::string::npos ? held : held.substr(space + 1))) return false;
  }
  return true;
}

// Whether a person among the draft's candidates holds an office of `state` in the article: the
// state is then the person's own ("Stubb ... der Besuch eines finnischen Staatsoberhaupts").
bool OwnStateOfAParty(const SentenceContext& c, const MeetingDraft& d, const std::string& state) {
  for (const Candidate& x : d.candidates) {
    const Mention& person = c.sentence.mention(x.mention);
    if (person.type != EntityType::Person) continue;
    const std::string key = PartyKey(c.facts, x.mention);
    for (const RoleFact& r : c.roles) {
      if (r.of && c.facts.mentions[*r.of].canonical == state && PartyKey(c.facts, r.person) == key) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// Whether state `men` follows an unnamed office or body of it: "des Präsidenten der Ukraine",
// "der Regierung der Ukraine", "Vertretern der USA", "Vertretern Sloweniens", "eine Delegation
// aus Polen".
bool OfficeOrBodyBefore(const SentenceContext& c, const Mention& men) {
  const SentenceAnnotation& s = c.sentence;
  const std::size_t k = men.first_token;
  auto body_noun = [](const std::string& w) {
    return text::EndsWithAny(w, {"regierung", "führung", "delegation", "abordnung", "vertreter", "vertretern",
                                 "spitze"});
  };
  // "mit Vertretern Sloweniens": the state's genitive right after the body.
  if (k >= 1 && men.surface != men.canonical && men.surface.ends_with('s') && s.upper(k - 1) &&
      !s.NameAt(k - 1) && body_noun(s.folded(k - 1))) {
    return true;
  }
  if (k < 2) return false;
  const std::string& link = s.folded(k - 1);
  const std::size_t noun = k - 2;
  if (!s.upper(noun) || s.NameAt(noun)) return false;
  const std::string& w = s.folded(noun);
  const bool body = body_noun(w);
  if (link == "aus") return body && (w.ends_with("delegation") || w.ends_with("abordnung"));
  if (link != "der" && link != "des") return false;
  return body || UnnamedOfficial(c, noun, men.canonical);
}

}  // namespace

void StateStandsForItsOfficial::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (!men.is_country) return;
    // "mit dem Präsidenten der Ukraine", "mit der Regierung der Ukraine", "eine Delegation aus
    // Polen": the state after an office or a body of it that the text names no one of.
    if (men.kind == MentionKind::Name && OfficeOrBodyBefore(c, men)) {
      if (OwnStateOfAParty(c, d, men.canonical)) return;
      x.fate = Fate::Party;
      x.decided_by = name();
      d.officials.push_back(x.mention);
      return;
    }
    // "den französischen Präsidenten", "von Dänemarks Verkehrsminister".
    const bool genitive = men.kind == MentionKind::Name && men.surface != men.canonical;
    if (men.kind != MentionKind::Adjective && !genitive) return;
    std::size_t q = men.last_token;
    while (q < s.size() && q <= men.last_token + 3 && !s.upper(q)) ++q;
    if (q >= s.size() || q > men.last_token + 3 || !UnnamedOfficial(c, q, men.canonical)) return;
    if (OwnStateOfAParty(c, d, men.canonical)) return;
    x.fate = Fate::Party;
    x.decided_by = name();
    d.officials.push_back(x.mention);
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
          // "deutsch-polnische Gespräche": a joined adjective before the meeting noun names
          // the sides that meet.
          if (d.noun && q == d.trigger.token && s.MentionsIn(k).size() >= 2) group = true;
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
  // "X wurde von Minister Y begleitet. Dieser traf sich mit Z": a demonstrative opening the
  // sentence before a singular verb is the last person of its gender the sentence before names.
  if (s.size() > 2 && (s.folded(0) == "dieser" || s.folded(0) == "diese") && !s.upper(1) &&
      !s.folded(1).ends_with("en") && d.InScope(s, 0) && s.index() > 0) {
    const SentenceAnnotation& before = c.sentences[s.index() - 1];
    const char gender = s.folded(0) == "diese" ? 'f' : 'm';
    const auto& ms = before.mentions();
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const Mention& men = before.mention(*it);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      // (A given name of unknown gender may be hers too: "Diese" takes a singular verb here.)
      if (c.index.gender[*it] && c.index.gender[*it] != gender) continue;
      d.added_parties.emplace_back(-1, *it);
      break;
    }
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (w.size() < 2 || w.size() > 3 || !d.InScope(s, k)) continue;  // every pronoun asked for
    // "sie" as one woman (not "Sie" inside a sentence, the polite form); "ihr" after "mit",
    // "bei" or "zwischen".
    const bool she = w == "sie" && (k == 0 || s.word(k) == "sie") && SingularSie(s, k);
    // Also right after a verb and before no noun ("gratulierte ihr am Abend", not "ihr Amt").
    auto dative_after_verb = [&] {
      if (k + 1 >= s.size() || s.upper(k - 1) || s.IsPunct(k - 1) || s.IsDeterminer(k - 1)) return false;
      const std::string& next = s.folded(k + 1);
      return s.IsPunct(k + 1) || IsAnyPreposition(next) || next == "noch" || next == "bereits" ||
             next == "schon" || next == "telefonisch" || next == "persönlich";
    };
    const bool her = w == "ihr" && k > 0 &&
                     (s.folded(k - 1) == "mit" || s.folded(k - 1) == "bei" || s.folded(k - 1) == "zwischen" ||
                      dative_after_verb());
    if (w != "er" && w != "ihn" && w != "ihm" && !she && !her) continue;
    if (d.named_between && k < d.trigger.token) continue;
    // "telefonierte mit X und sicherte ihm Hilfe zu": a pronoun after the partner named is the
    // partner.
    // (Not the subject right after the verb: "sprach X mit ihr", "war X bei ihr".)
    if (k > d.trigger.token && (w == "ihn" || w == "ihm" || her)) {
      bool partner = false;
      for (std::size_t m : s.mentions()) {
        const Mention& men = s.mention(m);
        partner = partner || (men.type == EntityType::Person && men.first_token > d.trigger.token + 1 &&
                              men.last_token <= k);
      }
      if (partner) continue;
    }
    // "Zunächst traf sie A, danach B": the subject right after the verb is every segment's;
    // after a subject named before the verb, "sie" is whom it takes ("Pastorin X führte sie
    // durch das Haus").
    const bool subject_after_verb = k == d.trigger.token + 1 && (w == "er" || she);
    bool named_subject = false;
    if (she && subject_after_verb) {
      for (std::size_t m : s.mentions()) {
        const Mention& men = s.mention(m);
        named_subject = named_subject || (men.type == EntityType::Person && men.last_token <= d.trigger.token &&
                                          s.clause(men.first_token) == s.clause(d.trigger.token));
      }
    }
    if (auto a = Antecedent(c, k, named_subject)) {
      d.added_parties.emplace_back(subject_after_verb && !named_subject ? -1 : d.SegmentOf(k), *a);
    }
  }
}

namespace {

// The first person of the nearest sentence before (up to three back) that names one of
// `gender` ('f', 'm'; 0: any).
std::optional<std::size_t> PersonNamedBefore(const SentenceContext& c, char gender) {
  const std::size_t here = c.sentence.index();
  for (std::size_t si = here; si-- > 0 && si + 3 >= here;) {
    for (std::size_t m : c.sentences[si].mentions()) {
      const Mention& men = c.sentences[si].mention(m);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      if (gender && c.index.gender[m] && c.index.gender[m] != gender) continue;
      return m;
    }
  }
  return std::nullopt;
}

// The one person (by gender, when known) the sentence right before names, if only one.
std::optional<std::size_t> OnlyPersonOfSentenceBefore(const SentenceContext& c, char gender) {
  const std::size_t here = c.sentence.index();
  if (here == 0) return std::nullopt;
  std::optional<std::size_t> only;
  for (std::size_t m : c.sentences[here - 1].mentions()) {
    const Mention& men = c.sentences[here - 1].mention(m);
    if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
    if (gender && c.index.gender[m] && c.index.gender[m] != gender) continue;
    if (only && PartyKey(c.facts, *only) != PartyKey(c.facts, m)) return std::nullopt;
    if (!only) only = m;
  }
  return only;
}

}  // namespace

void AgeNounStandsForPerson::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    // "Der 61-Jährige", "die 44-Jährige", "den 70-Jährigen"; "der Argentinier", "die
    // Italienerin" (a woman: the plural "die Italiener" is a group); "der gebürtige Turiner"
    // (a town's people too).
    const bool native = k >= 2 && s.folded(k - 1).starts_with("gebürtig") && s.IsDeterminer(k - 2);
    if (!s.IsDeterminer(k - 1) && !native) continue;  // asked of every word: cheap tests first
    const std::string& w = s.folded(k);
    const bool age = std::isdigit(static_cast<unsigned char>(w[0])) && w.find("-jährige") != std::string::npos;
    if ((!age && !s.upper(k)) || !d.InScope(s, k) || (d.named_between && k < d.trigger.token)) continue;
    // A demonym ends in "-er", "-e" or, for a woman, "-in": most nouns are ruled out before the look-up.
    const bool demonym_ending = w.ends_with("er") || w.ends_with("e") || w.ends_with("in");
    if (!age && (!demonym_ending || (s.NameAt(k) && !native) || (!native && !c.lexicons.CountryOfDemonym(w)))) continue;
    const std::string& article = s.folded(k - (native ? 2 : 1));
    const bool woman = w.ends_with("in");
    const bool singular = woman ? (article == "die" || article == "der")
                                : (article == "der" || article == "den" || article == "dem");
    if (!age && !singular) continue;
    const char gender = age ? (article == "die" ? 'f' : (article == "der" && w.ends_with("e")) ? 'm' : 0)
                            : (woman ? 'f' : 'm');
    // A nationality is a weaker clue than an age: only the one person of the sentence before.
    const auto person = age ? PersonNamedBefore(c, gender) : OnlyPersonOfSentenceBefore(c, gender);
    if (person) d.added_parties.emplace_back(d.SegmentOf(k), *person);
  }
}

void GuestIsTheVisitor::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    // "den Gast", "seinen deutschen Gast", "die Besucherin": a guest without a name; "die Gäste"
    // of a visit are its protagonist's party.
    const std::string& w = s.folded(k);
    // Asked of every word: bytes first ("der", "auf" must not reach the comparisons).
    if (w.size() < 4 || (w[0] != 'g' && w[0] != 'b' && !(w[0] == 's' && (w.size() == 10 || w.size() == 12)) &&
                         !(w[0] == 'e' && (w.size() == 9 || w.size() == 11)) && !(w[0] == 'd' && w.size() == 10) &&
                         !(w[0] == 'a' && w.size() == 9))) {
      continue;
    }
    // "die Delegation", "die Gruppe": the visitors the article follows, led by its protagonist.
    const bool party = IsDelegationNoun(w) || w == "gruppe";
    // "den Staatsgast", "der Ehrengast": a guest of state or of honour.
    const bool of_state = w == "staatsgast" || w == "staatsgastes" || w == "ehrengast" || w == "ehrengastes";
    if (!party && !of_state && w != "gast" && w != "gastes" && w != "besucher" && w != "besucherin" &&
        w != "besuchers" && w != "gäste" && w != "gästen") {
      continue;
    }
    if (!d.InScope(s, k) || (d.named_between && k < d.trigger.token)) continue;
    if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "der Gast Max Ott"
    // "die Delegation der Stadt Ulm", "die Gruppe aus China": another's.
    if (party && k + 1 < s.size()) {
      const std::string& next = s.folded(k + 1);
      if (next == "der" || next == "des" || next == "aus" || next == "von" || s.upper(k + 1)) continue;
    }
    if (party && (s.folded(k - 1) != "die" && s.folded(k - 1) != "der")) continue;
    // "In Berlin waren sie Gäste von X": the trigger itself, of a subject the clause does not name.
    const bool predicative = k == d.trigger.token && w == "gäste" &&
                             std::none_of(s.mentions().begin(), s.mentions().end(), [&](std::size_t m) {
                               const Mention& men = s.mention(m);
                               return men.type == EntityType::Person && men.first_token < k &&
                                      s.clause(men.first_token) == s.clause(k);
                             });
    if (!predicative) {
      std::size_t q = k;
      while (q > 0 && !s.upper(q - 1) && !s.IsPunct(q - 1) && !s.IsDeterminer(q - 1) &&
             !s.folded(q - 1).starts_with("sein") && !s.folded(q - 1).starts_with("ihr")) {
        --q;  // adjectives: "deutschen", "hohen"
      }
      if (q == 0) continue;
      const std::string& article = s.folded(q - 1);
      if (!s.IsDeterminer(q - 1) && !article.starts_with("sein") && !article.starts_with("ihr")) continue;
    }
    // A visit's report may open with its scene and name the guests only after it ("Mit
    // militärischen Ehren ist das Paar empfangen worden. König X und Königin Y wurden ..."). In a
    // wire digest, the visitor of the item, from its dateline on.
    const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, s.index());
    const std::size_t at = dateline ? c.facts.mentions[*dateline].sentence : 0;
    const std::optional<std::size_t> visitor = Protagonist(c.facts, c.sentences, 3, at > 1 ? at : 0);
    if (!visitor || c.facts.mentions[*visitor].sentence >= s.index()) continue;
    d.added_parties.emplace_back(d.SegmentOf(k), *visitor);
  }
}

void DelegationHeadJoins::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (s.index() + 1 >= c.sentences.size()) return;
  // "Dessen Präsidentin Eva Lind informierte sich": the next sentence opens with the head of
  // the body, by the office and the name.
  const SentenceAnnotation& next = c.sentences[s.index() + 1];
  if (next.size() < 4 || (next.folded(0) != "dessen" && next.folded(0) != "deren") ||
      !c.lexicons.MatchRole(next.word(1))) {
    return;
  }
  const auto head = next.NameStartingAt(2);
  if (!head || next.mention(*head).type != EntityType::Person) return;
  ForOpen(d, [&](Candidate& x) {
    const Mention& men = s.mention(x.mention);
    if (men.type != EntityType::Organization) return;
    // "eine Delegation des Obersten Gerichtshofs", "eine Abordnung der Partnerstadt X".
    std::size_t q = men.first_token;
    if (q < 2 || (s.folded(q - 1) != "des" && s.folded(q - 1) != "der")) return;
    if (!IsDelegationNoun(s.folded(q - 2))) return;
    d.added_parties.emplace_back(x.segment, *head);
  });
}

void FormerOfficeStandsForPerson::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 2; k < s.size(); ++k) {
    // "der frühere Oberbürgermeister", "die ehemalige Kieler Ministerin": an article, "former",
    // at most one capitalized adjective, a role noun, and no name after it.
    const std::string& former = s.folded(k - 1);
    if (!former.starts_with("früher") && !former.starts_with("ehemalig") && !former.starts_with("einstig")) continue;
    if (!s.IsDeterminer(k - 2)) continue;
    const bool one_adjective = s.upper(k) && k + 1 < s.size() && !c.lexicons.MatchRole(s.word(k));
    const std::size_t noun = one_adjective ? k + 1 : k;
    if (!s.upper(noun) || !d.InScope(s, noun)) continue;
    if (d.named_between && noun < d.trigger.token) continue;
    if (s.NameAt(noun) || (noun + 1 < s.size() && s.NameStartingAt(noun + 1))) continue;
    if (!c.lexicons.MatchRole(s.word(noun))) continue;
    const std::string& w = s.folded(noun);
    const char gender = w.ends_with("in") || w.ends_with("innen") ? 'f' : 'm';
    if (auto person = PersonNamedBefore(c, gender)) d.added_parties.emplace_back(d.SegmentOf(noun), *person);
  }
}

namespace {

// Whether no person but the two of `told` is named by name between its sentence and this one
// (up to eight sentences on): "Ein Treffen von X und Y ... X sagte ... Y sagte ... Bei einem
// Telefonat der beiden" still means X and Y.
bool OnlyThePairSince(const SentenceContext& c, const ToldPair& told) {
  const std::size_t here = c.sentence.index();
  if (told.sentence + 8 < here) return false;
  const std::string first = PartyKey(c.facts, told.first), second = PartyKey(c.facts, told.second);
  // Someone else named since is passed over when the report comes back to both of the pair
  // after them ("Mit dabei war Z. ... sagte X. Y sprach von ... Die beiden hatten sich ...").
  bool first_again = false, second_again = false, other = false;
  for (std::size_t si = told.sentence + 1; si <= here; ++si) {
    for (std::size_t m : c.sentences[si].mentions()) {
      const Mention& men = c.sentences[si].mention(m);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      const std::string key = PartyKey(c.facts, m);
      if (key == first) {
        first_again = true;
      } else if (key == second) {
        second_again = true;
      } else {
        other = true;
        first_again = second_again = false;
      }
    }
  }
  return !other || (first_again && second_again);
}

// "Man werde sich im März erneut zusammensetzen": right after a meeting of two (or further on,
// while no one else is named), a reflexive "man" that names no one else is that pair meeting
// again.
bool ManMeansThePair(const SentenceContext& c, MeetingDraft& d) {
  const SentenceAnnotation& s = c.sentence;
  const auto& told = c.told_pair;
  if (d.noun || !told || told->sentence >= s.index()) return false;
  if (told->sentence + 2 < s.index() && !OnlyThePairSince(c, *told)) return false;
  const int clause = s.clause(d.trigger.token);
  std::optional<std::size_t> man;
  bool self = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.clause(k) != clause || s.quoted(k)) continue;
    if (s.folded(k) == "man") man = k;
    self = self || s.folded(k) == "sich";
  }
  if (!man || !self) return false;
  for (std::size_t m : s.mentions()) {
    const Mention& men = s.mention(m);
    if (men.type != EntityType::Place && s.clause(men.first_token) == clause) return false;
  }
  for (std::size_t m : {told->first, told->second}) d.added_parties.emplace_back(d.SegmentOf(*man), m);
  return true;
}

}  // namespace

void TheTwoAreThePairBefore::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (ManMeansThePair(c, d)) return;
  for (std::size_t k = 0; k < s.size(); ++k) {
    // "die beiden", "der beiden", "beide" as a noun phrase of their own, not "die beiden Länder".
    const std::string& w = s.folded(k);
    if (w.size() < 5 || w.size() > 6 || w[0] != 'b') continue;  // asked of every word: bytes first
    if (!d.InScope(s, k)) continue;
    // "Beide Minister", "die beiden Präsidenten", "mit beiden Vorstandschefs": a role noun names
    // the pair too.
    const bool noun_after = k + 1 < s.size() && s.upper(k + 1) && !s.IsPunct(k + 1);
    const bool partners =
        w == "beiden" && k > 0 && noun_after && (s.folded(k - 1) == "mit" || IsPreposition(s.folded(k - 1)));
    const bool the_two = (w == "beiden" && k > 0 && (s.folded(k - 1) == "die" || s.folded(k - 1) == "der")) ||
                         w == "beide" || partners;
    if (!the_two) continue;
    const auto role = noun_after ? c.lexicons.MatchRole(s.word(k + 1)) : std::nullopt;
    if (noun_after && !role) continue;
    if (d.named_between && k < d.trigger.token && !partners) continue;
    // "Die beiden vereinbarten, dass Experten ... zusammenkommen": the two agree on a meeting of
    // others.
    bool agreed_for_others = false;
    for (std::size_t q = k + 1; q < d.trigger.token && !agreed_for_others; ++q) {
      agreed_for_others = s.folded(q) == "dass";
    }
    if (agreed_for_others) continue;
    // "die beiden Präsidenten": not whom the article gives only other offices ("seine Frau X").
    const std::string office = role ? text::FoldForMatch(role->noun->lemma) : std::string();
    auto other_office = [&](std::size_t m) {
      if (office.empty()) return false;
      const std::string key = PartyKey(c.facts, m);
      bool holds_any = false, holds_it = false;
      for (const RoleFact& r : c.roles) {
        if (PartyKey(c.facts, r.person) != key) continue;
        holds_any = true;
        const std::string label = text::FoldForMatch(r.label);
        // A chief by any name: "Vorstandschefs" are the "Elbwerk-Chefin" and the
        // "Vorstandsvorsitzende".
        const bool chief = office.ends_with("chef") &&
                           (label.find("chef") != std::string::npos || label.find("vorsitz") != std::string::npos);
        holds_it = holds_it || chief || label.find(office) != std::string::npos;
      }
      return holds_any && !holds_it;
    };
    std::vector<std::size_t> pair;
    std::set<std::string> seen;
    const std::size_t here = s.index();
    // The two of a meeting told in the two sentences before, held or not ("Ein Treffen mit X
    // kam nicht zustande. Die beiden telefonierten."), else the two persons named last, from
    // the sentence before backwards (up to three).
    // In a half after a semicolon, also the two of the first half ("hatte mit X telefoniert;
    // die beiden wollen sich im Juli treffen").
    const bool half_after = d.half_begin > 0 && d.half_begin < s.size();
    if (const auto& told = c.told_pair; told && (told->sentence < here || (half_after && told->sentence == here)) &&
                                         (told->sentence + 2 >= here || OnlyThePairSince(c, *told)) &&
                                         !other_office(told->first) && !other_office(told->second)) {
      pair = {told->first, told->second};
    }
    for (std::size_t si = here; si-- > 0 && si + 3 >= here && pair.size() < 2;) {
      const auto& ms = c.sentences[si].mentions();
      for (auto it = ms.rbegin(); it != ms.rend() && pair.size() < 2; ++it) {
        const Mention& men = c.sentences[si].mention(*it);
        if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
        // Who only said something ("sagte Sprecherin X") is not one of the two; who said it as
        // the sentence's subject ("Minister X sagte nach der Sitzung") may be.
        const SentenceAnnotation& said = c.sentences[si];
        if (said.speakers().count(*it)) {
          bool tag = false;
          for (std::size_t q = 0; q < men.first_token && !tag; ++q) tag = IsReportingWord(said.folded(q));
          if (tag) continue;
        }
        if (other_office(*it)) continue;
        if (seen.insert(PartyKey(c.facts, *it)).second) pair.push_back(*it);
      }
    }
    // "mit beiden Vorstandschefs": else the last two holders of the office in this report,
    // however far back.
    if (pair.size() < 2 && !office.empty()) {
      const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, here);
      const std::size_t report = dateline ? c.facts.mentions[*dateline].sentence : 0;
      pair.clear();
      seen.clear();
      for (auto r = c.roles.rbegin(); r != c.roles.rend() && pair.size() < 2; ++r) {
        if (r->sentence >= here || r->sentence < report || other_office(r->person)) continue;
        if (seen.insert(PartyKey(c.facts, r->person)).second) pair.push_back(r->person);
      }
    }
    if (pair.size() < 2) continue;
    for (std::size_t m : pair) d.added_parties.emplace_back(d.SegmentOf(k), m);
    return;
  }
}

namespace {

// "die Tarifparteien", "den Sozialpartnern": a compound that says the sides of a dispute or of
// talks by itself (plain "die Parteien" may be any political parties).
bool IsNamedSidesNoun(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"tarifparteien", "tarifpartner", "tarifpartnern", "sozialpartner",
                                                "sozialpartnern", "konfliktparteien", "verhandlungspartner",
                                                "verhandlungspartnern", "streitparteien"};
  return std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns);
}

// "beide Seiten", "beider Tarifparteien", "die beiden Regierungen": a pair of sides, not of
// persons.
bool IsSidesNoun(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"seiten", "parteien", "regierungen"};
  return std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns) || IsNamedSidesNoun(folded);
}

// "beide Verbände", "die beiden Länder": a pair of organizations or states by their kind; as a
// genitive ("die Hymnen beider Länder") it mostly qualifies something else.
bool IsKindOfSidesNoun(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {
      "verbände", "institute", "unternehmen", "konzerne", "länder",         "staaten", "städte",
      "kirchen",  "banken",    "kliniken",    "kassen",   "gewerkschaften", "vereine", "firmen"};
  return std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns);
}

// The organizations or states by name that sentence `s` joins by "und" before token `before`
// ("die Gewerkschaft X und die Y AG", "Iran und die USA"): one pair, or none when it joins
// several.
std::vector<std::size_t> SidesJoined(const SentenceContext& c, const SentenceAnnotation& s, std::size_t before) {
  auto side = [&](std::size_t m) {
    const Mention& men = s.mention(m);
    if (s.quoted(men.first_token)) return false;
    return (men.is_country && (men.kind == MentionKind::Name || men.kind == MentionKind::Adjective)) ||
           (men.type == EntityType::Organization && men.kind == MentionKind::Name);
  };
  std::vector<std::size_t> sides;
  const auto& ms = s.mentions();
  for (std::size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& first = s.mention(ms[i]);
    std::size_t k = first.last_token;  // one past its last word
    // "die EVG (Gewerkschaft) und": a bracket after the first side.
    if (k < s.size() && s.word(k) == "(") {
      while (k < s.size() && s.word(k) != ")") ++k;
      ++k;
    }
    if (k >= s.size() || k >= before || s.folded(k) != "und" || !side(ms[i])) continue;
    std::size_t next = k + 1;
    if (next < s.size() && s.IsDeterminer(next)) ++next;
    for (std::size_t j = i + 1; j < ms.size(); ++j) {
      if (s.mention(ms[j]).first_token != next || !side(ms[j]) || next >= before) continue;
      if (PartyKey(c.facts, ms[i]) == PartyKey(c.facts, ms[j])) continue;
      if (!sides.empty()) return {};  // two pairs: which is unclear
      sides = {ms[i], ms[j]};
    }
  }
  return sides;
}

}  // namespace

void BothSidesAreThePairNamedBefore::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    const std::string& w = s.folded(k - 1);
    // "die Tarifparteien", "den Sozialpartnern": a compound naming the sides needs no "beide".
    // Asked of every word: the bytes first.
    const bool both = w.size() >= 5 && w.size() <= 6 && w[0] == 'b' && (w == "beide" || w == "beider" || w == "beiden");
    const bool article = w.size() == 3 && w[0] == 'd' && (w == "die" || w == "den" || w == "der");
    const bool named = article && s.folded(k).size() >= 12 && IsNamedSidesNoun(s.folded(k));
    const bool kind = both && w != "beider" && IsKindOfSidesNoun(s.folded(k));
    if (!(both && IsSidesNoun(s.folded(k))) && !kind && !named) continue;
    if (!d.InScope(s, k)) continue;
    if (s.quoted(k)) return;  // a quotation's "beide Seiten" are the speaker's
    // The pair the sentence itself joins before the phrase; else the two of the meeting told
    // last, up to five sentences before (twelve for "die Tarifparteien", which the whole report
    // means by it), unless the sentence names one of them itself ("X erwägt, beide Seiten
    // einzuladen" is not X's side); else a pair joined up to three sentences before. Only in
    // this wire report.
    const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, s.index());
    const std::size_t report = dateline ? c.facts.mentions[*dateline].sentence : 0;
    std::vector<std::size_t> sides = SidesJoined(c, s, k - 1);
    auto named_here = [&](std::size_t side) {
      const std::string key = PartyKey(c.facts, side);
      return std::any_of(s.mentions().begin(), s.mentions().end(),
                         [&](std::size_t m) { return PartyKey(c.facts, m) == key; });
    };
    if (const auto& told = c.told_sides;
        sides.empty() && told && told->sentence < s.index() && told->sentence >= report &&
        told->sentence + (both ? 5 : 12) >= s.index() && !named_here(told->first) && !named_here(told->second)) {
      sides = {told->first, told->second};
    }
    for (std::size_t si = s.index(); sides.empty() && si-- > report && si + 3 >= s.index();) {
      sides = SidesJoined(c, c.sentences[si], SIZE_MAX);
    }
    if (sides.size() != 2) return;
    // "Beide Verbände" after a call of a federation's president with another federation are
    // the two federations: a person side stands for the body of their role ("DFB-Präsident
    // X"), else the pair is not of that kind.
    if (kind) {
      for (std::size_t& m : sides) {
        if (c.facts.mentions[m].type != EntityType::Person) continue;
        const std::string& person = c.facts.mentions[m].canonical;
        std::optional<std::size_t> body;
        for (const RoleFact& r : c.roles) {
          if (r.sentence > s.index()) break;
          if (r.of && c.facts.mentions[*r.of].type != EntityType::Person &&
              c.facts.mentions[r.person].canonical == person) {
            body = *r.of;
          }
        }
        if (!body) return;
        m = *body;
      }
      if (PartyKey(c.facts, sides[0]) == PartyKey(c.facts, sides[1])) return;
    }
    for (std::size_t m : sides) d.added_parties.emplace_back(d.SegmentOf(k), m);
    return;
  }
}

void InterviewPronouns::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (!s.answered_by() && !s.addressee()) return;  // no interview: nothing to look for
  // "Im Mai war Landrätin X hier": the one who answers is visited.
  if (s.ComesToTheOneWhoAnswers(d.trigger.token)) {
    d.added_parties.emplace_back(d.SegmentOf(d.trigger.token), *s.answered_by());
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!d.InScope(s, k)) continue;
    const std::string& w = s.folded(k);
    std::optional<std::size_t> who;
    if (w == "ich" || w == "mich" || w == "mir" || w == "wir" || w == "uns") {
      who = s.answered_by();
    } else if (s.word(k) == "Sie" || s.word(k) == "Ihnen") {
      // The polite "you" of a question; at a sentence start only before a plural verb ("Sie
      // haben"), as "sie" (she) takes "hat".
      const bool plural_verb = k + 1 < s.size() && !s.upper(k + 1) &&
                               (s.folded(k + 1).ends_with("en") || s.folded(k + 1) == "sind");
      if (k > 0 || plural_verb) who = s.addressee();
    }
    if (who) d.added_parties.emplace_back(d.SegmentOf(k), *who);
  }
}

void QuotedFirstPersonIsTheSpeaker::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  if (!s.quoted(d.trigger.token)) return;
  // The one person outside the quotation who speaks it.
  std::optional<std::size_t> speaker;
  for (std::size_t m : s.speakers()) {
    const Mention& men = s.mention(m);
    if (men.type != EntityType::Person || s.quoted(men.first_token)) continue;
    if (speaker && s.mention(*speaker).canonical != men.canonical) return;
    speaker = m;
  }
  if (!speaker) return;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (!s.quoted(k) || !d.InScope(s, k)) continue;
    if (w == "ich" || w == "mich" || w == "mir" || w == "wir" || w == "uns") {
      d.added_parties.emplace_back(d.SegmentOf(k), *speaker);
      return;
    }
  }
}

namespace {

// Whether the lower-case adjective at `adjective` after determiner `det` is of a singular noun
// ("der heutige", "dem neuen", "vom früheren"), not a plural ("der beiden", "den neuen").
bool SingularAdjective(const SentenceAnnotation& s, std::size_t det, std::size_t adjective) {
  if (s.upper(adjective)) return false;
  const std::string& a = s.folded(adjective);
  const std::string& d = s.folded(det);
  if (a == "beiden" || a == "anderen" || a == "übrigen" || a == "einzelnen") return false;
  if (d == "der" || d == "die") return a.ends_with("e");
  return (d == "dem" || d == "des" || d == "vom" || d == "beim") && a.ends_with("en");
}

}  // namespace

void RoleNounStandsForHolder::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (!d.InScope(s, k) || !s.upper(k) || s.NameAt(k)) continue;
    // "der Präsident", "vom Papst", or with a state's adjective "der ukrainische Präsident":
    // whose office.
    auto article = [&](std::size_t q) {
      return s.IsDeterminer(q) || s.folded(q) == "vom" || s.folded(q) == "beim";
    };
    const std::string* owner = nullptr;
    std::size_t determiner = k - 1;
    if (!article(k - 1)) {
      if (k < 2 || !article(k - 2)) continue;
      determiner = k - 2;
      if (s.MentionsIn(k - 1).empty()) {
        if (!SingularAdjective(s, k - 2, k - 1)) continue;
      } else {
        const Mention& adjective = s.mention(s.MentionsIn(k - 1).front());
        if (adjective.kind != MentionKind::Adjective) continue;
        owner = &adjective.canonical;
      }
    }
    if (d.named_between && k < d.trigger.token) continue;
    if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "der Minister Hans X"
    // "X, der Schwiegersohn des Präsidenten": the genitive of another role names whose it is.
    if (determiner > 0 && (s.folded(determiner) == "des" || s.folded(determiner) == "der") &&
        c.lexicons.MatchRole(s.word(determiner - 1))) {
      continue;
    }
    // "Parallel zum Treffen der Regierungschefs kamen X und Y zusammen": who meets in another
    // meeting the sentence names is not in this one.
    if (determiner > 0 && (s.folded(determiner) == "des" || s.folded(determiner) == "der") &&
        determiner - 1 != d.trigger.token && s.upper(determiner - 1) &&
        std::any_of(s.triggers().begin(), s.triggers().end(),
                    [&](const Trigger& other) { return other.token == determiner - 1; })) {
      continue;
    }
    auto role = c.lexicons.MatchRole(s.word(k));
    if (!role) continue;
    // "mit den Ressortchefs", "der Regierungschefs": a plural (the singular would take "dem",
    // "des") stands for a group, not for one holder.
    const std::string& det = s.folded(determiner);
    if (s.folded(k).ends_with("s") && !text::FoldForMatch(role->noun->lemma).ends_with("s") &&
        (det == "den" || det == "die" || det == "der")) {
      continue;
    }
    // "mit dem Präsidenten der Kommission, X": the role was given to whom it names here.
    const bool given_here = std::any_of(c.roles.begin(), c.roles.end(), [&](const RoleFact& r) {
      return r.sentence == s.index() && r.token == k;
    });
    if (given_here) continue;
    // "der Minister" is a man when the office has a feminine form ("Ministerin"); an adjectival
    // noun ("der Gesandte") tells by its article only.
    const bool masculine = !role->feminine && !role->noun->feminine.empty() &&
                           role->noun->role_class != recognition::RoleClass::Adjectival;
    // "Vor dem Termin beim Kanzler sprach X mit Y": who is in another meeting named as a time
    // is not in this one.
    if (!d.time_phrase && InTimePhrase(s, k)) continue;
    std::optional<std::size_t> holder =
        RoleHolder(c, role->noun->lemma, owner, role->feminine ? 'f' : masculine ? 'm' : 0);
    if (!holder && !owner) holder = ProtagonistForOffice(c, k);
    // "traf der Präsident zunächst A und anschließend B": the subject right after the verb is
    // every segment's.
    const bool subject_after_verb = determiner == d.trigger.token + 1 && (det == "der" || det == "die");
    if (holder) d.added_parties.emplace_back(subject_after_verb ? -1 : d.SegmentOf(k), *holder);
  }
}

namespace {

// Whom the article marks with `party` (folded): "Anna Kessler (SPD)", or a role the party owns
// ("SPD-Chefin Anna Kessler"); the latest such person before token `before` of this sentence.
std::optional<std::size_t> MarkedMember(const SentenceContext& c, const std::string& party, std::size_t before) {
  std::optional<std::size_t> latest;
  for (std::size_t si = 0; si <= c.sentence.index() && si < c.sentences.size(); ++si) {
    const SentenceAnnotation& s = c.sentences[si];
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      if (si == c.sentence.index() && men.first_token >= before) continue;
      if (const std::string* marked = s.BracketedAfter(men); marked && *marked == party) latest = m;
    }
  }
  for (const RoleFact& role : c.roles) {
    if (role.sentence > c.sentence.index() || !role.of) continue;
    if (role.sentence == c.sentence.index() && c.facts.mentions[role.person].first_token >= before) continue;
    if (text::FoldForMatch(c.facts.mentions[*role.of].canonical) != party) continue;
    if (!latest || c.facts.mentions[role.person].sentence > c.facts.mentions[*latest].sentence) latest = role.person;
  }
  if (!latest) return latest;
  // Of those marked, the one named last before ("Auch Babler ... Am Wochenende telefonierte der
  // SPÖ-Chef"), by surname: a later mention may leave the party out.
  std::set<std::string> surnames;
  auto surname = [](const Mention& m) { return text::FoldForMatch(LastNameWord(m)); };

  for (std::size_t si = 0; si <= c.sentence.index() && si < c.sentences.size(); ++si) {
    const SentenceAnnotation& s = c.sentences[si];
    for (std::size_t m : s.mentions()) {
      const std::string* marked = s.BracketedAfter(s.mention(m));
      if (marked && *marked == party && s.mention(m).type == EntityType::Person) surnames.insert(surname(s.mention(m)));
    }
  }
  surnames.insert(surname(c.facts.mentions[*latest]));
  for (std::size_t si = c.sentence.index() + 1; si-- > 0;) {
    const SentenceAnnotation& s = c.sentences[si];
    const auto& ms = s.mentions();
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const Mention& men = s.mention(*it);
      if (men.type != EntityType::Person || men.kind != MentionKind::Name) continue;
      if (si == c.sentence.index() && men.first_token >= before) continue;
      if (surnames.count(surname(men))) return *it;
    }
  }
  return latest;
}

// Whether the article marks `person` with a party in brackets other than `party` (with
// `same`: with `party` itself).
bool MarkedWithOtherParty(const SentenceContext& c, std::size_t person, const std::string& party, bool same = false) {
  const std::string key = text::FoldForMatch(c.facts.mentions[person].canonical);
  for (const SentenceAnnotation& s : c.sentences) {
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (text::FoldForMatch(men.canonical) != key) continue;
      if (const std::string* marked = s.BracketedAfter(men); marked && (*marked == party) == same) return true;
    }
  }
  return false;
}

}  // namespace

void PartyDescriptionStandsForMember::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (!d.InScope(s, k) || !s.IsDeterminer(k - 1)) continue;
    if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "der SPD-Politiker Paul Brandau"
    const std::string& word = s.folded(k);
    if (word.find('-') == std::string::npos) continue;
    // "der SPD-Politiker", "die Neos-Chefin": a member or the leader of a party.
    const bool described = word.ends_with("-politiker") || word.ends_with("-politikerin");
    const bool leader = word.ends_with("-chef") || word.ends_with("-chefin") || word.ends_with("-vorsitzende") ||
                        word.ends_with("-vorsitzender");
    if (!described && !leader) continue;
    std::optional<std::size_t> party;
    for (std::size_t m : s.MentionsIn(k)) {
      const Mention& men = s.mention(m);
      if (men.kind == MentionKind::CompoundPrefix && men.type == EntityType::Organization) party = m;
    }
    if (!party) continue;
    const std::string party_key = text::FoldForMatch(s.mention(*party).surface);
    // "Minister X war unterwegs: Der FW-Chef besuchte ...": a leader's title refers to the
    // person named just before it in the sentence.
    std::optional<std::size_t> member;
    if (leader) {
      for (std::size_t m : s.mentions()) {
        const Mention& men = s.mention(m);
        if (men.last_token > k) break;
        if (men.type == EntityType::Person && men.kind == MentionKind::Name) member = m;
      }
      if (member && MarkedWithOtherParty(c, *member, party_key)) member.reset();
    }
    const std::optional<std::size_t> protagonist = Protagonist(c.facts, c.sentences);
    // "Söder (CSU) lud ... Gerlach (CSU) ... Der CSU-Chef": of several members, the leader is
    // the protagonist.
    if (!member && leader && protagonist && MarkedWithOtherParty(c, *protagonist, party_key, true)) {
      member = protagonist;
    }
    if (!member) member = MarkedMember(c, party_key, k);
    // Nobody marked: the protagonist, unless the article gives them another party.
    if (!member && protagonist && !MarkedWithOtherParty(c, *protagonist, party_key)) member = protagonist;
    if (member) d.added_parties.emplace_back(d.SegmentOf(k), *member);
  }
}

namespace {

// "Unternehmen", "Autokonzern", "Fluggesellschaft": a noun that names a company by its kind.
bool IsCompanyKindNoun(std::string_view folded) {
  return folded.ends_with("unternehmen") || folded.ends_with("konzern") || folded == "firma" ||
         folded.ends_with("gesellschaft");
}

// "Genossenschaft", "Verband", "Verein", "Kammer", "Innung", "Schwimmclub": a noun that a
// body's own name holds.
bool IsBodyKindNoun(std::string_view folded) {
  for (std::string_view kind : {"genossenschaft", "verband", "verein", "kammer", "initiative", "innung", "club", "klub",
                                "vereinigung", "stiftung", "gewerkschaft"}) {
    if (folded.ends_with(kind)) return true;
  }
  return false;
}

// "der Hersteller X", "des Versorgers X": a company's noun before its name.
bool IsCompanyNounBefore(std::string_view folded) {
  for (std::string_view kind : {"hersteller", "konzern", "unternehmen", "firma", "betreiber", "versorger", "anbieter",
                                "zulieferer", "entwickler", "händler", "reederei", "versicherer", "spedition"}) {
    if (folded.ends_with(kind) || (folded.ends_with("s") && folded.substr(0, folded.size() - 1).ends_with(kind))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void KindNounStandsForOrganization::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  for (std::size_t k = 1; k < s.size(); ++k) {
    if (!d.InScope(s, k) || !s.IsDeterminer(k - 1) || s.quoted(k)) continue;
    const std::string& article = s.folded(k - 1);
    if (article != "der" && article != "die" && article != "das" && article != "dem" && article != "den") continue;
    if (k >= 2 && (s.folded(k - 2) == "über" || s.folded(k - 2) == "um" || s.folded(k - 2) == "für")) continue;
    if (k + 1 < s.size() && s.NameStartingAt(k + 1)) continue;  // "das Unternehmen Kessel AG"
    const std::string& word = s.folded(k);
    const bool company = IsCompanyKindNoun(word);
    if (!company && !IsBodyKindNoun(word)) continue;
    bool named_here = false;  // the noun is part of a name ("die Stadtwerke Ulm GmbH")
    for (std::size_t m : s.MentionsIn(k)) named_here = named_here || s.mention(m).kind == MentionKind::Name;
    if (named_here) continue;
    const auto fits = [&](const SentenceAnnotation& in, std::size_t m) {
      const Mention& men = in.mention(m);
      if (men.type != EntityType::Organization || men.kind != MentionKind::Name) return false;
      if (!company) return text::FoldForMatch(men.canonical).find(word) != std::string::npos;
      const auto space = men.canonical.rfind(' ');
      if (space != std::string::npos && recognition::Lexicons::IsLegalForm(men.canonical.substr(space + 1))) {
        return true;
      }
      return men.first_token > 0 && IsCompanyNounBefore(in.folded(men.first_token - 1));
    };
    std::optional<std::size_t> named;
    for (std::size_t si = c.sentence.index() + 1; si-- > 0 && !named;) {
      const SentenceAnnotation& in = c.sentences[si];
      const auto& ms = in.mentions();
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (si == s.index() && in.mention(*it).first_token >= k) continue;
        if (fits(in, *it)) {
          named = *it;
          break;
        }
      }
    }
    if (named) d.added_parties.emplace_back(d.SegmentOf(k), *named);
  }
}

void NearestTimeExpression::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const SentenceAnnotation& s = c.sentence;
  d.times.assign(d.segments.size(), std::nullopt);
  for (std::size_t g = 0; g < d.segments.size(); ++g) {
    const std::size_t from = g == 0 ? d.half_begin : d.segments[g].first;
    const std::size_t to = d.segments[g].second;
    // Without a tense cue a weekday is read forwards (present tense tells scheduled events).
    d.DecideStatus();
    const bool past = d.DatesBackwards();
    auto time = FindTimeExpression(s, from, to, d.trigger.token, c.facts.article.date_published, past);
    // A clause kept apart from another meeting's ("war am Montag mit A zusammengekommen und
    // hatte sich am Dienstag mit B abgestimmt") takes its own clause's time first.
    const auto own = d.apart && d.segments.size() == 1 ? CommaSpan(s, d.trigger.token)
                                                        : std::pair<std::size_t, std::size_t>{from, to};
    if ((own.first > from || own.second < to) && !(time && time->first >= own.first && time->first < own.second)) {
      if (auto own_time = FindTimeExpression(s, own.first, std::min(own.second, to), d.trigger.token,
                                             c.facts.article.date_published, past)) {
        time = std::move(own_time);
      }
    }
    // "schilderte am Mittwoch ein Treffen, bei dem X und Y im März sprachen": the clause that
    // tells the meeting's noun tells its time.
    const std::size_t t = d.trigger.token;
    if (d.noun && g == 0 && t + 3 < s.size() && s.word(t + 1) == "," &&
        (s.folded(t + 2) == "bei" || s.folded(t + 2) == "auf" || s.folded(t + 2) == "an") &&
        (s.folded(t + 3) == "dem" || s.folded(t + 3) == "der" || s.folded(t + 3) == "denen")) {
      std::size_t end = t + 4;
      while (end < s.size() && s.word(end) != "," && !s.IsPunct(end)) ++end;
      if (auto told = FindTimeExpression(s, t + 4, std::min(end, to), t, c.facts.article.date_published, past)) {
        time = std::move(told);
      }
    }
    const std::size_t at = time ? time->first : s.size();
    if (at < s.size() && !d.InScope(s, at)) time.reset();
    // "hat X für Freitag eingeladen": a time set for the meeting lies ahead.
    if (time && s.folded(at) == "für") {
      d.scheduled = true;
      if (past && !d.planned_in_past) {
        time = FindTimeExpression(s, from, to, d.trigger.token, c.facts.article.date_published, false);
      }
    }
    d.times[g] = std::move(time);
  }
  // A time before the first phrase ("traf sich am Montag in Linz mit A und in Graz mit B") is
  // every segment's that names none of its own.
  const std::size_t first_phrase = FirstPartnerPhrase(s, d.trigger.token);
  for (std::size_t g = 1; g < d.times.size(); ++g) {
    if (!d.times[g] && d.times[0] && d.times[0]->first < first_phrase) d.times[g] = d.times[0];
  }
}

namespace {

// "In Kiew heulten am Dienstag die Sirenen.", "Berlin (dpa) - Im Kanzleramt war es still.": a
// sentence that opens with where it is (after its dateline) sets the scene of the next.
bool OpensWithAScene(const SentenceAnnotation& s) {
  std::size_t p = 0;
  for (std::size_t k = 0; k < s.size() && k < 8; ++k) {
    if (s.word(k) == "-" || s.word(k) == "–") {
      p = k + 1;
      break;
    }
  }
  if (p + 1 >= s.size() || (s.folded(p) != "in" && s.folded(p) != "im")) return false;
  std::size_t k = p + 1;
  if (s.IsDeterminer(k)) ++k;
  const auto name = k < s.size() ? s.NameStartingAt(k) : std::nullopt;
  return name && s.mention(*name).type == EntityType::Place && !s.mention(*name).is_country;
}

// "Am Montag saßen die Beteiligten im Kreishaus zusammen.": a sentence that tells a meeting
// and names no one in it; the next sentence may name who met there.
bool TellsAMeetingOfNoOne(const SentenceAnnotation& s) {
  if (s.triggers().empty()) return false;
  bool unnamed = false;
  for (std::size_t k = 1; k < s.size() && !unnamed; ++k) {
    const std::string& w = s.folded(k);
    unnamed = (s.folded(k - 1) == "die" || s.folded(k - 1) == "beide") &&
              (w == "beteiligten" || w == "seiten" || w == "teilnehmer" || w == "parteien");
  }
  return unnamed && std::none_of(s.mentions().begin(), s.mentions().end(),
                                 [&](std::size_t m) { return s.mention(m).type == EntityType::Person; });
}

}  // namespace

void SettingFromSentenceBefore::Apply(const SentenceContext& c, MeetingDraft& d) const {
  const std::size_t index = static_cast<std::size_t>(&c.sentence - c.sentences.data());
  if (d.segments.size() != 1) return;
  if (index == 0) return;
  // "Dort traf er ...", "Anschließend empfing ihn ...": the place of the sentence before,
  // also where someone went ("reiste nach Wien. Dort ...").
  bool there = false;
  for (std::size_t k = 0; k < c.sentence.size() && !there; ++k) {
    const std::string& w = c.sentence.folded(k);  // asked of every word: the length first
    if (w.size() != 4 && w.size() != 13) continue;
    if ((w != "dort" && w != "anschliessend") || !d.InScope(c.sentence, k)) continue;
    // "leitete eine Sitzung, an der X teilnahm; Y stellte dort ... vor": a "dort" after a
    // meeting's noun is that meeting's place.
    there = std::none_of(c.sentence.triggers().begin(), c.sentence.triggers().end(),
                         [&](const Trigger& t) { return t.token < k && t.entry->pos == "noun"; });
  }
  if (!there && !(d.noun && d.definite) && !OpensWithAScene(c.sentences[index - 1]) &&
      !TellsAMeetingOfNoOne(c.sentences[index - 1])) {
    return;
  }
  const bool has_place = std::any_of(d.candidates.begin(), d.candidates.end(),
                                     [](const Candidate& x) { return x.fate == Fate::Place; });
  const bool has_time = !d.times.empty() && d.times[0];
  if (has_place && has_time) return;
  const SentenceAnnotation& before = c.sentences[index - 1];
  std::optional<std::size_t> place;
  // A call is held from two places: none of them is where it was.
  const bool wants_place = !has_place && d.kind != MeetingKind::Call;
  for (std::size_t m : before.mentions()) {
    if (!wants_place) break;
    const Mention& men = before.mention(m);
    if (men.kind != MentionKind::Name || men.is_country) continue;
    const auto preposition = PrepositionBefore(before, men.first_token);
    if (!preposition || (before.folded(*preposition) == "nach" && !there)) continue;
    if (men.type == EntityType::Place || men.type == EntityType::Organization) {
      // Not what the talks were about: "Es ging um die Waffenruhe im Gazastreifen."
      if (InTopic(before, men.first_token, {})) continue;
      place = m;  // the first: a site before its city ("im Kanzleramt in Berlin")
      break;
    }
  }
  // "besuchte am Montag Linz. Dort ...": "dort" is the place named last, even as an object.
  if (!place && there && wants_place) {
    for (std::size_t m : before.mentions()) {
      const Mention& men = before.mention(m);
      // Not what was talked about: "Dort sprach er über die Ukraine. Anschließend ...".
      if (men.kind == MentionKind::Name && men.type == EntityType::Place && !InTopic(before, men.first_token, {})) {
        place = m;
      }
    }
  }
  if (place) {
    Candidate x;
    x.mention = *place;
    x.fate = Fate::Place;
    x.place_distance = SIZE_MAX - 1;
    x.decided_by = name();
    d.candidates.push_back(x);
  }
  // Not the day of the sentence before for a meeting told earlier ("Nach dem Treffen reisten sie
  // ab") or for the next round ("kündigte an, die Gespräche fortzusetzen").
  if (!has_time && !(d.time_phrase && !there) && !(d.noun && d.announced_infinitive)) {
    d.DecideStatus();
    // The day is read as its own sentence tells it: "wurde am Montag empfangen. Anschließend ..."
    // is the Monday gone by, whatever the tense of the sentence after.
    bool past = d.DatesBackwards();
    for (std::size_t k = 0; k < before.size() && !past; ++k) past = before.TellsThePast(k) && !before.quoted(k);
    auto time = FindTimeExpression(before, 0, before.size(), before.size(), c.facts.article.date_published, past);
    if (d.times.empty()) d.times.resize(1);
    if (time) d.times[0] = std::move(time);
  }
}

}  // namespace newskg::extraction::rules
