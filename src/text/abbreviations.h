// The one list of words the tokenizer keeps together with a following period (German news).
#pragma once

#include <string_view>

namespace newskg::text {

// True when `word` (without its period) is a known abbreviation such as "Dr", "St", "bzw",
// "Mio". Lower-case entries also match with a capital first letter at a sentence start
// ("Vgl"). Single letters ("V" in "Wladimir V. Putin") are handled by the tokenizer itself,
// dotted forms ("z.B.", "U.S.") by its dotted-abbreviation rule.
bool IsAbbreviation(std::string_view word);

// True for German month names and their abbreviations ("April", "Okt"): "11. April" is an
// ordinal date, not the end of a sentence.
bool IsMonthName(std::string_view word);

}  // namespace newskg::text
