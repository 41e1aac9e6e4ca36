#include "resolution/cluster_key.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <utility>
#include <vector>

#include "recognition/association_nouns.h"
#include "recognition/function_words.h"
#include "resolution/name_key.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::resolution {
namespace {

bool IsInitial(std::string_view word) { return word.size() == 2 && word[1] == '.'; }

// Whether a surname key reads like an East Slavic name ("hnatov", "shmihal", "tkachenko",
// "kovalchuk", "selenski"), where Ukrainian "h" and Russian "g" spell one letter.
bool EastSlavic(std::string_view raw_surname, std::string_view key) {
  for (std::string_view ending : {"ov", "ev", "enko", "uk", "ik", "ski", "ich"}) {
    if (key.size() > ending.size() + 2 && key.ends_with(ending)) return true;
  }
  // A "y" between consonants is no German spelling ("Schmyhal", "Tymoschenko").
  auto consonant = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) && !std::strchr("aeiouyAEIOUY", c);
  };
  for (std::size_t i = 1; i + 1 < raw_surname.size(); ++i) {
    if (raw_surname[i] == 'y' && consonant(raw_surname[i - 1]) && consonant(raw_surname[i + 1])) {
      return true;
    }
  }
  return false;
}

std::string FoldGToH(std::string key) {
  for (char& c : key) {
    if (c == 'g') c = 'h';
  }
  return key;
}

// Legal forms that do not tell companies apart ("Norwell Chemical Corporation" = "Norwell
// Chemical", "Musterbau AG" = "Musterbau", "Fjordbygg AS" = "Fjordbygg").
bool IsLegalForm(std::string_view word) {
  for (std::string_view form : {"ag", "se", "gmbh", "kg", "kgaa", "ug", "inc", "corp",
                                "corporation", "ltd", "limited", "llc", "plc", "co", "sa", "nv",
                                "bv", "spa", "sas", "oyj", "ab", "asa", "as", "mbh", "ggmbh", "ohg", "eg", "gbr"}) {
    if (word == form) return true;
  }
  return false;
}

}  // namespace

PersonName SplitPersonName(std::string_view canonical) {
  std::vector<std::string_view> words;
  for (std::string_view w : text::SplitWords(canonical)) {
    if (!IsInitial(w)) words.push_back(w);
  }
  // "Rodrigo Alvarez Jr.", "Alvarez Jr.": a generation's mark is no surname; so is a number
  // after a full name ("John Rockefeller III"; a ruler's "Karl III." is his name and number).
  while (words.size() >= 2) {
    const std::string_view mark = words.back();
    const bool generation = mark == "Jr." || mark == "Jr" || mark == "Sr." || mark == "Sr" || mark == "jr." ||
                            mark == "sen." || mark == "jun." || mark == "Jun." || mark == "Sen.";
    const bool number = words.size() >= 3 && (mark == "II" || mark == "III" || mark == "IV");
    if (!generation && !number) break;
    words.pop_back();
  }
  PersonName name;
  if (words.empty()) return name;
  // An Arabic patronymic is keyed on the father's name, which every form of the name keeps
  // ("Tamim bin Hamad", "Tamim bin Hamad Al Thani"); "al-Thani" and "Al Thani" are one surname,
  // keyed without the article.
  auto without_article = [](std::string_view word) {
    for (std::string_view article : {"al-", "Al-", "el-", "El-", "as-", "ad-", "ar-", "asch-", "at-", "az-", "an-"}) {
      if (word.size() > article.size() + 1 && word.starts_with(article)) return word.substr(article.size());
    }
    return word;
  };
  // "Al Thani" alone is a family name, not a given name and a surname; so is a surname after a
  // particle ("De Wever", "Van Aken"): the person named by surname.
  if (words.size() == 2 && (words[0] == "Al" || words[0] == "El" || words[0] == "al" || words[0] == "el")) {
    name.last = NameKey(words[1]);
    return name;
  }
  // So is one after more particles ("Van der Bellen", "De la Cruz", "von der Decken").
  // `w` is one of `particles` (lower case), or, with `capitalised`, one with an upper-case first letter.
  auto one_of = [](std::string_view w, std::initializer_list<std::string_view> particles, bool capitalised) {
    return std::any_of(particles.begin(), particles.end(), [&](std::string_view p) {
      return w == p || (capitalised && w.size() == p.size() && !w.empty() &&
                        w[0] == std::toupper(static_cast<unsigned char>(p[0])) && w.substr(1) == p.substr(1));
    });
  };
  auto inner_particle = [&](std::string_view w) {
    return one_of(w, {"der", "den", "de", "la", "le", "van", "von"}, false);
  };
  if (words.size() >= 2 &&
      one_of(words[0], {"de", "van", "von", "di", "da", "du", "del", "della", "ten", "ter"}, true) &&
      std::all_of(words.begin() + 1, words.end() - 1, inner_particle)) {
    name.last = NameKey(words.back());
    return name;
  }
  // So is an Iberian double surname alone ("Pinto e Sousa"), keyed on its last word as the full
  // name ("Rui Pinto e Sousa") is.
  if (words.size() == 3 && recognition::JoinsDoubleSurname(words[1])) {
    name.last = NameKey(words[2]);
    return name;
  }
  if (words.size() == 2 && (words[0] == "bin" || words[0] == "ibn")) {  // "bin Salman" alone
    name.last = NameKey(words[1]);
    name.patronymic = true;
    return name;
  }
  std::string_view last = words.back();
  for (std::size_t k = 1; k + 1 < words.size(); ++k) {
    if (words[k] == "bin" || words[k] == "ibn" || words[k] == "bint") {
      last = words[k + 1];
      name.patronymic = true;
      if (k + 2 < words.size()) name.family = NameKey(without_article(words.back()));
      break;
    }
  }
  name.last = NameKey(without_article(last));
  if (words.size() > 1 && !name.last.empty()) name.first = FirstNameKey(words.front());
  if (EastSlavic(words.back(), name.last)) {
    name.last = FoldGToH(std::move(name.last));
    name.first = FoldGToH(std::move(name.first));
  }
  return name;
}

