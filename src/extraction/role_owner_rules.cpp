#include "extraction/role_owner_rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "extraction/place_kinds.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::extraction {
namespace {

using recognition::EntityType;
using recognition::Mention;
using recognition::MentionKind;

class NamedRoleOwnerRule : public Named<RoleOwnerRule> {
 public:
  using Named<RoleOwnerRule>::Named;
};

// A rule that finds the state a role belongs to by name: the article's mention of it, else the
// state implied.
class StateRoleOwnerRule : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const final;
  Implied ImpliedOwner(const RoleOwnerContext& c, const RoleFact& role) const final { return {State(c, role), true}; }

 private:
  // The state's canonical name, "" when the rule finds none.
  virtual std::string State(const RoleOwnerContext& c, const RoleFact& role) const = 0;
};

using text::EndsWithAny;

template <typename Parts>
bool ContainsAny(std::string_view word, const Parts& parts) {
  for (std::string_view part : parts) {
    if (word.find(part) != std::string_view::npos) return true;
  }
  return false;
}

bool ContainsAny(std::string_view word, std::initializer_list<std::string_view> parts) {
  return ContainsAny<std::initializer_list<std::string_view>>(word, parts);
}

// A folded noun ends with a stem in the nominative or genitive ("vereins", "verbandes").
bool NounEndsWith(std::string_view word, std::initializer_list<std::string_view> stems) {
  for (std::string_view stem : stems) {
    if (word.ends_with(stem)) return true;
    for (std::string_view ending : {"s", "es"}) {
      if (word.size() > ending.size() && word.ends_with(ending) &&
          word.substr(0, word.size() - ending.size()).ends_with(stem)) {
        return true;
      }
    }
  }
  return false;
}

// The lexicon's kind of a named place or organization ("city", "party", "media"), "" if unknown.
std::string KindOf(const recognition::Lexicons& lexicons, const Mention& mention) {
  const recognition::NamedThing* thing = lexicons.FindCanonical(mention.canonical);
  return thing ? thing->kind : "";
}

// The state a place lies in: a state itself, or a city's (Lexicons::StateOfCity), or "".
std::string StateOf(const RoleOwnerContext& c, const Mention& place) {
  if (place.type != EntityType::Place) return "";
  if (place.is_country) return place.canonical;
  const std::string* state = c.lexicons.StateOfCity(place.canonical);
  return state ? *state : "";
}

// The mention of a country named `state` the article has, if any.
std::optional<std::size_t> CountryMention(const RoleOwnerContext& c, const std::string& state) {
  const auto& mentions = c.facts.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type == EntityType::Place && mentions[m].is_country && mentions[m].canonical == state) return m;
  }
  return std::nullopt;
}

std::optional<std::size_t> StateRoleOwnerRule::Owner(const RoleOwnerContext& c, const RoleFact& role) const {
  const std::string state = State(c, role);
  if (state.empty()) return std::nullopt;
  return CountryMention(c, state);
}

// The mentions before token `before` of sentence `s`, nearest first, then those of the
// `sentences_back` sentences before it, each from its end.
// In wire shorts (an article of several reports, each with its dateline), not beyond the
// headline of the report `s` belongs to: another report's company is not this one's.
template <typename Visit>
void VisitMentionsBefore(const RoleOwnerContext& c, std::size_t s, std::size_t before,
                         std::size_t sentences_back, Visit visit) {
  if (c.index.datelines.size() > 1) {
    const auto dateline = c.index.DatelineBefore(c.facts, s);
    const std::size_t report = dateline ? c.facts.mentions[*dateline].sentence : 0;
    if (report > c.facts.mentions[c.index.datelines.front()].sentence) {
      sentences_back = std::min(sentences_back, s - (report - 1));
    }
  }
  for (std::size_t back = 0; back <= sentences_back && back <= s; ++back) {
    const SentenceAnnotation& v = c.sentences[s - back];
    const auto& ms = v.mentions();
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const Mention& m = v.mention(*it);
      if (back == 0 && m.last_token > before) continue;
      if (visit(*it)) return;
    }
  }
}

// The nearest mention before (as VisitMentionsBefore walks) for which `fits` holds.
template <typename Fits>
std::optional<std::size_t> NearestBefore(const RoleOwnerContext& c, std::size_t s, std::size_t before,
                                         std::size_t sentences_back, Fits fits) {
  std::optional<std::size_t> found;
  VisitMentionsBefore(c, s, before, sentences_back, [&](std::size_t m) {
    if (fits(m)) found = m;
    return found.has_value();
  });
  return found;
}

// --- possessive-names-the-owner ---------------------------------------------------------------

// 'm' for "sein", 'f' for "ihr" (a woman's, a feminine noun's or a plural's), 0 for neither.
char PossessiveGender(std::string_view folded) {
  // "deren" refers to a woman, a feminine noun or a plural; "dessen" to a man or a neuter noun.
  if (folded == "deren") return 'f';
  if (folded == "dessen") return 'm';
  return text::InflectsStem(folded, "sein") ? 'm' : text::InflectsStem(folded, "ihr") ? 'f' : 0;
}

bool IsKinship(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"ehefrau", "ehemann", "gattin", "gatte", "sohn", "tochter", "bruder",
                                    "schwester", "vater", "mutter", "witwe", "lebensgefährtin",
                                    "lebensgefährte", "schwiegersohn", "schwiegertochter", "enkel",
                                    "enkelin", "neffe", "nichte", "cousin", "cousine", "onkel", "tante",
                                    "großvater", "großmutter", "schwager", "schwägerin"});
}

// A person's place in a line of office holders: "ihr Vorgänger" is the predecessor of the woman
// named before, not of her office.
bool IsSuccession(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"vorgänger", "vorgängerin", "nachfolger", "nachfolgerin"});
}

// Roles that belong to a person rather than to the person's office: "sein Sprecher", "ihr Anwalt".
bool IsPersonalAide(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"sprecher", "sprecherin", "berater", "beraterin", "stabschef",
                                    "stabschefin", "büroleiter", "büroleiterin", "vertrauter",
                                    "vertraute", "anwalt", "anwältin", "verteidiger", "verteidigerin"});
}

// Whether a comma stands among tokens [from, to) of `s`.
bool CommaBetween(const SentenceAnnotation& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (s.word(k) == ",") return true;
  }
  return false;
}

class PossessiveNamesTheOwner : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const SentenceAnnotation& v = c.sentences[role.sentence];
    // The possessive before the label, over up to two adjectives ("seine langjährige Ehefrau").
    std::size_t k = role.first_token;
    char possessive = 0;
    bool first_person = false;
    for (int steps = 0; k > 0 && steps < 3; ++steps) {
      const std::size_t prev = k - 1;
      possessive = PossessiveGender(v.folded(prev));
      first_person = v.folded(prev).starts_with("mein") || v.folded(prev).starts_with("unser");
      if (possessive || first_person) break;
      if (v.upper(prev) || v.IsPunct(prev) || v.IsDeterminer(prev)) return std::nullopt;
      k = prev;
    }
    const std::string_view label = c.label;
    const bool kin = IsKinship(label) || IsSuccession(label);
    const bool aide = IsPersonalAide(label);
    // In an interview's answer ("Ott: Meine Tochter Eva ...", "unsere Geschäftsführerin X"): who
    // answers, or the body of his office.
    if (first_person) {
      const auto speaker = v.answered_by();
      if (!speaker) return std::nullopt;
      if (kin || aide) return speaker;
      // The answer opens with the surname ("Ott:"); his office was told with his full name.
      const std::string_view surname = LastNameWord(c.facts.mentions[*speaker]);
      for (const RoleFact& other : c.roles) {
        if (other.of && LastNameWord(c.facts.mentions[other.person]) == surname) return other.of;
      }
      return std::nullopt;
    }
    if (!possessive) return std::nullopt;
    // An interview's question: the polite "Ihr" is whom it asks ("Ihre Tochter X hat ...").
    if ((kin || aide) && v.addressee() && v.word(k - 1).starts_with("Ihr")) return v.addressee();
    const std::size_t at = k - 1;
    // "für die Betreiberin deren Chef": "deren" and "dessen" refer to the noun right before (not
    // a preposition opening the sentence: "Mit dessen Chef X").
    const std::string& relative = v.folded(at);
    if ((relative == "deren" || relative == "dessen") && at > 0 && v.upper(at - 1) && !v.NameAt(at - 1) &&
        !IsAnyPreposition(v.folded(at - 1))) {
      return std::nullopt;
    }
    const std::string& holder = c.facts.mentions[role.person].canonical;
    std::optional<std::size_t> owner;
    bool blocked = false;
    VisitMentionsBefore(c, role.sentence, at, 1, [&](std::size_t m) {
      const Mention& mention = c.facts.mentions[m];
      if (m == role.person || mention.canonical == holder || mention.kind != MentionKind::Name) return false;
      // A party in brackets marks a person ("X (FDP)"); it is no antecedent.
      if (c.sentences[mention.sentence].bracketed(mention.first_token)) return false;
      if (mention.type == EntityType::Person) {
        const char gender = c.index.gender[m];
        if (gender && gender != possessive) return false;
        // "hatte X mit Kanzler Y telefoniert, wie sein Sprecher Z sagte": in another clause, the
        // subject, not whom the sentence names after "mit" ("mit X und dessen Sohn" is X's).
        if (mention.sentence == role.sentence && relative != "dessen" && relative != "deren" &&
            CommaBetween(v, mention.last_token, at) && AfterMit(v, mention)) {
          return false;
        }
        if (kin || aide) {
          owner = m;
        } else {
          // "der Ministerpräsident ... seine Innenministerin" (not "sein Amtskollege": another
          // state's, which another rule reads).
          owner = label.find("kolleg") == std::string_view::npos ? OwnerOfPerson(c, m) : std::nullopt;
          blocked = !owner;
        }
        return true;
      }
      if (kin) return false;
      if (mention.type == EntityType::Organization && !IsMediaName(c, mention) && !WhereABodySits(c, mention)) {
        owner = m;
        return true;
      }
      if (mention.type == EntityType::Place && mention.is_country) {
        owner = m;
        return true;
      }
      return false;
    });
    if (blocked) return std::nullopt;
    return owner;
  }

 private:
  static bool IsMediaName(const RoleOwnerContext& c, const Mention& mention) {
    return KindOf(c.lexicons, mention) == "media";
  }

  // "Die CDU in der Bürgerschaft": a body after "in der" or "im" right behind another body's
  // name is where that body sits; the possessive refers to the body before it.
  static bool WhereABodySits(const RoleOwnerContext& c, const Mention& mention) {
    const SentenceAnnotation& s = c.sentences[mention.sentence];
    const std::size_t k = mention.first_token;
    std::size_t preposition;
    if (k >= 2 && s.folded(k - 1) == "im") {
      preposition = k - 1;
    } else if (k >= 3 && s.folded(k - 2) == "in" && (s.folded(k - 1) == "der" || s.folded(k - 1) == "dem")) {
      preposition = k - 2;
    } else {
      return false;
    }
    const auto before = s.NameAt(preposition - 1);
    if (before && s.mention(*before).type == EntityType::Organization) return true;
    // "Während X im Kanzleramt saß, kam sein Außenminister ...": a body after "im" where a
    // person the sentence names before it sits.
    if (s.folded(k - 1) != "im") return false;
    for (std::size_t q = 0; q + 1 < k; ++q) {
      const auto person = s.NameAt(q);
      if (person && s.mention(*person).type == EntityType::Person) return true;
    }
    return false;
  }

  // Whether "mit" opens the phrase of `person`, over a role noun, a title or an article ("mit
  // Kanzler X", "mit dem Minister X").
  static bool AfterMit(const SentenceAnnotation& s, const Mention& person) {
    for (std::size_t k = person.first_token, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const std::string& w = s.folded(k - 1);
      if (w == "mit") return true;
      if (s.IsPunct(k - 1) || s.NameAt(k - 1) || (!s.upper(k - 1) && !s.IsDeterminer(k - 1))) return false;
    }
    return false;
  }
  // The owner of an office `person` holds, told with this name, else the state of one told
  // with the full name whose surname it is ("Napat ... sein Außenminister": Vanuatu, of
  // "Premierminister Jotham Napat").
  static std::optional<std::size_t> OwnerOfPerson(const RoleOwnerContext& c, std::size_t person) {
    const std::string& name = c.facts.mentions[person].canonical;
    std::optional<std::size_t> state;
    for (const RoleFact& other : c.roles) {
      if (!other.of) continue;
      const std::string& holder = c.facts.mentions[other.person].canonical;
      if (holder == name) return other.of;
      if (!state && c.facts.mentions[*other.of].is_country && name.find(' ') == std::string::npos &&
          LastNameWord(c.facts.mentions[other.person]) == name) {
        state = other.of;
      }
    }
    return state;
  }
};

// --- generic-complement-refers-back -----------------------------------------------------------

enum class OwnerClass { None, Company, Association, Authority, Party, Town, Region, Country };

struct GenericNoun {
  OwnerClass owner = OwnerClass::None;
  std::string_view stem;  // "verein" of "Vereins"
};

GenericNoun ClassOfGenericNoun(std::string_view folded) {
  auto find = [&](std::initializer_list<std::string_view> stems) -> std::string_view {
    for (std::string_view stem : stems) {
      if (NounEndsWith(folded, {stem})) return stem;
    }
    return {};
  };
  if (auto stem = find({"unternehmen", "konzern", "firma", "hersteller", "autobauer", "betrieb",
                        "mittelständler", "reederei", "brauerei"});
      !stem.empty()) {
    return {OwnerClass::Company, stem};
  }
  if (auto stem = find({"verein", "verband", "vereinigung", "gewerkschaft", "stiftung", "institut",
                        "klub", "club", "kammer", "genossenschaft", "initiative"});
      !stem.empty()) {
    return {OwnerClass::Association, stem};
  }
  if (auto stem = find({"partei"}); !stem.empty()) return {OwnerClass::Party, stem};
  if (auto stem = find({"behörde"}); !stem.empty()) return {OwnerClass::Authority, stem};
  if (NounEndsWith(folded, {"hauptstadt"})) return {};
  if (auto stem = find({"gemeinde", "stadt", "kommune", "ortschaft", "dorf"}); !stem.empty()) {
    return {OwnerClass::Town, stem};
  }
  if (auto stem = find({"bundesstaat", "bundesland", "kanton", "provinz", "region"}); !stem.empty()) {
    return {OwnerClass::Region, stem};
  }
  if (folded == "landes") return {OwnerClass::Country, "land"};
  return {};
}

// A company by the lexicon or its legal form ("Kessler Stahl AG").
bool IsCompany(const recognition::Lexicons& lexicons, const Mention& m) {
  if (m.type != EntityType::Organization || m.article_local || m.kind == MentionKind::Adjective) return false;
  const auto space = m.canonical.rfind(' ');
  return KindOf(lexicons, m) == "company" ||
         (space != std::string::npos &&
          recognition::Lexicons::IsLegalForm(std::string_view(m.canonical).substr(space + 1)));
}

// A sports club by the form of its name: "FC Bayern München", "VfB Stuttgart", "Borussia
// Dortmund", "Hertha BSC".
bool IsSportsClub(const Mention& m) {
  if (m.type != EntityType::Organization || m.kind != MentionKind::Name) return false;
  const std::string_view name = m.canonical;
  const std::size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view first = name.substr(0, space), last = name.substr(name.rfind(' ') + 1);
  for (std::string_view word : {"FC", "VfB", "VfL", "SV", "TSV", "SpVgg", "SC", "TSG", "FSV", "SSV", "1.",
                                "Borussia", "Eintracht", "Fortuna", "Werder", "Arminia", "Kickers", "Sportfreunde"}) {
    if (first == word) return true;
  }
  return last == "FC" || last == "BSC" || last == "SC";
}

// The nouns of a registered club: "Verein", "Skatclub", "Männerchor".
constexpr std::array<std::string_view, 4> kClubNouns = {"verein", "club", "klub", "chor"};

// Whether the word before name `m` (over an opening quotation mark) is a noun ending in `stem`:
// "die Bürgerinitiative „Kurpark bleibt“".
bool IntroducedByItsNoun(const RoleOwnerContext& c, const Mention& m, std::string_view stem) {
  const SentenceAnnotation& s = c.sentences[m.sentence];
  std::size_t k = m.first_token;
  if (k > 0 && s.IsPunct(k - 1) && IsQuoteMark(s.word(k - 1))) --k;
  return k > 0 && s.upper(k - 1) && s.folded(k - 1).ends_with(stem);
}

// Whether the noun before quoted name `m` calls it a club or a choir: 'der Verein
// „Kulturbrücke“', 'der Shantychor „Nordwind“' (unquoted, a word after the noun may be none:
// 'bot dem Club Räume an').
bool IntroducedAsClub(const RoleOwnerContext& c, const Mention& m) {
  const SentenceAnnotation& s = c.sentences[m.sentence];
  if (m.first_token == 0 || !IsQuoteMark(s.word(m.first_token - 1))) return false;
  return std::any_of(kClubNouns.begin(), kClubNouns.end(),
                     [&](std::string_view stem) { return IntroducedByItsNoun(c, m, stem); });
}

// Whether a body's name calls it an authority: an agency, an office, a supervisor, a
// commission, a commissioner, a ministry or a directorate ("Bundesnetzagentur", "Landesamt").
bool NamesAnAuthority(const Mention& m) {
  return ContainsAny(text::FoldForMatch(m.canonical), {"agentur", "amt", "behörde", "aufsicht", "anstalt", "kommission",
                                                       "beauftragt", "ministerium", "direktion"});
}

// Whether a named thing is what the generic noun means: a company by the lexicon or its legal
// form, an association by its own name ("der Afrika-Verein ... des Vereins"), a party, a town,
// a state.
bool Fits(const RoleOwnerContext& c, const GenericNoun& noun, const Mention& m) {
  if (m.kind != MentionKind::Name) return false;
  switch (noun.owner) {
    case OwnerClass::Company:
      return IsCompany(c.lexicons, m);
    case OwnerClass::Association:
      // "Der Präsident des Vereins" of a club ("beim VfB Stuttgart"), or of a body its noun
      // introduced ("die Bürgerinitiative „Kurpark bleibt“ ... die Sprecherin der Initiative").
      return m.type == EntityType::Organization &&
             (text::FoldForMatch(m.canonical).find(noun.stem) != std::string::npos ||
              ((noun.stem == "verein" || noun.stem == "klub" || noun.stem == "club") &&
               (IsSportsClub(m) || IntroducedAsClub(c, m))) ||
              IntroducedByItsNoun(c, m, noun.stem));
    case OwnerClass::Party:
      return m.type == EntityType::Organization && KindOf(c.lexicons, m) == "party";
    case OwnerClass::Authority:
      // "Der Präsident der Behörde": an agency, an office, a supervisor by its name.
      return m.type == EntityType::Organization && !m.article_local && NamesAnAuthority(m);
    case OwnerClass::Town:
      return IsTown(c.lexicons, m);
    case OwnerClass::Region:  // "São Paulo": the state and its capital share the name
      return m.type == EntityType::Place && !m.is_country && !m.is_site && !m.article_local;
    case OwnerClass::Country:
      return m.type == EntityType::Place && (m.is_country || KindOf(c.lexicons, m) == "state");
    case OwnerClass::None:
      return false;
  }
  return false;
}

class GenericComplementRefersBack : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;

 private:
  // The person of the latest role before `role` whose noun is that of `office` ("des
  // Bürgermeisters": a "Bürgermeister" or an "Oberbürgermeister"), other than `role`'s own; one
  // of the relative's family name first.
  static std::optional<std::size_t> HolderOfOffice(const RoleOwnerContext& c, const RoleFact& role,
                                                   const std::string& office) {
    const auto wanted = c.lexicons.MatchRole(office);
    if (!wanted) return std::nullopt;
    const std::string_view family = LastNameWord(c.facts.mentions[role.person]);
    const std::string office_noun = text::FoldForMatch(wanted->noun->lemma);
    std::optional<std::size_t> holder, kin;
    for (const RoleFact& r : c.roles) {
      if (r.sentence > role.sentence || (r.sentence == role.sentence && r.token >= role.token)) break;
      const auto held = c.lexicons.MatchRole(r.label);
      if (!held || r.person == role.person) continue;
      // One noun ends the other: "des Verbandsvorsitzenden" is the "Vorsitzender" named before.
      const std::string held_noun = text::FoldForMatch(held->noun->lemma);
      if (!(held_noun.size() <= office_noun.size() ? office_noun.ends_with(held_noun)
                                                   : held_noun.ends_with(office_noun))) {
        continue;
      }
      holder = r.person;
      if (LastNameWord(c.facts.mentions[r.person]) == family) kin = r.person;
    }
    return kin ? kin : holder;
  }

 public:
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const SentenceAnnotation& v = c.sentences[role.sentence];
    std::size_t k = role.token + 1;
    if (k >= v.size() || (v.folded(k) != "des" && v.folded(k) != "der")) return std::nullopt;
    ++k;
    // Up to two adjectives: "der kleinen oberösterreichischen Gemeinde".
    for (int steps = 0; k < v.size() && steps < 2 && !v.upper(k) && !v.IsPunct(k); ++steps) ++k;
    if (k >= v.size() || !v.upper(k) || v.NameAt(k)) return std::nullopt;
    // "Jan Ott, ein Cousin des Verbandsvorsitzenden": a relative of whom holds that office.
    if (IsKinship(c.label)) return HolderOfOffice(c, role, v.word(k));
    const GenericNoun wanted = ClassOfGenericNoun(v.folded(k));
    if (wanted.owner == OwnerClass::None) return std::nullopt;
    return NearestBefore(c, role.sentence, role.first_token, role.sentence, [&](std::size_t m) {
      return m != role.person && Fits(c, wanted, c.facts.mentions[m]);
    });
  }
};

