// One post per office in one article: the short form of an office ("Präsident") takes its one
// longer form ("Staatspräsident") and the owner given to either; deputies and two longer forms
// stay apart.
#include <catch.hpp>

#include <string>
#include <vector>

#include "resolution/office_forms.h"

using newskg::resolution::LocalRole;
using newskg::resolution::MergeOfficeForms;

namespace {

// "person:label(of owner)" per role, in order.
std::string Dump(const std::vector<LocalRole>& roles) {
  std::string out;
  for (const LocalRole& role : roles) {
    out += std::to_string(role.person) + ":" + role.label + "(" + (role.of ? std::to_string(*role.of) : "-") + ") ";
  }
  return out;
}

std::string Merged(std::vector<LocalRole> roles) {
  MergeOfficeForms(roles);
  return Dump(roles);
}

}  // namespace

TEST_CASE("office forms: the short form takes the one longer form and its owner", "[resolution]") {
  CHECK(Merged({{0, "Präsident", 5, 0}, {0, "Staatspräsident", std::nullopt, 1}}) ==
        "0:Staatspräsident(5) 0:Staatspräsident(5) ");
  CHECK(Merged({{0, "Amtskollege", 5, 0}, {0, "Außenminister", std::nullopt, 2}}) ==
        "0:Außenminister(5) 0:Außenminister(5) ");
  // Another person's longer form is not this person's.
  CHECK(Merged({{0, "Präsident", 5, 0}, {1, "Staatspräsident", std::nullopt, 1}}) ==
        "0:Präsident(5) 1:Staatspräsident(-) ");
}

TEST_CASE("office forms: deputies, two longer forms and two owners stay apart", "[resolution]") {
  CHECK(Merged({{0, "Kanzler", std::nullopt, 0}, {0, "Vizekanzler", std::nullopt, 1}}) ==
        "0:Kanzler(-) 0:Vizekanzler(-) ");
  CHECK(Merged({{0, "Minister", std::nullopt, 0}, {0, "Außenminister", std::nullopt, 1},
                {0, "Innenminister", std::nullopt, 2}}) == "0:Minister(-) 0:Außenminister(-) 0:Innenminister(-) ");
  CHECK(Merged({{0, "Präsident", 5, 0}, {0, "Staatspräsident", 6, 1}, {0, "Staatspräsident", std::nullopt, 2}}) ==
        "0:Staatspräsident(5) 0:Staatspräsident(6) 0:Staatspräsident(-) ");
  // "Amtskollege" takes a minister's or a head's office, not any other title.
  CHECK(Merged({{0, "Amtskollege", 5, 0}, {0, "Politiker", std::nullopt, 1}}) == "0:Amtskollege(5) 0:Politiker(-) ");
  // A title no office narrows ("Sprecher", "Vorsitzender") keeps its own label.
  CHECK(Merged({{0, "Vorsitzender", 5, 0}, {0, "Fraktionsvorsitzender", std::nullopt, 1}}) ==
        "0:Vorsitzender(5) 0:Fraktionsvorsitzender(-) ");
}
