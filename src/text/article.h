// Article, Sentence, Token: the decoded text of one input, split for the later stages.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace newskg::text {

// Offsets are byte offsets into Article::text (valid UTF-8). Use CharOffset() from utf8.h
// to turn them into the character (code point) offsets the graph reports.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;  // the bytes [begin, end) of the article text
};

struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Token> tokens;
  bool is_heading = false;  // a line without final punctuation (headline, subheading)
};

struct Article {
  std::string id;       // the input file's base name, e.g. "000_91a740cb338c00bf.txt"
  std::string source;   // the path as given by the user, for messages ("-" for stdin)
  std::string text;     // the whole input, unchanged (a leading BOM removed)
  std::optional<std::string> date_published;  // "YYYY-MM" or "YYYY-MM-DD" from a leading date line
  std::size_t body_begin = 0;  // where the article text starts, after any date line
  std::vector<Sentence> sentences;

  // Whether `s` is the first sentence of the body or of a line (a paragraph, a dateline's line).
  bool OpensParagraph(const Sentence& s) const { return s.begin <= body_begin || text[s.begin - 1] == '\n'; }
  // Whether `s` is a heading in capitals on a line of its own: one to four words, each in
  // capitals ("BAD TANNRIED" over an item of local news).
  bool IsHeadingInCapitals(const Sentence& s) const {
    if (s.tokens.empty() || s.tokens.size() > 4 || !OpensParagraph(s)) return false;
    return std::all_of(s.tokens.begin(), s.tokens.end(),
                       [](const Token& t) { return t.text.size() > 1 && IsAllUpper(t.text); });
  }
};

}  // namespace newskg::text
