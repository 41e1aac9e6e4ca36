#include "extraction/role_extractor.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "extraction/clauses.h"
#include "extraction/cue_words.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::extraction {
namespace {

using recognition::EntityType;
using recognition::MentionKind;

// Free professions, which one practises rather than holds for a body or a state: a place's
// adjective before one tells where one comes from or works ("der Kölner Architekt X").
bool IsFreeProfession(std::string_view lemma) {
  static constexpr std::string_view kProfessions[] = {
      "Architekt", "Ingenieur", "Künstler",   "Musiker", "Schauspieler", "Schriftsteller", "Autor",     "Anwalt",
      "Rechtsanwalt", "Arzt",  "Apotheker", "Goldschmied", "Hufschmied", "Orgelbauer", "Sommelier", "Winzer",
      "Landwirt",  "Historiker", "Regisseur", "Restaurator", "Raumplaner", "Bergführer", "Messerschmied",
      "Messermacher", "Zinngießer", "Hörakustiker", "Klavierbauer", "Geigenbauer", "Großmeister"};
  return std::find(std::begin(kProfessions), std::end(kProfessions), lemma) != std::end(kProfessions);
}

bool IsPerson(const SentenceAnnotation& v, std::optional<std::size_t> m) {
  return m && v.mention(*m).type == EntityType::Person;
}

// The nominative of an adjective inside a role label ("Nationalen" -> "Nationaler").
std::string NominativeAdjective(const std::string& word, bool feminine) {
  for (std::string_view ending : {"en", "em", "er", "es", "e"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
      return word.substr(0, word.size() - ending.size()) + (feminine ? "e" : "er");
    }
  }
  return word;
}

// "dbb-Chef", "taz-Reporterin": a compound on a name written in lower case is a noun still.
bool NounAfterHyphen(std::string_view word) {
  const std::size_t dash = word.find('-');
  return dash != std::string_view::npos && dash > 0 && text::StartsUpper(word.substr(dash + 1));
}

class RoleReader {
 public:
  // `surnames_in_s`: last words ending in "s" of the article's full person names ("Olaf Lies"):
  // alone, such a word is the person in the nominative, not a genitive.
  RoleReader(const SentenceAnnotation& sentence, const recognition::Lexicons& lex,
             const std::set<std::string>& surnames_in_s)
      : v_(sentence), lex_(lex), sentence_(sentence.index()), surnames_in_s_(surnames_in_s) {}

  void Read(std::vector<RoleFact>& out, std::vector<RoleDescription>& descriptions) {
    for (std::size_t i = 0; i < v_.size(); ++i) {
      if (!(v_.upper(i) || NounAfterHyphen(v_.word(i))) || v_.NameAt(i)) continue;
      auto role = lex_.MatchRole(v_.word(i));
      if (!role) role = SpouseAt(i);
      if (!role) continue;
      // "den Kronprinzen Scheich X": the honorific after an office is the name's, not an office.
      if (IsHonorific(v_.folded(i)) && i > 0 && v_.upper(i - 1) && lex_.MatchRole(v_.word(i - 1))) continue;
      ReadRoleAt(i, *role, out, descriptions);
    }
  }

 private:
  // "Scheich", "Prinz": an honorific a name may carry after an office ("Kronprinz Scheich X",
  // "Außenminister Prinz X").
  static bool IsHonorific(std::string_view folded) {
    return folded == "scheich" || folded == "scheicha" || folded == "prinz" || folded == "prinzessin";
  }

  // Whether a possessive ("deren", "dessen", "ihr", "seine") stands before the role noun at
  // `i`, over up to two adjectives ("deren bildungspolitische Sprecherin").
  bool PossessiveBefore(std::size_t i) const {
    for (std::size_t k = i; k > 0 && i - k < 3; --k) {
      const std::string& w = v_.folded(k - 1);
      if (w == "deren" || w == "dessen" || w.starts_with("sein") || w.starts_with("ihr")) return w.size() <= 6;
      if (v_.upper(k - 1) || v_.IsPunct(k - 1)) return false;
    }
    return false;
  }

  // The party a compound names as its group in a parliament or its branch ("SPD-Fraktion",
  // "CDU-Landtagsfraktion", "CSU-Landesgruppe", "FDP-Kreisverband"), if token `k` is one.
  std::optional<std::size_t> PartyOfGroup(std::size_t k) const {
    const std::string& word = v_.folded(k);
    const std::size_t dash = word.rfind('-');
    if (dash == std::string::npos) return std::nullopt;
    const std::string_view group = std::string_view(word).substr(dash + 1);
    if (!(group.ends_with("fraktion") || group == "landesgruppe" || group.ends_with("verband"))) return std::nullopt;
    for (std::size_t m : v_.MentionsIn(k)) {
      if (v_.mention(m).kind == MentionKind::CompoundPrefix && NamesAParty(m)) return m;
    }
    return std::nullopt;
  }

  // Whether mention `m` names a party the lexicon knows ("SPD", "FPÖ").
  bool NamesAParty(std::size_t m) const {
    const auto* known = lex_.FindName(recognition::Lexicons::PhraseKey({v_.mention(m).canonical}));
    return known && known->kind == "party";
  }

