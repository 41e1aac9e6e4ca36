#include "recognition/name_declension.h"

#include <algorithm>
#include <array>
#include <optional>

#include "text/utf8.h"

namespace newskg::recognition {
namespace {

enum class Gender { Masculine, Feminine, Neuter };

// Head nouns of neuter names ("das Weiße Haus", "das Europäische Parlament"); any other noun after
// "dem" or "des" is taken as masculine, the more frequent gender of such names.
constexpr auto kNeuterEndings = std::to_array<std::string_view>({
    "haus", "amt", "institut", "ministerium", "zentrum", "werk", "gericht", "komitee", "kreuz",
    "fernsehen", "parlament", "land", "museum", "theater", "klinikum", "gymnasium", "kabinett",
    "forum", "büro", "bündnis", "netzwerk", "kommando", "hauptquartier", "sekretariat",
    "präsidium", "archiv", "orchester", "festival", "stadion", "meer", "gebirge", "tal",
    "becken", "reich", "königreich", "fürstentum", "emirat", "kollegium", "gremium", "konsortium",
    "unternehmen", "zentralkomitee", "observatorium", "labor", "krankenhaus", "hospital",
    "schloss", "kloster", "palais", "hotel", "stift", "gebäude", "departement",
});

bool EndsWith(std::string_view word, std::string_view ending) {
  return word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending;
}

Gender MasculineOrNeuter(std::string_view noun) {
  const std::string lower = text::ToLower(noun);
  for (std::string_view ending : kNeuterEndings) {
    if (lower == ending || EndsWith(lower, ending)) return Gender::Neuter;
  }
  return Gender::Masculine;
}

// The noun without the genitive ending of "des": "Sportbundes" -> "Sportbund", "Parlaments" ->
// "Parlament".
std::string WithoutGenitive(const std::string& noun) {
  // "Bündnisses" -> "Bündnis", "Komitees" -> "Komitee"; "Campus" and "Schloss" are no genitives.
  if (EndsWith(noun, "nisses")) return noun.substr(0, noun.size() - 3);
  if (EndsWith(noun, "ees")) return noun.substr(0, noun.size() - 1);
  if (EndsWith(noun, "us") || (EndsWith(noun, "ss") && !EndsWith(noun, "sses"))) return noun;
  // "Rates" -> "Rat", "Amtes" -> "Amt": a short noun's "es" after a consonant too.
  const bool short_es = noun.size() == 5 && std::string_view("aeiouy").find(noun[2]) == std::string_view::npos;
  if (EndsWith(noun, "es") && (noun.size() >= 6 || short_es)) return noun.substr(0, noun.size() - 2);
  if (EndsWith(noun, "s") && noun.size() >= 5) return noun.substr(0, noun.size() - 1);
  return noun;
}

// Names are runs of capitalized words; a lower-case ASCII start is a particle or a verb form.
bool Capitalized(const std::string& word) { return !word.empty() && !(word[0] >= 'a' && word[0] <= 'z'); }

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

}  // namespace

std::string NominativeOfName(const std::vector<std::string>& words, std::string_view determiner) {
  if (words.size() < 2) return Join(words);
  // A company's name ends in an acronym or legal form ("der Volkswagen AG"); its words are no
  // adjectives to decline.
  const std::string& last = words.back();
  if (last.size() <= 5 && std::any_of(last.begin() + 1, last.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
    // Except an adjective in "-isch" before its noun: "der Deutschen Bank AG" is "Deutsche Bank AG".
    if (words.size() >= 3 && EndsWith(words.front(), "schen")) {
      return NominativeOfName({words.begin(), words.end() - 1}, determiner) + " " + last;
    }
    return Join(words);
  }
  // What the determiner says of the adjectives' ending and the noun's gender.
  std::string_view declined;  // the adjectives' ending in this case
  std::optional<Gender> gender;
  bool genitive = false;
  if (determiner == "der" || determiner == "zur") {
    // "der Rheinischen Zeitung" (feminine dative or genitive; a genitive plural ends the same).
    declined = "en";
    gender = Gender::Feminine;
    if (determiner == "der" && std::all_of(words.begin(), words.end() - 1, [](const std::string& w) {
          return EndsWith(w, "e") && !EndsWith(w, "en");
        })) {
      declined = "e";  // "der Bayerische Rundfunk": masculine nominative
      gender = Gender::Masculine;
    }
  } else if (determiner == "das") {
    declined = "e";
    gender = Gender::Neuter;
  } else if (determiner == "dem" || determiner == "im" || determiner == "am" || determiner == "vom" ||
             determiner == "zum" || determiner == "beim") {
    declined = "en";
    gender = MasculineOrNeuter(words.back());
  } else if (determiner == "den" && !EndsWith(words.back(), "n")) {
    // "an den Grossen Rat": masculine accusative; a noun in "-n" may be a dative plural ("den
    // Vereinigten Staaten") or singular ("den Nahen Osten").
    declined = "en";
    gender = Gender::Masculine;
  } else if (determiner == "des") {
    declined = "en";
    genitive = true;
    gender = MasculineOrNeuter(WithoutGenitive(words.back()));
  } else {
    return Join(words);
  }
  // The head noun is the first word after the declined adjectives; words after it name the
  // place the institution is of and are not declined ("der Freien Universität Berlin").
  std::size_t head = 0;
  while (head + 1 < words.size() && Capitalized(words[head]) && EndsWith(words[head], declined)) ++head;
  // The words after the head: a town, or what the institution is for ("der Deutschen
  // Gesellschaft für Internationale Zusammenarbeit").
  auto tail_word = [](const std::string& w) {
    return Capitalized(w) || w == "für" || w == "und" || w == "der" || w == "des" || w == "von";
  };
  if (head == 0) {
    // "des Landessportbunds Nordrhein-Westfalen", "des Vereins Deutscher Ingenieure": a head noun
    // in the genitive with no adjective before it.
    if (!genitive || !Capitalized(words[0]) || !std::all_of(words.begin() + 1, words.end(), tail_word) ||
        !Capitalized(words.back())) {
      return Join(words);
    }
    std::vector<std::string> out = words;
    out[0] = WithoutGenitive(out[0]);
    return Join(out);
  }
  if (head + 1 < words.size() && !EndsWith(words[head], declined)) {
    if (!std::all_of(words.begin() + head, words.end(), tail_word) || !Capitalized(words.back())) return Join(words);
    if (*gender != Gender::Feminine && determiner != "das") {
      // "des Eidgenössischen Justiz- und Polizeidepartements": a truncated word's gender is its
      // compound's at the end.
      const std::string& noun = words[head].ends_with('-') ? words.back() : words[head];
      gender = MasculineOrNeuter(genitive ? WithoutGenitive(noun) : noun);
    }
  } else if (head + 1 < words.size()) {
    return Join(words);
  }
  std::vector<std::string> out = words;
  for (std::size_t i = 0; i < head; ++i) {
    std::string stem = out[i].substr(0, out[i].size() - declined.size());
    switch (*gender) {
      case Gender::Masculine: out[i] = stem + "er"; break;
      case Gender::Feminine: out[i] = stem + "e"; break;
      case Gender::Neuter: out[i] = stem + "es"; break;
    }
  }
  if (!Capitalized(out[head])) return Join(words);
  if (genitive) out[head] = WithoutGenitive(out[head]);
  return Join(out);
}

}  // namespace newskg::recognition
