#include <catch.hpp>

#include "eval/entity_mapper.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "eval/system_output.h"
#include "eval_fixtures.h"

using namespace newskg::eval;
using newskg::eval::testing::GraphBuilder;
using Catch::Matchers::WithinAbs;

namespace {

constexpr const char* kGold = R"({
  "article": "100_rathaus.txt",
  "entities": [
    {"type": "Person", "name": "Greta Weißmüller", "aliases": ["Weißmüller"]},
    {"type": "Person", "name": "Tobias Kranich", "aliases": ["Kranich"]},
    {"type": "Organization", "name": "Rathaus Grünfeld", "alt_types": ["Place"]},
    {"type": "Place", "name": "Grünfeld"},
    {"type": "Person", "name": "Jonas Petrow"},
    {"type": "Person", "name": "Liesel Obermayr"},
    {"type": "Person", "name": "Ferdinand Hollerbach"},
    {"type": "Place", "name": "Elbtal", "optional": true}
  ],
  "roles": [
    {"person": "Greta Weißmüller", "role": ["Bürgermeisterin"], "of": "Grünfeld"},
    {"person": "Tobias Kranich", "role": ["Pressesprecher", "Sprecher"], "of": "Rathaus Grünfeld"},
    {"person": "Jonas Petrow", "role": ["Gesandter"]},
    {"person": "Liesel Obermayr", "role": ["Schulleiterin"], "of": "Grünfeld"}
  ],
  "meetings": [
    {"participants": ["Greta Weißmüller", "Tobias Kranich"], "place": "Rathaus Grünfeld",
     "time": "am Montag", "status": "held", "kind": "meeting"},
    {"participants": ["Greta Weißmüller", "Jonas Petrow", "Tobias Kranich"], "place": "Grünfeld",
     "time": "im Mai", "status": "planned", "kind": "talks"},
    {"participants": ["Jonas Petrow", "Grünfeld"], "place": null, "status": "considered",
     "kind": "visit", "optional": true},
    {"participants": ["Ferdinand Hollerbach", "Greta Weißmüller"], "place": null, "status": "held",
     "kind": "meeting"}
  ],
  "not_meetings": [{"participants": ["Jonas Petrow", "Liesel Obermayr"], "why": "abgesagt"}]
})";

void BuildSystem(newskg::rdf::Model& model) {
  GraphBuilder g(model);
  g.Article("a1", "100_rathaus.txt");
  g.Entity("a1", "weiss", "Person", "Greta Weissmüller");         // ß/ss
  g.Entity("a1", "kranich", "Person", "Herrn Kranichs");          // title, genitive, alias
  g.Entity("a1", "kranich2", "Person", "Tobias Kranich");         // duplicate node
  g.Entity("a1", "rathaus", "Place", "rathaus grünfeld");         // alt type, case
  g.Entity("a1", "gruen", "Place", "Grünfelds");
  g.Entity("a1", "petrow", "Person", "Jonas Petrow");
  g.Entity("a1", "obermayr", "Organization", "Liesel Obermayr");  // wrong type
  g.Entity("a1", "elbtal", "Place", "Elbtal");                    // optional
  g.Entity("a1", "bogus", "Place", "Sonnenberg");                 // matches nothing

  g.Role("a1", "p1", "weiss", "Bürgermeisterin von Grünfeld", "gruen");
  g.Role("a1", "p2", "kranich", "Sprechers des Rathauses", "gruen");  // wrong of
  g.Role("a1", "p3", "petrow", "Nahostgesandten", "weiss");            // of where gold has none
  g.Role("a1", "p4", "weiss", "Lehrerin");                             // false positive

  g.Meeting("a1", "m1", {"weiss", "kranich2"}, "rathaus", "held", "meeting");
  g.Meeting("a1", "m2", {"weiss", "petrow", "bogus"}, "bogus", "held", "talks");
  g.Meeting("a1", "m3", {"petrow", "obermayr"}, "", "planned", "meeting");  // a not_meeting
  g.Meeting("a1", "m4", {"weiss", "gruen"}, "", "held", "meeting");         // one of two
  g.Meeting("a1", "m5", {"petrow", "gruen"}, "", "considered", "visit");    // optional gold
}