std::string FullNameKey(const PersonName& name) {
  if (name.first.empty() || name.last.empty()) return {};
  return "p/" + name.first + "-" + name.last;
}

std::string SurnameKey(std::string_view last) {
  if (last.empty()) return {};
  return "s/" + std::string(last);
}

namespace {

// "Hallertauer Hopfenpflanzerverband" is keyed as "Hopfenpflanzerverband Hallertau": a region's
// association goes by its adjective and by its name after the noun. (Not a state's "Deutscher" or
// "Bayerischer", whose association has no such second name.)
std::string RegionAfterAssociation(const std::vector<std::string_view>& words) {
  if (words.size() != 2) return {};
  const std::string_view adjective = words[0];
  if (adjective.size() < 6 || !adjective.ends_with("er") || adjective.ends_with("ischer") || adjective == "Deutscher" ||
      !text::StartsUpper(adjective) || !recognition::IsAssociationCompound(text::FoldForMatch(words[1]))) {
    return {};
  }
  return std::string(words[1]) + " " + std::string(adjective.substr(0, adjective.size() - 2));
}

}  // namespace

std::string ThingKey(std::string_view canonical) {
  std::vector<std::string_view> words = text::SplitWords(canonical);
  if (const std::string reordered = RegionAfterAssociation(words); !reordered.empty()) {
    return "t/" + PhraseNameKey(reordered);
  }
  while (words.size() > 1) {
    std::string_view last = words.back();
    if (last.ends_with(".")) last.remove_suffix(1);
    // "Kessler GmbH & Co. KG": the "&" between two legal forms goes with them.
    if (!IsLegalForm(text::FoldForMatch(last)) && !(last == "&" && words.size() < text::SplitWords(canonical).size())) {
      break;
    }
    words.pop_back();
  }
  if (!words.empty() && words.size() < text::SplitWords(canonical).size()) {
    canonical = std::string_view(words.front().data(),
                                 static_cast<std::size_t>(words.back().data() + words.back().size() -
                                                          words.front().data()));
  }
  std::string phrase = PhraseNameKey(canonical);
  if (phrase.empty()) return {};
  // "St. Kesselbrunn" is "Sankt Kesselbrunn" and "Uni Talheim" is "Universität Talheim" written
  // short.
  static const std::array<std::pair<std::string, std::string>, 2> kShortFirstWords = {
      {{PhraseNameKey("St.") + "-", PhraseNameKey("Sankt") + "-"},
       {PhraseNameKey("Uni") + "-", PhraseNameKey("Universität") + "-"}}};
  for (const auto& [short_form, full_form] : kShortFirstWords) {
    if (phrase.starts_with(short_form)) phrase = full_form + phrase.substr(short_form.size());
  }
  return "t/" + phrase;
}

bool IsPersonKey(std::string_view key) { return key.starts_with("p/") || key.starts_with("s/"); }

bool IsSurnameKey(std::string_view key) { return key.starts_with("s/"); }

std::string_view KeySlug(std::string_view key) { return key.size() > 2 ? key.substr(2) : key; }

}  // namespace newskg::resolution