// --- district-office-takes-district -----------------------------------------------------------

// The first mention before sentence `s` that `fits` takes (by its index), when all it takes
// there have one name ("the one club the article named before"); else none.
template <typename Fits>
std::optional<std::size_t> OnlyOneNamedBefore(const ArticleFacts& facts, std::size_t s, const Fits& fits) {
  const std::vector<Mention>& mentions = facts.mentions;
  std::optional<std::size_t> found;
  for (std::size_t m = 0; m < mentions.size() && mentions[m].sentence < s; ++m) {
    if (!fits(m)) continue;
    if (found && mentions[*found].canonical != mentions[m].canonical) return std::nullopt;
    if (!found) found = m;
  }
  return found;
}

// The first mention `accepts` takes, when all it takes have one name ("the one district the
// article names"); else none.
template <typename Accepts>
std::optional<std::size_t> OnlyOneNamed(const RoleOwnerContext& c, const Accepts& accepts) {
  return OnlyOneNamedBefore(c.facts, SIZE_MAX, [&](std::size_t m) { return accepts(c.facts.mentions[m]); });
}

// The first mention `fits` takes, given the stem of the place's adjective in "-er" at token `k`
// ("Ulmer": "Ulm"; "Bremer": "Brem", of "Bremen"), a capitalized word of at least `min_bytes`.
template <typename Fits>
std::optional<std::size_t> PlaceOfAdjectiveAt(const RoleOwnerContext& c, const SentenceAnnotation& s, std::size_t k,
                                              std::size_t min_bytes, const Fits& fits) {
  const std::string& adjective = s.word(k);
  if (adjective.size() < min_bytes || !s.upper(k) || !adjective.ends_with("er")) return std::nullopt;
  const std::string stem = adjective.substr(0, adjective.size() - 2);
  for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
    if (fits(c.facts.mentions[m], stem)) return m;
  }
  return std::nullopt;
}

// "Landrat", "Landrätin": the head of a district ("Landkreis Celle", "Kreis Soest"), and the
// district's own staff named by it ("Kreissprecherin", "Kreisbrandmeister", "Kreisveterinär").
bool IsDistrictOffice(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"landrat", "landrätin", "kreisbeigeordneter", "kreisbeigeordnete", "kreisrat",
                                    "kreisrätin"}) ||
         (folded_label.starts_with("kreis") &&
          EndsWithAny(folded_label, {"sprecher", "sprecherin", "brandmeister", "brandmeisterin", "brandrat",
                                     "brandrätin", "baurat", "baurätin", "veterinär", "veterinärin", "dezernent",
                                     "dezernentin", "jägermeister", "jägermeisterin"}));
}

class DistrictOfficeTakesDistrict : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsDistrictOffice(c.label)) return std::nullopt;
    // "Landrätin X vom Kreis Celle": the district "vom" names right after the holder.
    const Mention& holder = c.facts.mentions[role.person];
    const SentenceAnnotation& s = c.sentences[holder.sentence];
    const std::size_t after = holder.last_token;
    if (after + 1 < s.size() && (s.folded(after) == "vom" || s.folded(after) == "von")) {
      if (const auto named = s.NameStartingAt(after + 1); named && IsDistrict(c.facts.mentions[*named])) {
        return named;
      }
    }
    const auto near = NearestBefore(c, role.sentence, role.first_token, 2,
                                    [&](std::size_t m) { return IsDistrict(c.facts.mentions[m]); });
    if (near) return near;
    // Else the one district the article names.
    if (auto only = OnlyOneNamed(c, [](const Mention& m) { return IsDistrict(m); })) return only;
    // Else the district a district office's name gives by its town ("im Landratsamt Kempten"),
    // named last before, as the article names that town.
    const auto office = NearestBefore(c, role.sentence, role.first_token, 2,
                                      [&](std::size_t m) { return !DistrictOfOffice(c.facts.mentions[m]).empty(); });
    if (!office) return std::nullopt;
    const std::string_view district = DistrictOfOffice(c.facts.mentions[*office]);
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& men = c.facts.mentions[m];
      if (men.type == EntityType::Place && men.kind == MentionKind::Name && men.canonical == district) return m;
    }
    return std::nullopt;
  }

 private:
  // "Kempten" of "Landratsamt Kempten" or "Kreisverwaltung Kempten"; "" for other names.
  static std::string_view DistrictOfOffice(const Mention& m) {
    if (m.type != EntityType::Organization) return {};
    for (std::string_view office : {"Landratsamt ", "Kreisverwaltung "}) {
      if (m.canonical.starts_with(office) && m.canonical.size() > office.size()) {
        return std::string_view(m.canonical).substr(office.size());
      }
    }
    return {};
  }
};

// --- municipal-office-takes-town --------------------------------------------------------------

// A Swiss town councillor heading a department ("Bauvorsteherin", "Sicherheitsvorsteher", also
// "Tiefbauvorstand"; a club's "Sportvorstand" is none).
bool IsTownDepartmentHead(std::string_view folded_label) {
  const bool board = folded_label.ends_with("vorstand") || folded_label.ends_with("vorständin");
  if (!folded_label.ends_with("vorsteher") && !folded_label.ends_with("vorsteherin") && !board) return false;
  if (board && folded_label.starts_with("sport")) return false;
  for (std::string_view department : {"bau", "hochbau", "tiefbau", "bildungs", "schul", "sicherheits", "sport",
                                      "sozial", "gesundheits", "umwelt", "kultur", "werk", "liegenschaft",
                                      "planungs"}) {
    if (folded_label.starts_with(department)) return true;
  }
  return false;
}

bool IsMunicipalOffice(std::string_view folded_label) {
  // "Kreisbeigeordneter"; a city's borough's "Bezirksstadträtin" serves the borough.
  if (IsDistrictOffice(folded_label) || folded_label.starts_with("bezirks")) return false;
  return EndsWithAny(folded_label, {"bürgermeister", "bürgermeisterin", "stadtpräsident",
                                    "stadtpräsidentin", "gemeindepräsident", "gemeindepräsidentin",
                                    "ortsvorsteher", "ortsvorsteherin", "beigeordneter", "beigeordnete",
                                    "stadtkämmerer", "stadtkämmerin", "stadtrat", "stadträtin", "gemeinderat",
                                    "gemeinderätin", "einwohnerrat", "einwohnerrätin", "ratsherr", "ratsfrau",
                                    "finanzvorsteher", "finanzvorsteherin", "gemeindeammann", "stadtammann", "maire",
                                    "sindaco", "sindaca", "kurdirektor", "kurdirektorin"}) ||
         IsTownDepartmentHead(folded_label);
}

// A town's head, of whom it has one: not a deputy ("Vizebürgermeisterin"), a councillor or a
// treasurer, who serve beside the head.
bool IsTownHead(std::string_view folded_label) {
  return !folded_label.starts_with("vize") && !folded_label.starts_with("stellvertret") &&
         EndsWithAny(folded_label, {"bürgermeister", "bürgermeisterin", "stadtpräsident", "stadtpräsidentin",
                                    "gemeindepräsident", "gemeindepräsidentin", "ortsvorsteher", "ortsvorsteherin",
                                    "gemeindeammann", "stadtammann", "maire", "sindaco", "sindaca"});
}

// "Wirtschaftssenatorin", "Sportsenator": a member of a city state's government, of Berlin,
// Hamburg or Bremen (a senator elsewhere sits in a parliament).
bool IsCityStateSenator(std::string_view folded_label) { return EndsWithAny(folded_label, {"senator", "senatorin"}); }
bool IsCityState(const Mention& m) {
  return m.canonical == "Berlin" || m.canonical == "Hamburg" || m.canonical == "Bremen";
}

class MunicipalOfficeTakesTown : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const bool senator = IsCityStateSenator(c.label);
    if (!senator && !IsMunicipalOffice(c.label)) return std::nullopt;
    // A quarter has no mayor of its own ("Bürgermeisterin ... in Kiel-Schilksee").
    auto fits = [&](const Mention& town) {
      return IsTown(c.lexicons, town) && !IsQuarter(c.lexicons, town) && (!senator || IsCityState(town));
    };
    // Nor a town whose mayor the article names as another (a city state's senators serve beside
    // its mayor).
    auto serves = [&](std::size_t m) {
      return fits(c.facts.mentions[m]) && (senator || !MayorOfItIsAnother(c, role, m));
    };
    if (const auto town = TownOfAdjectiveBefore(c, role); town && fits(c.facts.mentions[*town])) return town;
    // A quarter the article names as one ("im Stadtteil Kesselau", Swiss "im Quartier Kesselau")
    // is none, wherever named.
    std::set<std::string_view> quarters;
    for (const Mention& m : c.facts.mentions) {
      if (m.type != EntityType::Place || m.first_token == 0) continue;
      const std::string& before = c.sentences[m.sentence].folded(m.first_token - 1);
      if (before.starts_with("stadtteil") || before.starts_with("ortsteil") || before.starts_with("quartier")) {
        quarters.insert(m.canonical);
      }
    }
    const auto near = NearestBefore(c, role.sentence, role.first_token, 2, [&](std::size_t m) {
      // "war aus Linz angereist. Bürgermeisterin X empfing sie": not where a guest came from;
      // but "Aus Linz war Bürgermeisterin X gekommen": the office's holder came from her town.
      const Mention& town = c.facts.mentions[m];
      const bool holder_came = town.sentence == role.sentence && town.first_token == 1 &&
                               role.first_token > town.last_token && role.first_token <= town.last_token + 2;
      return (holder_came || !c.sentences[town.sentence].IsOrigin(town.first_token)) &&
             !HolderTravelledTo(c, role, town) && !quarters.contains(town.canonical) &&
             !AfterJoinedArticle(c, town) && !FirmsSeat(c, town) && serves(m);
    });
    // "Ulm (dpa) - ... Oberbürgermeister Max Ott": else the town the report was filed from, the
    // first of its dateline ("Ulm/Kiew.": a regional paper's home comes first).
    const std::optional<std::size_t> home = c.index.DatelineBefore(c.facts, role.sentence);
    const bool home_serves = home && serves(*home);
    // "Berlin/Ulm (dpa) - ... reist X nach Ulm weiter. Oberbürgermeister Y": a town the dateline
    // names with the first is a home of the report as well.
    if (near && home_serves && InDatelineOf(c, *home, *near)) return near;
    const bool there = near && (SaysThere(c, role) || ReceivesTheTraveller(c, role, *near));
    // "Ulm (dpa) - ... will in Linz mit X reden. Bürgermeisterin Y": a town an earlier sentence
    // tells of is where something happens; the office is still the home town's, unless the
    // office's sentence says it is there ("Dort empfing ihn Bürgermeister Y").
    if (near && home_serves && c.facts.mentions[*near].sentence < role.sentence &&
        c.facts.mentions[*near].canonical != c.facts.mentions[*home].canonical && !there &&
        (NamedOnce(c, *near, role) || AdjectiveOfUsed(c, *home)) && WhereAMeetingIs(c, *near) &&
        !CalledAMunicipality(c, *near)) {
      return home;
    }
    // "Ulm (dpa) - ... für die sich neben Ulm auch Kempten bewirbt. Oberbürgermeister X": a town
    // an earlier sentence names beside the dateline's, not as where one went, is only compared.
    if (near && home_serves && !there && NamedBesideTheHome(c, *near, *home, role)) return home;
    // "Ulm (dpa) - ... das Naturschutzgebiet Hohenwiesen ... Bürgermeisterin X": a name no
    // gazetteer knows that nothing calls a town is a weaker reading than the dateline's town.
    if (near && home_serves && !there && Unintroduced(c, *near)) return home;
    // "Ulm. Die Klinik in Neuhausen schließt. ... Bürgermeisterin X": a regional paper's report
    // from its home town names that town's offices; another town told of before is only where
    // something is.
    if (near && home_serves && LocalPapersHome(c, *home) && c.facts.mentions[*near].sentence < role.sentence &&
        c.facts.mentions[*near].canonical != c.facts.mentions[*home].canonical && !there &&
        !SetsTheScene(c, *near)) {
      return home;
    }
    if (near) return near;
    if (home_serves) return SceneOfTwoTownDateline(c, role, *home, serves);
    // "Ich hatte einen Termin bei Bausenator X": a senator of a portfolio, with no town near,
    // serves the one city state a report about it names ("die Berliner Bühnen"); a bare
    // "Senator", or a "US-Senatorin", may sit in any senate.
    if (senator && c.label != "senator" && c.label != "senatorin" && c.label.find('-') == std::string_view::npos) {
      const std::optional<std::size_t> city = OnlyOneNamed(c, [](const Mention& m) {
        return m.type == EntityType::Place && m.kind == MentionKind::Name && IsCityState(m);
      });
      if (city && AdjectiveOfUsed(c, *city)) return city;
    }
    return std::nullopt;
  }

 private:
  // Whether town `near`, named in a sentence before the office's, is joined there to the
  // dateline's town `home` (another mention of its name a few words away: "neben Ulm auch
  // Kempten"), and named after no "nach" (a trip's end).
  static bool NamedBesideTheHome(const RoleOwnerContext& c, std::size_t near, std::size_t home,
                                 const RoleFact& role) {
    const Mention& town = c.facts.mentions[near];
    const Mention& dateline = c.facts.mentions[home];
    if (town.sentence >= role.sentence || town.canonical == dateline.canonical || town.first_token == 0) return false;
    if (c.sentences[town.sentence].folded(town.first_token - 1) == "nach") return false;
    constexpr std::size_t kJoined = 4;  // "neben Ulm auch Kempten", "Ulm oder Kempten"
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& other = c.facts.mentions[m];
      if (m == home || other.sentence != town.sentence || other.canonical != dateline.canonical) continue;
      if (std::max(other.first_token, town.first_token) - std::min(other.first_token, town.first_token) <= kJoined) {
        return true;
      }
    }
    return false;
  }
  // "Mit nach Aarau gereist war auch Gemeinderat X": a town the office's own clause names after
  // "nach" with a verb of travel is where the holder went, not their town.
  static bool HolderTravelledTo(const RoleOwnerContext& c, const RoleFact& role, const Mention& town) {
    if (town.sentence != role.sentence || town.first_token == 0) return false;
    const SentenceAnnotation& s = c.sentences[role.sentence];
    if (s.folded(town.first_token - 1) != "nach" || s.clause(town.first_token) != s.clause(role.first_token)) {
      return false;
    }
    // The holder travelled, the first person the clause names ("war X nach Ulm gereist, um mit
    // dessen Bürgermeister Y zu sprechen": X did).
    for (std::size_t m : s.mentions()) {
      const Mention& other = s.mention(m);
      if (other.type == EntityType::Person && other.first_token < role.first_token && m != role.person &&
          s.clause(other.first_token) == s.clause(role.first_token)) {
        return false;
      }
    }
    static constexpr std::string_view kTravelled[] = {"gereist", "gefahren",   "reiste",     "reisten",
                                                      "fuhr",    "fuhren",     "mitgereist", "mitgefahren"};
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (s.clause(k) == s.clause(role.first_token) &&
          std::find(std::begin(kTravelled), std::end(kTravelled), s.folded(k)) != std::end(kTravelled)) {
        return true;
      }
    }
    return false;
  }
  // "Berlin/Ulm (dpa) - ... Am Dienstag reiste X nach Ulm. ... Oberbürgermeister Y": a report
  // filed from several towns is, by the office's sentence, in the one of them named last before
  // it; else in the first.
  template <typename Serves>
  static std::size_t SceneOfTwoTownDateline(const RoleOwnerContext& c, const RoleFact& role, std::size_t home,
                                            const Serves& serves) {
    // The dateline's towns: the first, and those joined to it by "/".
    const std::size_t joined_end = PlacesJoinedBySlashEnd(c.facts, home);
    std::vector<std::string_view> towns = {c.facts.mentions[home].canonical};
    for (std::size_t o = home + 1; o < joined_end; ++o) {
      if (serves(o)) towns.emplace_back(c.facts.mentions[o].canonical);
    }
    if (towns.size() < 2) return home;
    const std::size_t line = c.facts.mentions[home].sentence;
    const std::size_t next = c.facts.mentions[joined_end - 1].last_token;
    std::size_t scene = home;
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& named = c.facts.mentions[m];
      const bool after = named.sentence > role.sentence ||
                         (named.sentence == role.sentence && named.first_token >= role.first_token);
      if (after) break;
      const bool in_dateline = named.sentence == line && named.first_token <= next;
      if (!in_dateline && named.type == EntityType::Place &&
          std::find(towns.begin(), towns.end(), named.canonical) != towns.end()) {
        scene = m;
      }
    }
    return scene;
  }
  // Whether the dateline that opens with mention `home` names `town` after a "/".
  static bool InDatelineOf(const RoleOwnerContext& c, std::size_t home, std::size_t town) {
    const std::size_t joined_end = PlacesJoinedBySlashEnd(c.facts, home);
    for (std::size_t o = home + 1; o < joined_end; ++o) {
      if (c.facts.mentions[o].canonical == c.facts.mentions[town].canonical) return true;
    }
    return false;
  }
  // Whether dateline mention `home` is a regional paper's locality line ("Ulm." or "Ulm/Kiew."
  // opening the report, or a heading in capitals over a local item), not an agency's ("Ulm
  // (dpa) -"), which may report on any town nearby.
  static bool LocalPapersHome(const RoleOwnerContext& c, std::size_t home) {
    return PlaceNamesLine(c.facts, c.facts.mentions[home].sentence);
  }
  // "In Zell sieht man das anders. Bürgermeister X": a town that opens a sentence before sets
  // the scene the office is in.
  static bool SetsTheScene(const RoleOwnerContext& c, std::size_t town) {
    const Mention& t = c.facts.mentions[town];
    return t.first_token == 1 && c.sentences[t.sentence].folded(0) == "in";
  }
  // Whether mention `town` is a name no gazetteer knows that none of its mentions calls a town:
  // no preposition or municipal noun before it, no municipal office after it.
  static bool Unintroduced(const RoleOwnerContext& c, std::size_t town) {
    const Mention& named = c.facts.mentions[town];
    if (c.lexicons.FindCanonical(named.canonical)) return false;
    // Any of its mentions may introduce it: "in Zell", "die Partnerstadt Zell", "Zells Bürgermeister".
    for (std::size_t k = 0; k < c.facts.mentions.size(); ++k) {
      const Mention& m = c.facts.mentions[k];
      if (m.canonical != named.canonical || m.first_token == 0) continue;
      const SentenceAnnotation& s = c.sentences[m.sentence];
      const std::string& before = s.folded(m.first_token - 1);
      if (IsAnyPreposition(before) || text::EndsWithAny(before, {"stadt", "gemeinde", "ort", "dorf"})) return false;
      if (m.last_token < s.size() && IsMunicipalOffice(s.folded(m.last_token))) return false;
    }
    return true;
  }
  // "die Kessler AG mit Sitz in Lindau": where a firm has its seat, not the town the report is about.
  static bool FirmsSeat(const RoleOwnerContext& c, const Mention& town) {
    if (town.first_token < 2) return false;
    const SentenceAnnotation& s = c.sentences[town.sentence];
    return s.folded(town.first_token - 1) == "in" && s.folded(town.first_token - 2).ends_with("sitz");
  }
  // "am Kesselberg", "beim Lindenhof": a name no gazetteer knows after a preposition joined to an
  // article names a hill, a farm or a site, not a town (which takes no article).
  static bool AfterJoinedArticle(const RoleOwnerContext& c, const Mention& town) {
    if (town.first_token == 0 || c.lexicons.FindCanonical(town.canonical)) return false;
    const std::string& before = c.sentences[town.sentence].folded(town.first_token - 1);
    return before == "am" || before == "vom" || before == "zum" || before == "beim";
  }
  // Whether the town of mention `town` is named nowhere else before the office (by name): told
  // of in passing, not what the report is about ("In Lustenau selbst ...").
  static bool NamedOnce(const RoleOwnerContext& c, std::size_t town, const RoleFact& role) {
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& other = c.facts.mentions[m];
      if (other.sentence > role.sentence) break;
      // ("mit der Ulmer Dezernentin in Ulm": its adjective is no second naming.)
      if (other.kind == MentionKind::Adjective) continue;
      if (m != town && other.canonical == c.facts.mentions[town].canonical) return false;
    }
    return true;
  }
  // Whether a meeting the article tells is at the town of mention `town` ("will in Linz mit X
  // reden"): a town told of, not the one whose offices the report names.
  static bool WhereAMeetingIs(const RoleOwnerContext& c, std::size_t town) {
    const std::string& name = c.facts.mentions[town].canonical;
    auto named = [&](const std::optional<std::size_t>& at) { return at && c.facts.mentions[*at].canonical == name; };
    return std::any_of(c.facts.meetings.begin(), c.facts.meetings.end(),
                       [&](const MeetingFact& m) { return named(m.location) || named(m.town); });
  }
  // Whether the article writes the adjective of the town of mention `town` before a noun ("im
  // Ulmer Stadtrat", "das Ulmer Bahnhofsareal"): a local report of that town.
  static bool AdjectiveOfUsed(const RoleOwnerContext& c, std::size_t town) {
    const std::string& name = c.facts.mentions[town].canonical;
    const std::string adjective = (name.ends_with("en") ? name.substr(0, name.size() - 2) : name) + "er";
    for (const SentenceAnnotation& s : c.sentences) {
      for (std::size_t k = 0; k + 1 < s.size(); ++k) {
        if (s.word(k) == adjective && s.upper(k + 1)) return true;
      }
    }
    return false;
  }
  // "die Gemeinde Zell", "der Stadt Zell": a town the text calls a municipality, whose offices
  // it names.
  static bool CalledAMunicipality(const RoleOwnerContext& c, std::size_t town) {
    const Mention& m = c.facts.mentions[town];
    if (m.first_token == 0) return false;
    return IsMunicipalNoun(c.sentences[m.sentence].folded(m.first_token - 1));
  }
  // "Dort", "dort", "hier" in the office's sentence: at the place told before.
  static bool SaysThere(const RoleOwnerContext& c, const RoleFact& role) {
    const SentenceAnnotation& s = c.sentences[role.sentence];
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (s.folded(k) == "dort" || s.folded(k) == "hier" || s.folded(k) == "dortige" || s.folded(k) == "dortigen") {
        return true;
      }
    }
    return false;
  }
  // "Am Dienstag reist X nach Linz weiter. Bürgermeisterin Y will ihn empfangen": the office's
  // sentence receives a guest in the town an earlier one sent someone to.
  static bool ReceivesTheTraveller(const RoleOwnerContext& c, const RoleFact& role, std::size_t town) {
    const Mention& t = c.facts.mentions[town];
    if (t.sentence >= role.sentence || t.first_token == 0 ||
        c.sentences[t.sentence].folded(t.first_token - 1) != "nach") {
      return false;
    }
    const SentenceAnnotation& s = c.sentences[role.sentence];
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (IsReceptionWord(s.folded(k))) return true;
    }
    return false;
  }
  // "die Ulmer Bürgermeisterin X": the town whose adjective stands before the office,
  // when the article names it.
  static std::optional<std::size_t> TownOfAdjectiveBefore(const RoleOwnerContext& c, const RoleFact& role) {
    if (role.first_token == 0) return std::nullopt;
    return PlaceOfAdjectiveAt(c, c.sentences[role.sentence], role.first_token - 1, 5,
                              [&](const Mention& m, const std::string& stem) {
                                return (m.canonical == stem || m.canonical == stem + "en") && IsTown(c.lexicons, m);
                              });
  }
  // "Der Bürgermeister von Linz, X, traf Bürgermeister Y": Linz has its mayor; Y is a guest's
  // (its deputy and its councillors serve beside him).
  static bool MayorOfItIsAnother(const RoleOwnerContext& c, const RoleFact& role, std::size_t town) {
    if (!IsTownHead(c.label)) return false;
    const auto& mentions = c.facts.mentions;
    for (const RoleFact& other : c.roles) {
      if (!other.of || mentions[*other.of].canonical != mentions[town].canonical) continue;
      if (mentions[other.person].canonical == mentions[role.person].canonical) continue;
      if (IsTownHead(text::FoldForMatch(other.label))) return true;
    }
    return false;
  }
};

