#include "resolution/cluster_key.h"

#include <vector>

#include "resolution/name_key.h"
#include "text/words.h"

namespace newskg::resolution {
namespace {

bool IsInitial(std::string_view word) { return word.size() == 2 && word[1] == '.'; }

}  // namespace

PersonName SplitPersonName(std::string_view canonical) {
  std::vector<std::string_view> words;
  for (std::string_view w : text::SplitWords(canonical)) {
    if (!IsInitial(w)) words.push_back(w);
  }
  PersonName name;
  if (words.empty()) return name;
  name.last = NameKey(words.back());
  if (words.size() > 1 && !name.last.empty()) name.first = FirstNameKey(words.front());
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

std::string ThingKey(std::string_view canonical) {
  std::string phrase = PhraseNameKey(canonical);
  if (phrase.empty()) return {};
  return "t/" + phrase;
}

bool IsPersonKey(std::string_view key) { return key.starts_with("p/") || key.starts_with("s/"); }

bool IsSurnameKey(std::string_view key) { return key.starts_with("s/"); }

std::string_view KeySlug(std::string_view key) { return key.size() > 2 ? key.substr(2) : key; }

}  // namespace newskg::resolution