  void ReadRoleAt(std::size_t i, const recognition::RoleMatch& role, std::vector<RoleFact>& out,
                  std::vector<RoleDescription>& descriptions) {
    // Left: modifiers that belong to the label, nationality adjectives, a genitive possessor.
    std::string label = role.nominative;
    std::optional<std::size_t> of;
    std::size_t left = i;
    std::vector<std::string> modifiers;
    while (left > 0) {
      std::size_t k = left - 1;
      auto inside = v_.MentionsIn(k);
      bool adjective_mention = !inside.empty() && v_.mention(inside[0]).kind == MentionKind::Adjective;
      if (adjective_mention) {
        if (!of) of = inside[0];
        left = k;
        continue;
      }
      if (lex_.IsRoleModifier(v_.word(k))) {
        modifiers.insert(modifiers.begin(), NominativeAdjective(v_.word(k), role.feminine));
        left = k;
        continue;
      }
      // "Hessens Innen- und Sportminister X": an office cut short before "und" joins this one;
      // whose it is stands before both.
      if (k > 0 && left == i && (v_.folded(k) == "und" || v_.folded(k) == "oder") && v_.upper(k - 1) &&
          v_.word(k - 1).size() > 2 && v_.word(k - 1).ends_with("-")) {
        left = k - 1;
        continue;
      }
      // "ehemaligen", "autoritären", "ältester", "jüngere": skipped, not part of the label.
      if (lex_.IsRoleQualifier(v_.word(k)) ||
          (!v_.upper(k) && !v_.IsDeterminer(k) && !v_.IsPunct(k) &&
           text::EndsWithAny(v_.folded(k), {"en", "ster", "ste", "erer", "ere"}))) {
        left = k;
        continue;
      }
      break;
    }
    if (of && v_.mention(*of).kind == MentionKind::Adjective && IsFreeProfession(role.noun->lemma)) of.reset();
    if (left > 0) {
      // "Gremmels’ Sprecher", "Voss' Sprecherin": a name in "s" takes the genitive's apostrophe.
      const bool apostrophe = left > 1 && text::IsApostrophe(v_.word(left - 1));
      const std::size_t end = apostrophe ? left - 1 : left;
      auto possessor = v_.NameAt(end - 1);
      if (possessor && !of) {
        const auto& pm = v_.mention(*possessor);
        // "traf Lies Werkleiterin X" of an article's "Olaf Lies": a surname, not "Lies'".
        const bool surname = pm.surface == pm.canonical && surnames_in_s_.count(pm.surface);
        bool genitive = apostrophe || pm.surface != pm.canonical || (pm.surface.ends_with("s") && !surname);
        // "traf in Paris Premierminister X": a place after a preposition is where, not whose,
        // also inflected for the dative ("traf im Auswärtigen Amt Minister X"); one with a
        // genitive's "s" is whose ("bei Italiens Regierungschefin X").
        const bool after_preposition = pm.first_token > 0 && IsPreposition(v_.folded(pm.first_token - 1)) &&
                                       (pm.surface == pm.canonical || !pm.surface.ends_with("s"));
        if (genitive && !after_preposition && pm.last_token == end) of = possessor;
      }
    }
    // Compound prefix: "Kremlsprecher", "US-Außenminister".
    std::optional<std::size_t> prefix;
    for (std::size_t m : v_.MentionsIn(i)) {
      if (v_.mention(m).kind == MentionKind::CompoundPrefix) prefix = m;
    }
    // "der ukrainische UN-Botschafter": an envoy serves the state that sends them, not the body
    // they are sent to.
    const bool envoy = role.noun->lemma == "Botschafter" || role.noun->lemma == "Gesandter" ||
                       role.noun->lemma == "Generalkonsul" || role.noun->lemma == "Konsul";
    if (prefix && envoy && of && v_.mention(*of).kind == MentionKind::Adjective && v_.mention(*of).is_country) {
      prefix.reset();
    }
    // "FPÖ-Stadträtin", "SVP-Gemeinderat": a party's member of a town's council sits for the
    // town (municipal-office-takes-town), the party only nominated her; so does a party's deputy
    // for the parliament ("die Grünen-Bundestagsabgeordnete", "der CDU-Abgeordnete").
    const std::string lemma = text::FoldForMatch(role.noun->lemma);
    const bool council_seat = lemma == "stadtrat" || lemma == "gemeinderat" || lemma == "stadtverordneter" ||
                              lemma == "ratsherr" || lemma.ends_with("abgeordneter");
    const bool partys_seat = prefix && council_seat && NamesAParty(*prefix);
    // "Deren Afrika-Referentin": after a possessive, which names the owner, a region the
    // compound opens with is the remit.
    const bool remit = prefix && v_.mention(*prefix).type == EntityType::Place && PossessiveBefore(i);
    if (prefix) {
      if (!partys_seat && !remit) of = prefix;
      // "Mercedes-Benz-Vorstandschef" -> "Vorstandschef": the whole prefix goes.
      const std::string& written = v_.mention(*prefix).surface;
      if (label.starts_with(written + "-")) {
        label = label.substr(written.size() + 1);
      } else if (v_.word(i).find('-') != std::string::npos) {
        label = label.substr(label.find('-') + 1);
      }
    }
    for (auto it = modifiers.rbegin(); it != modifiers.rend(); ++it) label = *it + " " + label;
    // "Katars Ministerpräsident und Außenminister X": the owner before the first role noun is
    // the second's too.
    if (!of && shared_owner_ && shared_owner_->first == i) of = shared_owner_->second;

    // Right: a genitive or "von" complement names whose role it is.
    std::size_t right = i + 1;
    std::optional<std::size_t> complement;
    bool other_role = false;  // another role noun follows in the complement
    // "die Außenminister Deutschlands und Frankreichs": a state or body in the genitive right
    // after the role noun is its complement.
    if (right < v_.size() && v_.NameStartingAt(right) && !IsPerson(v_, v_.NameStartingAt(right))) {
      const auto name = *v_.NameStartingAt(right);
      const auto& m = v_.mention(name);
      if (m.surface != m.canonical && m.surface.ends_with("s")) {
        complement = name;
        if (!of) of = complement;
        right = m.last_token;
        // Coordinated owners ("und Frankreichs") belong to the complement.
        while (right + 1 < v_.size() && v_.folded(right) == "und") {
          const auto next = v_.NameStartingAt(right + 1);
          if (!next || IsPerson(v_, next)) break;
          right = v_.mention(*next).last_token;
        }
      }
    } else if (right < v_.size() && !v_.NameStartingAt(right)) {
      std::size_t k = right;
      bool opened = false;
      bool by_von = false;  // the complement opens with "von": it may name a passive's agent
      // "Forscherin bei der Stiftung X", "Ökonom beim Institut Y": only an organization.
      const bool at = v_.folded(right) == "bei" || v_.folded(right) == "beim";
      // "Staatssekretär im Finanzministerium", "Referentin in der Staatskanzlei": only an
      // organization right after the preposition ("im Rahmen der Nato-Tagung" is no owner).
      const bool in = v_.folded(right) == "im" ||
                      (v_.folded(right) == "in" && right + 1 < v_.size() && v_.folded(right + 1) == "der");
      if (at || in) {
        opened = true;
        ++k;
      }
      while (k < v_.size() && k < right + 8) {
        const std::string& f = v_.folded(k);
        if (f == "des" || f == "der" || f == "von" || f == "vom" || f == "für") {
          if (!opened) by_von = f == "von" || f == "vom";
          opened = true;
          ++k;
          continue;
        }
        if (!opened) break;
        // "Leiterin der Caritas in Köln": a place phrase after the complement is where the
        // owner sits, not the owner.
        // "Chef des Maschinenbauers aus Ulm": nor is where the owner comes from.
        if ((IsPreposition(f) && f != "für") || f == "aus") break;
        auto name = v_.NameStartingAt(k);
        // "Präsidentin der Vereinigung kommunaler Arbeitgeber (VKA)": the short name stands
        // for the long one before it.
        if (!name && v_.word(k) == "(" && k + 2 < v_.size() && v_.word(k + 2) == ")") {
          name = v_.NameStartingAt(k + 1);
          if (name && v_.mention(*name).type != EntityType::Organization) name.reset();
        }
        // "Vorsitzende der CDU-Fraktion", "Chef der SPD-Landesgruppe": the party's group in a
        // parliament stands for the party.
        if (!name) name = PartyOfGroup(k);
        if (name && (at || in) && v_.mention(*name).type != EntityType::Organization) break;
        if (in && !name && k > right + 2) break;
        // "wurde der Bischof von der Generalsekretärin der Konferenz, X, begleitet": a role
        // noun after "von" without its holder's name is a passive's agent, X holds that one.
        if (!name && by_von && v_.upper(k) && lex_.MatchRole(v_.word(k)) &&
            !(k + 1 < v_.size() && IsPerson(v_, v_.NameStartingAt(k + 1)))) {
          other_role = true;
          break;
        }
        if (name) {
          complement = name;
          k = v_.mention(*name).last_token;
          if (v_.word(k - 1) != ")" && k < v_.size() && v_.word(k) == ")") ++k;
          break;
        }
        if (v_.IsPunct(k)) break;
        ++k;  // adjectives, nouns of the complement ("der Regierung von ...")
      }
      if (complement) {
        // "Deren Sprecherin im Bundestag": a possessive before names the owner, the phrase
        // where she speaks for it.
        if (!of && !(in && PossessiveBefore(i))) of = complement;
        right = k;
        // "den Bürgermeistern von Talheim und Kesselbach, X und Y": a plural's owners, one each.
        while ((Plural(i, role) || DativePlural(i, role)) && right + 1 < v_.size() && v_.folded(right) == "und") {
          const auto next = v_.NameStartingAt(right + 1);
          if (!next || IsPerson(v_, next)) break;
          right = v_.mention(*next).last_token;
        }
      } else if (opened) {
        right = k;
      }
    }

    std::vector<std::size_t> holders;
    // 1. The name follows the role noun: "Präsident Wladimir Putin", "den US-Sondergesandten
    //    Steve Witkoff und Jared Kushner".
    // "Ministerin Dr. Lena Graf", "Kronprinz Scheich X": titles stand between.
    std::size_t named = i + 1;
    while (named < v_.size() &&
           (recognition::Lexicons::IsAcademicTitle(v_.word(named)) || IsHonorific(v_.folded(named)))) {
      ++named;
    }
    if (named < v_.size() && IsPerson(v_, v_.NameStartingAt(named)) &&
        !PersonInGenitiveAlone(*v_.NameStartingAt(named))) {
      std::size_t h = *v_.NameStartingAt(named);
      holders.push_back(h);
      std::size_t after = v_.mention(h).last_token;
      if (!of) of = OrganizationAfterName(after);
      if (!of && role.noun && IsMonarch(role.noun->lemma)) of = StateAfterMonarch(after);
      // "den Sondergesandten X und Y": two holders; a woman's singular title names one
      // ("Kommissionspräsidentin X und Y").
      // So does an adjectival noun's strong singular ("US-Sondergesandter X und Y": Y is none).
      const bool adjectival_singular = role.noun && role.noun->role_class == recognition::RoleClass::Adjectival &&
                                       text::FoldForMatch(v_.word(i)).ends_with("er");
      // So does a weak noun without its ending ("Ministerpräsident X und Y": the plural is
      // "Ministerpräsidenten").
      const bool weak_singular = role.noun && role.noun->role_class == recognition::RoleClass::Weak &&
                                 !role.feminine && text::FoldForMatch(v_.word(i)) == text::FoldForMatch(role.noun->lemma);
      const bool one = (role.feminine && !role.plural) || adjectival_singular || weak_singular;
      // "Bundesinnenminister X und Wróbel": a surname alone after "und" is someone named before,
      // unless a plural article says the role has two holders ("die Minister X und Y").
      auto second_holder = [&]() -> bool {
        const auto second = v_.NameStartingAt(after + 1);
        if (!IsPerson(v_, second)) return false;
        if (v_.mention(*second).canonical.find(' ') != std::string::npos) return true;
        return i > 0 && (v_.folded(i - 1) == "die" || v_.folded(i - 1) == "den" || v_.folded(i - 1) == "beiden");
      };
      if (!one && after + 1 < v_.size() && v_.folded(after) == "und" && second_holder()) {
        holders.push_back(*v_.NameStartingAt(after + 1));
      } else if (Plural(i, role)) {
        // "Die Parteichefs X (A), Y (B) und Z (C)": a plural role lists its holders.
        AddListedHolders(h, holders);
      }
    }
    // 1b. Two role nouns share the name: "Ministerpräsident und Außenminister X" (each reads
    //     the name; the first leaves its owner to the second).
    if (holders.empty() && i + 3 < v_.size() && v_.folded(i + 1) == "und" && v_.upper(i + 2) &&
        !v_.NameAt(i + 2) && lex_.MatchRole(v_.word(i + 2)) && IsPerson(v_, v_.NameStartingAt(i + 3))) {
      holders.push_back(*v_.NameStartingAt(i + 3));
      if (of) shared_owner_ = {i + 2, *of};
    }
    // 2. The role and its complement, then ", Name": "Präsidenten des benachbarten
    //    Weißrussland, Aleksandr G. Lukaschenko,". Not when this role is itself the genitive
    //    of another noun ("der Sprecher des Kanzlers, Max Ott": Max Ott is the spokesman).
    if (holders.empty() && !other_role && !GenitiveOfAnotherNoun(left)) {
      std::size_t k = right;
      // "Die Landesvorsitzende der Grünen in Sachsen, Anna Kessler": where the owner sits.
      // "Der Chef der CSU-Landesgruppe im Bundestag, Max Ott", "im Landtag": where it sits.
      // "Der Sprecher der SPD-Fraktion in der Bürgerschaft, Max Ott": in the body it sits in.
      if (complement && k + 1 < v_.size() && v_.folded(k) == "in") {
        const auto seat = v_.NameStartingAt(k + 1);
        if (seat && v_.mention(*seat).type == EntityType::Place) k = v_.mention(*seat).last_token;
        const auto body = k + 2 < v_.size() && v_.folded(k + 1) == "der" ? v_.NameStartingAt(k + 2) : std::nullopt;
        if (body && v_.mention(*body).last_token < v_.size() && v_.word(v_.mention(*body).last_token) == ",") {
          k = v_.mention(*body).last_token;
        }
      } else if (complement && k + 2 < v_.size() && v_.folded(k) == "im" && v_.upper(k + 1) &&
                 v_.word(k + 2) == ",") {
        k += 2;
      }
      // "des Vereins Talfreunde Nordbaden, Max Ott": a region the name's recognition left out
      // may end it.
      if (complement && k + 1 < v_.size() && v_.word(k + 1) == "," && v_.upper(k) && !v_.IsDeterminer(k) &&
          !lex_.MatchRole(v_.word(k)) && (!v_.NameAt(k) || v_.mention(*v_.NameAt(k)).type == EntityType::Place)) {
        ++k;
      }
      // "des Verbands der Autoindustrie (VDA), Anna Kessler": the short name in brackets.
      if (complement && k + 3 < v_.size() && v_.word(k) == "(" && v_.word(k + 2) == ")") k += 3;
      // "des Ruderverbands DRV, Anna Kessler": the short name after the long one.
      if (complement && k + 1 < v_.size() && v_.word(k + 1) == ",") {
        const auto short_name = v_.NameStartingAt(k);
        if (short_name && v_.mention(*short_name).type == EntityType::Organization &&
            v_.mention(*short_name).last_token == k + 1) {
          ++k;
        }
      }
      while (k < v_.size() && k < right + 5 && v_.word(k) != "," && !complement) {
        // "der Gründerin und Chefin der Kessler AG, X": the coordinated role's genitive owner is
        // this role's too.
        if (k >= 2 && (v_.folded(k) == "der" || v_.folded(k) == "des") && v_.upper(k - 1) && !v_.NameAt(k - 1) &&
            (v_.folded(k - 2) == "und" || v_.folded(k - 2) == "sowie") && lex_.MatchRole(v_.word(k - 1))) {
          std::optional<std::size_t> owner;  // over an adjective and a noun: "des maltesischen Start-ups X"
          for (std::size_t q = k + 1; q < v_.size() && q <= k + 3 && !owner && !v_.IsPunct(q); ++q) {
            owner = v_.NameStartingAt(q);
          }
          if (owner && !IsPerson(v_, owner)) {
            if (!of) of = owner;
            k = v_.mention(*owner).last_token;
            continue;
          }
        }
        // "Die Ministerin empfing den Vorstandschef, X": an article or another role noun opens
        // another phrase; X is not this role's. Not a coordinated one: "Regierungschef und
        // Außenminister, X".
        const bool coordinated = k > 0 && (v_.folded(k - 1) == "und" || v_.folded(k - 1) == "sowie");
        if (v_.IsDeterminer(k) || (v_.upper(k) && !v_.NameAt(k) && !coordinated && lex_.MatchRole(v_.word(k)))) break;
        if (v_.upper(k) || v_.folded(k) == "für" || !v_.IsPunct(k)) {
          ++k;  // "für wirtschaftliche Zusammenarbeit"
          continue;
        }
        break;
      }
      if (k + 1 < v_.size() && v_.word(k) == ",") {
        std::size_t at = k + 1;
        // ", Dr. Anna Kessler", ", Prof. Dr. Anna Kessler": academic titles stand before it.
        while (at + 1 < v_.size() && recognition::Lexicons::IsAcademicTitle(v_.word(at))) ++at;
        // ", Bischof Anna Kessler": the holder's own title may stand before the name.
        if (at + 1 < v_.size() && v_.upper(at) && !v_.NameAt(at) && lex_.MatchRole(v_.word(at)) &&
            IsPerson(v_, v_.NameStartingAt(at + 1))) {
          ++at;
        }
        // ", dem Tschechen Jan Novák": a noun with its article (a demonym) may stand before it.
        if (at + 2 < v_.size() && v_.IsDeterminer(at) && v_.upper(at + 1) && !v_.NameAt(at + 1) &&
            !lex_.MatchRole(v_.word(at + 1)) && IsPerson(v_, v_.NameStartingAt(at + 2))) {
          at += 2;
        }
        auto h = v_.NameStartingAt(at);
        if (IsPerson(v_, h)) {
          std::size_t after = v_.mention(*h).last_token;
          // ", Anna Kessler aus Ulm,": where the holder comes from may follow the name.
          if (after + 1 < v_.size() && v_.folded(after) == "aus") {
            const auto origin = v_.NameStartingAt(after + 1);
            if (origin && v_.mention(*origin).type == EntityType::Place) after = v_.mention(*origin).last_token;
          }
          if (after >= v_.size() || v_.IsPunct(after) || v_.folded(after) == "und") holders.push_back(*h);
          // A plural role lists its holders: "Die Ministerpräsidenten der Länder, Anna Kessler
          // (SPD), Max Ott (CDU) und Lena Graf (CSU), ...".
          if (!holders.empty() && (Plural(i, role) || DativePlural(i, role))) AddListedHolders(*h, holders);
        }
      }
    }
    // 3. Apposition after the name: "Dmitri S. Peskow, der Sprecher des Kremls,". A plural
    //    is none ("X, den Ministern die Forderungen vorgetragen").
    if (holders.empty() && !Plural(i, role) && !DativePlural(i, role)) {
      std::size_t k = left;
      std::size_t steps = 0;
      // An apposition opens with its article: "X, warf der Ministerin vor" is a clause.
      bool article = false;
      while (k > 0 && steps < 8) {
        std::size_t prev = k - 1;
        if (article && v_.word(prev) != ",") break;
        if (v_.word(prev) == ",") {
          // "nahm auch Max Ott teil, der Sohn von ...": a verb's particle may end the clause.
          std::size_t named = prev;
          if (named > 1 && IsSeparablePrefix(v_.folded(named - 1))) --named;
          // "Lena Graf (SPD), die Landrätin des Kreises,": the party in brackets stands between.
          if (named > 2 && v_.word(named - 1) == ")") {
            std::size_t open = named - 1;
            while (open > 0 && named - open < 6 && v_.word(open) != "(") --open;
            if (v_.word(open) == "(") named = open;
          }
          if (named > 0 && IsPerson(v_, v_.NameAt(named - 1))) {
            holders.push_back(*v_.NameAt(named - 1));
          } else if (named > 3 && !v_.upper(named - 1) && IsPerson(v_, v_.NameAt(named - 2))) {
            // "wurde von X empfangen, dem Chef der Y AG": the apposition after the participle
            // is the agent's; so is the partner's ("hatte sich mit X getroffen, dem Chef der Y").
            const auto agent = *v_.NameAt(named - 2);
            const std::size_t first = v_.mention(agent).first_token;
            if (first > 0 && (v_.folded(first - 1) == "von" || v_.folded(first - 1) == "mit") &&
                v_.mention(agent).last_token == named - 1) {
              holders.push_back(agent);
            }
          }
          break;
        }
        if (v_.IsPunct(prev)) break;
        // Within the apposition only articles, adjectives, participles and place phrases; a
        // role after another preposition is in a relative clause ("X, der mit der Ministerin
        // streitet").
        if (IsAnyPreposition(v_.folded(prev)) && !IsPreposition(v_.folded(prev))) break;
        // "X (CDU) nahm teil, wie eine Sprecherin mitteilte": a clause, no apposition.
        if (IsSubordinator(v_.folded(prev))) break;
        bool allowed = v_.IsDeterminer(prev) || !v_.upper(prev) || v_.NameAt(prev);
        if (!allowed) break;
        article = v_.IsDeterminer(prev);
        k = prev;
        ++steps;
      }
    }
    // 3b. In the office named after "als": "Lena Graf ist als Baudirektorin zuständig", "X, die
    //     als Ärztin arbeitet,", "..., Graf als Direktorin zuständig".
    //     Not a part one plays for a day ("als Gastgeber", "als Zeuge", "als Vertreter").
    //     Nor what one is taken for ("der als Favorit galt", "als Chef bezeichnet").
    if (holders.empty() && !Plural(i, role) && left >= 2 && v_.folded(left - 1) == "als" &&
        !text::EndsWithAny(text::FoldForMatch(label),
                           {"gastgeber", "gastgeberin", "zeuge", "zeugin", "vertreter", "vertreterin"})) {
      bool taken_for = false;
      for (std::size_t k = i + 1; k < v_.size() && k <= i + 2; ++k) {
        const std::string& w = v_.folded(k);
        taken_for = taken_for || w == "galt" || w == "gilt" || w == "gelten" || w == "galten" || w == "bezeichnet" ||
                    w == "genannt" || w == "gehandelt";
      }
      if (auto h = taken_for ? std::nullopt : SubjectBeforeAls(left - 1)) holders.push_back(*h);
    }
    // 4. A predicate: "Lena Graf ist seit 2021 Innenministerin", "Seit Mai ist Graf Ministerin".
    if (holders.empty()) {
      if (auto h = PredicateSubject(left)) holders.push_back(*h);
    }
    // 5. A relative clause's predicate: "Max Ott, der seit Mai zugleich Chef der Y AG ist,".
    if (holders.empty() && !Plural(i, role)) {
      if (auto h = RelativeClauseSubject(left, right)) holders.push_back(*h);
    }
    // 5b. A pronoun's predicate: "Seit 2019 ist er Vorsitzender der Y", "Sie ist Ärztin":
    //     AddDescribedRoles finds whom the pronoun stands for.
    if (holders.empty() && !other_role && !Plural(i, role) && !v_.quoted(i)) {
      if (const char gender = PredicatePronoun(left)) {
        descriptions.push_back({sentence_, left, i, label, of, gender == 'f'});
        return;
      }
    }
    // 6. None: "sagte der CDU-Vorsitzende", "Die Neos-Chefin ließ offen" describe a person named
    //    before; AddDescribedRoles finds whom, once the whole article is read.
    if (holders.empty() && !other_role && left > 0 && v_.IsDeterminer(left - 1) && !Plural(i, role) &&
        !DativePlural(i, role) && !GenitiveOfAnotherNoun(left) && !v_.quoted(i)) {
      const std::string& article = v_.folded(left - 1);
      const bool definite = article == "der" || article == "die" || article == "den" || article == "dem" ||
                            article == "des";
      const bool after_preposition = left >= 2 && IsAnyPreposition(v_.folded(left - 2));
      if (definite && !after_preposition) {
        descriptions.push_back({sentence_, left, i, label, of, role.feminine || article == "die"});
      }
    }
    // "Die Außenminister Deutschlands und Frankreichs, X und Y": one owner each, in order.
    std::vector<std::optional<std::size_t>> owners(holders.size(), of);
    if (complement && of == complement && holders.size() > 1) {
      std::vector<std::size_t> coordinated{*complement};
      std::size_t k = v_.mention(*complement).last_token;
      while (k + 1 < v_.size() && (v_.folded(k) == "und" || v_.word(k) == ",")) {
        const auto next = v_.NameStartingAt(k + 1);
        if (!next || IsPerson(v_, next)) break;
        coordinated.push_back(*next);
        k = v_.mention(*next).last_token;
      }
      if (coordinated.size() > 1) {
        for (std::size_t n = 0; n < owners.size(); ++n) {
          owners[n] = coordinated.size() == holders.size() ? std::optional<std::size_t>(coordinated[n]) : std::nullopt;
        }
      }
    }
    // "seine Amtskollegen X (Finnland), Y (Schweden)": a state in brackets after each holder is theirs.
    for (std::size_t n = 0; n < holders.size() && holders.size() > 1; ++n) {
      const std::size_t after = v_.mention(holders[n]).last_token;
      if (owners[n] || after + 2 >= v_.size() || v_.word(after) != "(" || v_.word(after + 2) != ")") continue;
      const auto state = v_.NameStartingAt(after + 1);
      if (state && v_.mention(*state).is_country) owners[n] = state;
    }
    for (std::size_t n = 0; n < holders.size(); ++n) {
      const std::size_t h = holders[n];
      if (owners[n] && *owners[n] == h) continue;
      RoleFact fact;
      fact.person = h;
      fact.label = label;
      // "die Sprecherinnen und Sprecher der Fraktionen, Anna Berg (CDU), Max Ott (SPD)", "die
      // Bürgermeister X und Y": a woman of a plural's list holds the feminine office.
      if (holders.size() > 1 && (Plural(i, role) || DativePlural(i, role)) && GenderOf(h) == 'f') {
        fact.label = FeminineOf(label);
      }
      fact.of = owners[n];
      fact.sentence = sentence_;
      fact.first_token = left;
      fact.token = i;
      out.push_back(std::move(fact));
    }
  }