// --- company-office-takes-company ------------------------------------------------------------

// "Vorstand Max Ott", "Vorständin Eva Lind": a member of a company's board.
bool IsBoardMember(std::string_view folded_label) {
  return folded_label == "vorstand" || folded_label == "vorständin";
}

bool IsCompanyOffice(std::string_view folded_label) {
  return ContainsAny(folded_label, {"vorstandschef", "vorstandsvorsitz", "konzernchef", "firmenchef", "finanzvorst",
                                    "finanzchef", "betriebsrat", "aufsichtsrat", "geschäftsführ", "gründer",
                                    "werkleiter", "werksleiter", "werkschef", "standortleiter", "verwaltungsratspräsident",
                                    "firmeninhaber", "geschäftsinhaber"}) ||
         folded_label == "ceo" || IsBoardMember(folded_label);
}

// A board's office a club has too: "Vorstandschef", "Finanzvorständin", "Aufsichtsratschef".
bool IsBoardOffice(std::string_view folded_label) {
  return IsBoardMember(folded_label) || ContainsAny(folded_label, {"vorstandschef", "vorstandsvorsitz", "finanzvorst",
                                                                   "aufsichtsrat", "geschäftsführ"});
}

// The noun an organization's name follows, over "von" or an article ("die Werft von X", "im
// Werk der X", "Chiphersteller X"); empty for no organization's name.
std::string_view NounBeforeOrganization(const RoleOwnerContext& c, const Mention& m) {
  if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.first_token == 0) return {};
  const SentenceAnnotation& s = c.sentences[m.sentence];
  std::size_t k = m.first_token - 1;
  if (k > 0 && (s.folded(k) == "von" || s.IsDeterminer(k))) --k;
  return s.folded(k);
}

// "zur Werft von X", "des Rüstungskonzerns X", "Chiphersteller X": a name the text calls a
// company, whatever its form.
bool CalledACompany(const RoleOwnerContext& c, const Mention& m) {
  const std::string_view noun = NounBeforeOrganization(c, m);
  // ("Maschinenbauer", "Anlagenbauer", "Autobauer": a maker of a kind.)
  if (noun.size() > 7 && EndsWithAny(noun, {"bauer", "bauers"})) return true;
  return EndsWithAny(noun, {"konzern", "konzerns", "unternehmen", "unternehmens", "firma", "hersteller",
                            "herstellers", "werft", "zulieferer", "zulieferers", "mittelständler",
                            "mittelständlers"});
}

// "im Werk der X GmbH", "das Batteriewerk von X": a name right after a plant's noun (and "der"
// or "von").
bool NamedAsAPlantsOwner(const RoleOwnerContext& c, const Mention& m) {
  return EndsWithAny(NounBeforeOrganization(c, m), {"werk", "werks", "werkes", "standort", "standorts"});
}

class CompanyOfficeTakesCompany : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsCompanyOffice(c.label)) return std::nullopt;
    // A plant manager runs the plant the article named ("im Werk der X GmbH"), even where the
    // parent company is named after it.
    if (ContainsAny(c.label, {"werkleiter", "werksleiter", "werkschef", "standortleiter"})) {
      if (const auto plant = NearestBefore(c, role.sentence, role.first_token, role.sentence, [&](std::size_t m) {
            return NamedAsAPlantsOwner(c, c.facts.mentions[m]);
          })) {
        return plant;
      }
    }
    const bool board = IsBoardOffice(c.label);
    return NearestBefore(c, role.sentence, role.first_token, role.sentence, [&](std::size_t m) {
      const Mention& men = c.facts.mentions[m];
      return IsCompany(c.lexicons, men) || CalledACompany(c, men) || (board && IsSportsClub(men));
    });
  }
};

// --- institution-office-takes-institution ------------------------------------------------------

// The kind of institution an office heads, as a word of the institution's name: a rector's
// university, a judge's court, a theatre's director. Empty for other offices.
std::vector<std::string_view> InstitutionKinds(std::string_view folded_label) {
  const bool director = EndsWithAny(folded_label, {"direktor", "direktorin"});  // not a "Rektor"
  if (!director && EndsWithAny(folded_label, {"rektor", "rektorin", "dekan", "dekanin"})) {
    return {"universität", "hochschule", "institut", "akademie"};  // "Polytechnisches Institut"
  }
  if (EndsWithAny(folded_label, {"richter", "richterin", "gerichtspräsident", "gerichtspräsidentin"})) return {"gericht"};
  if (EndsWithAny(folded_label, {"intendant", "intendantin"})) {
    return {"oper", "theater", "schauspiel", "festspiele", "rundfunk", "philharmonie"};
  }
  // A hospital's doctors and heads: "Chefärztin", "Primar", "Ärztlicher Direktor", "Pflegedirektorin".
  const bool hospital_head = director && (folded_label.starts_with("ärztlich") || folded_label.starts_with("pflege") ||
                              folded_label.starts_with("klinik"));
  if (hospital_head || EndsWithAny(folded_label, {"chefarzt", "chefärztin", "oberarzt", "oberärztin", "primar",
                                                  "primaria", "primarius"})) {
    return {"klinik", "krankenhaus", "spital", "hospital"};
  }
  if (director) return {"institut", "museum"};
  return {};
}

class InstitutionOfficeTakesInstitution : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const SentenceAnnotation& s = c.sentences[role.sentence];
    // "Der Ärztliche Direktor": the adjective may stand outside the label.
    const bool medical = s.folded(role.first_token).starts_with("ärztlich") ||
                         (role.first_token > 0 && s.folded(role.first_token - 1).starts_with("ärztlich"));
    const std::vector<std::string_view> kinds =
        InstitutionKinds(medical ? "ärztlicher " + std::string(c.label) : std::string(c.label));
    if (kinds.empty()) return std::nullopt;
    auto of_kind = [&](std::size_t m) {
      const Mention& men = c.facts.mentions[m];
      if (men.type != EntityType::Organization || men.kind == MentionKind::Adjective) return false;
      return ContainsAny(text::FoldForMatch(men.canonical), kinds);
    };
    // "Vizerektor für Forschung am Polytechnischen Institut Kiew": the institution right after,
    // by "am" or "an der".
    for (std::size_t k = role.token + 1; k < s.size() && k <= role.token + 5 && !s.IsPunct(k); ++k) {
      if (s.folded(k) != "am" && s.folded(k) != "an") continue;
      const std::size_t at = s.folded(k) == "an" && k + 1 < s.size() && s.IsDeterminer(k + 1) ? k + 2 : k + 1;
      if (const auto m = at < s.size() ? s.NameStartingAt(at) : std::nullopt; m && of_kind(*m)) return m;
      break;
    }
    if (const auto near = NearestBefore(c, role.sentence, role.first_token, 2, of_kind)) return near;
    // "Der Prozess vor dem Landgericht Ulm ... Drei Absätze später: Richterin Eva Lind": the one
    // institution of its kind the article named before.
    std::optional<std::size_t> only;
    bool two = false;
    VisitMentionsBefore(c, role.sentence, role.first_token, role.sentence, [&](std::size_t m) {
      if (!of_kind(m)) return false;
      two = only && c.facts.mentions[*only].canonical != c.facts.mentions[m].canonical;
      if (!only) only = m;
      return two;
    });
    return two ? std::nullopt : only;
  }
};

// --- state-secretary-serves-the-ministry ------------------------------------------------------

// "Staatssekretärin", "Verkehrsstaatssekretär", "Parlamentarischer Staatssekretär": a ministry's
// office under its minister.
bool IsStateSecretary(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"staatssekretär", "staatssekretärin"});
}

// "Bundesverkehrsministerium", "Auswärtiges Amt", "Senatsverwaltung für Finanzen": a ministry's name.
bool IsMinistry(const Mention& m) {
  if (m.type != EntityType::Organization || m.kind != MentionKind::Name) return false;
  const std::string folded = text::FoldForMatch(m.canonical);
  return folded.find("ministerium") != std::string::npos || folded == "auswärtiges amt" ||
         folded.starts_with("senatsverwaltung");
}

class StateSecretaryServesTheMinistry : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsStateSecretary(c.label)) return std::nullopt;
    // "Verkehrsstaatssekretärin": her ministry's name has the remit ("Bundesverkehrsministerium").
    // ("Parlamentarischer Staatssekretär" names none.)
    const std::size_t space = c.label.rfind(' ');
    const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view remit = c.label.substr(word, c.label.rfind("staatssekretär") - word);
    const std::string_view stem = remit.ends_with('s') ? remit.substr(0, remit.size() - 1) : remit;
    // Not past the dateline of a wire digest's item.
    const std::optional<std::size_t> dateline = c.index.DatelineBefore(c.facts, role.sentence);
    const std::size_t item = dateline ? c.facts.mentions[*dateline].sentence : 0;
    return NearestBefore(c, role.sentence, role.first_token, 2, [&](std::size_t m) {
      const Mention& ministry = c.facts.mentions[m];
      return ministry.sentence >= item && IsMinistry(ministry) &&
             text::FoldForMatch(ministry.canonical).find(stem) != std::string::npos;
    });
  }
};

// --- compound-names-its-body ------------------------------------------------------------------

// The offices a body's own people hold: "Präsident", "Vorsitzende", "Sprecher" (also the tail of
// a compound, "Kammerpräsidentin").
constexpr std::string_view kBodysOffices[] = {"präsident", "präsidentin", "vorsitzender",    "vorsitzende",
                                              "chef",      "chefin",      "sprecher",        "sprecherin",
                                              "obmann",    "obfrau",      "geschäftsführer", "geschäftsführerin"};

// An office a body's people hold as a compound's tail: those above and "sekretär", "direktor",
// "leiter", "vorstand", "manager", "vorsteher".
bool IsBodysOfficeTail(std::string_view folded) {
  static constexpr std::string_view kOffices[] = {"sekretär", "sekretärin", "direktor", "direktorin", "leiter",
                                                  "leiterin", "vorstand",   "manager",  "managerin", "vorsteher",
                                                  "vorsteherin"};
  auto is = [&](std::string_view office) { return folded == office; };
  return std::any_of(std::begin(kBodysOffices), std::end(kBodysOffices), is) ||
         std::any_of(std::begin(kOffices), std::end(kOffices), is);
}

// Kinds of body whose name holds their noun as a word of its own ("Universität Ulm",
// "Stadtmuseum Kesselbach"), not inside a compound of another body ("Universitätsklinikum").
bool NamedByItsNoun(std::string_view kind) {
  for (std::string_view noun : {"universität", "hochschul", "museum", "bündnis", "akademie", "institut"}) {
    if (kind == noun) return true;
  }
  return false;
}

// The body an office's compound names by its first part, as a kind ("gewerkschaft",
// "verband") and as written ("städteverband" of "Städteverbandsdirektorin").
struct CompoundBody {
  std::string_view kind;    // empty: the compound names no body
  std::string_view prefix;  // the first part without its joining "s" or "-"
};

// "Gewerkschaftssekretär" -> gewerkschaft, "Kammerpräsidentin" -> kammer, "Vereinsobfrau" ->
// verein, "Unternehmenssprecher" -> unternehmen, "Städteverbandsdirektorin" -> verband.
CompoundBody BodyOfCompound(std::string_view folded_label) {
  static constexpr std::string_view kBodies[] = {
      "gewerkschaft", "kammer",  "ausschuss",   "kommission", "stiftung", "verband",  "verein",
      "genossenschaft", "brauerei", "reederei", "werft",      "klinik",   "unternehmen", "team",
      "messe",        "anstalt", "observatorium", "bank",     "club",     "initiativ",   "rat",
      "bibliothek",   "festival", "partei",   "schul",       "chor",     "gericht",  "universität",
      "hochschul",    "museum",   "bündnis",  "akademie",    "institut"};
  // The office is the compound's tail; the body ends the part before it ("Vereinsobfrau": the
  // office "obfrau", the part "vereins"). "Verbandsgemeinde", "Vereinsheim" name no office.
  for (std::size_t split = 4; split + 4 <= folded_label.size(); ++split) {
    if (!IsBodysOfficeTail(folded_label.substr(split))) continue;
    std::string_view prefix = folded_label.substr(0, split);
    if (prefix.ends_with("-")) prefix.remove_suffix(1);
    // "Initiativensprecher": the plural of "Initiative" joins it.
    if (prefix.ends_with("initiativen")) return {"initiativ", prefix.substr(0, prefix.size() - 2)};
    // A party's local branch ("Stadtparteiobmann", "Kreisparteichefin"); a "Parteichef" alone
    // heads whichever party, which an article of several need not name last.
    if (prefix == "partei") return {};
    for (std::string_view body : kBodies) {
      if (prefix.ends_with(body)) return {body, prefix};
      if (prefix.size() > body.size() && prefix.ends_with("s") &&
          prefix.substr(0, prefix.size() - 1).ends_with(body)) {
        return {body, prefix.substr(0, prefix.size() - 1)};
      }
    }
    return {};
  }
  return {};
}

class CompoundNamesItsBody : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const CompoundBody body = BodyOfCompound(c.label);
    if (body.kind.empty()) return std::nullopt;
    // Of that kind by its name ("Landesapothekerkammer"), by the noun before it ("der
    // Gewerkschaft Verdi", "das Radsportteam X"), or for a company or a team by what it is.
    auto of_kind = [&](std::size_t m) {
      const Mention& men = c.facts.mentions[m];
      // "Schulleiterin" of a school by its name, a building or a body ("Oberschule Am Park",
      // "Schulhaus Kreuzweg", "Berufskolleg Ulm", "Gymnasium Kesselbach").
      if (body.kind == "schul") {
        return men.type != EntityType::Person && men.kind == MentionKind::Name &&
               ContainsAny(text::FoldForMatch(men.canonical), {"schul", "gymnasium", "kolleg"});
      }
      if (men.type != EntityType::Organization || men.kind != MentionKind::Name) return false;
      if (body.kind == "unternehmen") return IsCompany(c.lexicons, men) || CalledACompany(c, men);
      // "Stadtparteiobmann", "Kreisparteichefin": a party branch's office, of a party by the lexicon.
      if (body.kind == "partei") return KindOf(c.lexicons, men) == "party";
      // "Gewerkschaftssekretärin" of the "IG Metall": a union by the lexicon too.
      if (body.kind == "gewerkschaft" && KindOf(c.lexicons, men) == "union") return true;
      const std::string folded = text::FoldForMatch(men.canonical);
      const bool club = body.kind == "team" || body.kind == "verein" || body.kind == "club" || body.kind == "chor";
      if (club && (IsSportsClub(men) || ContainsAny(folded, kClubNouns) || IntroducedAsClub(c, men))) return true;
      // "Ratspräsidentin" of the "Nordischer Rat": a council by its name's last word, not any
      // name with "rat" in it ("Kuratorium").
      if (body.kind == "rat") return body.prefix == "rat" && folded.ends_with("rat");
      // "Initiativensprecher" of "die Bürgerinitiative \"Lebenswertes Ulm\"".
      if (body.kind == "initiativ") {
        if (folded.find("initiativ") != std::string::npos) return true;
        // (Over the quotation marks the name may open with.)
        const SentenceAnnotation& s = c.sentences[men.sentence];
        std::size_t k = men.first_token;
        for (int marks = 0; marks < 2 && k > 0 && s.IsPunct(k - 1); ++marks) --k;
        return k > 0 && s.folded(k - 1).find("initiativ") != std::string::npos;
      }
      // A branch's office is its organization's: "Kreisverbandsvorsitzender" of the
      // "Landwirtschaftsverband", "Landesbankchef" of the "Nordbank".
      std::string_view written = body.prefix;
      for (std::string_view level : {"kreis", "landes", "bezirks", "orts", "regional", "stadt"}) {
        if (written.size() > level.size() + 3 && written.starts_with(level)) written.remove_prefix(level.size());
      }
      // A university, a museum, an academy or an institute by its name's noun, not a body of
      // its own compounded from it ("Universitätsklinikum", "Museumsverband").
      if (NamedByItsNoun(body.kind)) {
        for (std::size_t at = folded.find(written); at != std::string::npos; at = folded.find(written, at + 1)) {
          const std::size_t after = at + written.size();
          if (after == folded.size() || folded[after] == ' ' || folded[after] == '-' ||
              (body.kind == "hochschul" && folded[after] == 'e')) {
            return true;
          }
        }
        return false;
      }
      if (folded.find(written) != std::string::npos) return true;
      const SentenceAnnotation& s = c.sentences[men.sentence];
      return men.first_token > 0 && s.folded(men.first_token - 1).ends_with(body.prefix);
    };
    if (const auto near = NearestBefore(c, role.sentence, role.first_token, 2, of_kind)) return near;
    // "Ein Treffen mit Kommissionspräsidentin X ist nach Angaben der EU-Kommission nicht
    // vorgesehen": later in the same sentence.
    for (std::size_t m : c.sentences[role.sentence].mentions()) {
      if (c.facts.mentions[m].first_token > role.first_token && of_kind(m)) return m;
    }
    // Else the one body of that kind the article named before, however far back ("Der
    // Kesselclub lädt ein. ... Vereinschef X"); not a committee (whose name runs on into whose
    // it is, "Sportausschuss des Landtags") or a fair (a fair's company is not the fair).
    if (body.kind == "ausschuss" || body.kind == "messe") return std::nullopt;
    return OnlyOneNamedBefore(c.facts, role.sentence, of_kind);
  }
};