void CheckCounts(const Counts& c, int tp, int fp, int fn) {
  CHECK(c.tp == tp);
  CHECK(c.fp == fp);
  CHECK(c.fn == fn);
}

bool HasFinding(const ArticleResult& result, const std::string& category, const std::string& kind,
                const std::string& text_part) {
  for (const Finding& f : result.findings) {
    if (f.category == category && f.kind == kind && f.text.find(text_part) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("ReadSystemOutput reads articles, entities, roles and meetings", "[eval][system]") {
  newskg::rdf::Model model;
  BuildSystem(model);
  SystemOutput output = ReadSystemOutput(model);
  REQUIRE(output.articles.size() == 1);
  const SystemArticle& article = output.articles[0];
  CHECK(article.identifier == "100_rathaus.txt");
  CHECK(article.mentions.size() == 9);
  REQUIRE(article.roles.size() == 4);
  CHECK(article.roles[0].labels == std::vector<std::string>{"Bürgermeisterin von Grünfeld"});
  CHECK(article.roles[0].person == std::string(testing::kEx) + "weiss");
  CHECK(article.roles[0].post_in == std::vector<std::string>{std::string(testing::kEx) + "gruen"});
  CHECK(article.roles[3].post_in.empty());
  REQUIRE(article.meetings.size() == 5);
  CHECK(article.meetings[0].attendees.size() == 2);
  CHECK(article.meetings[0].statuses == std::vector<std::string>{"held"});
  CHECK(article.meetings[0].kinds == std::vector<std::string>{"meeting"});
  const SystemEntity* obermayr = output.FindEntity(std::string(testing::kEx) + "obermayr");
  REQUIRE(obermayr);
  CHECK(obermayr->types == std::vector<EntityType>{EntityType::Organization});
  CHECK(obermayr->labels == std::vector<std::string>{"Liesel Obermayr"});
}

TEST_CASE("EntityMapper prefers label matches over alt-label matches", "[eval][system]") {
  GoldArticle gold = ParseGoldArticle(kGold, "100_rathaus.json");
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Entity("", "x", "Person", "Kranich", {"Greta Weißmüller"});
  g.Entity("", "y", "Person", "Unbekannt", {"Weißmüller"});
  SystemOutput output = ReadSystemOutput(model);
  EntityMapper mapper(gold, output);
  CHECK(mapper.Map(std::string(testing::kEx) + "x") == std::optional<std::size_t>(1));
  CHECK(mapper.Map(std::string(testing::kEx) + "y") == std::optional<std::size_t>(0));
  CHECK_FALSE(mapper.Map(std::string(testing::kEx) + "nowhere"));
}

TEST_CASE("Score counts entities, roles and meetings by the gold rules", "[eval][score]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(kGold, "100_rathaus.json"));
  newskg::rdf::Model model;
  BuildSystem(model);
  EvalResult result = Score(gold, ReadSystemOutput(model));
  REQUIRE(result.articles.size() == 1);
  const ArticleResult& article = result.articles[0];
  CHECK(article.in_system);
  const Scores& s = result.total;

  SECTION("entities") {
    CheckCounts(s.entities_untyped, 6, 2, 1);
    CHECK_THAT(*s.entities_untyped.Precision(), WithinAbs(0.75, 1e-9));
    CHECK_THAT(*s.entities_untyped.Recall(), WithinAbs(6.0 / 7, 1e-9));
    CHECK_THAT(*s.entities_untyped.F1(), WithinAbs(0.8, 1e-9));
    CheckCounts(s.entities_typed, 5, 3, 2);
    CHECK_THAT(*s.entities_typed.Precision(), WithinAbs(5.0 / 8, 1e-9));
    CHECK_THAT(*s.entities_typed.Recall(), WithinAbs(5.0 / 7, 1e-9));
    CHECK_THAT(*s.entities_typed.F1(), WithinAbs(2.0 / 3, 1e-9));
    CHECK(HasFinding(article, "entity", "missed", "Ferdinand Hollerbach"));
    CHECK(HasFinding(article, "entity", "false positive", "Sonnenberg"));
    CHECK(HasFinding(article, "entity", "duplicate", "Tobias Kranich"));
    CHECK(HasFinding(article, "entity", "wrong type", "Liesel Obermayr: gold Person, system Organization"));
    CHECK_FALSE(HasFinding(article, "entity", "false positive", "Elbtal"));
  }
  SECTION("roles and their of") {
    CheckCounts(s.roles, 3, 1, 1);
    CHECK_THAT(*s.roles.F1(), WithinAbs(0.75, 1e-9));
    CheckCounts(s.role_of, 1, 2, 2);
    CHECK_THAT(*s.role_of.Precision(), WithinAbs(1.0 / 3, 1e-9));
    CHECK(s.role_of_accuracy.correct == 1);
    CHECK(s.role_of_accuracy.total == 2);
    CHECK(HasFinding(article, "role", "missed", "Liesel Obermayr: Schulleiterin"));
    CHECK(HasFinding(article, "role", "false positive", "Lehrerin"));
    CHECK(HasFinding(article, "role-of", "wrong of", "Tobias Kranich"));
    CHECK(HasFinding(article, "role-of", "false positive", "Nahostgesandten"));
  }
  SECTION("meetings") {
    CheckCounts(s.meetings, 2, 2, 1);
    CHECK_THAT(*s.meetings.Precision(), WithinAbs(0.5, 1e-9));
    CHECK_THAT(*s.meetings.Recall(), WithinAbs(2.0 / 3, 1e-9));
    CHECK_THAT(*s.meetings.F1(), WithinAbs(4.0 / 7, 1e-9));
    CHECK(s.meeting_place.correct == 1);
    CHECK(s.meeting_place.total == 2);
    CHECK(s.meeting_status.correct == 1);
    CHECK(s.meeting_status.total == 2);
    CHECK(s.meeting_kind.correct == 2);
    CHECK(s.meeting_kind.total == 2);
    CHECK(HasFinding(article, "meeting", "not_meeting", "abgesagt"));
    CHECK(HasFinding(article, "meeting", "false positive", "m4>"));
    CHECK_FALSE(HasFinding(article, "meeting", "false positive", "m5>"));
    CHECK(HasFinding(article, "meeting", "missed", "Ferdinand Hollerbach + Greta Weißmüller"));
    CHECK(HasFinding(article, "meeting-place", "wrong place", "Sonnenberg"));
    CHECK(HasFinding(article, "meeting-status", "wrong status", "planned"));
  }
}

TEST_CASE("an optional gold role is neither rewarded nor punished, its of included", "[eval][score]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(R"({
    "article": "101_kreistag.txt",
    "entities": [
      {"type": "Person", "name": "Greta Weißmüller"},
      {"type": "Person", "name": "Tobias Kranich"},
      {"type": "Place", "name": "Grünfeld"}
    ],
    "roles": [
      {"person": "Greta Weißmüller", "role": ["Landrätin"], "of": "Grünfeld"},
      {"person": "Greta Weißmüller", "role": ["Juristin"], "of": "Grünfeld", "optional": true},
      {"person": "Tobias Kranich", "role": ["Kreisrat"], "of": "Grünfeld", "optional": true}
    ]
  })", "101_kreistag.json"));
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Article("a1", "101_kreistag.txt");
  g.Entity("a1", "weiss", "Person", "Greta Weißmüller");
  g.Entity("a1", "kranich", "Person", "Tobias Kranich");
  g.Entity("a1", "gruen", "Place", "Grünfeld");
  g.Role("a1", "p1", "weiss", "Landrätin", "gruen");
  g.Role("a1", "p2", "weiss", "Juristin", "weiss");  // optional, with a wrong of
  EvalResult result = Score(gold, ReadSystemOutput(model));
  const Scores& s = result.total;
  CheckCounts(s.roles, 1, 0, 0);       // Kranich's optional role, unfound, is no miss
  CheckCounts(s.role_of, 1, 0, 0);     // nor is the optional role's wrong of
  CHECK(s.role_of_accuracy.total == 1);
  CHECK_FALSE(HasFinding(result.articles[0], "role", "missed", "Kreisrat"));
}

TEST_CASE("a two-participant gold meeting needs both participants", "[eval][score]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(R"({"article": "102_zwei.txt",
    "entities": [{"type": "Person", "name": "Greta Weißmüller"},
                 {"type": "Person", "name": "Tobias Kranich"},
                 {"type": "Person", "name": "Jonas Petrow"}],
    "meetings": [{"participants": ["Greta Weißmüller", "Tobias Kranich"], "status": "held"},
                 {"participants": ["Greta Weißmüller", "Tobias Kranich", "Jonas Petrow"],
                  "status": "planned"}]})", "102_zwei.json"));
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Article("a", "102_zwei.txt");
  g.Entity("a", "greta", "Person", "Greta Weißmüller");
  g.Entity("a", "tobias", "Person", "Tobias Kranich");
  g.Entity("a", "jonas", "Person", "Jonas Petrow");
  // Two of three: matches only the three-party meeting. Then a pair that fits both gold
  // meetings goes to the remaining two-party one.
  g.Meeting("a", "m1", {"greta", "jonas"}, "", "planned", "");
  g.Meeting("a", "m2", {"greta", "tobias"}, "", "held", "");
  EvalResult result = Score(gold, ReadSystemOutput(model));
  CheckCounts(result.total.meetings, 2, 0, 0);
  CHECK(result.total.meeting_status.correct == 2);
}

TEST_CASE("an article missing from the graph counts every gold item as missed", "[eval][score]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(kGold, "100_rathaus.json"));
  newskg::rdf::Model model;
  GraphBuilder(model).Article("other", "999_anders.txt");
  EvalResult result = Score(gold, ReadSystemOutput(model));
  CHECK_FALSE(result.articles[0].in_system);
  CheckCounts(result.total.entities_typed, 0, 0, 7);
  CheckCounts(result.total.roles, 0, 0, 4);
  CheckCounts(result.total.role_of, 0, 0, 3);
  CheckCounts(result.total.meetings, 0, 0, 3);
  CHECK_FALSE(result.total.roles.Precision());
  CHECK(result.unscored_system_articles == std::vector<std::string>{"999_anders.txt"});
}

TEST_CASE("totals are micro averages over articles", "[eval][score]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(kGold, "100_rathaus.json"));
  gold.articles.push_back(ParseGoldArticle(R"({"article": "103_klein.txt",
    "entities": [{"type": "Place", "name": "Sonnenberg"}, {"type": "Place", "name": "Elbtal"}]})",
                                           "103_klein.json"));
  newskg::rdf::Model model;
  BuildSystem(model);
  GraphBuilder g(model);
  g.Article("a2", "103_klein");  // identifier without extension still pairs up
  g.Entity("a2", "bogus", "Place", "Sonnenberg");
  EvalResult result = Score(gold, ReadSystemOutput(model));
  CheckCounts(result.articles[1].scores.entities_typed, 1, 0, 1);
  CheckCounts(result.total.entities_typed, 6, 3, 3);
  CHECK_THAT(*result.total.entities_typed.F1(), WithinAbs(12.0 / 18, 1e-9));
}

TEST_CASE("reports show the table and are deterministic", "[eval][report]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(kGold, "100_rathaus.json"));
  newskg::rdf::Model model;
  BuildSystem(model);
  EvalResult result = Score(gold, ReadSystemOutput(model));
  std::string report = FormatReport(result, true, true);
  INFO(report);
  CHECK(report.find("entities (typed)" + std::string(11, ' ') + "5     3     2   0.625   0.714   0.667") !=
        std::string::npos);
  CHECK(report.find("meeting-place" + std::string(24, ' ') + "1/2" + std::string(11, ' ') + "0.500") !=
        std::string::npos);
  CHECK(report.find("meeting not_meeting") != std::string::npos);
  CHECK(report.find("Legend") != std::string::npos);
  CHECK(FormatReport(result, false).find("meeting not_meeting") == std::string::npos);

  nlohmann::json json = ToJson(result);
  CHECK(json["total"]["roles"]["tp"] == 3);
  CHECK(json["total"]["meeting_status"]["accuracy"] == 0.5);
  CHECK(json["articles"][0]["article"] == "100_rathaus.txt");
  CHECK(json["identity"]["groups_total"] == 0);

  newskg::rdf::Model again;
  BuildSystem(again);
  CHECK(ToJson(Score(gold, ReadSystemOutput(again))).dump() == json.dump());
}
