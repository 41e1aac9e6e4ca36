#include <catch.hpp>

#include "text/words.h"

using newskg::text::JoinWords;
using newskg::text::SplitWords;

TEST_CASE("SplitWords skips runs of spaces and keeps views into the phrase", "[text][words]") {
  const std::string phrase = "  Dmitri  S. Peskow ";
  const auto words = SplitWords(phrase);
  REQUIRE(words.size() == 3);
  CHECK(words[0] == "Dmitri");
  CHECK(words[1] == "S.");
  CHECK(words[2] == "Peskow");
  CHECK(words[2].data() == phrase.data() + 13);
  CHECK(SplitWords("").empty());
  CHECK(SplitWords("   ").empty());
}

TEST_CASE("JoinWords puts the separator between words only", "[text][words]") {
  CHECK(JoinWords({"Weißes", "Haus"}, " ") == "Weißes Haus");
  CHECK(JoinWords({"a"}, ", ") == "a");
  CHECK(JoinWords({}, ", ").empty());
}

TEST_CASE("IsAcronym: short forms of organizations, mixed case too", "[text][words]") {
  using newskg::text::IsAcronym;
  for (const char* word : {"SPD", "ÖVP", "ZdK", "GdP", "BaFin", "UN"}) {
    INFO(word);
    CHECK(IsAcronym(word));
  }
  for (const char* word : {"Berlin", "Partei", "A", "G7", "ÖSTERREICH", "McKinsey", "dpa", "äVP"}) {
    INFO(word);
    CHECK_FALSE(IsAcronym(word));
  }
}

TEST_CASE("IsLinkWordOfName: the small words a short form skips", "[text][words]") {
  using newskg::text::IsLinkWordOfName;
  for (const char* word : {"für", "und", "der", "des", "die", "von", "zur", "zum"}) {
    INFO(word);
    CHECK(IsLinkWordOfName(word));
  }
  CHECK_FALSE(IsLinkWordOfName("Gesellschaft"));
  CHECK_FALSE(IsLinkWordOfName("Für"));
}

TEST_CASE("IsSwissCantonCode: the 26 cantons' two-letter codes only", "[text][words]") {
  using newskg::text::IsSwissCantonCode;
  for (const char* code : {"ZH", "BE", "BL", "AG", "VS", "TI"}) {
    INFO(code);
    CHECK(IsSwissCantonCode(code));
  }
  CHECK_FALSE(IsSwissCantonCode("zh"));
  CHECK_FALSE(IsSwissCantonCode("XY"));
  CHECK_FALSE(IsSwissCantonCode("ZHA"));
}

TEST_CASE("NameInitials: one letter per word and hyphenated part, small words left out", "[text][words]") {
  using newskg::text::NameInitials;
  CHECK(NameInitials("Deutscher Kanu-Verband") == "dkv");
  CHECK(NameInitials("Gesellschaft für Internationale Zusammenarbeit") == "giz");
  CHECK(NameInitials("Österreichischer Skiverband") == "ös");
  // A part opening in lower case is no name's.
  CHECK(NameInitials("Vereinigung freier Bäckereien").empty());
}

TEST_CASE("InflectsStem: a stem with a determiner's ending", "[text][words]") {
  using newskg::text::InflectsStem;
  CHECK(InflectsStem("seinem", "sein"));
  CHECK(InflectsStem("unsere", "unser"));
  CHECK(InflectsStem("ihr", "ihr"));
  CHECK_FALSE(InflectsStem("seit", "sein"));
  CHECK_FALSE(InflectsStem("ihrerseits", "ihr"));
}

TEST_CASE("NameInitialsWithFuer: a public body's 'für' kept as 'f'", "[text][words]") {
  using newskg::text::NameInitialsWithFuer;
  CHECK(NameInitialsWithFuer("Bundesamt für Kesselwesen") == "bfk");
  CHECK(NameInitialsWithFuer("Kreditanstalt für Wiederaufbau") == "kfw");
  CHECK(NameInitialsWithFuer("Deutscher Kanu-Verband") == "dkv");
}

TEST_CASE("IsApostrophe: a straight or typographic apostrophe token, nothing longer", "[text][words]") {
  using newskg::text::IsApostrophe;
  CHECK(IsApostrophe("'"));
  CHECK(IsApostrophe("’"));
  CHECK_FALSE(IsApostrophe("‘"));
  CHECK_FALSE(IsApostrophe("s'"));
}