// --- club-office-takes-club ------------------------------------------------------------------

bool IsClubOffice(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"trainer", "trainerin", "sportvorstand", "sportdirektor", "sportdirektorin",
                                    "sportchef", "sportchefin", "kapitän", "kapitänin"}) &&
         !folded_label.starts_with("bundes") && !folded_label.starts_with("national");
}

class ClubOfficeTakesClub : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsClubOffice(c.label)) return std::nullopt;
    // "der KSV Kesselbach um Kapitän X": the team right before "um".
    const SentenceAnnotation& s = c.sentences[role.sentence];
    if (role.first_token >= 2 && s.folded(role.first_token - 1) == "um") {
      if (const auto team = s.NameAt(role.first_token - 2);
          team && c.facts.mentions[*team].type == EntityType::Organization) {
        return team;
      }
    }
    return NearestBefore(c, role.sentence, role.first_token, 2,
                         [&](std::size_t m) { return IsSportsClub(c.facts.mentions[m]); });
  }
};

// --- association-office-takes-the-association -------------------------------------------------

// An office of a registered association's board: "Vorsitzende", "Ehrenvorsitzender",
// "Schriftführerin", "Kassenwart", "Kassier", "Schatzmeisterin", "Obfrau", "Jugendleiter". Not a
// compound naming its body ("Fraktionsvorsitzende", "Vereinsvorsitzender": other rules read
// those) nor a branch's ("Kreisvorsitzender" of a federation whose name has no "Verein").
bool IsAssociationOffice(std::string_view folded_label) {
  std::string_view office = folded_label;
  if (office.starts_with("ehren")) office.remove_prefix(std::string_view("ehren").size());
  for (std::string_view bare : {"vorsitzende", "vorsitzender", "schriftführer", "schriftführerin", "kassenwart",
                                "kassenwartin", "kassier", "kassierin", "schatzmeister", "schatzmeisterin",
                                "obmann", "obfrau", "jugendleiter", "jugendleiterin"}) {
    if (office == bare) return true;
  }
  return false;
}

// An association by its name: "Heimatverein Kesselbach", "Kreismusikverband Ostheide",
// "Skatclub Grand Hand", or a sports club ("TSV Kesselbach").
bool IsAssociation(const Mention& m) {
  if (m.type != EntityType::Organization || m.kind != MentionKind::Name) return false;
  return IsSportsClub(m) || ContainsAny(text::FoldForMatch(m.canonical), {"verein", "verband", "club", "klub"});
}

class AssociationOfficeTakesTheAssociation : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsAssociationOffice(c.label)) return std::nullopt;
    // "Dessen Vorsitzender X", "X, Vorsitzende einer Initiative", "Obfrau ihrer Fraktion": the
    // owner is told right there, named or not.
    const SentenceAnnotation& s = c.sentences[role.sentence];
    for (std::size_t k = role.first_token > 0 ? role.first_token - 1 : 0; k < role.token; ++k) {
      if (PossessiveGender(s.folded(k)) != 0) return std::nullopt;
    }
    if (role.token + 1 < s.size() && s.IsDeterminer(role.token + 1)) return std::nullopt;
    // Not one whose office another holds ("Der Obmann des Skiclubs X, Max Ott ... Obmann Berg"),
    // told by a surname of their own.
    const std::string_view surname = LastNameWord(c.facts.mentions[role.person]);
    auto association = [&](std::size_t m) {
      const Mention& men = c.facts.mentions[m];
      if (!IsAssociation(men) && !(men.type == EntityType::Organization && IntroducedAsClub(c, men))) return false;
      return std::none_of(c.roles.begin(), c.roles.end(), [&](const RoleFact& other) {
        return other.of && c.facts.mentions[*other.of].canonical == men.canonical &&
               LastNameWord(c.facts.mentions[other.person]) != surname && text::FoldForMatch(other.label) == c.label;
      });
    };
    if (const auto near = NearestBefore(c, role.sentence, role.first_token, 2, association)) return near;
    // Else the one association the article named before ("Der Heimatverein X ... Kassenwart Y").
    return OnlyOneNamedBefore(c.facts, role.sentence, association);
  }
};

// --- federation-office-takes-federation -------------------------------------------------------

// A national coach's or a federation's sporting office: "Bundestrainerin", "Nationaltrainer",
// "Cheftrainer", "Sportdirektor", "Athletensprecherin".
bool IsFederationOffice(std::string_view folded_label) {
  return EndsWithAny(folded_label, {"bundestrainer", "bundestrainerin", "nationaltrainer", "nationaltrainerin",
                                    "cheftrainer", "cheftrainerin", "sportdirektor", "sportdirektorin",
                                    "athletensprecher", "athletensprecherin"});
}

// A sports federation by the last word of its name: "Deutscher Judo-Bund", "Deutsche Triathlon
// Union", "Slowenischer Skiverband" (not a trade unions' one, "Deutscher Gewerkschaftsbund", nor
// an umbrella of all sports, "Landessportbund Hessen", which has no national coach).
bool IsFederationName(std::string_view canonical) {
  const std::string folded = text::FoldForMatch(canonical);
  const std::size_t space = folded.rfind(' ');
  const std::string_view last = std::string_view(folded).substr(space == std::string::npos ? 0 : space + 1);
  return folded.find("gewerkschaft") == std::string::npos && folded.find("sportbund") == std::string::npos &&
         EndsWithAny(last, {"verband", "bund", "union", "föderation", "federation"});
}

// A body above the nations by its name's first word: "Internationaler Kanuverband",
// "Europäische Union", "Weltverband".
bool IsInternationalBody(std::string_view canonical) {
  const std::string folded = text::FoldForMatch(canonical);
  return folded.starts_with("international") || folded.starts_with("europäisch") || folded.starts_with("welt");
}

class FederationOfficeTakesFederation : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsFederationOffice(c.label)) return std::nullopt;
    // The federations the article names, and the short forms that spell one's initials ("DJB").
    std::set<std::size_t> named;
    std::set<std::string> spelled;
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& men = c.facts.mentions[m];
      if (men.type == EntityType::Organization && men.kind == MentionKind::Name && IsFederationName(men.canonical)) {
        named.insert(m);
        spelled.insert(text::NameInitials(men.canonical));
      }
    }
    auto federation = [&](std::size_t m) {
      const Mention& men = c.facts.mentions[m];
      return named.contains(m) || (men.type == EntityType::Organization && men.kind == MentionKind::Name &&
                                   spelled.contains(text::FoldForMatch(men.canonical)));
    };
    if (const auto near = NearestBefore(c, role.sentence, role.first_token, 2, federation)) return near;
    // A club's head coach may work beside a federation the article names.
    if (EndsWithAny(c.label, {"cheftrainer", "cheftrainerin"}) || named.empty()) return std::nullopt;
    // "Die Deutsche Triathlon Union ... Drei Absätze später: Bundestrainer X": the one
    // federation of the article, also when named after the office; an international one
    // ("Internationale Triathlon-Union", "Europäische Union") has no national coach.
    std::optional<std::size_t> only;
    for (std::size_t m : named) {
      const std::string& canonical = c.facts.mentions[m].canonical;
      if (IsInternationalBody(canonical)) continue;
      if (only && c.facts.mentions[*only].canonical != canonical) return std::nullopt;
      if (!only) only = m;
    }
    return only;
  }
};

// --- party-office-takes-the-party -------------------------------------------------------------

// An office of a party by its name: "Parteichefin", "Bundesparteiobmann", "Generalsekretär".
bool IsPartyOffice(std::string_view folded_label) {
  return ContainsAny(folded_label, {"parteichef", "parteivorsitz", "parteiobmann", "parteiobfrau", "parteisprecher",
                                    "generalsekretär", "landesvorsitz"});
}

// The party in brackets right after a person's mention ("Eva Lind (SPD)"), if any.
std::optional<std::size_t> BracketedParty(const RoleOwnerContext& c, std::size_t person) {
  const Mention& holder = c.facts.mentions[person];
  const SentenceAnnotation& s = c.sentences[holder.sentence];
  const std::size_t open = holder.last_token;
  if (open + 2 >= s.size() || s.word(open) != "(" || s.word(open + 2) != ")") return std::nullopt;
  for (std::size_t m : s.MentionsIn(open + 1)) {
    const Mention& party = s.mention(m);
    if (party.type == EntityType::Organization && party.kind == MentionKind::Name &&
        KindOf(c.lexicons, party) == "party") {
      return m;
    }
  }
  return std::nullopt;
}

class PartyOfficeTakesTheParty : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsPartyOffice(c.label)) return std::nullopt;
    // The party in brackets right after the holder's name in the role's own sentence.
    if (c.facts.mentions[role.person].sentence != role.sentence) return std::nullopt;
    return BracketedParty(c, role.person);
  }
};

// --- host-office-takes-host-state -------------------------------------------------------------

// A state's office named without its state: "Präsident", "Außenministerin", "Regierungschef".
// Federal offices ("Bundeskanzler") are left alone: German news names Germany's without it. So
// are the offices of bodies ("Kommissionspräsidentin") and of Länder ("Landesinnenminister").
bool IsNationalOffice(std::string_view folded_label) {
  static constexpr std::string_view kHeads[] = {
      "präsident",         "präsidentin",     "vizepräsident",  "vizepräsidentin", "staatspräsident",
      "staatspräsidentin", "ministerpräsident", "ministerpräsidentin", "premierminister", "premierministerin",
      "premier",           "regierungschef",  "regierungschefin", "staatschef",    "staatschefin",
      "könig",             "königin",         "emir",           "kronprinz",       "kanzler",
      "kanzlerin",         "vizekanzler",     "vizekanzlerin",  "oppositionsführer", "oppositionsführerin"};
  for (std::string_view head : kHeads) {
    if (folded_label == head) return true;
  }
  // A government's ministries; "vize" ministers are deputies of the same.
  static constexpr std::string_view kPortfolios[] = {
      "",           "aussen",   "innen",       "finanz",    "verteidigungs", "wirtschafts",  "justiz",
      "gesundheits", "umwelt",  "arbeits",     "sozial",    "bildungs",      "verkehrs",     "landwirtschafts",
      "agrar",      "energie",  "kultur",      "europa",    "entwicklungs",  "digital",      "familien",
      "bau",        "wohnungs", "forschungs",  "handels",   "aussenhandels", "klima",        "wissenschafts",
      "migrations", "integrations", "infrastruktur", "tourismus", "sport",  "erdöl",        "öl",
      "bergbau",    "fischerei", "industrie",  "informations", "rohstoff", "wasser",       "transport"};
  std::string_view stem = folded_label;
  if (stem.starts_with("vize")) stem.remove_prefix(4);
  if (stem.ends_with("ministerin")) {
    stem.remove_suffix(10);
  } else if (stem.ends_with("minister")) {
    stem.remove_suffix(8);
  } else {
    return false;
  }
  for (std::string_view portfolio : kPortfolios) {
    if (stem == portfolio) return true;
  }
  return false;
}

// A federation's office, named by its level: "Bundeskanzlerin", "Bundesaußenminister",
// "Bundesministerin für Bildung", "Vizekanzler", "Kanzler", and a member of the Swiss government
// ("Bundesrat", "Bundesrätin"). Not a federal body's office ("Bundestagspräsident").
// An office only Germany's federal government has: "Kulturstaatsministerin", "Sport-Staatsminister"
// (its commissioners for culture and for sport; by their full titles, IsGermanCommissionerTitle),
// "Bundesbeauftragte" (a federal commissioner).
bool IsGermanFederalOffice(std::string_view folded_label) {
  folded_label = folded_label.substr(0, folded_label.find(' '));
  static constexpr std::string_view kGerman[] = {
      "kulturstaatsminister", "kulturstaatsministerin", "sportstaatsminister", "sportstaatsministerin",
      "sport-staatsminister", "sport-staatsministerin", "bundesbeauftragter",    "bundesbeauftragte"};
  return std::find(std::begin(kGerman), std::end(kGerman), folded_label) != std::end(kGerman);
}

// "Staatsministerin für Sport und Ehrenamt", "Staatsminister für Kultur und Medien": Germany's
// commissioners for sport and for culture by their full titles. A Land's "Staatsminister für
// Kultur und Tourismus" is not one.
bool IsGermanCommissionerTitle(const RoleOwnerContext& c, const RoleFact& role) {
  if (c.label != "staatsminister" && c.label != "staatsministerin") return false;
  const SentenceAnnotation& s = c.sentences[role.sentence];
  const std::size_t k = role.token + 1;
  if (k + 3 >= s.size() || s.folded(k) != "für" || s.folded(k + 2) != "und") return false;
  return (s.folded(k + 1) == "sport" && s.folded(k + 3) == "ehrenamt") ||
         (s.folded(k + 1) == "kultur" && s.folded(k + 3) == "medien");
}

bool IsFederalOffice(std::string_view folded_label) {
  if (IsGermanFederalOffice(folded_label)) return true;
  folded_label = folded_label.substr(0, folded_label.find(' '));
  if (folded_label == "vizekanzler" || folded_label == "vizekanzlerin" || folded_label == "kanzler" ||
      folded_label == "kanzlerin" || folded_label == "bundesrat" || folded_label == "bundesrätin") {
    return true;
  }
  return folded_label.starts_with("bundes") && IsNationalOffice(folded_label.substr(6));
}

// The federation a party belongs to, for the three German-speaking ones; "" for others.
std::string_view FederationOfParty(std::string_view party) {
  for (std::string_view austrian : {"ÖVP", "SPÖ", "FPÖ", "Neos", "KPÖ"}) {
    if (party == austrian) return "Österreich";
  }
  for (std::string_view swiss : {"SVP", "SP", "FDP.Die Liberalen", "Die Mitte", "Grünliberale"}) {
    if (party == swiss) return "Schweiz";
  }
  for (std::string_view german : {"CDU", "CSU", "CDU/CSU", "SPD", "FDP", "Grüne", "AfD", "Die Linke", "BSW"}) {
    if (party == german) return "Deutschland";
  }
  return {};
}

// The article may not name the state: "Lissabon (dpa) - X traf Ministerpräsident Y".
class HostOfficeTakesHostState : public StateRoleOwnerRule {
 public:
  using StateRoleOwnerRule::StateRoleOwnerRule;

 private:
  // The state of the place where the article's first person met the holder, or "".
  std::string State(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsNationalOffice(c.label)) return "";
    // "Entwicklungsministerin X (SPD)": a German-speaking federation's party member holds no
    // office of the state the guest came from.
    if (const auto party = BracketedParty(c, role.person);
        party && !FederationOfParty(c.facts.mentions[*party].canonical).empty()) {
      return "";
    }
    const auto& mentions = c.facts.mentions;
    // Persons by surname: "Merz" later is "Friedrich Merz".
    auto surname = [&](std::size_t m) -> std::string_view {
      return mentions[m].type == EntityType::Person ? LastNameWord(mentions[m]) : std::string_view{};
    };
    const std::string_view holder = surname(role.person);
    // The visitor: the first person the article names.
    std::string_view visitor;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type == EntityType::Person && mentions[m].kind == MentionKind::Name) {
        visitor = surname(m);
        break;
      }
    }
    if (holder.empty() || visitor.empty() || visitor == holder) return "";
    // Someone whose office the article ties to a state or organization is no host by default.
    for (const RoleFact& other : c.roles) {
      if (other.of && surname(other.person) == holder) return "";
    }
    for (const MeetingFact& meeting : c.facts.meetings) {
      if (!meeting.location) continue;
      bool has_holder = false, has_visitor = false;
      for (std::size_t p : meeting.participants) {
        const std::string_view name = surname(p);
        has_holder = has_holder || name == holder;
        has_visitor = has_visitor || name == visitor;
      }
      if (!has_holder || !has_visitor) continue;
      const Mention* place = &mentions[*meeting.location];
      // A venue ("im Élysée-Palast") lies where the report was filed from.
      if (StateOf(c, *place).empty()) {
        for (std::size_t d : c.index.datelines) {
          if (mentions[d].sentence <= meeting.sentence) place = &mentions[d];
        }
      }
      // Who meet in the seat of the EU and Nato meet there as foreigners ("Nato-Generalsekretär
      // X empfing in Brüssel Minister Y": Y is no Belgian minister).
      if (place->canonical == "Brüssel" || place->canonical == "Straßburg") continue;
      // The first place they are told to meet tells: in Germany, the holder hosts no foreign
      // visit (a later trip of the holder abroad, "in Tokio ist ein Treffen geplant", tells none).
      std::string state = StateOf(c, *place);
      if (state == "Deutschland") return "";
      if (!state.empty()) return state;
    }
    // "In Vilnius kritisierte Premierminister X die Reise": a foreign capital the office's own
    // sentence puts it in, before it.
    const SentenceAnnotation& s = c.sentences[role.sentence];
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      const Mention& place = mentions[m];
      if (place.sentence != role.sentence || place.first_token >= role.first_token) continue;
      if (place.type != EntityType::Place || place.first_token == 0 || s.folded(place.first_token - 1) != "in") continue;
      const recognition::NamedThing* capital = c.lexicons.FindCanonical(place.canonical);
      if (!capital || !capital->is_capital || place.canonical == "Brüssel") continue;  // the EU's seat
      const std::string state = StateOf(c, place);
      if (!state.empty() && state != "Deutschland") return state;
    }
    return "";
  }
};

// A state's office that may be a visiting state's: not a German federal one ("Bundesaußenminister").
bool IsStateOfficeOfAGuest(std::string_view folded_label) {
  return IsNationalOffice(folded_label) && !IsFederalOffice(folded_label);
}

// The state `role` belongs to, named (or, with `implied`, implied); "" if none or not a state.
std::string StateOfRole(const RoleOwnerContext& c, const RoleFact& role, bool implied) {
  if (role.of) return c.facts.mentions[*role.of].is_country ? c.facts.mentions[*role.of].canonical : "";
  return implied && role.implied_of_country ? role.implied_of : "";
}

// The state the first of `person`'s offices in the article (other than `except`) that has one
// belongs to, named (or, with `implied`, implied); "" if none.
std::string StateOfPerson(const RoleOwnerContext& c, std::size_t person, const RoleFact* except, bool implied) {
  const std::string key = PartyKey(c.facts, person);
  for (const RoleFact& other : c.roles) {
    if (&other == except || PartyKey(c.facts, other.person) != key) continue;
    if (std::string state = StateOfRole(c, other, implied); !state.empty()) return state;
  }
  return "";
}

// --- companion-serves-their-state ----------------------------------------------------------------

// "Begleitet wird die Präsidentin von Außenminister X": who travels with a head of state or
// government serves the same state.
class CompanionServesTheirState : public StateRoleOwnerRule {
 public:
  using StateRoleOwnerRule::StateRoleOwnerRule;

