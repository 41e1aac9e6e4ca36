#include "text/utf8.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

namespace newskg::text {
namespace {

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the well-formed sequence at pos, or 0 with *bad set to the offending byte.
// Follows Unicode Table 3-7 (well-formed UTF-8 byte sequences).
std::size_t WellFormedLength(std::string_view s, std::size_t pos, std::size_t* bad) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // overlong
    if (b0 == 0xED) high = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // overlong
    if (b0 == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    *bad = pos;
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const bool ok = pos + i < s.size() &&
                    (i == 1 ? (byte(pos + i) >= low && byte(pos + i) <= high) : IsContinuation(byte(pos + i)));
    if (!ok) {
      *bad = pos;  // the sequence that breaks off starts here
      return 0;
    }
  }
  return length;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// Lower-cases text made only of ASCII and Latin-1 letters (what most German words are)
// without ICU, with the same result as ICU's full case mapping; false if other characters
// occur, leaving `out` unspecified.
bool LowerLatin1(std::string_view text, std::string& out, bool sharp_s_as_ss = false) {
  // Most words are ASCII: copied at once, then lowered in place.
  const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
  if (std::all_of(text.begin(), text.end(), ascii)) {
    out.assign(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return true;
  }
  out.clear();
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      continue;
    }
    // U+0080..U+00FF are C2 80..C3 BF in UTF-8.
    if ((b != 0xC2 && b != 0xC3) || i + 1 >= text.size()) return false;
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (!IsContinuation(next)) return false;
    const unsigned cp = ((b & 0x1Fu) << 6) | (next & 0x3Fu);
    if (cp == 0xDF && sharp_s_as_ss) {
      out += "ss";
      ++i;
      continue;
    }
    const bool upper = cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;  // À..Þ without ×
    const unsigned lower = upper ? cp + 0x20 : cp;
    out += static_cast<char>(0xC0 | (lower >> 6));
    out += static_cast<char>(0x80 | (lower & 0x3F));
    ++i;
  }
  return true;
}

}  // namespace

CodePoint DecodeAt(std::string_view text, std::size_t pos) {
  std::size_t bad = 0;
  const std::size_t length = WellFormedLength(text, pos, &bad);
  if (length == 0) return {0xFFFD, 1};
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i])); };
  switch (length) {
    case 1: return {b(0), 1};
    case 2: return {((b(0) & 0x1F) << 6) | (b(1) & 0x3F), 2};
    case 3: return {((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
    default:
      return {((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
  }
}

std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t bad = 0;
    const std::size_t length = WellFormedLength(bytes, pos, &bad);
    if (length == 0) return bad;
    pos += length;
  }
  return std::nullopt;
}

bool IsWhitespace(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  return u_isUWhiteSpace(cp) || u_iscntrl(cp) || c == 0x200B || c == 0xFEFF;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (const char ch : text) count += !IsContinuation(static_cast<unsigned char>(ch));
  return count;
}

std::size_t CharOffset(std::string_view text, std::size_t byte) {
  return CodePointCount(text.substr(0, byte));
}

CharOffsets::CharOffsets(std::string_view text) {
  before_.reserve(text.size() + 1);
  std::uint32_t count = 0;
  for (const char ch : text) {
    before_.push_back(count);
    count += !IsContinuation(static_cast<unsigned char>(ch));
  }
  before_.push_back(count);
}

std::size_t CharOffsets::At(std::size_t byte) const {
  if (byte >= before_.size()) throw std::out_of_range("CharOffsets: byte offset beyond the text");
  return before_[byte];
}

std::string ToLower(std::string_view text) {
  std::string out;
  if (LowerLatin1(text, out)) return out;
  return ToUtf8(FromUtf8(text).toLower(icu::Locale::getGermany()));
}

std::string ToUpper(std::string_view text) {
  return ToUtf8(FromUtf8(text).toUpper(icu::Locale::getGermany()));
}

std::string FoldForMatch(std::string_view text) {
  std::string folded;
  if (LowerLatin1(text, folded, true)) return folded;
  const std::string lower = ToLower(text);  // also maps capital ẞ to ß
  std::string out;
  out.reserve(lower.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC3\x9F") == 0) {
      out += "ss";
      ++i;
    } else {
      out += lower[i];
    }
  }
  return out;
}

std::string WithoutAccents(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const auto cp = static_cast<UChar32>(DecodeAt(word, 0).value);
  return u_isupper(cp) || u_istitle(cp);
}

bool IsAllUpper(std::string_view text) {
  bool letter = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint c = DecodeAt(text, pos);
    const auto cp = static_cast<UChar32>(c.value);
    if (u_islower(cp)) return false;
    if (u_isupper(cp) || u_istitle(cp)) letter = true;
    pos += c.length;
  }
  return letter;
}

}  // namespace newskg::text
