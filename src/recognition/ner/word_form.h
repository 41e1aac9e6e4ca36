// Word forms for NER features: lower-casing, character shape and code-point boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::recognition::ner {

// Lower-cased UTF-8 (German rules via ICU; ASCII takes a fast path).
std::string Lower(std::string_view word);

// Character classes: X upper, x lower, d digit, other characters kept as they are (non-ASCII
// ones as 'o'). `capped` keeps runs up to 3 ("Xxxx" for "Berlin"); otherwise runs collapse
// to one ("Xx").
std::string Shape(std::string_view word, bool capped);

// Byte offsets where each code point starts, plus word.size() at the end.
void CodePointStarts(std::string_view word, std::vector<std::size_t>& starts);

bool StartsUpper(std::string_view word);
bool HasDigit(std::string_view word);
bool IsAllUpper(std::string_view word);  // at least two letters, none lower-case

}  // namespace newskg::recognition::ner