  // "seine Frau Lena Graf", "ihr Mann Max Ott": after a possessive, "Frau" and "Mann" before a
  // name are a spouse ("Ehefrau", "Ehemann"), not the title "Frau".
  std::optional<recognition::RoleMatch> SpouseAt(std::size_t i) const {
    const std::string& w = v_.folded(i);
    if ((w != "frau" && w != "mann") || i == 0 || i + 1 >= v_.size()) return std::nullopt;
    const std::string& possessive = v_.folded(i - 1);
    if (!possessive.starts_with("sein") && !possessive.starts_with("ihr")) return std::nullopt;
    if (!IsPerson(v_, v_.NameStartingAt(i + 1))) return std::nullopt;
    return lex_.MatchRole(w == "frau" ? "Ehefrau" : "Ehemann");
  }

  // A monarch's title, named with the state after the name ("Königin Silvia von Schweden").
  static bool IsMonarch(std::string_view lemma) {
    const std::string f = text::FoldForMatch(lemma);
    return f == "könig" || f == "königin" || f == "fürst" || f == "fürstin" || f == "kronprinz" ||
           f == "kronprinzessin" || f == "grossherzog" || f == "grossherzogin" || f == "kaiser" || f == "kaiserin";
  }

  // "Königin Silvia von Schweden", "König Olaf und Königin Sonja von Norwegen": the state after
  // the name, also after a consort named with their own title.
  std::optional<std::size_t> StateAfterMonarch(std::size_t after) const {
    std::size_t k = after;
    if (k + 2 < v_.size() && v_.folded(k) == "und" && v_.upper(k + 1)) {
      const auto consort_title = lex_.MatchRole(v_.word(k + 1));
      const auto consort = v_.NameStartingAt(k + 2);
      if (consort_title && consort_title->noun && IsMonarch(consort_title->noun->lemma) && IsPerson(v_, consort)) {
        k = v_.mention(*consort).last_token;
      }
    }
    if (k + 1 >= v_.size() || v_.folded(k) != "von") return std::nullopt;
    const auto state = v_.NameStartingAt(k + 1);
    if (!state || !v_.mention(*state).is_country) return std::nullopt;
    return state;
  }