 private:
  // "Minister X, der den Premier auf der Reise begleitet": whom the relative clause right after
  // the holder's name (or the particle after it: "nahm Minister X teil, der ...") says they
  // accompany, a person it names, else whom the article is about.
  static std::optional<std::size_t> WhomTheRelativeClauseAccompanies(const RoleOwnerContext& c,
                                                                     const RoleFact& role) {
    const SentenceAnnotation& s = c.sentences[role.sentence];
    std::size_t k = c.facts.mentions[role.person].last_token;
    // Past the verb's particle ending the clause: "nahm auch Minister X teil, der ...".
    if (k + 1 < s.size() && !s.upper(k) && !s.IsPunct(k) && s.word(k + 1) == ",") ++k;
    if (k + 2 >= s.size() || s.word(k) != "," || (s.folded(k + 1) != "der" && s.folded(k + 1) != "die")) {
      return std::nullopt;
    }
    const int clause = s.clause(k + 1);
    bool accompanies = false;
    std::optional<std::size_t> whom;
    for (k += 2; k < s.size() && s.clause(k) == clause; ++k) {
      accompanies = accompanies || s.folded(k).starts_with("begleit");
      const auto name = s.NameStartingAt(k);
      if (!whom && name && s.mention(*name).type == EntityType::Person && s.mention(*name).kind == MentionKind::Name) {
        whom = name;
      }
    }
    if (!accompanies) return std::nullopt;
    return whom ? whom : Protagonist(c.facts, c.sentences, 3);
  }

  std::string State(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsStateOfficeOfAGuest(c.label) || role.sentence >= c.sentences.size()) return "";
    const SentenceAnnotation& s = c.sentences[role.sentence];
    const std::size_t first = role.first_token;
    if (const auto whom = WhomTheRelativeClauseAccompanies(c, role)) {
      return *whom == role.person ? "" : StateOfPerson(c, *whom, &role, /*implied=*/false);
    }
    if (first == 0 || (s.folded(first - 1) != "von" && s.folded(first - 1) != "vom")) return "";
    std::optional<std::size_t> accompanied;  // the "begleit..." word
    for (std::size_t k = 0; k < first && !accompanied; ++k) {
      if (s.clause(k) == s.clause(first) && s.folded(k).starts_with("begleit")) accompanied = k;
    }
    if (!accompanied) return "";
    // "Begleitet wird der Sultan von seinem Sohn, Kronprinz X, und von Minister Y": a person
    // after "von" is another companion.
    auto companion = [&](const Mention& men) {
      for (std::size_t k = *accompanied + 1; k < men.first_token; ++k) {
        if (s.folded(k) == "von" || s.folded(k) == "vom") return true;
      }
      return false;
    };
    // Whom: a person the clause names before the office, else whom the article is about.
    std::optional<std::size_t> whom;
    for (std::size_t m : s.mentions()) {
      const Mention& men = s.mention(m);
      if (men.type == EntityType::Person && men.kind == MentionKind::Name && men.first_token < first &&
          s.clause(men.first_token) == s.clause(first) && !companion(men)) {
        whom = m;
        break;
      }
    }
    // "Begleitet wurde er von ...": the person the sentence before names first.
    bool pronoun = false;
    for (std::size_t k = 0; k < first; ++k) {
      pronoun = pronoun || (s.clause(k) == s.clause(first) && (s.folded(k) == "er" || s.folded(k) == "sie"));
    }
    if (!whom && pronoun && role.sentence > 0) {
      for (std::size_t m : c.sentences[role.sentence - 1].mentions()) {
        const Mention& men = c.facts.mentions[m];
        if (men.type == EntityType::Person && men.kind == MentionKind::Name) {
          whom = m;
          break;
        }
      }
    }
    if (!whom) whom = Protagonist(c.facts, c.sentences, 3);
    if (!whom || *whom == role.person) return "";
    return StateOfPerson(c, *whom, &role, /*implied=*/false);
  }
};

// --- counterpart-serves-the-other-state ---------------------------------------------------------

// "Außenminister X kam mit seinem Amtskollegen Y zusammen": who meets their counterpart serves
// the other state of a visit, the one whose head the article follows, when the counterpart's
// office is another state's.
class CounterpartServesTheOtherState : public StateRoleOwnerRule {
 public:
  using StateRoleOwnerRule::StateRoleOwnerRule;

 private:
  std::string State(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsStateOfficeOfAGuest(c.label) || role.sentence >= c.sentences.size()) return "";
    const SentenceAnnotation& s = c.sentences[role.sentence];
    // "seinem Amtskollegen Y", "ihrer Amtskollegin Y" after the office, in its clause.
    std::optional<std::size_t> counterpart;
    for (std::size_t k = role.token + 2; k + 1 < s.size() && s.clause(k) == s.clause(role.token); ++k) {
      if (!s.folded(k).starts_with("amtskolleg") || !PossessiveGender(s.folded(k - 1))) continue;
      if (const auto m = s.NameStartingAt(k + 1); m && c.facts.mentions[*m].type == EntityType::Person) {
        counterpart = m;
      }
      break;
    }
    if (!counterpart) return "";
    const std::optional<std::size_t> protagonist = Protagonist(c.facts, c.sentences, 3);
    if (!protagonist || *protagonist == role.person) return "";
    const std::string guests = StateOfPerson(c, *protagonist, nullptr, /*implied=*/true);
    if (guests.empty()) return "";
    // The counterpart holds an office the article gives them, none of the guest's state
    // ("Bundesaußenminister Y").
    bool has_office = false;
    bool of_guests = false;
    const std::string key = PartyKey(c.facts, *counterpart);
    for (const RoleFact& other : c.roles) {
      if (PartyKey(c.facts, other.person) != key) continue;
      has_office = true;
      of_guests = of_guests || StateOfRole(c, other, /*implied=*/true) == guests;
    }
    return has_office && !of_guests ? guests : "";
  }

};

// --- federal-office-takes-the-federation ----------------------------------------------------------

// Swiss German writes "ss" for "ß" and quotes in guillemets: an article with no "ß" that
// writes "grosse", "Strasse" or «...».
bool WritesSwissSpelling(const RoleOwnerContext& c) {
  bool swiss_word = false;
  for (const SentenceAnnotation& s : c.sentences) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const std::string& word = s.word(i);
      if (word.find("ß") != std::string::npos) return false;
      const std::string& folded = s.folded(i);
      swiss_word = swiss_word || word == "«" || folded.starts_with("gross") || folded.starts_with("strasse") ||
                   folded.starts_with("gemäss") || folded.starts_with("schliesslich") ||
                   folded.starts_with("massnahme") || folded.starts_with("äusser") || folded == "heisst";
    }
  }
  return swiss_word;
}

// The federation an article reports from: Österreich or the Schweiz when its first dateline
// lies there, an Austrian or Swiss agency files it, it is written in Swiss spelling or names a
// member of the Swiss government ("Bundesrat X"); else Deutschland.
std::string FindArticleFederation(const RoleOwnerContext& c) {
  if (!c.index.datelines.empty()) {
    const std::string state = StateOf(c, c.facts.mentions[c.index.datelines.front()]);
    if (state == "Österreich" || state == "Schweiz") return state;
  }
  for (const Mention& mention : c.facts.mentions) {
    if (mention.type != EntityType::Organization) continue;
    if (mention.canonical == "APA") return "Österreich";
    if (mention.canonical == "Keystone-SDA") return "Schweiz";
  }
  for (const RoleFact& role : c.roles) {
    const std::string label = text::FoldForMatch(role.label);
    if (label == "bundesrat" || label == "bundesrätin") return "Schweiz";
  }
  return WritesSwissSpelling(c) ? "Schweiz" : "Deutschland";
}

// FindArticleFederation, asked once per article.
const std::string& ArticleFederation(const RoleOwnerContext& c) {
  if (!c.article.federation) c.article.federation = FindArticleFederation(c);
  return *c.article.federation;
}

// The federation of the party in brackets after `person`'s name, wherever the article names
// them ("Eva Lind (ÖVP)"); "" when none or another party.
std::string_view HolderPartyFederation(const RoleOwnerContext& c, std::size_t person) {
  const auto& mentions = c.facts.mentions;
  const std::string_view holder = LastNameWord(mentions[person]);
  for (std::size_t m = 0; m < mentions.size() && !holder.empty(); ++m) {
    if (mentions[m].type != EntityType::Person || LastNameWord(mentions[m]) != holder) continue;
    if (auto party = BracketedParty(c, m)) {
      if (std::string_view federation = FederationOfParty(mentions[*party].canonical); !federation.empty()) {
        return federation;
      }
    }
  }
  return {};
}

// Whether the article names a university or a college ("Universität Ulm", "Hochschule Kehl").
bool NamesAUniversity(const RoleOwnerContext& c) {
  for (const Mention& m : c.facts.mentions) {
    if (m.type == EntityType::Organization &&
        ContainsAny(text::FoldForMatch(m.canonical), {"universität", "hochschule", "akademie"})) {
      return true;
    }
  }
  return false;
}

class FederalOfficeTakesTheFederation : public StateRoleOwnerRule {
 public:
  using StateRoleOwnerRule::StateRoleOwnerRule;

 private:
  // The federation of the holder's party; else the article's. Only the Swiss government has
  // members called "Bundesrat"; its only other federal office is the presidency: a Swiss
  // article's "Bundeskanzler" is Germany's.
  std::string State(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (IsGermanCommissionerTitle(c, role)) return "Deutschland";
    if (!IsFederalOffice(c.label)) return "";
    // A university's "Kanzler" heads its administration.
    if ((c.label == "kanzler" || c.label == "kanzlerin") && NamesAUniversity(c)) return "";
    if (c.label.starts_with("bundesr")) return "Schweiz";
    if (IsGermanFederalOffice(c.label)) return "Deutschland";
    if (std::string_view federation = HolderPartyFederation(c, role.person); !federation.empty()) {
      return std::string(federation);
    }
    std::string federation = ArticleFederation(c);
    if (federation == "Schweiz" && !c.label.starts_with("bundespräsident")) return "Deutschland";
    return federation;
  }
};

// --- federal-body-office-takes-the-body --------------------------------------------------------

// The federal body a German or Austrian office names without its own name: "Bundestagspräsidentin"
// and "Bundestagsvizepräsident" the Bundestag, "Bundesratspräsident" the Bundesrat, a plain
// "Regierungssprecher" the Bundesregierung. "" for other offices.
// For a deputy's office, the parliament its compound opens with ("landtag" in
// "landtagsabgeordnete", "" in "abgeordneter"); nullopt for another office.
std::optional<std::string_view> DeputysChamber(std::string_view folded_label) {
  for (std::string_view form : {"abgeordneter", "abgeordnete", "abgeordneten"}) {
    if (!folded_label.ends_with(form)) continue;
    std::string_view chamber = folded_label.substr(0, folded_label.size() - form.size());
    if (chamber.ends_with("s")) chamber.remove_suffix(1);
    return chamber;
  }
  return std::nullopt;
}

std::string_view FederalBodyOfOffice(std::string_view folded_label) {
  for (std::string_view prefix : {"stellvertretende ", "stellvertretender ", "vize-", "vize"}) {
    if (folded_label.starts_with(prefix)) folded_label.remove_prefix(prefix.size());
  }
  if (folded_label.starts_with("regierungssprecher")) {
    return folded_label.size() <= 20 ? "Bundesregierung" : "";  // not "Regierungssprecherposten"
  }
  for (const auto& [stem, body] : {std::pair<std::string_view, std::string_view>{"bundestags", "Bundestag"},
                                   {"bundesrats", "Bundesrat"}}) {
    if (!folded_label.starts_with(stem)) continue;
    std::string_view office = folded_label.substr(stem.size());
    if (office.starts_with("vize")) office.remove_prefix(4);
    if (office == "präsident" || office == "präsidentin") return body;
    // "die Grünen-Bundestagsabgeordnete": a party's deputy sits in the Bundestag.
    if (body == "Bundestag" && DeputysChamber(folded_label) == "bundestag") return body;
  }
  return "";
}

// Whether the report tells of a Land's government ("die Landesregierung", "die Staatskanzlei")
// near sentence `sentence` (the three before it to the one after), whose spokesperson a
// "Regierungssprecher" there may be; a state visit's stop at a Land's Staatskanzlei paragraphs
// away leaves the federal government's spokesperson his.
bool TellsOfALandGovernment(const RoleOwnerContext& c, std::size_t sentence) {
  constexpr std::size_t kBefore = 3;
  const std::size_t from = sentence > kBefore ? sentence - kBefore : 0;
  for (std::size_t si = from; si <= sentence + 1 && si < c.sentences.size(); ++si) {
    const SentenceAnnotation& s = c.sentences[si];
    for (std::size_t i = 0; i < s.size(); ++i) {
      const std::string& folded = s.folded(i);
      if (folded.starts_with("landesregierung") || folded.starts_with("staatskanzlei") ||
          folded.starts_with("senatskanzlei") || folded.starts_with("landeskabinett")) {
        return true;
      }
    }
  }
  return false;
}

// "Bundestagspräsidentin Eva Lind", "Regierungssprecher Max Ott" in a German or Austrian
// report: the Bundestag, the federal government, named in the article or implied by the office.
class FederalBodyOfficeTakesTheBody : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const std::string_view body = Body(c, role);
    if (body.empty()) return std::nullopt;
    const std::string folded_body = text::FoldForMatch(body);
    const auto& mentions = c.facts.mentions;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Organization) continue;
      const std::string folded = text::FoldForMatch(mentions[m].canonical);
      if (folded == folded_body || folded == "deutscher " + folded_body) return m;
    }
    return std::nullopt;
  }
  Implied ImpliedOwner(const RoleOwnerContext& c, const RoleFact& role) const override {
    return {std::string(Body(c, role)), false, true};
  }

 private:
  static std::string_view Body(const RoleOwnerContext& c, const RoleFact& role) {
    const std::string_view body = FederalBodyOfOffice(c.label);
    if (body.empty()) return body;
    const std::string& federation = ArticleFederation(c);
    if (federation != "Deutschland" && federation != "Österreich") return "";
    // "Bamako (AFP) - ... sagte Regierungssprecher X": a short from abroad tells of that state's.
    if (const std::optional<std::size_t> item = c.index.DatelineBefore(c.facts, role.sentence)) {
      const std::string state = StateOf(c, c.facts.mentions[*item]);
      if (!state.empty() && state != "Deutschland" && state != "Österreich") return "";
    }
    // The Austrian parliament's chambers are the Nationalrat and the Bundesrat.
    if (body == "Bundestag" && federation != "Deutschland") return "";
    if (body == "Bundesregierung" && TellsOfALandGovernment(c, role.sentence)) return "";
    return body;
  }
};

// --- holder-keeps-their-state -------------------------------------------------------------------

// "Der serbische Präsident Marko Petrović ... Staatspräsident Petrović empfing": a state's office
// without its state belongs to the one state that the same person's other state office (or
// "Amtskollege") in the article belongs to, named or implied ("Bundesaußenministerin X ...
// Außenministerin X").
class HolderKeepsTheirState : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    return KeptState(c, role).mention;
  }
  Implied ImpliedOwner(const RoleOwnerContext& c, const RoleFact& role) const override {
    Kept kept = KeptState(c, role);
    if (kept.mention) return {};
    return {std::move(kept.name), true};
  }

 private:
  struct Kept {
    std::string name;                    // "" when none
    std::optional<std::size_t> mention;  // the state's mention, when the article names it
  };
  static Kept KeptState(const RoleOwnerContext& c, const RoleFact& role) {
    if (!IsNationalOffice(c.label)) return {};
    const auto& mentions = c.facts.mentions;
    const std::string_view holder = LastNameWord(mentions[role.person]);
    if (holder.empty()) return {};
    Kept kept;
    for (const RoleFact& other : c.roles) {
      if (&other == &role || mentions[other.person].type != EntityType::Person ||
          LastNameWord(mentions[other.person]) != holder) {
        continue;
      }
      std::string state = StateOfRole(c, other, /*implied=*/true);
      if (state.empty()) continue;
      const std::string label = text::FoldForMatch(other.label);
      if (!IsNationalOffice(label) && !IsFederalOffice(label) && !label.starts_with("amtskolleg")) continue;
      if (!kept.name.empty() && kept.name != state) return {};
      if (!kept.mention && other.of) kept.mention = other.of;
      kept.name = std::move(state);
    }
    if (!kept.name.empty() && !kept.mention) kept.mention = CountryMention(c, kept.name);
    return kept;
  }
};

// --- side-names-the-state -----------------------------------------------------------------------

// "auf deutscher Seite Außenminister X und Wirtschaftsministerin Y, auf saudischer Seite Z": the
// state's adjective before "Seite" owns the offices listed after it, up to the next side.
class SideNamesTheState : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsNationalOffice(c.label) || role.sentence >= c.sentences.size()) return std::nullopt;
    const SentenceAnnotation& s = c.sentences[role.sentence];
    for (std::size_t k = role.first_token; k >= 3; --k) {
      const std::string& w = s.folded(k - 1);
      if (w == ";" || w == ".") return std::nullopt;
      if (w != "seite") continue;
      if (s.folded(k - 3) != "auf") return std::nullopt;
      for (std::size_t m : s.MentionsIn(k - 2)) {
        const Mention& side = s.mention(m);
        if (side.kind == MentionKind::Adjective && side.is_country) return m;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
};

// --- representative-serves-the-represented ------------------------------------------------------

// "Für die Schweiz nahm Bundesrat X teil", "Mexiko war durch Vizeaußenministerin Y vertreten":
// whom someone stands for is whose office they hold.
class RepresentativeServesTheRepresented : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const SentenceAnnotation& s = c.sentences[role.sentence];
    auto party = [&](std::optional<std::size_t> m) {
      if (!m) return false;
      const Mention& named = c.facts.mentions[*m];
      return named.kind == MentionKind::Name &&
             (named.type == EntityType::Organization || (named.type == EntityType::Place && named.is_country));
    };
    // "Für die Schweiz nahm ...": the sentence opens with whom the office's holder stands for,
    // in the clause the office is in.
    if (s.size() > 2 && s.folded(0) == "für") {
      const std::size_t at = s.IsDeterminer(1) ? 2 : 1;
      const auto m = s.NameStartingAt(at);
      if (party(m) && c.facts.mentions[*m].last_token < role.first_token &&
          !CommaBetween(s, c.facts.mentions[*m].last_token, role.first_token)) {
        return m;
      }
    }
    // "Mexiko war durch Vizeaußenministerin Y vertreten": the subject represented by the holder,
    // after the dateline ("Ulm (dpa) - Die Ukraine wird von ... vertreten") or a semicolon.
    const std::string_view by = role.first_token > 0 ? std::string_view(s.folded(role.first_token - 1)) : "";
    if (by == "durch" || by == "von") {
      bool represented = false;
      for (std::size_t k = role.token + 1; k < s.size() && !represented; ++k) represented = s.folded(k) == "vertreten";
      std::size_t start = 0;
      for (std::size_t k = 0; k + 1 < role.first_token; ++k) {
        if (s.word(k) == ";") start = k + 1;
        if (s.word(k) == ")" && s.word(k + 1) == "-") start = k + 2;
      }
      if (start < s.size() && s.IsDeterminer(start)) ++start;
      const auto subject = s.NameStartingAt(start);
      if (represented && party(subject)) return subject;
    }
    return std::nullopt;
  }
};

// --- deputy-serves-the-presidents-body ---------------------------------------------------------

// "die Präsidentin des Bundesamts für Seenkunde ... Vizepräsident Max Ott sagte": a vice-president
// without an owner serves the one organization the article's presidents preside over.
class DeputyServesThePresidentsBody : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (c.label != "vizepräsident" && c.label != "vizepräsidentin") return std::nullopt;
    std::optional<std::size_t> body;
    for (const RoleFact& other : c.roles) {
      if (!other.of || &other == &role) continue;
      const std::string folded = text::FoldForMatch(other.label);
      if (folded != "präsident" && folded != "präsidentin") continue;
      const Mention& owner = c.facts.mentions[*other.of];
      if (owner.type != EntityType::Organization) continue;
      if (body && c.facts.mentions[*body].canonical != owner.canonical) return std::nullopt;
      if (!body) body = other.of;
    }
    return body;
  }
};

// --- colleague-takes-their-place -------------------------------------------------------------

// "ihr Kesselbacher Amtskollege X", "seine Amtskollegen X aus Polen und Y aus Ungarn": a
// colleague in office holds it in the place whose adjective stands before the title or that
// "aus" names right after the name (a "Kollegin" may be any co-worker).
class ColleagueTakesTheirPlace : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!c.label.starts_with("amtskolleg")) return std::nullopt;
    const SentenceAnnotation& s = c.sentences[role.sentence];
    auto place_at = [&](std::size_t k) -> std::optional<std::size_t> {
      const auto m = k < s.size() ? s.NameAt(k) : std::nullopt;
      if (!m || c.facts.mentions[*m].type != EntityType::Place) return std::nullopt;
      return m;
    };
    if (role.first_token > 0) {
      if (const auto place = place_at(role.first_token - 1)) return place;
      // A town no gazetteer knows, by its adjective: "Kesselbacher" of "Kesselbach am Rhein".
      const auto town = PlaceOfAdjectiveAt(c, s, role.first_token - 1, 6,
                                           [](const Mention& m, const std::string& stem) {
                                             return m.type == EntityType::Place && m.kind == MentionKind::Name &&
                                                    (m.canonical == stem || m.canonical == stem + "en" ||
                                                     m.canonical.starts_with(stem + " "));
                                           });
      if (town) return town;
    }
    const Mention& holder = c.facts.mentions[role.person];
    if (holder.sentence != role.sentence) return std::nullopt;
    std::size_t k = holder.last_token;
    if (k >= s.size() || s.folded(k) != "aus") return std::nullopt;
    ++k;
    if (k < s.size() && (s.folded(k) == "der" || s.folded(k) == "dem")) ++k;  // "aus der Türkei"
    return place_at(k);
  }
};

