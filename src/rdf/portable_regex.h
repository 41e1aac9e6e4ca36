// Whether a SPARQL REGEX pattern means the same to the embedded engine as to SPARQL.
// SPARQL regular expressions are XPath's (Unicode characters, \d \w \s, flags i s m x q);
// Debian's rasqal 0.9.33 is built without PCRE and hands patterns to POSIX regcomp(REG_EXTENDED)
// in the C locale, which matches bytes, folds case for ASCII only and knows no \d or \w.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newskg::rdf {

// nullopt when `pattern` with `flags` matches the same strings in both dialects: ASCII letters
// and escaped metacharacters, . and [^...] only before * or +, [...] of ASCII characters,
// ( ) | ^ $, greedy * + ? {m,n}, non-ASCII characters only as literals (not quantified, not in
// brackets, not with flag i), and flags "" or "i". Otherwise the first construct that differs,
// e.g. "\\d (a digit class; POSIX has none)".
std::optional<std::string> RegexDialectDifference(std::string_view pattern, std::string_view flags);

}  // namespace newskg::rdf