  // "Die Expertin Lena Graf vom Kieler Institut X", "Ökonom Max Ott von der Bank Y", "Referent
  // Jan Berg aus dem Umweltministerium": the organization right after the holder's name. A party
  // is no employer ("Max Ott von der SPD").
  std::optional<std::size_t> OrganizationAfterName(std::size_t after) const {
    if (after >= v_.size()) return std::nullopt;
    const std::string& f = v_.folded(after);
    std::size_t k = after + 1;
    if (f == "von" || f == "bei" || f == "aus") {
      if (k >= v_.size() || (v_.folded(k) != "der" && v_.folded(k) != "dem")) return std::nullopt;
      ++k;
    } else if (f != "vom" && f != "beim") {
      return std::nullopt;
    }
    // One adjective may stand before the name ("vom Berliner Institut X").
    for (std::size_t steps = 0; k < v_.size() && steps < 2; ++steps, ++k) {
      const auto name = v_.NameStartingAt(k);
      if (name) {
        const auto& m = v_.mention(*name);
        if (m.type != EntityType::Organization) return std::nullopt;
        const recognition::NamedThing* known = lex_.FindCanonical(m.canonical);
        if (known && known->kind == "party") return std::nullopt;
        return name;
      }
      if (v_.IsPunct(k)) return std::nullopt;
    }
    return std::nullopt;
  }

