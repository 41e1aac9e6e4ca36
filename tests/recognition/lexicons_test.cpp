// The lexicons' look-ups on invented words: nationality nouns, role nouns.
#include <catch.hpp>

#include "pipeline_fixture.h"
#include "text/words.h"

using newskg::testing::TestLexicons;

TEST_CASE("lexicons: a demonym names its state", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (const auto& [word, state] : std::vector<std::pair<std::string, std::string>>{
           {"Argentinier", "Argentinien"}, {"Italienerin", "Italien"}, {"Brite", "Vereinigtes Königreich"},
           {"Japaner", "Japan"}, {"Chinesin", "China"}}) {
    INFO(word);
    const std::string* found = lex.CountryOfDemonym(word);
    REQUIRE(found);
    CHECK(*found == state);
  }
  CHECK(lex.CountryOfDemonym("Reiter") == nullptr);
  CHECK(lex.CountryOfDemonym("Minister") == nullptr);
}

TEST_CASE("lexicons: a foreign place is found written without its accents, a short one not", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (std::string_view plain : {"Reykjavik", "Asuncion", "Yaounde"}) {
    INFO(plain);
    const auto* place = lex.FindName(newskg::recognition::Lexicons::PhraseKey({plain}));
    REQUIRE(place);
    CHECK(place->type == newskg::recognition::EntityType::Place);
    CHECK(place->canonical != plain);
  }
  CHECK_FALSE(lex.FindName(newskg::recognition::Lexicons::PhraseKey({"Leon"})));
}

TEST_CASE("lexicons: German, Austrian and Swiss towns are known; common words named like one are not",
          "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (std::string_view town : {"Weißenfels", "Weißwasser", "Bad Harzburg", "Villach"}) {
    INFO(town);
    const auto* place = lex.FindName(newskg::recognition::Lexicons::PhraseKey(newskg::text::SplitWords(town)));
    REQUIRE(place);
    CHECK(place->type == newskg::recognition::EntityType::Place);
  }
  for (std::string_view word : {"Lage", "Mitte", "Waren", "Singen", "Norden"}) {
    INFO(word);
    CHECK_FALSE(lex.FindName(newskg::recognition::Lexicons::PhraseKey({word})));
  }
}

TEST_CASE("lexicons: no place is named like a nation's people; a state named so is", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  CHECK_FALSE(lex.FindName(newskg::recognition::Lexicons::PhraseKey({"Gambier"})));
  CHECK_FALSE(lex.FindName(newskg::recognition::Lexicons::PhraseKey({"Russe"})));
  const auto* belize = lex.FindName(newskg::recognition::Lexicons::PhraseKey({"Belize"}));
  REQUIRE(belize);
  CHECK(belize->type == newskg::recognition::EntityType::Place);
}

TEST_CASE("lexicons: a state's or region's adjective is found in every form and case", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (const char* word : {"französischen", "Deutsche", "US-amerikanischen", "Münchner", "POLNISCHEN", "österreichisch",
                           "Zürcher"}) {
    INFO(word);
    CHECK(lex.CountryOfAdjective(word) != nullptr);
  }
  for (const char* word : {"Tisch", "gehen", "Haus", "Menschen", "ab"}) {
    INFO(word);
    CHECK(lex.CountryOfAdjective(word) == nullptr);
  }
}

TEST_CASE("lexicons: a given name is known with its accents, not a Vietnamese middle name", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  CHECK(lex.IsFirstName("Luis"));
  CHECK(lex.IsFirstName("Luís"));
  CHECK(lex.IsFirstName("Sebastián"));
  CHECK(lex.IsFirstName("Jürgen"));
  CHECK_FALSE(lex.IsFirstName("Thị"));
  CHECK_FALSE(lex.IsFirstName("Müll"));
}

TEST_CASE("lexicons: a given name is known with an umlaut written as two letters", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  CHECK(lex.IsFirstName("Juergen"));
  CHECK(lex.IsFirstName("Baerbel"));
  CHECK(lex.IsFirstName("Soenke"));
  CHECK_FALSE(lex.IsFirstName("Muell"));
}

TEST_CASE("lexicons: a given name's gender is known with its accents", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  CHECK(lex.GenderOfFirstName("Therese") == lex.GenderOfFirstName("Thérèse"));
  CHECK(lex.GenderOfFirstName("Thérèse") != 0);
  CHECK(lex.GenderOfFirstName("André") == lex.GenderOfFirstName("Andre"));
  CHECK(lex.GenderOfFirstName("André") != 0);
}

TEST_CASE("lexicons: French and Italian mayors are roles; a saint's name is none", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (const std::string word : {"Maire", "Sindaco", "Sindaca"}) {
    INFO(word);
    CHECK(lex.MatchRole(word));
  }
  CHECK_FALSE(lex.MatchRole("Saint-Maire"));
}

TEST_CASE("lexicons: a master of a craft named by its agent noun is a role, county offices too; 'Meister' alone is not",
          "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (const std::string word : {"Küfermeister", "Uhrmachermeisterin", "Schreinermeisters"}) {
    INFO(word);
    CHECK(lex.MatchRole(word));
  }
  const auto treasurer = lex.MatchRole("Schatzmeisterin");
  REQUIRE(treasurer);
  CHECK(treasurer->nominative == "Schatzmeisterin");
  // County offices and crafts are listed roles.
  for (const std::string word : {"Kreisrätin", "Kreisbrandrat", "Geigenbauerin"}) {
    INFO(word);
    CHECK(lex.MatchRole(word));
  }
  for (const std::string word : {"Meister", "Meisterin", "Hofmeister", "Weltmeister"}) {
    INFO(word);
    CHECK_FALSE(lex.MatchRole(word));
  }
}

TEST_CASE("lexicons: engineers' and scientists' occupations and a Swiss deputy mayor are roles",
          "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  for (const std::string word : {"Statikerin", "Hydrologe", "Elektrotechniker", "Grafikerin", "Denkmalpflegerin",
                                 "Beifahrerin", "Vizeammann"}) {
    INFO(word);
    CHECK(lex.MatchRole(word));
  }
}

TEST_CASE("lexicons: a double first name has the gender of its first part", "[recognition][lexicons]") {
  const auto& lex = TestLexicons();
  CHECK(lex.GenderOfFirstName("Klaus-Dieter") == 'm');
  CHECK(lex.GenderOfFirstName("Anna-Lena") == 'f');
}
