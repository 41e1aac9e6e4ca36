#include <catch.hpp>

#include "fixture.h"
#include "graph/report_json.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;
using nlohmann::json;

TEST_CASE("PathsJson gives every path with its entities, hops, relations and evidence") {
  const auto kg = Project(SampleModel());
  const auto from = V(kg, "person/karl-petersen"), to = V(kg, "person/anna-bergmann");
  const json out = PathsJson(kg, from, to, ShortestPaths(kg, from, to));
  CHECK(out.at("connected") == true);
  CHECK(out.at("distance") == 2);
  CHECK(out.at("total_paths") == 1);
  CHECK(out.at("from") == json{{"iri", Id("person/karl-petersen")}, {"label", "Karl Petersen"}, {"type", "Person"}});
  CHECK(out.at("to").at("label") == "Anna Bergmann");
  REQUIRE(out.at("paths").size() == 1);
  const json& path = out.at("paths")[0];
  REQUIRE(path.at("entities").size() == 3);
  CHECK(path.at("entities")[1].at("label") == "Lena Krause");
  REQUIRE(path.at("hops").size() == 2);
  const json& first = path.at("hops")[0];
  CHECK(first.at("from") == Id("person/karl-petersen"));
  CHECK(first.at("to") == Id("person/lena-krause"));
  REQUIRE(first.at("relations").size() == 1);
  const json& meeting = first.at("relations")[0];
  CHECK(meeting.at("kind") == "meeting");
  CHECK(meeting.at("label") == "Treffen");
  CHECK(meeting.at("directed") == false);
  CHECK(meeting.at("weight") == 1);
  CHECK(meeting.at("evidence_count") == 1);
  REQUIRE(meeting.at("evidence").size() == 1);
  const json& evidence = meeting.at("evidence")[0];
  CHECK(evidence.at("article") == "002_konstanz.txt");
  CHECK(evidence.at("sentence") == kSentenceMeeting);
  CHECK(evidence.at("char_start") == 145);
  CHECK(evidence.at("char_end") == 229);
  CHECK(evidence.at("qualifiers") == json{"planned", "Konstanz"});
}

TEST_CASE("PathsJson of unconnected entities says so; directed relations name their subject") {
  const auto kg = Project(SampleModel());
  const auto a = V(kg, "person/anna-bergmann"), m = V(kg, "person/maria-schmidt");
  const json none = PathsJson(kg, a, m, ShortestPaths(kg, a, m));
  CHECK(none.at("connected") == false);
  CHECK(none.at("distance").is_null());
  CHECK(none.at("paths").empty());

  const auto sw = V(kg, "org/stadtwerke-lindau");
  const json role = RelationJson(kg, kg.EdgesBetween(sw, a).at(0), {});
  CHECK(role.at("directed") == true);
  CHECK(role.at("source") == Id("person/anna-bergmann"));
  CHECK(role.at("target") == Id("org/stadtwerke-lindau"));
}

TEST_CASE("RelationJson caps the evidence as asked, and counts all of it") {
  const auto kg = Project(SampleModel());
  const auto e = kg.EdgesBetween(V(kg, "person/jonas-weisshaupt"), V(kg, "org/stadtwerke-lindau")).at(0);
  CHECK(RelationJson(kg, e, FormatOptions{1}).at("evidence").size() == 1);
  CHECK(RelationJson(kg, e, FormatOptions{1}).at("evidence_count") == 2);
  CHECK(RelationJson(kg, e, FormatOptions{0}).at("evidence").size() == 2);
}

TEST_CASE("NeighborsJson groups direct neighbours by relation and lists farther rings") {
  const auto kg = Project(SampleModel());
  const auto lena = V(kg, "person/lena-krause");
  const json out = NeighborsJson(kg, Neighbors(kg, lena, 2), 2);
  CHECK(out.at("entity").at("label") == "Lena Krause");
  CHECK(out.at("entity").at("roles") == json{"Ministerin"});
  CHECK(out.at("depth") == 2);
  bool saw_role = false;
  for (const json& group : out.at("relations")) {
    if (group.at("label") == "Ministerin") {
      saw_role = true;
      CHECK(group.at("direction") == "outgoing");
      CHECK(group.at("neighbors")[0].at("entity").at("label") == "Landesregierung");
      CHECK(group.at("neighbors")[0].at("relations")[0].at("evidence")[0].at("sentence") ==
            kSentenceMinisterin);
    }
    if (!group.at("directed").get<bool>()) CHECK(group.at("direction").is_null());
  }
  CHECK(saw_role);
  REQUIRE_FALSE(out.at("farther").empty());
  for (const json& item : out.at("farther")) {
    CHECK(item.at("distance") == 2);
    CHECK_FALSE(item.at("relations").empty());
    CHECK(item.at("via").contains("iri"));
  }
}