  // Whether the role noun at i is a plural: "die Ministerpräsidenten", "die Außenminister" (a
  // masculine noun after "die"), or a form that is only plural.
  bool Plural(std::size_t i, const recognition::RoleMatch& role) const {
    if (role.plural || AfterItsFemininePlural(i)) return true;
    std::size_t k = i;
    while (k > 0 && !v_.upper(k - 1) && !v_.IsDeterminer(k - 1) && !v_.IsPunct(k - 1)) --k;  // adjectives
    // "die Minister", "seine Amtskollegen" (the singular's possessive is "sein", "seinen").
    if (k == 0 || role.feminine) return false;
    const std::string& before = v_.folded(k - 1);
    return before == "die" || before == "seine" || before == "ihre" || before == "unsere" || before == "meine";
  }

  // The gender of person mention m's given name ('f', 'm'; 0 when unknown).
  char GenderOf(std::size_t m) const {
    const std::string& surface = v_.mention(m).surface;
    return lex_.GenderOfFirstName(std::string_view(surface).substr(0, surface.find(' ')));
  }

  // "Bürgermeisterin" of "Bürgermeister": a one-word office's feminine the lexicon knows, else
  // `label` itself ("Landrat": "Landrätin" is no ending away).
  std::string FeminineOf(const std::string& label) const {
    if (label.find(' ') != std::string::npos) return label;
    const std::string feminine = label + "in";
    const auto match = lex_.MatchRole(feminine);
    return match && match->feminine && match->nominative == feminine ? feminine : label;
  }

