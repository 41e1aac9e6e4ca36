// UTF-8 helpers: validation, code point decoding and counting, character offsets, Unicode case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::text {

// One decoded code point and the number of bytes it took.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};

// Decodes the code point starting at byte `pos` (pos < text.size()). Ill-formed bytes decode
// as U+FFFD of length 1, so callers can walk any string without looping forever.
CodePoint DecodeAt(std::string_view text, std::size_t pos);

// The offset where `bytes` stops being well-formed UTF-8 (a bad lead byte, or the lead byte
// of a sequence with a bad or missing continuation, an overlong form, a surrogate or a code
// point above U+10FFFF), or nullopt if well-formed.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

// Unicode White_Space (includes \t \r \n and NBSP), other controls, ZWSP and a stray BOM.
bool IsWhitespace(char32_t c);

// Number of code points in `text` (well-formed UTF-8 expected).
std::size_t CodePointCount(std::string_view text);

// Number of code points that start before `byte`: the character offset of a byte offset.
// Linear in `byte`; use CharOffsets for many look-ups in one text.
std::size_t CharOffset(std::string_view text, std::size_t byte);

// Byte -> character offsets for one text, built once in O(n), each look-up O(1).
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text);
  // Code points before `byte`; byte may be text.size(). Throws std::out_of_range beyond that.
  std::size_t At(std::size_t byte) const;

 private:
  std::vector<std::uint32_t> before_;  // before_[b] = code points starting before byte b
};

// Full Unicode case mapping with German rules (ICU): ToUpper("Straße") == "STRASSE".
std::string ToLower(std::string_view text);
std::string ToUpper(std::string_view text);

// The key two spellings are compared under: lower case, ß -> ss. Umlauts are kept.
std::string FoldForMatch(std::string_view text);

// The text with its letters' accents and other combining marks removed ("luís" -> "luis",
// "jürgen" -> "jurgen"): canonical decomposition (NFD), marks dropped.
std::string WithoutAccents(std::string_view text);

// True when the first code point is an upper-case (or title-case) letter.
bool StartsUpper(std::string_view word);

// True when the text has an upper-case letter and no lower-case letter ("NATO", "US-EU").
bool IsAllUpper(std::string_view text);

}  // namespace newskg::text
