#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "text/abbreviations.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::text {
namespace {

bool IsWordChar(char32_t c) {
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0 || c == 0x00AD;  // soft hyphen
}
bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsLowerLetter(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool IsHyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }
bool IsApostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }

// The most pieces of a dotted abbreviation ("v.l.n.r." has four).
constexpr int kMaxDottedPieces = 8;

// Lower-case words after which "N." is an ordinal even before a capitalised noun.
constexpr auto kOrdinalLeaders = std::to_array<std::string_view>({
    "am", "im", "zum", "zur", "vom", "beim", "der", "die", "das", "dem", "den", "des",
});

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end) : text_(text), end_(end) {}

  // The code point at pos, or a zero-length U+0000 at the end of the range.
  CodePoint At(std::size_t pos) const {
    if (pos >= end_) return {0, 0};
    return DecodeAt(text_, pos);
  }

  std::size_t SkipWhitespace(std::size_t pos) const {
    while (pos < end_) {
      const CodePoint c = At(pos);
      if (!IsWhitespace(c.value)) break;
      pos += c.length;
    }
    return pos;
  }

  // End of the word starting at pos (text[pos] is a word character), without any final period.
  std::size_t ScanWord(std::size_t pos) const {
    bool numeric = true;  // only digits and digit separators so far
    char32_t last = 0;
    while (pos < end_) {
      const CodePoint c = At(pos);
      if (IsWordChar(c.value)) {
        if (!IsDigit(c.value)) numeric = false;
        last = c.value;
        pos += c.length;
        continue;
      }
      const CodePoint next = At(pos + c.length);
      const bool next_word = next.length > 0 && IsWordChar(next.value);
      if (IsHyphen(c.value)) {
        if (next_word) {
          numeric = false;
          last = c.value;
          pos += c.length;
          continue;
        }
        // "Staats- und Regierungschefs": the hyphen belongs to the truncated word.
        if (IsLetter(last) && (next.length == 0 || IsWhitespace(next.value) || next.value == U',' ||
                               next.value == U'/')) {
          pos += c.length;
        }
        break;
      }
      if (IsApostrophe(c.value) && IsLetter(last) && next.length > 0 && IsLetter(next.value)) {
        last = c.value;
        pos += c.length;
        continue;
      }
      if ((c.value == U'.' || c.value == U',' || c.value == U':') && numeric && IsDigit(last) &&
          next.length > 0 && IsDigit(next.value)) {
        last = c.value;
        pos += c.length;
        continue;
      }
      if (c.value == U'.' && !numeric && IsLetter(last) && next.length > 0 &&
          IsLowerLetter(next.value)) {
        last = c.value;
        pos += c.length;
        continue;
      }
      break;
    }
    return pos;
  }

  // Length of a dotted abbreviation ("z.B.", "U.S.", "i.d.R.") at pos, or 0.
  std::size_t DottedAbbreviationLength(std::size_t start) const {
    std::size_t pos = start;
    int pieces = 0;
    while (true) {
      std::size_t letters_end = pos;
      int letters = 0;
      while (letters < 3) {
        const CodePoint c = At(letters_end);
        if (c.length == 0 || !IsLetter(c.value)) break;
        letters_end += c.length;
        ++letters;
      }
      if (letters == 0 || letters > 2 || At(letters_end).value != U'.') break;
      pos = letters_end + 1;
      // A longer run is no abbreviation; stopping here keeps the scan from every start of a
      // run like "A.B.C.D..." short, so tokenizing it stays linear.
      if (++pieces > kMaxDottedPieces) return 0;
    }
    if (pieces < 2) return 0;
    const CodePoint after = At(pos);
    if (after.length > 0 && IsWordChar(after.value)) return 0;
    return pos - start;
  }

  // Whether the period right after the number word text[begin, end) marks an ordinal.
  bool IsOrdinal(std::size_t begin, std::size_t end, const std::vector<Token>& before) const {
    const std::string_view word = text_.substr(begin, end - begin);
    if (word.empty() || word.front() < '0' || word.front() > '9') return false;
    if (!std::all_of(word.begin(), word.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == '.'; })) {
      return false;
    }
    const std::size_t next_pos = SkipWhitespace(end + 1);
    const CodePoint next = At(next_pos);
    if (next.length == 0 || !IsWordChar(next.value)) return false;
    if (IsDigit(next.value) || IsLowerLetter(next.value)) return true;
    const std::size_t next_end = ScanWord(next_pos);
    if (IsMonthName(text_.substr(next_pos, next_end - next_pos))) return true;
    if (before.empty()) return false;
    const std::string leader = AsciiLower(before.back().text);
    return std::find(kOrdinalLeaders.begin(), kOrdinalLeaders.end(), leader) != kOrdinalLeaders.end();
  }

  // Whether a word text[begin, end) followed by '.' keeps the period.
  bool KeepsPeriod(std::size_t begin, std::size_t end, const std::vector<Token>& before) const {
    const std::string_view word = text_.substr(begin, end - begin);
    const CodePoint first = At(begin);
    if (first.length == word.size() && IsLetter(first.value)) return true;  // initial "V."
    if (IsAbbreviation(word)) return true;
    return IsOrdinal(begin, end, before) || IsRegnalNumber(word, end, before);
  }

  // "Papst Leo XIV. hat", "König Charles III. war": a Roman numeral after a name, with a
  // lower-case word after it (before a capital the period may end the sentence).
  bool IsRegnalNumber(std::string_view word, std::size_t end, const std::vector<Token>& before) const {
    if (before.empty() || !IsRomanNumeral(word)) return false;
    const std::string& name = before.back().text;
    if (name.empty() || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
    const CodePoint next = At(SkipWhitespace(end + 1));
    return next.length > 0 && (IsLowerLetter(next.value) || next.value == U',');
  }

 private:
  std::string_view text_;
  std::size_t end_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  const Scanner scan(text, end);
  std::vector<Token> tokens;
  const auto emit = [&](std::size_t from, std::size_t to) {
    tokens.push_back(Token{from, to, std::string(text.substr(from, to - from))});
  };

  std::size_t pos = begin;
  while ((pos = scan.SkipWhitespace(pos)) < end) {
    const CodePoint c = scan.At(pos);
    if (IsWordChar(c.value)) {
      std::size_t word_end = 0;
      if (const std::size_t dotted = scan.DottedAbbreviationLength(pos); dotted > 0) {
        word_end = pos + dotted;
        const CodePoint hyphen = scan.At(word_end);
        const CodePoint after = scan.At(word_end + hyphen.length);
        if (IsHyphen(hyphen.value) && after.length > 0 && IsWordChar(after.value)) {
          word_end = scan.ScanWord(word_end + hyphen.length);  // "U.S.-Präsident"
        }
      } else {
        word_end = scan.ScanWord(pos);
        if (scan.At(word_end).value == U'.' && scan.KeepsPeriod(pos, word_end, tokens)) ++word_end;
      }
      emit(pos, word_end);
      pos = word_end;
      continue;
    }
    if (c.value == U'.' && scan.At(pos + 1).value == U'.' && scan.At(pos + 2).value == U'.') {
      std::size_t dots_end = pos;
      while (scan.At(dots_end).value == U'.') ++dots_end;
      emit(pos, dots_end);
      pos = dots_end;
      continue;
    }
    emit(pos, pos + c.length);
    pos += c.length;
  }
  return tokens;
}

}  // namespace newskg::text