  // "die Sprecherinnen und Sprecher": the role noun at i after its feminine plural and "und",
  // both genders' holders.
  bool AfterItsFemininePlural(std::size_t i) const {
    return i >= 2 && v_.folded(i - 1) == "und" && v_.folded(i - 2) == v_.folded(i) + "innen";
  }

  // "den Ministern", "den Botschaftern": a dative plural, told by the article and the ending
  // the singular lacks.
  bool DativePlural(std::size_t i, const recognition::RoleMatch& role) const {
    std::size_t k = i;
    while (k > 0 && !v_.upper(k - 1) && !v_.IsDeterminer(k - 1) && !v_.IsPunct(k - 1)) --k;  // adjectives
    const std::string& word = v_.folded(i);
    return k > 0 && v_.folded(k - 1) == "den" && !role.feminine && word.ends_with("n") &&
           !text::FoldForMatch(role.nominative).ends_with("n") && !word.ends_with("en");
  }

  // "Ein Sprecher Meiers sagte": a person in the genitive that no noun follows is whose the
  // role is, not who holds it ("Präsident Putins Besuch" is Putin's visit, and his office).
  bool PersonInGenitiveAlone(std::size_t name) const {
    const auto& m = v_.mention(name);
    const std::string_view surface = m.surface, canonical = m.canonical;
    const std::string_view written = surface.substr(surface.rfind(' ') + 1);
    const std::string_view base = canonical.substr(canonical.rfind(' ') + 1);
    if (written.size() != base.size() + 1 || !written.starts_with(base) || !written.ends_with("s")) return false;
    const std::size_t after = m.last_token;
    return after >= v_.size() || !v_.upper(after) || v_.IsPunct(after);
  }

