// Decoding one input file into an Article: validation, BOM, leading date line, sentences.
#pragma once

#include <cstddef>
#include <string>

#include "text/article.h"

namespace newskg::text {

// Lines longer than this many bytes (without the line break) are rejected.
inline constexpr std::size_t kMaxLineBytes = 100000;

// Validates `bytes` and returns the segmented Article. Throws newskg::InputError naming
// `source` for: an empty or whitespace-only input, UTF-16 or UTF-32 text (naming the encoding
// and how to convert it), a known binary format (naming it), other binary content (a NUL
// byte, at its offset), ill-formed UTF-8 (at the start of the first ill-formed sequence,
// with a hint when the text looks Latin-1), a line longer than kMaxLineBytes (at the line
// start; lines end at any line break of line_breaks.h, as sentences do) and an impossible
// date on a date line. Error
// offsets are offsets in `bytes`, i.e. they count a leading BOM; Article offsets count from
// after it. A leading "date YYYY-MM" or "date YYYY-MM-DD" (after optional whitespace,
// followed by whitespace, on its own line or before the text on the same line) sets
// date_published, and body_begin to the first non-whitespace byte after it.
Article DecodeArticle(std::string id, std::string source, std::string bytes);

}  // namespace newskg::text
