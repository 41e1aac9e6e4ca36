#include "recognition/ner/word_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/whole_file.h"
#include "recognition/ner/hashing.h"
#include "recognition/ner/word_form.h"

namespace newskg::recognition::ner {
namespace {

// Splits of a compound: the tail keeps at least this many letters, the head at least kMinHead.
constexpr std::size_t kMinTail = 4;
constexpr std::size_t kMinHead = 3;
constexpr std::size_t kMinCompound = 7;

// Inflection endings tried when a token is not itself a listed stem, shortest first.
constexpr std::string_view kEndings[] = {"s", "n", "e", "es", "en", "er", "ns", "ern"};

std::uint32_t KeyOfForm(std::string_view form) { return KeyOf(HashBytes(form)); }

// Calls line(text) for each line without its line break.
template <typename F>
void ForEachLine(const std::string& bytes, F line) {
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string_view text(bytes.data() + start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    start = end + 1;
    line(text);
  }
}

// Sorted (key, value) pairs with equal keys merged by `merge`, as a KeyTable.
template <typename Merge>
KeyTable MergedTable(std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs, Merge merge) {
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::uint32_t> keys, values;
  keys.reserve(pairs.size());
  values.reserve(pairs.size());
  for (const auto& [key, value] : pairs) {
    if (!keys.empty() && keys.back() == key) {
      values.back() = merge(values.back(), value);
    } else {
      keys.push_back(key);
      values.push_back(value);
    }
  }
  return KeyTable(keys, values);
}

}  // namespace

WordList WordList::Load(const WordListPaths& paths) {
  const std::string bytes = common::ReadWholeFile(paths.forms, "word list");
  const std::string stems = common::ReadWholeFile(paths.stems, "word list");

  std::vector<std::pair<std::uint32_t, std::uint32_t>> classes;  // form key, class
  classes.reserve(bytes.size() / 5);
  std::size_t longest_form = 0;
  ForEachLine(bytes, [&](std::string_view word) {
    if (word.empty()) return;
    classes.emplace_back(KeyOfForm(word), kSpelledSo);
    const std::string lower = Lower(word);
    longest_form = std::max({longest_form, word.size(), lower.size()});
    classes.emplace_back(KeyOfForm(lower), lower == word ? kLowerEntry : kCapitalizedEntry);
  });

  // A stem listed twice ("gehen/DIVXW", "gehen/Sozm") gets one value for both flag sets,
  // independent of their order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> flags;  // stem key, flags key
  bool count_line = true;
  ForEachLine(stems, [&](std::string_view line) {
    if (count_line || line.empty() || line[0] == '\t') {
      count_line = false;
      return;
    }
    const std::size_t slash = line.find('/');
    const std::string_view stem = line.substr(0, slash);
    const std::string_view letters = slash == std::string_view::npos ? "" : line.substr(slash + 1);
    flags.emplace_back(KeyOfForm(stem), KeyOf(Combine(HashBytes(letters), 0x5354454d)));
  });

  WordList list;
  list.forms_ = MergedTable(std::move(classes), [](std::uint32_t a, std::uint32_t b) { return a | b; });
  list.stems_ = MergedTable(std::move(flags), [](std::uint32_t a, std::uint32_t b) {
    return KeyOf(Combine(std::min(a, b), std::max(a, b)));
  });
  list.fingerprint_ = KeyOf(Combine(HashBytes(bytes), HashBytes(stems)));
  list.longest_form_ = longest_form;
  return list;
}

std::uint8_t WordList::Find(std::string_view form) const {
  const std::uint32_t value = forms_.Find(KeyOfForm(form));
  return value == KeyTable::kMissing ? 0 : static_cast<std::uint8_t>(value);
}

std::uint8_t WordList::Classify(std::string_view token, std::string_view lower) const {
  if (empty()) return 0;
  const std::uint8_t spelled = Find(token) & kSpelledSo;
  const std::uint8_t folded = Find(lower) & (kCapitalizedEntry | kLowerEntry);
  if ((spelled | folded) != 0) return spelled | folded;

  // German writes compounds as one word: "Kriegsschreiben" is unknown to the list, yet a common
  // noun, unlike an unknown name. Head as written (with a linking "s"), tail in lower case.
  std::vector<std::size_t> starts;
  CodePointStarts(lower, starts);
  const std::size_t chars = starts.size() - 1;
  if (chars < kMinCompound || token.size() != lower.size()) return 0;
  // Only parts as long as a listed form can be listed: in a very long token only the cuts near
  // its end are tried, so that the work stays linear in the token's length.
  for (std::size_t cut = kMinHead; cut + kMinTail <= chars; ++cut) {
    if (starts[cut] > longest_form_ + 1) break;  // the head (less a linking "s") is too long
    if (lower.size() - starts[cut] > longest_form_) continue;
    if ((Find(lower.substr(starts[cut])) & (kCapitalizedEntry | kLowerEntry)) == 0) continue;
    const std::string_view head = token.substr(0, starts[cut]);
    if ((Find(head) & kSpelledSo) != 0) return kCompoundOfKnown;
    if (head.size() > kMinHead && head.back() == 's' &&
        (Find(head.substr(0, head.size() - 1)) & kSpelledSo) != 0) {
      return kCompoundOfKnown;
    }
  }
  return 0;
}

std::uint32_t WordList::StemFlags(std::string_view token) const {
  if (empty()) return 0;
  std::uint32_t flags = stems_.Find(KeyOfForm(token));
  if (flags != KeyTable::kMissing) return flags;
  for (std::string_view ending : kEndings) {
    if (token.size() < ending.size() + 3 || token.substr(token.size() - ending.size()) != ending) continue;
    flags = stems_.Find(KeyOfForm(token.substr(0, token.size() - ending.size())));
    if (flags != KeyTable::kMissing) return KeyOf(Combine(flags, HashBytes(ending)));
  }
  return kNoStem;
}

}  // namespace newskg::recognition::ner