  // Whether the role starting at `left` is the genitive complement of a role or kinship noun
  // before it: "der Sprecher des Kanzlers", "die Frau des Bundespräsidenten".
  bool GenitiveOfAnotherNoun(std::size_t left) const {
    if (left < 2 || (v_.folded(left - 1) != "des" && v_.folded(left - 1) != "der")) return false;
    const std::size_t noun = left - 2;
    if (!v_.upper(noun) || v_.NameAt(noun)) return false;
    const std::string& f = v_.folded(noun);
    return lex_.MatchRole(v_.word(noun)) || f == "frau" || f == "ehefrau" || f == "mann" || f == "ehemann" ||
           f == "witwe" || f == "sohn" || f == "tochter";
  }

  // After the first holder of a listed apposition, the others: ", Name (Partei)" and a last
  // "und Name"; the list ends at anything else.
  void AddListedHolders(std::size_t first, std::vector<std::size_t>& holders) const {
    std::size_t k = v_.mention(first).last_token;
    while (k < v_.size()) {
      if (k + 2 < v_.size() && v_.word(k) == "(" && v_.word(k + 2) == ")") k += 3;  // "(CDU)"
      if (k + 1 >= v_.size() || (v_.word(k) != "," && v_.folded(k) != "und")) return;
      const bool last = v_.folded(k) == "und";
      const auto next = v_.NameStartingAt(k + 1);
      if (!IsPerson(v_, next)) return;
      holders.push_back(*next);
      k = v_.mention(*next).last_token;
      if (last) return;
    }
  }

  static bool IsCopula(std::string_view w) {
    return w == "ist" || w == "war" || w == "wird" || w == "wurde" || w == "bleibt" || w == "sei";
  }

