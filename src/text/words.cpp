#include "text/words.h"

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

int MonthOfName(std::string_view folded) {
  static constexpr std::string_view kMonths[] = {"januar", "februar", "märz",     "april",   "mai",      "juni",
                                                 "juli",   "august",  "september", "oktober", "november", "dezember"};
  for (int i = 0; i < 12; ++i) {
    if (folded == kMonths[i]) return i + 1;
  }
  return folded == "jänner" ? 1 : 0;
}

}  // namespace newskg::text
