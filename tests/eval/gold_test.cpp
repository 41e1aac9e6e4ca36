#include <catch.hpp>

#include "common/input_error.h"
#include "eval/gold.h"
#include "eval_fixtures.h"

using namespace newskg::eval;
using newskg::eval::testing::TempDir;

namespace {

constexpr const char* kArticle = R"({
  "article": "200_hafen.txt",
  "entities": [
    {"type": "Person", "name": "Greta Weißmüller", "aliases": ["Weißmüller"]},
    {"type": "Organization", "name": "Hafenamt Grünfeld", "alt_types": ["Place"]},
    {"type": "Place", "name": "Grünfeld"},
    {"type": "Place", "name": "Elbtal", "optional": true}
  ],
  "roles": [{"person": "Weißmüller", "role": ["Hafenmeisterin", "Meisterin"], "of": "Hafenamt Grünfeld"}],
  "meetings": [{"participants": ["Greta Weißmüller", "Hafenamt Grünfeld"], "optional_participants": ["Grünfeld"],
                "place": "Grünfeld", "time": "am Montag", "status": "planned", "kind": "visit", "optional": true}],
  "not_meetings": [{"participants": ["Greta Weißmüller", "Grünfeld"], "why": "abgesagt"}]
})";

}  // namespace

TEST_CASE("ParseGoldArticle reads every field and resolves names", "[eval][gold]") {
  GoldArticle article = ParseGoldArticle(kArticle, "200_hafen.json");
  CHECK(article.article == "200_hafen.txt");
  REQUIRE(article.entities.size() == 4);
  CHECK(article.entities[0].aliases == std::vector<std::string>{"Weißmüller"});
  CHECK(article.entities[1].type == EntityType::Organization);
  CHECK(article.entities[1].alt_types == std::vector<EntityType>{EntityType::Place});
  CHECK(article.entities[3].optional);
  REQUIRE(article.roles.size() == 1);
  CHECK(article.roles[0].person == 0);  // through the alias
  CHECK(article.roles[0].of == std::optional<std::size_t>(1));
  CHECK(article.roles[0].labels.size() == 2);
  REQUIRE(article.meetings.size() == 1);
  CHECK(article.meetings[0].participants == std::vector<std::size_t>{0, 1});
  CHECK(article.meetings[0].optional_participants == std::vector<std::size_t>{2});
  CHECK(article.meetings[0].place == std::optional<std::size_t>(2));
  CHECK(article.meetings[0].status == "planned");
  CHECK(article.meetings[0].kind == "visit");
  CHECK(article.meetings[0].optional);
  REQUIRE(article.not_meetings.size() == 1);
  CHECK(article.not_meetings[0].why == "abgesagt");
}

TEST_CASE("LoadGoldDir reads articles and corpus.json, sorted", "[eval][gold]") {
  TempDir dir;
  dir.Write("201_b.json", R"({"article": "201_b.txt", "entities": []})");
  dir.Write("200_hafen.json", kArticle);
  dir.Write("corpus.json", R"({"same_entity": [["Jonas Petrow", "Jonas Petrov"]]})");
  dir.Write("notes.txt", "not json");
  GoldSet gold = LoadGoldDir(dir.path().string());
  REQUIRE(gold.articles.size() == 2);
  CHECK(gold.articles[0].article == "200_hafen.txt");
  CHECK(gold.articles[1].article == "201_b.txt");
  REQUIRE(gold.corpus.same_entity.size() == 1);
  CHECK(gold.corpus.same_entity[0][1] == "Jonas Petrov");
}

TEST_CASE("bad gold files raise InputError naming the file", "[eval][gold]") {
  TempDir dir;
  SECTION("broken JSON") {
    std::string file = dir.Write("300_kaputt.json", R"({"article": "300_kaputt.txt", "entities": [)");
    try {
      LoadGoldDir(dir.path().string());
      FAIL("no error");
    } catch (const newskg::InputError& error) {
      CHECK(error.file() == file);
      CHECK(std::string(error.what()).find("300_kaputt.json") != std::string::npos);
    }
  }
  SECTION("a role naming no entity") {
    std::string file = dir.Write("301_rolle.json", R"({"article": "301_rolle.txt",
      "entities": [{"type": "Person", "name": "Tobias Kranich"}],
      "roles": [{"person": "Liesel Obermayr", "role": ["Schulleiterin"]}]})");
    try {
      LoadGoldDir(dir.path().string());
      FAIL("no error");
    } catch (const newskg::InputError& error) {
      CHECK(error.file() == file);
      CHECK(std::string(error.what()).find("roles[0].person") != std::string::npos);
    }
  }
  SECTION("an unknown type") {
    dir.Write("302_typ.json",
              R"({"article": "302_typ.txt", "entities": [{"type": "City", "name": "Grünfeld"}]})");
    CHECK_THROWS_WITH(LoadGoldDir(dir.path().string()),
                      Catch::Contains("302_typ.json") && Catch::Contains("entities[0].type"));
  }
  SECTION("a bad corpus.json") {
    dir.Write("corpus.json", R"({"same_entity": [["nur ein Name"]]})");
    CHECK_THROWS_WITH(LoadGoldDir(dir.path().string()), Catch::Contains("corpus.json"));
  }
  SECTION("a missing folder") {
    CHECK_THROWS_AS(LoadGoldDir((dir.path() / "fehlt").string()), newskg::InputError);
  }
}

TEST_CASE("LoadGoldDir reads the shared seed gold", "[eval][gold]") {
  GoldSet gold = LoadGoldDir(std::string(NEWSKG_SHARED_DIR) + "/gold/seeds");
  CHECK(gold.articles.size() == 5);
  CHECK_FALSE(gold.corpus.same_entity.empty());
  for (const GoldArticle& article : gold.articles) {
    CHECK_FALSE(article.entities.empty());
    CHECK_FALSE(article.meetings.empty());
  }
}

TEST_CASE("a role's implied 'of' that names no entity joins the entities as optional", "[eval][gold]") {
  // "der norwegische Hafenmeister Ola Berg": Norwegen is implied by an adjective only.
  constexpr const char* kImplied = R"({
    "article": "201_fjord.txt",
    "entities": [{"type": "Person", "name": "Ola Berg"}],
    "roles": [{"person": "Ola Berg", "role": ["Hafenmeister"], "of": "Norwegen"}]
  })";
  GoldArticle article = ParseGoldArticle(kImplied, "201_fjord.json");
  REQUIRE(article.entities.size() == 2);
  CHECK(article.entities[1].name == "Norwegen");
  CHECK(article.entities[1].optional);
  REQUIRE(article.roles.size() == 1);
  CHECK(article.roles[0].of == std::optional<std::size_t>(1));
  // A role's person must still be an entity of the file.
  constexpr const char* kMissingPerson = R"({
    "article": "202_fjord.txt",
    "entities": [{"type": "Person", "name": "Ola Berg"}],
    "roles": [{"person": "Kari Nordmann", "role": ["Lotsin"]}]
  })";
  CHECK_THROWS_AS(ParseGoldArticle(kMissingPerson, "202_fjord.json"), newskg::InputError);
}
