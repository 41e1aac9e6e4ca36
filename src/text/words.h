// Words: splitting a name or label at spaces, joining words back, and the month names.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::text {

// The space-separated words of `phrase` (runs of spaces skipped), as views into `phrase`:
// keep `phrase` alive while they are used.
std::vector<std::string_view> SplitWords(std::string_view phrase);

// The words joined with `separator` between them.
std::string JoinWords(const std::vector<std::string>& words, std::string_view separator);

// Whether `word` is a Roman numeral of up to six letters ("III", "XIV"), as regnal numbers are.
bool IsRomanNumeral(std::string_view word);

// Whether `token` is a regnal number with its period, as the tokenizer keeps it ("XIV.", "III.").
bool IsRegnalNumber(std::string_view token);

// Whether `word` is written like an organization's short form: 2-6 letters, the first upper
// case, at least two upper case, no digit ("SPD", "ÖVP", "ZdK", "GdP", "BaFin").
bool IsAcronym(std::string_view word);

// Whether `word` is a small word inside a long name that its short form skips ("für", "und",
// "der", "zur": "Gesellschaft für Internationale Zusammenarbeit", "GIZ").
bool IsLinkWordOfName(std::string_view word);

// Whether `word` is a Swiss canton's two-letter code ("ZH", "BL"), as Swiss datelines write it
// after the town ("Uster ZH (sda) -"; "AG" is Aargau there, no legal form).
bool IsSwissCantonCode(std::string_view word);

// Whether `token` is an apostrophe as a token of its own, straight or typographic: the
// genitive of a name that ends in "s" ("Voss' Sprecherin", "Gremmels’ Sprecher").
bool IsApostrophe(std::string_view token);

// The folded initials of a name's words and hyphenated parts, small words left out
// ("Deutscher Judo-Bund" -> "djb", "Gesellschaft für Sport" -> "gs"); "" when a part opens in
// lower case or is not a word.
std::string NameInitials(std::string_view name);

// Whether folded `word` is `stem` with a determiner's ending: "", "e", "en", "em", "er" or "es"
// ("seinem" of "sein", "unsere" of "unser").
bool InflectsStem(std::string_view word, std::string_view stem);

// Initials as German public bodies spell them, with "für" kept as "f" ("Bundesamt für
// Naturschutz" -> "bfn", "Kreditanstalt für Wiederaufbau" -> "kfw").
std::string NameInitialsWithFuer(std::string_view name);

// Whether `word` ends with one of `endings` ("Arbeitsgruppe" with "gruppe").
bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> endings);

// 1-12 for a German month name in folded form ("märz", Austrian "jänner"), else 0.
int MonthOfName(std::string_view folded);

}  // namespace newskg::text