// --- holder-comes-from-the-body --------------------------------------------------------------

// "Staatssekretärin X (SPD) aus dem Finanzministerium", "Abteilungsleiter X vom Umweltamt": the
// body "aus" or "vom" names right after the holder (and a party in brackets) is the office's; a
// party is none ("Ministerin X aus der CDU" serves elsewhere), nor a place, whence one came.
class HolderComesFromTheBody : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const Mention& holder = c.facts.mentions[role.person];
    if (holder.sentence != role.sentence) return std::nullopt;
    const SentenceAnnotation& s = c.sentences[role.sentence];
    std::size_t k = holder.last_token;
    if (s.BracketedAfter(holder)) k += 3;  // "(SPD)"
    if (k + 1 >= s.size()) return std::nullopt;
    if (s.folded(k) == "aus" && (s.folded(k + 1) == "dem" || s.folded(k + 1) == "der")) {
      k += 2;
    } else if (s.folded(k) == "vom") {
      ++k;
    } else {
      return std::nullopt;
    }
    const auto body = k < s.size() ? s.NameStartingAt(k) : std::nullopt;
    if (!body) return std::nullopt;
    const Mention& m = c.facts.mentions[*body];
    if (m.type != EntityType::Organization || KindOf(c.lexicons, m) == "party") return std::nullopt;
    return body;
  }
};

// --- deputy-sits-in-the-parliament -------------------------------------------------------------

// The parliament a body's name is, folded ("Bayerischer Landtag", "Landtag von Kessland",
// "Nationalrat", "Bürgerschaft"), as the word a deputy's compound opens with ("landtag"), or "".
std::string_view ParliamentOf(std::string_view folded) {
  for (std::string_view parliament : {"landtag", "bundestag", "nationalrat", "kantonsrat", "bürgerschaft",
                                      "abgeordnetenhaus", "europaparlament", "europäisches parlament"}) {
    const std::size_t rest = folded.size() - std::min(folded.size(), parliament.size());
    const bool ends = folded.ends_with(parliament) && (rest == 0 || folded[rest - 1] == ' ');
    const bool opens = folded.starts_with(parliament) && folded.size() > parliament.size() &&
                       folded[parliament.size()] == ' ';
    if (ends || opens) return parliament == "europäisches parlament" ? "europaparlament" : parliament;
  }
  return {};
}

// "Der Landtag debattierte. Die Grünen-Abgeordnete X sagte ...": a deputy without an owner sits
// in the one parliament the article names (for a "Landtagsabgeordnete", the one Landtag).
class DeputySitsInTheParliament : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact&) const override {
    const std::optional<std::string_view> chamber = DeputysChamber(c.label);
    if (!chamber) return std::nullopt;
    const std::string_view own = chamber->empty() ? std::string_view() : ParliamentOf(*chamber);
    if (!chamber->empty() && own.empty()) return std::nullopt;
    std::optional<std::size_t> found;
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.type != EntityType::Organization || mention.kind != MentionKind::Name) continue;
      const std::string_view parliament = ParliamentOf(text::FoldForMatch(mention.canonical));
      if (parliament.empty() || (!own.empty() && parliament != own)) continue;
      if (found && c.facts.mentions[*found].canonical != mention.canonical) return std::nullopt;
      if (!found) found = m;
    }
    return found;
  }
};

// --- state-before-takes-office -------------------------------------------------------------------

// "Hinter den Kulissen ist der Oman aktiv. Außenminister X reiste ...": a state's office opening
// a sentence, after a sentence that names one state and no person, is that state's.
class StateBeforeTakesOffice : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (role.first_token != 0 || role.sentence == 0) return std::nullopt;
    if (!IsNationalOffice(c.label)) return std::nullopt;  // federal offices are none
    const SentenceAnnotation& before = c.sentences[role.sentence - 1];
    std::optional<std::size_t> state;
    for (std::size_t m : before.mentions()) {
      const Mention& men = before.mention(m);
      if (men.type == EntityType::Person) return std::nullopt;
      // "Das Saarland und Luxemburg wollen ...": a Land's office may be the Land's.
      if (men.type == EntityType::Place && !men.is_country && KindOf(c.lexicons, men) == "state") return std::nullopt;
      if (men.type != EntityType::Place || !men.is_country || men.kind != MentionKind::Name) continue;
      if (state && before.mention(*state).canonical != men.canonical) return std::nullopt;
      state = m;
    }
    if (state && text::FoldForMatch(before.mention(*state).canonical) == "deutschland") return std::nullopt;
    return state;
  }
};

// --- body-before-takes-office -----------------------------------------------------------------

// A body's own office as the whole label: "Präsidentin", "Vorsitzender", "Landeschef"; or as the
// tail of a compound that names no state's office ("Regionalsekretär", "Wirtschaftssprecherin",
// not "Regierungssprecher", "Staatssekretär").
bool IsBodysOffice(std::string_view folded_label) {
  static constexpr std::string_view kMore[] = {"vizepräsident", "vizepräsidentin", "landeschef",
                                               "landeschefin",  "generalsekretär", "generalsekretärin"};
  if (std::find(std::begin(kBodysOffices), std::end(kBodysOffices), folded_label) != std::end(kBodysOffices) ||
      std::find(std::begin(kMore), std::end(kMore), folded_label) != std::end(kMore)) {
    return true;
  }
  // Prefixes of a state's or a town's offices ("land" covers "landtags-").
  static constexpr std::string_view kStates[] = {"regierung", "staat",    "bund",  "kanton",   "senat",
                                                 "stadt",     "kreis",    "gemeinde", "bezirksbürger",
                                                 "polizei",   "land",     "ober",  "parlament"};
  for (std::string_view state : kStates) {
    if (folded_label.starts_with(state)) return false;
  }
  // A state's office by its remit too: "Ministerpräsident", "Entwicklungsstaatssekretärin", "Energieministerin".
  if (ContainsAny(folded_label, {"staatssekretär", "minister"})) return false;
  // A company's office or one whose compound names its body's kind is the other rules' to give.
  if (IsCompanyOffice(folded_label) || !BodyOfCompound(folded_label).kind.empty()) return false;
  for (std::size_t split = 4; split + 4 <= folded_label.size(); ++split) {
    if (IsBodysOfficeTail(folded_label.substr(split))) return true;
  }
  return false;
}

class BodyBeforeTakesOffice : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (role.first_token != 0 || role.sentence == 0 || !IsBodysOffice(c.label)) return std::nullopt;
    // The sentence before names no person and opens with the body as its subject ("Der
    // Mieterbund warnte."), or names no other organization ("Kritik kam von der Gewerkschaft
    // Verdi.").
    const SentenceAnnotation& before = c.sentences[role.sentence - 1];
    const auto& mentions = before.mentions();
    if (mentions.empty()) return std::nullopt;
    for (std::size_t m : mentions) {
      if (before.mention(m).type == EntityType::Person) return std::nullopt;
    }
    const Mention& first = before.mention(mentions.front());
    if (first.type == EntityType::Organization && first.kind == MentionKind::Name && first.first_token <= 2 &&
        KindOf(c.lexicons, first) != "media") {
      return mentions.front();
    }
    // Not a department's head ("Baudirektorin", "Bauvorsteher"): a state's office.
    if (EndsWithAny(c.label, {"direktor", "direktorin", "vorsteher", "vorsteherin", "leiter", "leiterin"})) {
      return std::nullopt;
    }
    std::optional<std::size_t> only;
    for (std::size_t m : mentions) {
      const Mention& men = before.mention(m);
      // Nor the news agency of a dateline ("Ulm (dpa) - Der Verband ...").
      if (men.type != EntityType::Organization || KindOf(c.lexicons, men) == "media") continue;
      // "vom Verband der Mühlen (VdM)": the short name in brackets after it is the same body.
      const bool bracketed = men.first_token > 0 && men.last_token < before.size() &&
                             before.word(men.first_token - 1) == "(" && before.word(men.last_token) == ")";
      if (only && bracketed) continue;
      if (only) return std::nullopt;
      only = m;
    }
    if (!only) return std::nullopt;
    // Nor a council's or an office's own ("der Gemeinderat", "das Landratsamt").
    const Mention& body = before.mention(*only);
    if (body.kind != MentionKind::Name || body.article_local || KindOf(c.lexicons, body) == "media") {
      return std::nullopt;
    }
    // A "Behördenchef" heads an authority, not the society it visits ("besuchte die Gesellschaft X").
    if (c.label.starts_with("behörde") && !NamesAnAuthority(body)) return std::nullopt;
    return only;
  }
};

// --- land-office-takes-the-land ---------------------------------------------------------------

// An office only Austria's Länder have: "Landeshauptfrau", "Landesrat", and a Land's councillor
// by remit, "Wohnbaulandesrat", "Gesundheitslandesrätin".
bool IsAustrianLandOffice(std::string_view folded_label) {
  return folded_label.starts_with("landeshaupt") || folded_label.find("landesrat") != std::string_view::npos ||
         folded_label.find("landesrät") != std::string_view::npos;
}

// Offices of a German or Austrian Land's government and parliament: "Ministerpräsidentin",
// "Landeswirtschaftsminister", "Landtagspräsident", "Landeshauptfrau", "Landesrat".
bool IsLandOffice(std::string_view folded_label) {
  if (folded_label.find(' ') != std::string_view::npos) return false;
  return folded_label.starts_with("ministerpräsident") || folded_label.starts_with("landtagspräsident") ||
         IsAustrianLandOffice(folded_label) ||
         (folded_label.starts_with("landes") && folded_label.find("minister") != std::string_view::npos);
}

// Austria's Länder that are no city as well (not "Salzburg", not "Wien").
bool IsAustrianLand(std::string_view canonical) {
  for (std::string_view land :
       {"Burgenland", "Kärnten", "Niederösterreich", "Oberösterreich", "Steiermark", "Tirol", "Vorarlberg"}) {
    if (canonical == land) return true;
  }
  return false;
}

// The Länder that are no city as well: "in Berlin", "Hamburger", "Salzburg" name the city as
// often.
bool IsLand(std::string_view canonical) {
  for (std::string_view land :
       {"Baden-Württemberg", "Bayern", "Brandenburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen",
        "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein",
        "Thüringen"}) {
    if (canonical == land) return true;
  }
  return IsAustrianLand(canonical);
}

// Whether a Land by IsLand is one whose office `folded_label` may be: an Austrian office is an
// Austrian Land's, not the German neighbour's the article names too ("die bayerische Seite").
bool LandMayHold(std::string_view folded_label, std::string_view land) {
  // Austria's Länder have councillors, no ministers: "Landwirtschaftsminister" there is the
  // federation's.
  if (IsAustrianLand(land) && folded_label.find("minister") != std::string_view::npos) return false;
  return !IsAustrianLandOffice(folded_label) || IsAustrianLand(land);
}

// The Länder a dpa regional service covers, by its code ("mv": Mecklenburg-Vorpommern; "lno",
// the north: Schleswig-Holstein and Hamburg), or none. City states are no Land by IsLand.
std::vector<std::string_view> LandsOfRegionalService(std::string_view code) {
  static const std::pair<std::string_view, std::vector<std::string_view>> kServices[] = {
      {"lsw", {"Baden-Württemberg"}},      {"lby", {"Bayern"}},
      {"bb", {"Brandenburg"}},             {"lhe", {"Hessen"}},
      {"mv", {"Mecklenburg-Vorpommern"}},  {"lni", {"Niedersachsen"}},
      {"lnw", {"Nordrhein-Westfalen"}},    {"lrs", {"Rheinland-Pfalz", "Saarland"}},
      {"sn", {"Sachsen"}},                 {"sa", {"Sachsen-Anhalt"}},
      {"lno", {"Schleswig-Holstein"}},     {"th", {"Thüringen"}}};
  for (const auto& [service, lands] : kServices) {
    if (code == service) return lands;
  }
  return {};
}

// The regional service a dateline's agency gives in brackets after its place ("Binz (dpa/mv)
// -": "mv"), or "".
std::string_view RegionalServiceOf(const RoleOwnerContext& c, const Mention& dateline) {
  constexpr std::size_t kMaxBracket = 6;  // the tokens from "(" up to ")": "( dpa / lby )"
  const SentenceAnnotation& s = c.sentences[dateline.sentence];
  std::size_t i = dateline.last_token;
  if (i >= s.size() || s.word(i) != "(") return {};
  std::string_view service;
  for (++i; i < s.size() && i < dateline.last_token + kMaxBracket && s.word(i) != ")"; ++i) {
    if (s.word(i) == "/" && i + 1 < s.size()) service = s.folded(i + 1);
  }
  return i < s.size() && s.word(i) == ")" ? service : std::string_view();
}

// The Länder the regional service of all the article's datelines covers, asked once per article.
const std::vector<std::string_view>& ServiceLands(const RoleOwnerContext& c) {
  if (c.article.service_lands) return *c.article.service_lands;
  std::optional<std::string_view> service;
  for (std::size_t d : c.index.datelines) {
    const std::string_view own = RegionalServiceOf(c, c.facts.mentions[d]);
    if (service && *service != own) {
      service = std::string_view();
      break;
    }
    service = own;
  }
  c.article.service_lands = LandsOfRegionalService(service.value_or(std::string_view()));
  return *c.article.service_lands;
}

// Whether the article's regional service, if any, covers `land`: a Land of a "(dpa/mv)" report
// is Mecklenburg-Vorpommern, not the one its visitors came from ("Urlauber aus Sachsen").
bool ServiceCovers(const RoleOwnerContext& c, std::string_view land) {
  const auto& lands = ServiceLands(c);
  return lands.empty() || std::find(lands.begin(), lands.end(), land) != lands.end();
}

// Whether `mention` is in the office's sentence or the one before.
bool NearTheOffice(const Mention& mention, const RoleFact& role) {
  return mention.sentence == role.sentence || mention.sentence + 1 == role.sentence;
}

// The Land whose seat of government `canonical` is ("Erfurt": Thüringen), or "". The capitals
// of city-states and of Wien are the Land itself, which the article then names.
std::string_view LandOfCapital(std::string_view canonical) {
  static constexpr std::pair<std::string_view, std::string_view> kCapitals[] = {
      {"Stuttgart", "Baden-Württemberg"}, {"München", "Bayern"},          {"Potsdam", "Brandenburg"},
      {"Wiesbaden", "Hessen"},            {"Schwerin", "Mecklenburg-Vorpommern"}, {"Hannover", "Niedersachsen"},
      {"Düsseldorf", "Nordrhein-Westfalen"}, {"Mainz", "Rheinland-Pfalz"}, {"Saarbrücken", "Saarland"},
      {"Dresden", "Sachsen"},             {"Magdeburg", "Sachsen-Anhalt"}, {"Kiel", "Schleswig-Holstein"},
      {"Erfurt", "Thüringen"},            {"Eisenstadt", "Burgenland"},    {"Klagenfurt", "Kärnten"},
      {"St. Pölten", "Niederösterreich"}, {"Linz", "Oberösterreich"},      {"Salzburg", "Salzburg"},
      {"Graz", "Steiermark"},             {"Innsbruck", "Tirol"},          {"Bregenz", "Vorarlberg"}};
  for (const auto& [capital, land] : kCapitals) {
    if (canonical == capital) return land;
  }
  return {};
}

// The Land a government body's name gives by its adjective ("Thüringer Staatskanzlei",
// "Bayerisches Innenministerium", "Hessischer Landtag"), or "". Newspapers and broadcasters
// ("Sächsische Zeitung", "Bayerischer Rundfunk") are no government body.
std::string LandOfGovernmentBody(const recognition::Lexicons& lexicons, std::string_view canonical) {
  const std::size_t space = canonical.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string body = text::FoldForMatch(canonical.substr(canonical.rfind(' ') + 1));
  if (!body.ends_with("staatskanzlei") && !body.ends_with("regierung") && !body.ends_with("landtag") &&
      !body.ends_with("ministerium")) {
    return {};
  }
  const std::string_view adjective = canonical.substr(0, space);
  if (const std::string* region = lexicons.CountryOfAdjective(adjective); region && IsLand(*region)) return *region;
  // "Thüringer" (Thüringen), "Tiroler" (Tirol): a place's name with "er".
  if (!adjective.ends_with("er")) return {};
  const std::string stem(adjective.substr(0, adjective.size() - 2));
  for (const std::string& land : {stem + "en", stem, stem + "n"}) {
    if (IsLand(land)) return land;
  }
  return {};
}

