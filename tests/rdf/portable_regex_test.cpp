// REGEX patterns the embedded engine (POSIX, bytes, C locale) and SPARQL (XPath) match alike.
#include <catch.hpp>

#include "rdf/portable_regex.h"

using newskg::rdf::RegexDialectDifference;

TEST_CASE("plain patterns mean the same in both dialects") {
  for (const char* pattern : {"^S.*ow$", "Putin", "^(Ber|Bon)n", "ab+c?", "[A-Z][a-z]+", "x{2,3}",
                              "a\\.b", "Köln", "^[^ ]+ [^ ]+$", "(a|b)*", ""}) {
    INFO(pattern);
    CHECK_FALSE(RegexDialectDifference(pattern, ""));
  }
  CHECK_FALSE(RegexDialectDifference("^putin$", "i"));
}

TEST_CASE("patterns that differ are named") {
  const struct {
    const char* pattern;
    const char* flags;
    const char* named;
  } cases[] = {
      {"\\d+", "", "\\d"},
      {"\\w", "", "\\w"},
      {"\\bPutin", "", "\\b"},
      {"^D.rte", "", ". not followed"},
      {"^[^ ]$", "", "[^...] not followed"},
      {"^DÖ", "i", "flag \"i\""},
      {"[äöü]", "", "non-ASCII character in [...]"},
      {"ö+", "", "quantifier after a non-ASCII"},
      {"(?i)x", "", "(?"},
      {"a.*?b", "", "lazy"},
      {"[[:alpha:]]", "", "[ inside"},
      {"[\\]]", "", "backslash in [...]"},
      {"a{x}", "", "{ that is not"},
      {"abc", "s", "flag \"s\""},
      {"abc", "m", "flag \"m\""},
  };
  for (const auto& c : cases) {
    INFO(c.pattern << " flags " << c.flags);
    const auto difference = RegexDialectDifference(c.pattern, c.flags);
    REQUIRE(difference);
    CHECK(difference->find(c.named) != std::string::npos);
  }
}
