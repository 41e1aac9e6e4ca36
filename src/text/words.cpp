#include "text/words.h"

#include <algorithm>

#include "text/utf8.h"

namespace newskg::text {

std::vector<std::string_view> SplitWords(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    if (j > i) words.push_back(phrase.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string JoinWords(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}

bool IsRomanNumeral(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  for (char ch : word) {
    if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L' && ch != 'C') return false;
  }
  return true;
}

bool IsRegnalNumber(std::string_view token) {
  return token.size() >= 2 && token.back() == '.' && IsRomanNumeral(token.substr(0, token.size() - 1));
}

bool IsLinkWordOfName(std::string_view word) {
  return word == "für" || word == "und" || word == "der" || word == "des" || word == "die" || word == "von" ||
         word == "zur" || word == "zum";
}

bool IsSwissCantonCode(std::string_view word) {
  static constexpr std::string_view kCantons[] = {"AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL",
                                                  "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH", "SO",
                                                  "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH"};
  return word.size() == 2 && std::find(std::begin(kCantons), std::end(kCantons), word) != std::end(kCantons);
}

bool IsApostrophe(std::string_view token) { return token == "'" || token == "’"; }

namespace {

std::string Initials(std::string_view name, bool spell_fuer) {
  std::string out;
  for (std::string_view word : SplitWords(name)) {
    if (spell_fuer && word == "für") {
      out += 'f';
      continue;
    }
    if (IsLinkWordOfName(word)) continue;
    for (std::size_t at = 0; at <= word.size();) {
      const std::size_t dash = std::min(word.find('-', at), word.size());
      const std::string_view part = word.substr(at, dash - at);
      if (part.empty() || !StartsUpper(part)) return "";
      const CodePoint first = DecodeAt(part, 0);
      out += FoldForMatch(part.substr(0, first.length));
      at = dash + 1;
    }
  }
  return out;
}

}  // namespace

bool InflectsStem(std::string_view word, std::string_view stem) {
  if (!word.starts_with(stem)) return false;
  const std::string_view ending = word.substr(stem.size());
  return ending.empty() || ending == "e" || ending == "en" || ending == "em" || ending == "er" || ending == "es";
}

std::string NameInitials(std::string_view name) { return Initials(name, false); }

std::string NameInitialsWithFuer(std::string_view name) { return Initials(name, true); }

bool IsAcronym(std::string_view word) {
  std::size_t upper = 0;
  bool first_upper = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto ch = static_cast<unsigned char>(word[i]);
    const auto next = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
    bool is_upper = false;
    if (ch >= 'A' && ch <= 'Z') {
      is_upper = true;
    } else if (ch == 0xC3 && next >= 0x80 && next <= 0x9E) {
      is_upper = true;  // "Ä", "Ö", "Ü" and the other capitals U+00C0-U+00DE
      ++i;
    } else if (ch < 0x80 && !(ch >= 'a' && ch <= 'z')) {
      return false;
    }
    if (i == 0 || (i == 1 && ch == 0xC3)) first_upper = is_upper;
    upper += is_upper ? 1 : 0;
  }
  const std::size_t letters = CodePointCount(word);
  return first_upper && upper >= 2 && letters >= 2 && letters <= 6;
}

int MonthOfName(std::string_view folded) {
  static constexpr std::string_view kMonths[] = {"januar", "februar", "märz",     "april",   "mai",      "juni",
                                                 "juli",   "august",  "september", "oktober", "november", "dezember"};
  for (int i = 0; i < 12; ++i) {
    if (folded == kMonths[i]) return i + 1;
  }
  return folded == "jänner" ? 1 : folded == "feber" ? 2 : 0;  // Austrian
}

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> endings) {
  for (std::string_view ending : endings) {
    if (word.ends_with(ending)) return true;
  }
  return false;
}

}  // namespace newskg::text
