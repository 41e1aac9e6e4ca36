#include "eval/name_match.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/uchar.h>

#include <array>
#include <vector>

#include "text/words.h"

namespace newskg::eval {
namespace {

// NFC, German lower case, ß -> ss, every run of Unicode white space -> one ASCII space, trimmed.
std::string FoldCase(std::string_view text) {
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(us, status);
    if (U_SUCCESS(status)) us = normalised;
  }
  us.toLower(icu::Locale::getGerman());
  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < us.length();) {
    UChar32 c = us.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !folded.isEmpty();
      continue;
    }
    if (pending_space) folded.append(static_cast<UChar>(' '));
    pending_space = false;
    if (c == 0x00DF) {
      folded.append(icu::UnicodeString(u"ss"));
    } else if (c == 0x2019 || c == 0x2018) {
      folded.append(static_cast<UChar>('\''));
    } else if (c == 0x2010 || c == 0x2011) {
      folded.append(static_cast<UChar>('-'));
    } else {
      folded.append(c);
    }
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key = FoldCase(name);
  for (std::string_view title : {"herrn ", "herr ", "frau "}) {
    if (key.size() > title.size() && key.compare(0, title.size(), title) == 0) {
      key.erase(0, title.size());
      break;
    }
  }
  if (std::string_view(key).ends_with("'")) {
    key.pop_back();
  } else if (key.size() > 2 && std::string_view(key).ends_with("s")) {
    key.pop_back();
  }
  return key;
}

std::string RoleKey(std::string_view label) {
  static constexpr std::array<std::string_view, 7> kEndings = {"en", "er", "es", "em",
                                                               "e",  "n",  "s"};
  std::string key;
  const std::string folded = FoldCase(label);
  for (std::string_view piece : text::SplitWords(folded)) {
    std::string word(piece);
    for (std::string_view ending : kEndings) {
      // Keep at least three bytes so short words ("des", "der") do not collapse to nothing.
      if (std::string_view(word).ends_with(ending) && word.size() >= ending.size() + 3) {
        word.erase(word.size() - ending.size());
        break;
      }
    }
    std::erase(word, '-');
    if (word.empty()) continue;
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

bool RoleLabelMatches(std::string_view accepted, std::string_view system_label) {
  std::string needle = RoleKey(accepted);
  return !needle.empty() && RoleKey(system_label).find(needle) != std::string::npos;
}

}  // namespace newskg::eval
