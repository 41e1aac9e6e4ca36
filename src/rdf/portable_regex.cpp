#include "rdf/portable_regex.h"

#include <string>

namespace newskg::rdf {
namespace {

bool IsQuantifierStart(char c) { return c == '*' || c == '+' || c == '?' || c == '{'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of a {m}, {m,} or {m,n} quantifier at `pos`, or 0.
std::size_t BraceQuantifierLength(std::string_view p, std::size_t pos) {
  std::size_t i = pos + 1;
  const std::size_t digits_start = i;
  while (i < p.size() && IsDigit(p[i])) ++i;
  if (i == digits_start) return 0;
  if (i < p.size() && p[i] == ',') {
    ++i;
    while (i < p.size() && IsDigit(p[i])) ++i;
  }
  return i < p.size() && p[i] == '}' ? i + 1 - pos : 0;
}

std::size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::optional<std::string> RegexDialectDifference(std::string_view pattern,
                                                  std::string_view flags) {
  bool case_insensitive = false;
  for (char flag : flags) {
    if (flag == 'i') {
      case_insensitive = true;
    } else {
      return std::string("flag \"") + flag + "\" (only \"i\" is understood)";
    }
  }
  const std::string_view p = pattern;
  std::size_t i = 0;
  // After an atom that matches one byte where XPath matches one character (. and [^...]),
  // only * and + keep the two dialects equal.
  auto only_star_or_plus_after = [&](std::size_t next, std::string_view atom) -> std::optional<std::string> {
    if (next < p.size() && (p[next] == '*' || p[next] == '+')) return std::nullopt;
    return std::string(atom) +
           " not followed by * or + (the embedded engine matches one byte, not one character)";
  };
  while (i < p.size()) {
    const char c = p[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      if (case_insensitive) {
        return std::string("a non-ASCII character with flag \"i\" (case is folded for ASCII only)");
      }
      const std::size_t next = i + Utf8Length(byte);
      if (next < p.size() && IsQuantifierStart(p[next])) {
        return std::string("a quantifier after a non-ASCII character (it would repeat one byte)");
      }
      i = next;
      continue;
    }
    switch (c) {
      case '\\': {
        if (i + 1 >= p.size()) return std::string("a trailing backslash");
        const char escaped = p[i + 1];
        const std::string_view metacharacters = "\\.^$|()[]{}*+?";
        if (metacharacters.find(escaped) == std::string_view::npos) {
          return std::string("\\") + escaped + " (no such escape in POSIX regular expressions)";
        }
        i += 2;
        break;
      }
      case '.': {
        if (auto why = only_star_or_plus_after(i + 1, ".")) return why;
        ++i;
        break;
      }
      case '[': {
        std::size_t j = i + 1;
        const bool negated = j < p.size() && p[j] == '^';
        if (negated) ++j;
        if (j < p.size() && p[j] == ']') return std::string("a bracket expression starting with ]");
        const std::size_t body = j;
        while (j < p.size() && p[j] != ']') {
          const auto b = static_cast<unsigned char>(p[j]);
          if (b >= 0x80) return std::string("a non-ASCII character in [...] (it would match bytes)");
          if (p[j] == '\\') return std::string("a backslash in [...] (literal in POSIX, an escape in SPARQL)");
          if (p[j] == '[') return std::string("[ inside [...] (character classes and subtraction differ)");
          ++j;
        }
        if (j >= p.size()) return std::string("an unterminated [");
        if (j == body) return std::string("an empty bracket expression");
        if (negated) {
          if (auto why = only_star_or_plus_after(j + 1, "[^...]")) return why;
        }
        i = j + 1;
        break;
      }
      case '(':
        if (i + 1 < p.size() && p[i + 1] == '?') return std::string("(? groups (not in POSIX)");
        ++i;
        break;
      case '*':
      case '+':
      case '?':
        if (i + 1 < p.size() && p[i + 1] == '?') {
          return std::string("a lazy quantifier ") + c + "? (not in POSIX)";
        }
        ++i;
        break;
      case '{': {
        const std::size_t length = BraceQuantifierLength(p, i);
        if (length == 0) return std::string("{ that is not a {m,n} quantifier");
        i += length;
        if (i < p.size() && p[i] == '?') return std::string("a lazy quantifier {m,n}? (not in POSIX)");
        break;
      }
      default:
        ++i;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace newskg::rdf
