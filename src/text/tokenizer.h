// Tokenizer for German news text: words, compounds, numbers, abbreviations, punctuation.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/article.h"

namespace newskg::text {

// Splits text[begin, end) into tokens; offsets are bytes into the whole `text`.
// Rules (German news):
// - whitespace (incl. NBSP, tabs, \r) separates tokens and is never part of one;
// - a word is a run of letters, digits and combining marks; it continues over a hyphen
//   followed by a word character ("US-Russland-Gespräche", "30-tägigen"), over an apostrophe
//   between letters ("geht's"), over . , : between digits ("4,5", "1.000", "14:30") and over
//   a period followed by a lower-case letter ("tagesschau.de");
// - a hyphen ending a word before a space, comma or slash stays in it ("Staats- und");
// - a word keeps its period when it is a listed abbreviation (abbreviations.h), a single
//   letter ("V." in "Wladimir V. Putin"), or an ordinal number ("11." in "am 11. April":
//   followed by a month name, a lower-case word or a number, or preceded by an article or
//   preposition as in "der 2. Weltkrieg");
// - dotted abbreviations of two to eight one- or two-letter pieces are one token ("z.B.",
//   "U.S."); a longer run of pieces is not an abbreviation;
// - "..." is one token; every other punctuation or symbol character is a token by itself
//   (quotes „ “ ” ‚ ‘ » « " ', dashes – —, %, brackets).
std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace newskg::text