  // The person a copula ("ist", "war", "wird", "bleibt") gives the role noun starting at
  // `left`, over up to four words of time or degree between them ("seit 2021", "bereits").
  // The person "als" at `als` describes: named right before it ("Graf als Direktorin"), before
  // the finite verb and adverbs in between ("Graf ist seit Mai als ..."), or before the relative
  // pronoun after a comma ("Graf, die als ..."); else none.
  std::optional<std::size_t> SubjectBeforeAls(std::size_t als) const {
    for (std::size_t k = als; k > 0 && als - k < 5; --k) {
      const std::size_t prev = k - 1;
      if (auto name = v_.NameAt(prev)) {
        if (!IsPerson(v_, name) || v_.mention(*name).last_token != k) return std::nullopt;
        return name;
      }
      const std::string& w = v_.folded(prev);
      if ((w == "die" || w == "der") && prev >= 2 && v_.word(prev - 1) == ",") {
        const auto name = v_.NameAt(prev - 2);
        if (IsPerson(v_, name) && v_.mention(*name).last_token == prev - 1) return name;
        return std::nullopt;
      }
      // "gilt als Kronprinz", "sieht sich als Anwalt": what one is taken for, no office.
      if (w.starts_with("gilt") || w.starts_with("galt") || w.starts_with("gelten") || w.starts_with("sieh") ||
          w.starts_with("sah") || w == "sich") {
        return std::nullopt;
      }
      if (v_.IsPunct(prev) || v_.upper(prev) || v_.IsDeterminer(prev)) return std::nullopt;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> PredicateSubject(std::size_t left) const {
    auto copula = [&](std::size_t k) { return IsCopula(v_.folded(k)); };
    auto adverbial = [&](std::size_t k) {
      const std::string& w = v_.folded(k);
      if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return true;
      for (std::string_view a : {"seit", "bereits", "erst", "nun", "inzwischen", "noch", "schon", "jetzt",
                                 "derzeit", "künftig", "weiterhin", "auch", "wieder"}) {
        if (w == a) return true;
      }
      return text::MonthOfName(w) != 0;
    };
    for (std::size_t k = left; k > 0 && left - k < 5; --k) {
      std::size_t prev = k - 1;
      // "ist Lena Graf (CDU) Landrätin": the party in brackets after the name.
      if (k == left && prev >= 3 && v_.word(prev) == ")" && v_.word(prev - 2) == "(") {
        k = prev - 2;
        prev = k - 1;
      }
      if (v_.IsPunct(prev) || v_.IsDeterminer(prev)) return std::nullopt;
      if (auto name = v_.NameAt(prev)) {
        // "Seit Mai ist Lena Graf Ministerin": the name between the copula and the role.
        const auto& m = v_.mention(*name);
        if (m.type != EntityType::Person || m.last_token != k || m.first_token == 0 ||
            !copula(m.first_token - 1)) {
          return std::nullopt;
        }
        return name;
      }
      if (copula(prev)) {
        if (prev == 0) return std::nullopt;
        std::size_t end = prev;
        // "Lena Graf, 58, ist Ärztin": her age between commas after the name.
        if (end >= 4 && v_.word(end - 1) == "," && v_.word(end - 3) == "," &&
            std::isdigit(static_cast<unsigned char>(v_.word(end - 2)[0]))) {
          end -= 3;
        }
        const auto name = v_.NameAt(end - 1);
        if (!IsPerson(v_, name) || v_.mention(*name).last_token != end) return std::nullopt;
        return name;
      }
      if (!adverbial(prev)) return std::nullopt;
    }
    return std::nullopt;
  }

  // 'm' or 'f' when a copula gives the role noun starting at `left` to "er" or "sie" right
  // before it ("ist er Vorsitzender", "Sie ist Ärztin"; "sie" not in the plural, "sie sind"), over
  // up to four words of time or degree ("ist sie seit 2019 Chefin"); else 0.
  char PredicatePronoun(std::size_t left) const {
    auto pronoun = [&](std::size_t k) -> char {
      const std::string& w = v_.folded(k);
      return w == "er" ? 'm' : w == "sie" ? 'f' : 0;
    };
    std::size_t k = left;
    while (k > 0 && left - k < 4 && !v_.IsPunct(k - 1) &&
           (!v_.upper(k - 1) || text::MonthOfName(v_.folded(k - 1)) != 0) && !pronoun(k - 1) &&
           !IsCopula(v_.folded(k - 1))) {
      --k;  // "seit", "2019", "bereits", "Mai"
    }
    if (k < 2) return 0;
    if (pronoun(k - 1) && IsCopula(v_.folded(k - 2))) return pronoun(k - 1);
    if (IsCopula(v_.folded(k - 1)) && pronoun(k - 2)) return pronoun(k - 2);
    return 0;
  }

  // The person before ", der" or ", die" whose relative clause ends with the role from `left`
  // to `right` and a copula ("X, der bis Jahresende Chef der Y AG ist,"): up to eight words
  // (no comma) between the pronoun and the role.
  std::optional<std::size_t> RelativeClauseSubject(std::size_t left, std::size_t right) const {
    if (right >= v_.size() || !IsCopula(v_.folded(right))) return std::nullopt;
    if (right + 1 < v_.size() && !v_.IsPunct(right + 1)) return std::nullopt;
    for (std::size_t k = left; k >= 3 && left - k < 8; --k) {
      if (v_.IsPunct(k - 1)) return std::nullopt;
      const std::string& pronoun = v_.folded(k - 1);
      if ((pronoun == "der" || pronoun == "die") && v_.word(k - 2) == ",") {
        const auto name = v_.NameAt(k - 3);
        if (IsPerson(v_, name) && v_.mention(*name).last_token == k - 2) return name;
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  const SentenceAnnotation& v_;
  const recognition::Lexicons& lex_;
  std::size_t sentence_;
  const std::set<std::string>& surnames_in_s_;
  std::optional<std::pair<std::size_t, std::size_t>> shared_owner_;  // (role token, owner)
};

// "Außenministerin Eva Lind traf ihren ägyptischen Amtskollegen Max Ott": Max Ott holds the
// minister's office the person named before him holds (without "Bundes"), in his own gender.
// Only ministers: a head of government's colleague may hold another title.
void NameColleaguesOffice(const std::vector<SentenceAnnotation>& sentences, std::vector<RoleFact>& roles) {
  for (RoleFact& role : roles) {
    const std::string folded = text::FoldForMatch(role.label);
    if (folded != "amtskollege" && folded != "amtskollegin") continue;
    const SentenceAnnotation& s = sentences[role.sentence];
    std::optional<std::size_t> colleague;
    for (std::size_t m : s.mentions()) {
      const auto& men = s.mention(m);
      if (men.type == EntityType::Person && men.kind == MentionKind::Name && men.last_token <= role.first_token) {
        colleague = m;
      }
    }
    if (!colleague) continue;
    const std::string& name = s.mention(*colleague).canonical;
    const RoleFact* office = nullptr;
    for (const RoleFact& other : roles) {
      if (other.sentence > role.sentence) break;
      const std::string label = text::FoldForMatch(other.label);
      if (s.mention(other.person).canonical == name &&
          (label.ends_with("minister") || label.ends_with("ministerin"))) {
        office = &other;
      }
    }
    if (!office) continue;
    std::string label = office->label;
    if (label.starts_with("Bundes") && label.size() > 6 && label[6] >= 'a' && label[6] <= 'z') {
      label = static_cast<char>(label[6] - 'a' + 'A') + label.substr(7);
    }
    const bool feminine = folded == "amtskollegin";
    if (feminine && !label.ends_with("in")) label += "in";
    if (!feminine && label.ends_with("ministerin")) label.resize(label.size() - 2);
    role.label = label;
  }
}

}  // namespace

std::vector<RoleFact> ExtractRoles(const std::vector<SentenceAnnotation>& sentences,
                                   const recognition::Lexicons& lexicons,
                                   std::vector<RoleDescription>* descriptions) {
  std::vector<RoleFact> roles;
  std::vector<RoleDescription> found;
  std::set<std::string> surnames_in_s;
  for (const SentenceAnnotation& sentence : sentences) {
    for (std::size_t m : sentence.mentions()) {
      const recognition::Mention& men = sentence.mention(m);
      const std::size_t space = men.canonical.rfind(' ');
      if (men.type == EntityType::Person && space != std::string::npos && men.canonical.ends_with("s")) {
        surnames_in_s.insert(men.canonical.substr(space + 1));
      }
    }
  }
  for (const SentenceAnnotation& sentence : sentences) {
    RoleReader(sentence, lexicons, surnames_in_s).Read(roles, found);
  }
  NameColleaguesOffice(sentences, roles);
  if (descriptions) *descriptions = std::move(found);
  return roles;
}

}  // namespace newskg::extraction
