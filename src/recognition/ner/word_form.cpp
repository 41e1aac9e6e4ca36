#include "recognition/ner/word_form.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newskg::recognition::ner {
namespace {

// ASCII and Latin-1 letters (two bytes starting 0xC3), the bulk of German text.
bool IsAsciiOrLatin1(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) continue;
    if (c != 0xC3 || i + 1 >= word.size()) return false;
    const auto next = static_cast<unsigned char>(word[++i]);
    if (next < 0x80 || next > 0xBF) return false;
  }
  return true;
}

// Calls f(code point) for each code point; malformed bytes come as U+FFFD-like negatives.
template <typename F>
void ForEachCodePoint(std::string_view word, F f) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    f(c);
  }
}

char ClassOf(UChar32 c) {
  if (c < 0) return 'o';
  if (c < 0x80) {  // what ICU answers for ASCII, without asking it
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return static_cast<char>(c);
  }
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_islower(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  if (c < 0x80) return static_cast<char>(c);
  return u_isalpha(c) ? 'x' : 'o';
}

}  // namespace

std::string Lower(std::string_view word) {
  if (IsAsciiOrLatin1(word)) {
    // U+00C0..U+00DE (but U+00D7, the multiplication sign) lower-case to 32 code points on,
    // as ICU does; the rest of Latin-1 is lower-case already.
    std::string out(word);
    for (std::size_t i = 0; i < out.size(); ++i) {
      const auto c = static_cast<unsigned char>(out[i]);
      if (c >= 'A' && c <= 'Z') {
        out[i] = static_cast<char>(c - 'A' + 'a');
      } else if (c == 0xC3) {
        const auto next = static_cast<unsigned char>(out[++i]);
        if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i] = static_cast<char>(next + 0x20);
      }
    }
    return out;
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.toLower(icu::Locale::getGerman());
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string Shape(std::string_view word, bool capped) {
  std::string out;
  char last = 0;
  int run = 0;
  ForEachCodePoint(word, [&](UChar32 c) {
    char cls = ClassOf(c);
    run = cls == last ? run + 1 : 1;
    last = cls;
    if (run == 1 || (capped && run <= 3)) out += cls;
  });
  return out;
}

void CodePointStarts(std::string_view word, std::vector<std::size_t>& starts) {
  starts.clear();
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(word.size());
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  unsigned char first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool HasDigit(std::string_view word) {
  for (char c : word) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

bool IsAllUpper(std::string_view word) {
  int letters = 0;
  bool lower = false;
  ForEachCodePoint(word, [&](UChar32 c) {
    if (c < 0) return;
    if (u_islower(c)) lower = true;
    if (u_isalpha(c)) ++letters;
  });
  return letters >= 2 && !lower;
}

}  // namespace newskg::recognition::ner