class LandOfficeTakesTheLand : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  struct OneLand {
    std::optional<std::size_t> land;  // the one Land named, by name before adjective
    bool two = false;                 // more than one named the same way
  };
  // The one Land named in sentences [from, to).
  static OneLand LandNamedIn(const RoleOwnerContext& c, std::size_t from, std::size_t to) {
    std::optional<std::size_t> named, described;
    bool two_named = false, two_described = false;
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.sentence < from || mention.sentence >= to) continue;
      if (mention.type != EntityType::Place || !IsLand(mention.canonical)) continue;
      if (!LandMayHold(c.label, mention.canonical) || !ServiceCovers(c, mention.canonical)) continue;
      auto& land = mention.kind == MentionKind::Name ? named : described;
      bool& two = mention.kind == MentionKind::Name ? two_named : two_described;
      if (land && c.facts.mentions[*land].canonical != mention.canonical) two = true;
      if (!land) land = m;
    }
    if (named) return {two_named ? std::nullopt : named, two_named};
    return {two_described ? std::nullopt : described, two_described};
  }
  // "Sie fordern Sehtests in Thüringer Kitas ... zuletzt in Erfurt ... junge Leute gehen nach
  // Bayern": of the article's one Land named by name and another only by adjective, the one
  // told of more often, counting its capital; `named` on a tie.
  static std::size_t MoreToldLand(const RoleOwnerContext& c, std::size_t named) {
    std::map<std::string_view, std::pair<int, std::size_t>> told;  // Land: (times, first mention)
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.type != EntityType::Place) continue;
      std::string_view land = IsLand(mention.canonical) ? std::string_view(mention.canonical)
                                                          : LandOfCapital(mention.canonical);
      if (land.empty() || !LandMayHold(c.label, land) || !ServiceCovers(c, land)) continue;
      ++told.try_emplace(land, 0, m).first->second.first;
    }
    const auto own = told.find(c.facts.mentions[named].canonical);
    std::size_t best = named;
    int most = own == told.end() ? 0 : own->second.first;
    for (const auto& [land, times] : told) {
      if (times.first > most && c.facts.mentions[times.second].canonical == land) {
        most = times.first;
        best = times.second;
      }
    }
    return best;
  }
  // A minister named without a state or a level ("Finanzministerin", "Kultusminister") whose
  // holder has no state's office elsewhere in the article: in an article about one Land, most
  // likely the Land's minister.
  static bool IsStatelessMinister(const RoleOwnerContext& c, const RoleFact& role) {
    const std::string_view label = c.label;
    const bool minister = label.ends_with("minister") || label.ends_with("ministerin");
    if (!minister || (!IsNationalOffice(label) && !label.starts_with("kultus"))) return false;
    // A Land has no foreign, defence or development ministry: who holds one visits.
    if (label.starts_with("aussen") || label.starts_with("verteidigung") || label.starts_with("entwicklung")) {
      return false;
    }
    const auto& mentions = c.facts.mentions;
    const std::string_view holder = LastNameWord(mentions[role.person]);
    for (const RoleFact& other : c.roles) {
      if (&other == &role || LastNameWord(mentions[other.person]) != holder) continue;
      if (other.of || !other.implied_of.empty() || IsFederalOffice(text::FoldForMatch(other.label))) return false;
    }
    return true;
  }
  // The one Land whose capital the article's datelines name ("Mainz (dpa)", "Koblenz/Mainz.":
  // Rheinland-Pfalz), or "".
  static std::string_view DatelineLand(const RoleOwnerContext& c) {
    std::string_view home;
    for (std::size_t d : c.index.datelines) {
      const std::string_view land = LandOfCapital(c.facts.mentions[d].canonical);
      if (land.empty()) continue;
      if (!home.empty() && home != land) return {};
      home = land;
    }
    return home;
  }
  // "Mainz (dpa) - ... mit seinem hessischen Amtskollegen": a Land the article only describes by
  // its adjective yields to another whose capital the dateline is.
  static bool OnlyDescribedAgainstTheDateline(const RoleOwnerContext& c, std::size_t land) {
    const Mention& mention = c.facts.mentions[land];
    const std::string_view home = DatelineLand(c);
    return mention.kind != MentionKind::Name && !home.empty() && home != mention.canonical &&
           LandMayHold(c.label, home) && ServiceCovers(c, home);
  }
  // The article's first mention of Land `land` by its name, if any.
  static std::optional<std::size_t> NamedLand(const RoleOwnerContext& c, std::string_view land) {
    for (std::size_t m = 0; m < c.facts.mentions.size() && !land.empty(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.type == EntityType::Place && mention.kind == MentionKind::Name && mention.canonical == land) return m;
    }
    return std::nullopt;
  }
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsLandOffice(c.label) && !IsStatelessMinister(c, role)) return std::nullopt;
    // The one Land the article names by name, else by adjective ("Thüringer"); with two,
    // whose office it is stays open. A Land only described ("die oberösterreichische Firma")
    // yields to one named ("Nachrichten aus dem Saarland").
    const auto& datelines = c.index.datelines;
    const std::size_t all = c.sentences.size();
    const OneLand article = LandNamedIn(c, 0, all);
    if (!article.two && article.land && OnlyDescribedAgainstTheDateline(c, *article.land)) return std::nullopt;
    if (!article.two) return article.land ? MoreToldLand(c, *article.land) : article.land;
    if (datelines.size() < 2) {
      // "Erfurt (dpa) - ... Finanzministerin X" in an article that also names Bayern and
      // Sachsen: the one Land the office's sentence names ("in Niedersachsen: Landesminister
      // X"; not one another office's: "X und Bayerns Verkehrsminister Y"), else the Land whose
      // capital the dateline is, when the article names it.
      std::optional<std::size_t> own;
      for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
        const Mention& mention = c.facts.mentions[m];
        if (mention.sentence != role.sentence || mention.type != EntityType::Place || !IsLand(mention.canonical) ||
            !LandMayHold(c.label, mention.canonical) || !ServiceCovers(c, mention.canonical)) {
          continue;
        }
        const bool owns_another =
            std::any_of(c.roles.begin(), c.roles.end(), [&](const RoleFact& r) { return r.of == m; });
        if (owns_another) continue;
        if (own && c.facts.mentions[*own].canonical != mention.canonical) return std::nullopt;
        own = m;
      }
      if (own) return own;
      // "hatte in Linz mit Landeshauptmann X gesprochen": the Land whose capital the office's
      // sentence names, when the article names that Land.
      std::string_view seat;
      for (const Mention& mention : c.facts.mentions) {
        if (mention.sentence != role.sentence || mention.type != EntityType::Place) continue;
        const std::string_view land = LandOfCapital(mention.canonical);
        if (land.empty() || !LandMayHold(c.label, land)) continue;
        if (!seat.empty() && seat != land) return std::nullopt;
        seat = land;
      }
      if (const auto named = NamedLand(c, seat)) return named;
      if (datelines.empty()) return std::nullopt;
      const std::string_view home = LandOfCapital(c.facts.mentions[datelines.front()].canonical);
      return NamedLand(c, home);
    }
    // Wire shorts name many Länder: the one of the office's own item, else the one its headline
    // names ("Bayern kompakt").
    const std::optional<std::size_t> home = c.index.DatelineBefore(c.facts, role.sentence);
    if (!home) return std::nullopt;
    const std::size_t item = c.facts.mentions[*home].sentence;
    std::size_t next = all;
    for (std::size_t d : datelines) {
      const std::size_t at = c.facts.mentions[d].sentence;
      if (at > item) {
        next = at;
        break;
      }
    }
    const OneLand own = LandNamedIn(c, item, next);
    if (own.land || own.two) return own.land;
    const OneLand headline = LandNamedIn(c, 0, c.facts.mentions[datelines.front()].sentence);
    return headline.two ? std::nullopt : headline.land;
  }
  // An article that names no Land may imply one: by its dateline, the Land's capital ("Erfurt -
  // ..."), by the adjective of a government body ("die Thüringer Staatskanzlei") or by a branch
  // named after it ("ORF Tirol"). All such hints must agree.
  Implied ImpliedOwner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsLandOffice(c.label) && !IsStatelessMinister(c, role)) return {};
    std::string land;
    auto hint = [&land](const std::string& hinted) {
      if (hinted.empty()) return true;
      if (!land.empty() && land != hinted) return false;
      land = hinted;
      return true;
    };
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.type == EntityType::Place && IsLand(mention.canonical) && LandMayHold(c.label, mention.canonical) &&
          ServiceCovers(c, mention.canonical) && !OnlyDescribedAgainstTheDateline(c, m)) {
        return {};
      }
      if (mention.type != EntityType::Organization) continue;
      if (!hint(LandOfGovernmentBody(c.lexicons, mention.canonical))) return {};
      // "im ORF Tirol", "die FPÖ Kärnten": a branch named by its Land.
      const std::size_t space = mention.canonical.rfind(' ');
      const std::string_view branch =
          space == std::string::npos ? std::string_view() : std::string_view(mention.canonical).substr(space + 1);
      if (IsLand(branch) && LandMayHold(c.label, branch) && !hint(std::string(branch))) return {};
    }
    for (std::size_t d : c.index.datelines) {
      if (!hint(std::string(LandOfCapital(c.facts.mentions[d].canonical)))) return {};
    }
    // "Binz (dpa/mv) - Ministerpräsidentin X": a regional service of one Land.
    if (const auto& lands = ServiceLands(c); lands.size() == 1 && !hint(std::string(lands.front()))) return {};
    // "will in Potsdam mit Ministerpräsident X sprechen", "Auch in München wird der Streit
    // verfolgt. Ministerin X ...": the seat of the government the office's own sentence, or the
    // one before, names.
    for (const Mention& mention : c.facts.mentions) {
      if (!NearTheOffice(mention, role) || mention.type != EntityType::Place) continue;
      if (!hint(std::string(LandOfCapital(mention.canonical)))) return {};
    }
    return {land, false};
  }
};

// --- canton-office-takes-the-canton ------------------------------------------------------------

// A Swiss canton's government office: "Regierungsrat", "Regierungspräsidentin", "Landammann",
// and a head of a cantonal department ("Baudirektorin", "Bildungsdirektor").
bool IsCantonOffice(std::string_view folded_label) {
  for (std::string_view office : {"regierungsrat", "regierungsrätin", "regierungspräsident", "regierungspräsidentin",
                                  "landammann"}) {
    if (folded_label == office) return true;
  }
  for (std::string_view department : {"bau", "bildungs", "erziehungs", "finanz", "gesundheits", "volkswirtschafts",
                                      "sicherheits", "justiz", "polizei", "sozial", "umwelt", "landwirtschafts"}) {
    if (!folded_label.starts_with(department)) continue;
    const std::string_view office = folded_label.substr(department.size());
    if (office == "direktor" || office == "direktorin") return true;
  }
  return false;
}

// The canton a place's name gives ("Kanton Aargau", "Thurgau"), or "": a canton's name alone
// only where no town has it ("Aargau", not "Zürich").
std::string_view CantonOf(std::string_view canonical) {
  if (canonical.starts_with("Kanton ")) return canonical.substr(7);
  for (std::string_view canton : {"Uri", "Obwalden", "Nidwalden", "Basel-Stadt", "Basel-Landschaft", "Baselland",
                                  "Appenzell Ausserrhoden", "Appenzell Innerrhoden", "Graubünden", "Aargau", "Thurgau",
                                  "Tessin", "Waadt", "Wallis", "Jura"}) {
    if (canonical == canton) return canton;
  }
  return {};
}

// "Der Kanton Aargau zahlt mit. ... mit Regierungsrat Max Ott": in a Swiss report, a canton's
// office without an owner belongs to the one canton the article names ("Kanton X" before its
// name alone); of several, the one the office's sentence or the one before names.
class CantonOfficeTakesTheCanton : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsCantonOffice(c.label) || ArticleFederation(c) != "Schweiz") return std::nullopt;
    // A German district government's head across the border ("Regierungspräsidium Freiburg").
    if (c.label.starts_with("regierungspräsident") &&
        std::any_of(c.facts.mentions.begin(), c.facts.mentions.end(), [](const Mention& mention) {
          return mention.type == EntityType::Organization && mention.canonical.starts_with("Regierungspräsidium");
        })) {
      return std::nullopt;
    }
    // A town's department has a head too ("Finanzdirektorin" of Bern's city council): a
    // department's head takes only a canton named near the office.
    const bool department = c.label.ends_with("direktor") || c.label.ends_with("direktorin");
    if (!department) {
      if (auto one = OneCanton(c, [](const Mention&) { return true; })) return one;
    }
    return OneCanton(c, [&](const Mention& mention) { return NearTheOffice(mention, role); });
  }

 private:
  template <typename Where>
  static std::optional<std::size_t> OneCanton(const RoleOwnerContext& c, Where where) {
    std::optional<std::size_t> found;
    std::string_view canton;
    for (std::size_t m = 0; m < c.facts.mentions.size(); ++m) {
      const Mention& mention = c.facts.mentions[m];
      if (mention.type != EntityType::Place || mention.kind != MentionKind::Name || !where(mention)) continue;
      const std::string_view named = CantonOf(mention.canonical);
      if (named.empty()) continue;
      if (!canton.empty() && named != canton) return std::nullopt;
      canton = named;
      if (!found || (!c.facts.mentions[*found].canonical.starts_with("Kanton ") &&
                     mention.canonical.starts_with("Kanton "))) {
        found = m;
      }
    }
    return found;
  }
};

// --- party-minister-serves-the-federation ------------------------------------------------------

// Whether a Land's capital is named in the office's sentence or the one before ("Auch in München
// wird der Streit verfolgt. Ministerin X ..."): its Land's office, though the article names none.
bool LandCapitalNearTheOffice(const RoleOwnerContext& c, const RoleFact& role) {
  return std::any_of(c.facts.mentions.begin(), c.facts.mentions.end(), [&](const Mention& mention) {
    return NearTheOffice(mention, role) && mention.type == EntityType::Place &&
           !LandOfCapital(mention.canonical).empty();
  });
}

// Whether the article is about a German Land: it names one, one of its offices or its capital
// as its dateline. Its "Innenminister X (CSU)" may be the Land's.
bool IsAboutALand(const RoleOwnerContext& c) {
  for (const Mention& mention : c.facts.mentions) {
    if (mention.type == EntityType::Place && IsLand(mention.canonical)) return true;
    if (mention.type == EntityType::Organization && !LandOfGovernmentBody(c.lexicons, mention.canonical).empty()) {
      return true;
    }
  }
  for (const RoleFact& role : c.roles) {
    if (IsLandOffice(text::FoldForMatch(role.label))) return true;
  }
  for (std::size_t d : c.index.datelines) {
    if (!LandOfCapital(c.facts.mentions[d].canonical).empty()) return true;
  }
  return false;
}

class PartyMinisterServesTheFederation : public StateRoleOwnerRule {
 public:
  using StateRoleOwnerRule::StateRoleOwnerRule;

 private:
  // The federation of the minister's party in brackets; "" when none, for a Swiss article (its
  // parties share names with Germany's) or a German Land's article.
  std::string State(const RoleOwnerContext& c, const RoleFact& role) const override {
    if (!IsNationalOffice(c.label) || !(c.label.ends_with("minister") || c.label.ends_with("ministerin"))) {
      return "";
    }
    const std::string_view federation = HolderPartyFederation(c, role.person);
    if (federation.empty() || federation == "Schweiz" || ArticleFederation(c) == "Schweiz") return "";
    // An Austrian Land's ministers are "Landesrat"; a German Land's are ministers too, but no
    // Land has a foreign, defence or development ministry.
    const bool federal_only = c.label.starts_with("aussen") ||
                              c.label.starts_with("verteidigung") || c.label.starts_with("entwicklung");
    if (federation == "Deutschland" && !federal_only && (IsAboutALand(c) || LandCapitalNearTheOffice(c, role))) {
      return "";
    }
    return std::string(federation);
  }
};

// --- coordinated-office-shares-owner -----------------------------------------------------------

// "DFB-Präsident X und Generalsekretärin Y", "der Chef der Firma, X, und der Finanzvorstand Y":
// an office joined by "und" right after a holder whose office belongs to an organization is an
// office of the same organization; not a state's office ("VW-Chef X und Ministerin Y").
class CoordinatedOfficeSharesOwner : public NamedRoleOwnerRule {
 public:
  using NamedRoleOwnerRule::NamedRoleOwnerRule;
  std::optional<std::size_t> Owner(const RoleOwnerContext& c, const RoleFact& role) const override {
    const SentenceAnnotation& s = c.sentences[role.sentence];
    // "und", maybe an article, then the label: asked of every role, so first.
    std::size_t k = role.first_token;
    if (k > 0 && s.IsDeterminer(k - 1)) --k;
    if (k < 2 || s.folded(k - 1) != "und") return std::nullopt;
    // "DFB-Präsident X und Vizepräsident Y": the deputy of the office before, whatever it is.
    const bool deputy = c.label.starts_with("vize");
    if ((IsNationalOffice(c.label) && !deputy) || IsFederalOffice(c.label) || IsLandOffice(c.label) ||
        IsMunicipalOffice(c.label)) {
      return std::nullopt;
    }
    // An office that names its own body: by its compound ("Ärztepräsident"; not a part of a
    // body, "Vorstandsvorsitzende", "Finanzvorständin") or a genitive after it ("der
    // Vorsitzende des Bezirks").
    if (role.token + 1 < s.size() && (s.folded(role.token + 1) == "des" || s.folded(role.token + 1) == "der")) {
      return std::nullopt;
    }
    const auto match = c.lexicons.MatchRole(s.word(role.token));
    if (!match) return std::nullopt;
    if (!match->prefix.empty()) {
      static constexpr std::string_view kParts[] = {"vorstands", "aufsichtsrats", "betriebsrats", "finanz",
                                                    "personal",  "general",       "geschäfts",    "presse",
                                                    "vertriebs", "technik",       "sport",        "rechts"};
      const std::string prefix = text::FoldForMatch(match->prefix);
      if (std::find(std::begin(kParts), std::end(kParts), prefix) == std::end(kParts)) return std::nullopt;
    }
    const std::size_t before = k - 2;  // the last token of the first holder's name, or a comma
    for (const RoleFact& other : c.roles) {
      if (&other == &role || other.sentence != role.sentence || !other.of) continue;
      const Mention& holder = c.facts.mentions[other.person];
      const std::size_t end = holder.last_token - 1;
      if (end != before && !(s.word(before) == "," && end + 1 == before)) continue;
      const Mention& owner = c.facts.mentions[*other.of];
      if (owner.type != EntityType::Organization) return std::nullopt;
      if (deputy && IsNationalOffice(c.label) && !c.label.starts_with("vize" + text::FoldForMatch(other.label))) {
        return std::nullopt;
      }
      return other.of;
    }
    return std::nullopt;
  }
};

}  // namespace

