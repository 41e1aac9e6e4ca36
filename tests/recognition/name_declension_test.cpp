// NominativeOfName: declined adjectives of organization and place names back to the form
// without an article; unknown cases and names without a declined adjective stay as written.
#include <catch.hpp>

#include "recognition/name_declension.h"

using newskg::recognition::NominativeOfName;

TEST_CASE("declension: feminine after 'der' and 'zur'", "[recognition][declension]") {
  CHECK(NominativeOfName({"Westfälischen", "Rundschau"}, "der") == "Westfälische Rundschau");
  CHECK(NominativeOfName({"Europäischen", "Zentralbank"}, "zur") == "Europäische Zentralbank");
}

TEST_CASE("declension: masculine and neuter after 'dem', 'im', 'des'", "[recognition][declension]") {
  CHECK(NominativeOfName({"Schwäbischen", "Wald"}, "im") == "Schwäbischer Wald");
  CHECK(NominativeOfName({"Weißen", "Haus"}, "im") == "Weißes Haus");
  CHECK(NominativeOfName({"Deutschen", "Alpenvereins"}, "des") == "Deutscher Alpenverein");
  CHECK(NominativeOfName({"Europäischen", "Parlaments"}, "des") == "Europäisches Parlament");
  CHECK(NominativeOfName({"Nordischen", "Rates"}, "des") == "Nordischer Rat");
  CHECK(NominativeOfName({"Olympischen", "Hofes"}, "des") == "Olympischer Hof");
  CHECK(NominativeOfName({"Internationalen", "Roten", "Kreuzes"}, "des") == "Internationales Rotes Kreuz");
  // A department is neuter; a truncated word's compound at the end gives the gender.
  CHECK(NominativeOfName({"Eidgenössischen", "Departements"}, "des") == "Eidgenössisches Departement");
  CHECK(NominativeOfName({"Eidgenössischen", "Justiz-", "und", "Polizeidepartement"}, "des") ==
        "Eidgenössisches Justiz- und Polizeidepartement");
}

TEST_CASE("declension: masculine accusative after 'den'", "[recognition][declension]") {
  CHECK(NominativeOfName({"Grossen", "Rat"}, "den") == "Grosser Rat");
  CHECK(NominativeOfName({"Bayerischen", "Landtag"}, "den") == "Bayerischer Landtag");
  CHECK(NominativeOfName({"Vereinigten", "Staaten"}, "den") == "Vereinigten Staaten");  // dative plural
}

TEST_CASE("declension: the town after the head noun stays as written", "[recognition][declension]") {
  CHECK(NominativeOfName({"Freien", "Universität", "Berlin"}, "der") == "Freie Universität Berlin");
  CHECK(NominativeOfName({"Katholischen", "Zentrums", "Ulm"}, "des") == "Katholisches Zentrum Ulm");
  CHECK(NominativeOfName({"Ersten", "Klub", "Linz"}, "dem") == "Erster Klub Linz");
  CHECK(NominativeOfName({"Neuen", "Kunstverein", "Kassel"}, "im") == "Neuer Kunstverein Kassel");
  CHECK(NominativeOfName({"Freien", "Universität", "von"}, "der") == "Freien Universität von");
}

TEST_CASE("declension: nominatives with an article lose the article's weak ending", "[recognition][declension]") {
  CHECK(NominativeOfName({"Hessische", "Rundfunk"}, "der") == "Hessischer Rundfunk");
  CHECK(NominativeOfName({"Rote", "Meer"}, "das") == "Rotes Meer");
}

TEST_CASE("declension: what cannot be told stays as written", "[recognition][declension]") {
  CHECK(NominativeOfName({"Nahen", "Osten"}, "den") == "Nahen Osten");        // singular or plural
  CHECK(NominativeOfName({"Hamburger", "Hafen"}, "im") == "Hamburger Hafen");  // no declension
  CHECK(NominativeOfName({"Stiftung", "Warentest"}, "der") == "Stiftung Warentest");
  CHECK(NominativeOfName({"Westfälischen", "Rundschau"}, "") == "Westfälischen Rundschau");
  CHECK(NominativeOfName({"Bodensee"}, "am") == "Bodensee");
}

TEST_CASE("declension: a company's name before its legal form is not declined", "[recognition][declension]") {
  CHECK(NominativeOfName({"Brandauwagen", "AG"}, "der") == "Brandauwagen AG");
  CHECK(NominativeOfName({"Kessler", "Werken", "GmbH"}, "der") == "Kessler Werken GmbH");
}

TEST_CASE("declension: what an institution is for stays as written after its head noun", "[recognition][declension]") {
  using newskg::recognition::NominativeOfName;
  CHECK(NominativeOfName({"Deutschen", "Gesellschaft", "für", "Internationale", "Zusammenarbeit"}, "der") ==
        "Deutsche Gesellschaft für Internationale Zusammenarbeit");
}

TEST_CASE("declension: a head noun in the genitive with no adjective before it", "[recognition][declension]") {
  CHECK(NominativeOfName({"Kreissportbunds", "Unterallgäu"}, "des") == "Kreissportbund Unterallgäu");
  CHECK(NominativeOfName({"Vereins", "Deutscher", "Imker"}, "des") == "Verein Deutscher Imker");
  CHECK(NominativeOfName({"Landkreises", "Lindau"}, "des") == "Landkreis Lindau");
  CHECK(NominativeOfName({"Bündnisses", "Lindauer", "Bürger"}, "des") == "Bündnis Lindauer Bürger");
  CHECK(NominativeOfName({"Komitees", "Linz"}, "des") == "Komitee Linz");
  // Nouns in "-us" keep their form in the genitive; other cases are not the genitive's.
  CHECK(NominativeOfName({"Campus", "Lindenau"}, "des") == "Campus Lindenau");
  CHECK(NominativeOfName({"Kreissportbunds", "Unterallgäu"}, "dem") == "Kreissportbunds Unterallgäu");
}

TEST_CASE("declension: an '-isch' adjective of a company's name before its legal form", "[recognition][declension]") {
  CHECK(NominativeOfName({"Rheinländischen", "Versicherung", "AG"}, "der") == "Rheinländische Versicherung AG");
  CHECK(NominativeOfName({"Deutschen", "Bank", "AG"}, "der") == "Deutsche Bank AG");
  CHECK(NominativeOfName({"Volkswagen", "AG"}, "der") == "Volkswagen AG");
}
