#include <catch.hpp>

#include "eval/name_match.h"

using newskg::eval::NameKey;
using newskg::eval::RoleKey;
using newskg::eval::RoleLabelMatches;

TEST_CASE("NameKey ignores case, sharp s, genitive s and titles", "[eval][names]") {
  CHECK(NameKey("Greta Weißmüller") == NameKey("GRETA WEISSMÜLLER"));
  CHECK(NameKey("Grünfelds") == NameKey("Grünfeld"));
  CHECK(NameKey("Herrn Kranichs") == NameKey("Kranich"));
  CHECK(NameKey("Herr Kranich") == NameKey("kranich"));
  CHECK(NameKey("Frau Obermayr") == NameKey("Obermayr"));
  CHECK(NameKey("  Jonas \t Petrow ") == NameKey("Jonas Petrow"));
  CHECK(NameKey("Hollerbach'") == NameKey("Hollerbach"));
  CHECK(NameKey("Jonas Petrow") != NameKey("Jonas Petrov"));
  CHECK(NameKey("Kranich") != NameKey("Kraniche"));
  // A title alone is a name, not a prefix.
  CHECK(NameKey("Herr") == "herr");
}

TEST_CASE("RoleKey normalises German inflection per word", "[eval][names]") {
  CHECK(RoleKey("Nahostgesandten") == "nahostgesandt");
  CHECK(RoleKey("Nahostgesandter") == "nahostgesandt");
  CHECK(RoleKey("Nahost-Gesandter") == "nahostgesandt");
  CHECK(RoleKey("Außenpolitischen Beraters") == "aussenpolitisch berater");
}

TEST_CASE("a role label matches when the accepted label is contained", "[eval][names]") {
  CHECK(RoleLabelMatches("Sprecher", "Rathaussprecher"));
  CHECK(RoleLabelMatches("Sprecher", "Sprecher des Rathauses"));
  CHECK(RoleLabelMatches("Sprecher", "Sprechers"));
  CHECK(RoleLabelMatches("Gesandter", "Nahostgesandten"));
  CHECK(RoleLabelMatches("Nahostgesandter", "Nahostgesandten"));
  CHECK(RoleLabelMatches("Außenminister", "AUSSENMINISTERS"));
  CHECK(RoleLabelMatches("außenpolitischer Berater", "außenpolitischen Beraters"));
  CHECK(RoleLabelMatches("Bürgermeisterin", "Bürgermeisterin von Grünfeld"));
  CHECK_FALSE(RoleLabelMatches("Pressesprecher", "Sprecher"));
  CHECK_FALSE(RoleLabelMatches("Präsident", "Vizekanzler"));
  CHECK_FALSE(RoleLabelMatches("", "Vizekanzler"));
}