const std::vector<const RoleOwnerRule*>& RoleOwnerRules() {
  static const PossessiveNamesTheOwner possessive(
      "possessive-names-the-owner",
      "A possessive before a role names its owner: the party, company or state just named (also after a preposition, 'Mit dessen Vorsitzendem X'), or the person for a relative, a predecessor, an aide or a lawyer ('seine Ehefrau', 'ihr Vorgänger', 'ihr Sprecher', 'sein Anwalt'; in another clause not one named after 'mit': 'hatte X mit Y telefoniert, wie sein Sprecher Z sagte' is X's), and for another office that person's owner (a state's also when told by the surname alone: 'Weber ... sein Außenminister'; not for 'sein Amtskollege', another state's); in an interview's answer 'mein' and 'unser' are who answers, or the body of the office the article gave him ('Ott: Unsere Geschäftsführerin X'), and in its question the polite 'Ihr' of a relative or an aide is whom it asks ('Ihre Tochter X hat ...'); the body, not where it sits ('Die SPD in der Bürgerschaft ... Deren Sprecherin') or where a person named before it is ('Während X im Kanzleramt saß, kam sein Außenminister') or where its spokesperson speaks ('Deren Sprecherin im Landtag'), nor the region a compound names as the remit ('Deren Afrika-Referentin').",
      "Unzufrieden zeigte sich die Junge Union. Ihr Vorsitzender Max Ott kündigte Widerstand an.");
  static const GenericComplementRefersBack generic(
      "generic-complement-refers-back",
      "'Der Chef des Unternehmens', 'die Bürgermeisterin der Gemeinde', 'der Präsident der Behörde', 'der Gouverneur des Bundesstaats', 'die Sprecherin der Initiative': the complement is the company, association (also one its noun introduced, 'die Bürgerinitiative „Gegenwind Talheim“', or a club's or a choir's noun for 'des Vereins'), authority, party, town, region or state named last before; a relative's ('ein Cousin des Bürgermeisters') is the person who holds that office, named last before (one of the relative's family name first).",
      "Die Firma Brenntag AG baut Stellen ab. Der Chef des Unternehmens, Max Ott, verteidigte den Schritt.");
  static const HolderComesFromTheBody from_body(
      "holder-comes-from-the-body",
      "The body 'aus dem', 'aus der' or 'vom' names right after the holder, past a party in brackets, owns the office ('Staatsministerin X (SPD) aus dem Auswärtigen Amt'); not a party ('aus der CDU') or a place (whence one came).",
      "Das kündigte Staatssekretär Max Ott (SPD) aus dem Finanzministerium an.");
  static const DistrictOfficeTakesDistrict district(
      "district-office-takes-district",
      "A Landrat, the district's Beigeordneter or Kreisrat ('Erste Kreisrätin'), or its staff named by it ('Kreissprecherin', 'Kreisbrandmeister', 'Kreisveterinär'), without an owner serves the district 'vom' names right after the holder ('Landrätin X vom Heidekreis'), else the district named last before, in the sentence or the two before it, else the one district the article names, else the town whose district office ('Landratsamt Kempten', 'Kreisverwaltung Kempten') the sentence or the two before name, as the article names the town.",
      "Der Landkreis Celle baut ein Heim. Landrätin Lena Graf stellte die Pläne vor.");
  static const MunicipalOfficeTakesTown municipal(
      "municipal-office-takes-town",
      "A mayor (a Swiss 'Gemeindeammann', 'Stadtammann', a French 'Maire', an Italian 'Sindaco'), a mayor's deputy or Beigeordneter, a spa director ('Kurdirektorin'), a Swiss town's department head ('Bauvorsteherin'), a town councillor ('Sportstadträtin', 'Gemeinderat', 'Ratsherr', a Swiss 'Einwohnerrätin', also a party's: 'FPÖ-Stadträtin', 'SPD-Ratsherr'), a town's treasurer or a city state's senator ('Wirtschaftssenatorin', of Berlin, Hamburg or Bremen only, beside its mayor) without an owner serves the town whose adjective stands before it ('die Ulmer Bürgermeisterin', 'der Bremer Bürgermeister', when the article names the town), else the town named last before, in the sentence or the two before it (not one a guest came from, 'aus Kempten angereist', unless the office's holder came: 'Aus Kempten war Bürgermeisterin X gekommen'; nor one the holder travelled to, 'Mit nach Kempten gereist war Gemeinderat X'; nor, in a report from another town, one an earlier sentence joins to that town, 'neben Ulm auch Kempten'; nor a firm's seat, 'mit Sitz in Kempten', nor a town's quarter, 'Kiel-Schilksee', 'im Quartier Seefeld'; nor, in a report from another town (not one its dateline names too, 'Berlin/Linz (dpa)'), one named once before the office's sentence where a meeting is told, 'will in Linz mit X reden' (or named more often, when the report writes its home's adjective, 'im Ulmer Stadtrat'), unless called a municipality, 'die Gemeinde Zell', or the office's sentence says 'dort' or receives a guest sent there, 'reist nach Linz weiter. Bürgermeisterin X will ihn empfangen'; nor, against the dateline's town, a name no gazetteer knows that no preposition, municipal noun or office after it calls a town, 'das Naturschutzgebiet Hohenwiesen'; nor a name no gazetteer knows after 'am', 'vom', 'zum' or 'beim', 'am Hohenberg'; nor, in a regional paper's report from its town ('Lindau.' alone opening it), a town named in an earlier sentence that does not open with it, 'In Kempten sieht man das anders'), else of the dateline's town (a local news item's heading in capitals, 'KESSELBACH', is one; of a report filed from several, 'Berlin/Ulm (dpa)', the one of them named last before the office); a senator of a portfolio with neither, of the one city state a report about it names ('die Berliner Bühnen').",
      "Der Minister reiste am Montag nach Lindau. Dort empfing ihn Bürgermeister Max Ott im Rathaus.");
  static const CompanyOfficeTakesCompany company(
      "company-office-takes-company",
      "A board member ('Vorstand X'), CEO, works council head, plant manager, firm owner or founder without an owner belongs to the company named last before (a company by the lexicon, its legal form, or a noun calling it one: 'die Werft von X', 'der Maschinenbauer X', 'der Mittelständler X'); a plant manager first to the one whose plant the article named ('im Werk der X GmbH'); a board's office also to a sports club.",
      "Der Konzern Bosch streicht Stellen. Vorstandschef Max Ott begründete das mit der Flaute.");
  static const HostOfficeTakesHostState host(
      "host-office-takes-host-state",
      "An office without its state, held by whom the article's first person meets in a foreign place (also the dateline's), or told in a foreign capital its own sentence names before it ('In Vilnius kritisierte Premierminister X'; not Brussels, the EU's seat), is the office of that place's state, named or not (never Germany's: German news names its federal offices without it; nor of a member of a German, Austrian or Swiss party, 'Ministerin X (SPD)').",
      "Anna Kessler reiste nach Litauen. In Vilnius traf sie Präsident Max Ott.");
  static const LandOfficeTakesTheLand land(
      "land-office-takes-the-land",
      "A Land's office without an owner ('Ministerpräsident', 'Landesinnenministerin') belongs to the one German Land the article names by name, else by adjective (unless the datelines name another Land's capital: 'Mainz (dpa) - ... mit ihrem hessischen Amtskollegen' implies Rheinland-Pfalz; of the one named and another only by adjective, the one told of more often, counting its capital: 'in Thüringer Kitas ... in Erfurt ... gehen nach Bayern'); in wire shorts that name several, the one its own item names, else the one the headline names; in another article that names several, the one the office's own sentence names (not another office's, 'Bayerns Innenminister'), else the one whose capital it names ('in Linz mit Landeshauptmann X'), else the dateline capital's ('Erfurt (dpa)'); of a report by a regional service, only the service's Länder count ('Binz (dpa/mv)': not Sachsen in 'Urlauber aus Sachsen'). An article that names none implies one by its capital's dateline, the regional service of one Land, a government body's adjective ('die Thüringer Staatskanzlei'), a branch named by its Land ('ORF Tirol') or the capital the office's own sentence, or the one before, names ('will in Potsdam mit Ministerpräsident X sprechen'), when these agree. An Austrian Land's office ('Landeshauptfrau', 'Landesrat') counts Austria's Länder only, not the German neighbour the article names too ('die bayerische Seite'); a minister ('Wirtschaftsminister') never counts them, whose governments have none.",
      "Der Landtag in Hessen tagte. Ministerpräsident Max Ott verteidigte den Haushalt.");
  static const CantonOfficeTakesTheCanton canton(
      "canton-office-takes-the-canton",
      "In a Swiss report, a canton's office without an owner ('Regierungsrat', 'Regierungspräsidentin', 'Landammann', a department's 'Baudirektorin') belongs to the one canton the article names ('Kanton Aargau', or a canton's name no town has, 'Thurgau'); of several, the one the office's sentence or the one before names.",
      "Aarau (Keystone-SDA) - Der Kanton Aargau zahlt mit. Die Gemeinde will mit Regierungsrat Max Ott sprechen.");
  static const PartyOfficeTakesTheParty party(
      "party-office-takes-the-party",
      "A party's office ('Parteichefin', 'Generalsekretär') without an owner belongs to the party in brackets after its holder's name.",
      "Die Parteichefs Max Ott (SPD) und Eva Brandt (FDP) trafen sich am Abend.");
  static const PartyMinisterServesTheFederation party_minister(
      "party-minister-serves-the-federation",
      "A minister without a state ('Außenminister'), of a German or Austrian party in brackets, serves that federation, unless the article is about a German Land or names a Land's capital in the office's sentence or the one before (a Land's ministers include no foreign, defence or development minister).",
      "Deutschland hilft. Außenminister Max Ott (SPD) reiste am Montag nach Rom.");
  static const SideNamesTheState side(
      "side-names-the-state",
      "A state's office without an owner, listed after 'auf <state's adjective> Seite' up to the next side ('nahmen auf deutscher Seite Außenminister X und Ministerin Y teil, auf saudischer Seite Z'), belongs to that state.",
      "An den Gesprächen nahmen auf polnischer Seite Außenminister Max Ott und Ministerin Eva Lind teil.");
  static const RepresentativeServesTheRepresented represented(
      "representative-serves-the-represented",
      "An office without an owner, held by whom a sentence says stands for a state or an organization ('Für die Schweiz nahm Bundesrat X teil', in the office's clause; 'Mexiko war durch Vizeaußenministerin Y vertreten', also after a dateline or a semicolon: 'Ulm (dpa) - Die Ukraine wird von X vertreten'), is that state's or organization's.",
      "Mexiko war durch Vizeaußenministerin Ana Berg vertreten.");
  static const DeputyServesThePresidentsBody deputy(
      "deputy-serves-the-presidents-body",
      "A vice-president ('Vizepräsident', 'Vizepräsidentin') without an owner serves the one organization the article's presidents preside over.",
      "Die Präsidentin des Bundesamts für Seenkunde, Eva Lind, warnte am Montag. Vizepräsident Max Ott sagte, die Pegel seien niedrig.");
  static const ColleagueTakesTheirPlace colleague(
      "colleague-takes-their-place",
      "A colleague in office ('Amtskollege', 'Amtskollegin'; not any 'Kollegin') without an owner holds it in the place whose adjective stands before the title (a town the article names, 'ihr Kesselbacher Amtskollege X') or that 'aus' names right after the name ('seine Amtskollegen X aus Polen und Y aus Ungarn').",
      "Der Premier empfing seine Amtskollegen Max Ott aus Polen und Jan Berg aus Ungarn.");
  static const StateBeforeTakesOffice state_before(
      "state-before-takes-office",
      "A state's office opening a sentence, after a sentence that names one state and no person (and no Land, whose office it may be), is that state's.",
      "Hinter den Kulissen ist Norwegen aktiv. Außenminister Max Ott reiste nach Kairo.");
  static const FederalOfficeTakesTheFederation federal(
      "federal-office-takes-the-federation",
      "A federal office ('Bundesinnenministerin', 'Vizekanzler', 'Kanzler', unless the article names a university, whose administration a 'Kanzler' heads) without an owner belongs to the federation the article reports from: Germany, unless its dateline or agency is Austrian or Swiss; the commissioners for culture and for sport ('Kulturstaatsministerin', 'Sport-Staatsminister', 'Staatsministerin für Sport und Ehrenamt') and a federal commissioner ('Bundesbeauftragte') are Germany's.",
      "Deutschland rüstet auf. Bundesinnenministerin Eva Lind lobte den Haushalt.");
  static const HolderKeepsTheirState holder(
      "holder-keeps-their-state",
      "A state's office without its state belongs to the one state the same person's other state office in the article belongs to.",
      "Der finnische Präsident Max Ott kam nach Berlin. Staatspräsident Ott traf Anna Kessler.");
  static const CompanionServesTheirState companion(
      "companion-serves-their-state",
      "A state's office held by whom accompanies a person ('Begleitet wird sie von Außenminister X'; 'Minister X, der den Premier begleitet', also after the clause's particle, 'nahm Minister X teil, der ...'; not another companion named after 'von' before it, 'von seinem Sohn X und von Minister Y'), or the article's protagonist, belongs to that person's state.",
      "Die finnische Präsidentin Eva Lind kam nach Berlin. Begleitet wird Lind von Außenminister Max Ott.");
  static const CounterpartServesTheOtherState counterpart(
      "counterpart-serves-the-other-state",
      "A state's office without its state, held by whom meets their counterpart ('kam mit seinem Amtskollegen Y zusammen') whose office is another state's, belongs to the state of the one the article follows.",
      "Die finnische Präsidentin Eva Lind kam nach Berlin. Bundesaußenminister Jan Berg lobte die Reise. "
      "Außenminister Max Ott traf seinen Amtskollegen Jan Berg.");
  static const CoordinatedOfficeSharesOwner coordinated(
      "coordinated-office-shares-owner",
      "An office joined by 'und' right after a holder of an organization's office ('DFB-Präsident X und Generalsekretärin Y') is the same organization's (so is its deputy, 'und Vizepräsident Z'); not a state's, a Land's or a town's office ('und Bürgermeisterin Z').",
      "DFB-Präsident Max Ott und Generalsekretärin Eva Lind kamen am Montag.");
  static const InstitutionOfficeTakesInstitution institution(
      "institution-office-takes-institution",
      "A rector, judge, theatre director, institute director or hospital doctor ('Chefärztin', 'Primar', 'Ärztlicher Direktor') without an owner heads the university, court, theatre, institute or hospital right after it ('am', 'an der'), else the one named last, in the sentence or the two before it, else the only one of its kind the article named before.",
      "Die Universität Ulm plant einen Neubau. Rektorin Lena Graf stellte die Pläne vor.");
  static const StateSecretaryServesTheMinistry state_secretary(
      "state-secretary-serves-the-ministry",
      "A state secretary ('Staatssekretärin', 'Verkehrsstaatssekretär') without an owner serves the ministry named last, in the sentence or the two before it (not before a wire item's dateline; of the remit a compound names: 'Sozialstaatssekretärin', the social ministry): 'im Verkehrsministerium mit Staatssekretärin X'.",
      "Am Montag will der Verband im Verkehrsministerium mit Staatssekretärin Eva Lind sprechen.");
  static const ClubOfficeTakesClub club(
      "club-office-takes-club",
      "A coach, sporting director or captain without an owner belongs to the team right before 'um' ('der KSV Kesselbach um Kapitän X'), else to the sports club named last, in the sentence or the two before it.",
      "Der VfL Kesselbach gewann am Samstag. Trainer Max Ott lobte die Abwehr.");
  static const AssociationOfficeTakesTheAssociation association(
      "association-office-takes-the-association",
      "An association board's office without an owner, bare or honorary ('Vorsitzende', 'Ehrenvorsitzender', 'Schriftführerin', 'Kassenwart', 'Kassier', 'Schatzmeister', 'Obfrau', 'Jugendleiter'; not a compound naming its body or a branch, 'Fraktionsvorsitzende', 'Kreisvorsitzender'), belongs to the association ('Heimatverein X', 'Kreismusikverband X', 'Skatclub X', a sports club, a quoted name a club's noun introduced: 'der Männerchor „Frohsinn“') named last, in the sentence or the two before it, else to the only one the article named before; not after a possessive ('ihrem Obmann'), before a genitive ('Vorsitzender einer Initiative'), or when another person holds that association's office.",
      "Der Heimatverein Kesselbach sucht Räume. Kassenwart Max Ott nannte die Miete zu hoch.");
  static const FederationOfficeTakesFederation federation(
      "federation-office-takes-federation",
      "A national coach, a head coach, a sporting director or an athletes' spokesperson without an owner (and no club's) belongs to the sports federation ('Deutscher Judo-Bund', 'Deutsche Triathlon Union', or its short form spelling its initials) named last, in the sentence or the two before it, else (not a head coach) to the one federation the article names (not counting international ones, 'Internationaler Kanuverband', 'Europäische Union').",
      "Der Deutsche Kanu-Verband plant eine Reform. Ein Sprecher bestätigte das. Bundestrainerin Eva Lind lobte die Pläne.");
  static const CompoundNamesItsBody compound(
      "compound-names-its-body",
      "An office whose compound names a kind of body ('Gewerkschaftssekretär', 'Kammerpräsidentin', 'Vereinsobfrau', 'Bauernverbandsdirektorin', 'Verbandsvorsteher', 'Bankpräsident', 'Unternehmenssprecher', 'Clubpräsidentin', 'Chorleiterin', 'Ratspräsident', 'Initiativensprecherin', 'Bibliotheksleiterin', 'Festivalpräsident', 'Gerichtssprecherin', 'Schulleiterin', whose school may be named as a building; 'Universitätspräsidentin', 'Museumsleiter', 'Bündnissprecherin', 'Institutsleiterin', of one named by that noun, not by a compound of it, 'Universitätsklinikum'; a branch's, 'Kreisverbandsvorsitzende', is its organization's, a party branch's, 'Stadtparteiobmann', a party's) without an owner belongs to the organization of that kind named last, in the sentence or the two before it, else later in its sentence, else the one of that kind the article named before (not a committee or a fair): by its name or the noun before it, a company by what it is, a club by its name or a club's noun before its quoted name ('der Shantychor „Nordwind“'), a union by the lexicon ('IG Metall'), a council by its name's last word.",
      "Die Gewerkschaft Verdi unterstützt den Streik. Gewerkschaftssekretär Max Ott kündigte Warnstreiks an.");
  static const FederalBodyOfficeTakesTheBody federal_body(
      "federal-body-office-takes-the-body",
      "A German or Austrian federal body's office without its name ('Bundestagspräsidentin', 'Bundesratspräsident', a party's 'Bundestagsabgeordnete', a plain 'Regierungssprecher' when the report tells of no Land's government from three sentences before it to the one after) belongs to that body: the Bundestag, the Bundesrat, the Bundesregierung, named in the article or implied; not in a short filed abroad ('Madrid (dpa) - ... Regierungssprecher X').",
      "Die Bundesregierung plant eine Reform. Regierungssprecher Max Ott nannte am Montag keine Details.");
  static const DeputySitsInTheParliament deputy_seat(
      "deputy-sits-in-the-parliament",
      "A deputy without an owner ('Abgeordneter', a party's 'Grünen-Abgeordnete' whose party only nominated her, 'Landtagsabgeordnete') sits in the one parliament the article names (Landtag, Bundestag, Nationalrat, Kantonsrat, Bürgerschaft, Abgeordnetenhaus, Europaparlament; for a compound, one of its kind); with two, it stays open.",
      "Der Landtag debattierte den Haushalt. Die Grünen-Abgeordnete Eva Lind nannte ihn mutlos.");
  static const BodyBeforeTakesOffice body_before(
      "body-before-takes-office",
      "A body's office ('Präsidentin', 'Sprecher', 'Landeschef', or a compound ending in one that names no state's office: 'Regionalsekretär', not 'Regierungssprecher') without an owner, opening a sentence after one that names no person and opens with an organization as its subject or names no other organization (its short name in brackets is the same, and a dateline's news agency counts for none: 'Kritik kam von der Gewerkschaft Verdi.', 'vom Verband der Mühlen (VdM)', 'Ulm (dpa) - Die Weltorganisation für Seefahrt tagt.'; not a department head's, 'Baudirektorin', nor a state's by its remit, 'Entwicklungsstaatssekretärin', nor an authority's head, 'Behördenchef', of a body whose name calls it no authority), is that organization's.",
      "Der Deutsche Mieterbund zeigte sich besorgt. Präsidentin Eva Lind sagte, die Mieten stiegen zu schnell.");
  static const std::vector<const RoleOwnerRule*> rules = {
      &possessive,   &coordinated, &represented,  &side,           &deputy, &from_body, &generic,      &district,
      &municipal,    &company,     &party,        &institution,    &state_secretary, &compound, &federal_body,
      &deputy_seat,
      &club,         &association, &federation,  &body_before,  &state_before,   &holder, &companion,    &counterpart,
      &host,         &federal,     &party_minister, &land,         &canton, &colleague};
  return rules;
}

// Whether mention `owner` may own the office of `c.label`: a town's head or a district's office
// ("Bürgermeisterin", "Landrat") is a place's, or a body's whose name makes it a municipality's
// or a district's ("Stadt Ulm", "Samtgemeinde Hadeln", "Landratsamt Celle"), never a club's, a
// committee's or a parliament's.
bool FitsTheOffice(const RoleOwnerContext& c, std::size_t owner) {
  const Mention& m = c.facts.mentions[owner];
  if (m.type != EntityType::Organization || (!IsTownHead(c.label) && !IsDistrictOffice(c.label))) return true;
  return ContainsAny(text::FoldForMatch(m.canonical), {"gemeinde", "stadt", "kreis", "landrat", "markt", "amt"});
}

void InferRoleOwners(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                     const ArticleIndex& index, const recognition::Lexicons& lexicons,
                     const RuleSwitches& switches, std::vector<RoleFact>& roles) {
  // A second pass of the rule that reads other roles' owners: an owner found for a later role
  // may answer an earlier one (holder-keeps-their-state).
  const auto& rules = RoleOwnerRules();
  const auto rereads = std::find_if(rules.begin(), rules.end(), [](const RoleOwnerRule* rule) {
    return rule->name() == "holder-keeps-their-state";
  });
  RoleOwnerArticleFacts article;
  for (int pass = 0; pass < 2; ++pass) {
    for (RoleFact& role : roles) {
      if (role.of || !role.implied_of.empty()) continue;
      const std::string label = text::FoldForMatch(role.label);
      const RoleOwnerContext context{facts, sentences, roles, index, lexicons, label, article};
      for (const RoleOwnerRule* rule : rules) {
        if (!switches.on(rule->name()) || (pass == 1 && rule != *rereads)) continue;
        if (auto owner = rule->Owner(context, role); owner && *owner != role.person && FitsTheOffice(context, *owner)) {
          role.of = owner;
          break;
        }
        if (RoleOwnerRule::Implied implied = rule->ImpliedOwner(context, role); !implied.name.empty()) {
          role.implied_of = std::move(implied.name);
          role.implied_of_country = implied.is_country;
          role.implied_of_body = implied.is_body;
          break;
        }
      }
    }
  }
}

void GiveClubOfficesOfATownToItsClub(const ArticleFacts& facts, std::vector<RoleFact>& roles) {
  for (RoleFact& role : roles) {
    if (!role.of || !IsClubOffice(text::FoldForMatch(role.label))) continue;
    const Mention& town = facts.mentions[*role.of];
    if (town.type != EntityType::Place || town.kind != MentionKind::Name) continue;
    const std::string tail = " " + town.canonical;
    const std::optional<std::size_t> club = OnlyOneNamedBefore(facts, SIZE_MAX, [&](std::size_t m) {
      const Mention& named = facts.mentions[m];
      return named.type == EntityType::Organization && named.kind == MentionKind::Name &&
             named.canonical.ends_with(tail);
    });
    if (club) role.of = club;
  }
}

void GiveCompoundPrefixesTheirFullName(const ArticleFacts& facts, std::vector<RoleFact>& roles) {
  for (RoleFact& role : roles) {
    if (!role.of) continue;
    const Mention& prefix = facts.mentions[*role.of];
    if (prefix.kind != MentionKind::CompoundPrefix || prefix.type != EntityType::Organization) continue;
    // A noun's form ("Kliniken"), not a short name in capitals ("SBB-Chef": the SBB itself).
    std::string stem = text::FoldForMatch(prefix.canonical);
    const std::size_t first = std::max<std::size_t>(1, text::DecodeAt(prefix.canonical, 0).length);
    const std::string rest = prefix.canonical.substr(std::min(first, prefix.canonical.size()));
    if (stem.size() < 4 || text::ToLower(rest) != rest) continue;
    // "Städtetags-Geschäftsführer": the genitive's "s" joins the compound.
    if (stem.size() > 4 && stem.ends_with('s')) stem.pop_back();
    // A word of the full name, or its compound's last part: "Max Aicher Arena", "Lahn-Dill-Kliniken".
    auto holds = [&](const std::string& name) {
      for (std::size_t at = name.find(stem); at != std::string::npos; at = name.find(stem, at + 1)) {
        if (at == 0 || name[at - 1] == ' ' || name[at - 1] == '-') return true;
      }
      return false;
    };
    std::optional<std::size_t> full;
    for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
      const Mention& named = facts.mentions[m];
      if (named.sentence > prefix.sentence ||
          (named.sentence == prefix.sentence && named.first_token >= prefix.first_token)) {
        break;
      }
      if (named.kind != MentionKind::Name || named.type != EntityType::Organization) continue;
      // Named on its own: the prefix is its name ("der Nordlicht ... Nordlicht-Chef").
      if (named.canonical == prefix.canonical) {
        full.reset();
        break;
      }
      if (holds(text::FoldForMatch(named.canonical))) full = m;
    }
    if (full) role.of = full;
  }
}

void MarkKinship(std::vector<RoleFact>& roles) {
  for (RoleFact& role : roles) role.kinship = IsKinship(text::FoldForMatch(role.label));
}

}  // namespace newskg::extraction
