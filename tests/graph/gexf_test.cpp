#include <catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "fixture.h"
#include "gephi_rules.h"
#include "graph/gexf_writer.h"
#include "xml_fixture.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;
using newskg::testing::GephiGexfIssues;

namespace {

const ExportOptions kNodes{MeetingsAs::Nodes};
const ExportOptions kEdges{MeetingsAs::Edges};

std::vector<XmlElement> Nodes(xmlDoc* doc) { return SelectXml(doc, "/x:gexf/x:graph/x:nodes/x:node"); }
std::vector<XmlElement> Edges(xmlDoc* doc) { return SelectXml(doc, "/x:gexf/x:graph/x:edges/x:edge"); }

std::map<std::string, XmlElement> ById(const std::vector<XmlElement>& elements) {
  std::map<std::string, XmlElement> out;
  for (const auto& e : elements) out[e.attributes.at("id")] = e;
  return out;
}

std::string Attribute(const XmlElement& e, const std::string& name) {
  auto it = e.attributes.find(name);
  return it == e.attributes.end() ? std::string() : it->second;
}

}  // namespace

TEST_CASE("GEXF is valid against the GEXF 1.3 structure schema, meetings as nodes or edges") {
  for (const ExportOptions& options : {kNodes, kEdges}) {
    auto doc = ParseXml(GexfString(Project(SampleModel()), options));
    REQUIRE(doc);
    CHECK(ValidateAgainst(kGexfSchema, doc.get()) == 0);
  }
}

TEST_CASE("The GEXF schema rejects what GEXF 1.3 or Gephi would not accept") {
  const auto text = GexfString(Project(SampleModel()));
  auto broken = [&](const std::string& from, const std::string& to) {
    return ValidateChanged(kGexfSchema, text, from, to);
  };
  CHECK(broken("version=\"1.3\"", "version=\"1.2\"") != 0);
  CHECK(broken("target=\"https://", "target=\"nowhere:") != 0);  // dangling edge end
  CHECK(broken("start=\"2025-03-12\"", "start=\"2025-02-30\"") != 0);  // no such day
  CHECK(broken("type=\"directed\"", "type=\"both\"") != 0);
  CHECK(broken("<attributes class=\"node\"", "<attributes class=\"graph\"") != 0);
  CHECK(broken("type=\"liststring\"", "type=\"list\"") != 0);
  CHECK(broken("r=\"31\"", "r=\"310\"") != 0);
  CHECK(broken("id=\"e1\"", "id=\"e0\"") != 0);  // duplicate edge id
}

TEST_CASE("GEXF header: version 1.3, a dynamic graph of dates, directed with meetings as nodes") {
  auto nodes_doc = ParseXml(GexfString(Project(SampleModel()), kNodes));
  REQUIRE(nodes_doc);
  const auto root = SelectXml(nodes_doc.get(), "/x:gexf")[0];
  CHECK(root.attributes.at("version") == "1.3");
  const auto graph = SelectXml(nodes_doc.get(), "/x:gexf/x:graph")[0];
  CHECK(graph.attributes.at("defaultedgetype") == "directed");
  CHECK(graph.attributes.at("mode") == "dynamic");
  CHECK(graph.attributes.at("timeformat") == "date");
  CHECK(graph.attributes.at("timerepresentation") == "interval");
  // Mixed with meetings as edges: no default, every edge typed (as Gephi writes mixed graphs).
  auto edges_doc = ParseXml(GexfString(Project(SampleModel()), kEdges));
  REQUIRE(edges_doc);
  CHECK(SelectXml(edges_doc.get(), "/x:gexf/x:graph")[0].attributes.count("defaultedgetype") == 0);
  for (const auto& e : Edges(edges_doc.get())) CHECK(e.attributes.count("type") == 1);
}

TEST_CASE("GEXF nodes: entities with roles, meetings with kind, status, place and time, posts") {
  const auto kg = Project(SampleModel());
  auto doc = ParseXml(GexfString(kg));
  REQUIRE(doc);
  const auto nodes = ById(Nodes(doc.get()));
  REQUIRE(nodes.size() == 15);

  const auto& lena = nodes.at(Id("person/lena-krause"));
  CHECK(lena.attributes.at("label") == "Lena Krause");
  CHECK(lena.values.at("type") == "Person");
  CHECK(lena.values.at("iri") == Id("person/lena-krause"));
  CHECK(lena.values.at("roles") == "[\"Ministerin\"]");
  CHECK(lena.attributes.count("start") == 0);  // entities have no time
  CHECK(lena.children.back() == "color");

  const auto& m1 = nodes.at(Id("event/m1"));
  CHECK(m1.attributes.at("label") == "Gespräche 2025-03-12");
  CHECK(m1.attributes.at("start") == "2025-03-12");
  CHECK(m1.attributes.at("end") == "2025-03-12");
  CHECK(m1.values.at("type") == "Meeting");
  CHECK(m1.values.at("meeting_kind") == "talks");
  CHECK(m1.values.at("status") == "held");
  CHECK(m1.values.at("place") == "Lindau");
  CHECK(m1.values.at("date") == "2025-03-12");
  CHECK(m1.values.at("date_source") == "text");
  CHECK(m1.values.at("time_expression") == "am Mittwoch");
  CHECK(m1.values.at("article") == "001_lindau.txt");
  CHECK(m1.values.at("sentence") == kSentenceTalks);

  // No date in the text: the article's, marked as such.
  const auto& m2 = nodes.at(Id("event/m2"));
  CHECK(m2.attributes.at("start") == "2025-04-02");
  CHECK(m2.values.at("date_source") == "article");
  CHECK(m2.values.count("place") == 0);
  CHECK(nodes.at(Id("event/m3")).values.at("status") == "planned");

  const auto& post = nodes.at(Id("post/p5"));
  CHECK(post.attributes.at("label") == "Sprecher");
  CHECK(post.values.at("type") == "Post");
}

TEST_CASE("Every meeting is a GEXF node, and its edges carry its time") {
  const auto kg = Project(SampleModel());
  auto doc = ParseXml(GexfString(kg));
  REQUIRE(doc);
  const auto nodes = ById(Nodes(doc.get()));
  for (std::size_t m = 0; m < kg.meeting_count(); ++m) {
    const MeetingView meeting = kg.meeting(m);
    REQUIRE(nodes.count(std::string(meeting.iri)));
    CHECK(nodes.at(std::string(meeting.iri)).values.at("meeting_kind") == meeting.kind);
    CHECK(nodes.at(std::string(meeting.iri)).values.at("status") == meeting.status);
  }
  std::map<std::string, int> kinds;
  for (const auto& e : Edges(doc.get())) {
    const std::string kind = e.attributes.at("kind");
    ++kinds[kind];
    CHECK(e.values.at("relation") == kind);
    CHECK(e.attributes.at("type") == "directed");
    if (kind == "attends" || kind == "location") {
      const std::string meeting = kind == "attends" ? e.attributes.at("target") : e.attributes.at("source");
      CHECK(Attribute(e, "start") == Attribute(nodes.at(meeting), "start"));
      CHECK(e.values.at("status") == nodes.at(meeting).values.at("status"));
    }
  }
  CHECK(kinds == std::map<std::string, int>{{"attends", 7}, {"holds post", 4}, {"location", 2}});
}

TEST_CASE("GEXF with meetings as edges: one undirected edge per pair, spells of its meetings") {
  namespace v = newskg::rdf::vocab;
  ModelBuilder b;
  b.Article("article/a", "a.txt");
  b.Entity("person/ida", {v::schema::kPerson}, "Ida Hahn");
  b.Entity("person/ole", {v::schema::kPerson}, "Ole Fink");
  b.Meeting("event/1", {"person/ida", "person/ole"}, "call", "held", std::nullopt, "2025-03-12");
  b.Meeting("event/2", {"person/ida", "person/ole"}, "meeting", "planned", std::nullopt, "2025-03");
  b.Meeting("event/3", {"person/ida", "person/ole"}, "meeting", "held", std::nullopt, "2025-05-02");
  for (const char* m : {"event/1", "event/2", "event/3"}) {
    b.Evidence(newskg::rdf::Term::Iri(Id(m)), newskg::rdf::Term::Iri(Id(std::string(m) + "-ev")),
               "article/a", std::string("Satz zu ") + m + ".", 0, 10);
  }
  const auto kg = Project(b.model());
  const auto text = GexfString(kg, kEdges);
  CHECK(GephiGexfIssues(text).empty());
  auto doc = ParseXml(text);
  REQUIRE(doc);
  CHECK(ValidateAgainst(kGexfSchema, doc.get()) == 0);
  const auto edges = Edges(doc.get());
  REQUIRE(edges.size() == 1);
  const auto& e = edges[0];
  CHECK(e.attributes.at("type") == "undirected");
  CHECK(e.attributes.at("kind") == "meeting");
  CHECK(e.attributes.at("label") == "Telefonat / Treffen");
  CHECK(e.values.at("meetings") == "3");
  CHECK(e.values.at("status") == "held / planned");
  // March 12 lies within March: two disjoint spells.
  const auto spells = SelectXml(doc.get(), "//x:edge/x:spells/x:spell");
  REQUIRE(spells.size() == 2);
  CHECK(spells[0].attributes.at("start") == "2025-03-01");
  CHECK(spells[0].attributes.at("end") == "2025-03-31");
  CHECK(spells[1].attributes.at("start") == "2025-05-02");
  CHECK(spells[1].attributes.at("end") == "2025-05-02");
}

TEST_CASE("GEXF passes every Gephi importer rule, and the rules catch breaches") {
  const auto kg = Project(SampleModel());
  for (const ExportOptions& options : {kNodes, kEdges}) {
    const auto issues = GephiGexfIssues(GexfString(kg, options));
    INFO((issues.empty() ? std::string() : issues.front()));
    CHECK(issues.empty());
  }
  const auto text = GexfString(kg);
  auto changed = [&](const std::string& from, const std::string& to) {
    std::string copy = text;
    const auto at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    return GephiGexfIssues(copy);
  };
  CHECK_FALSE(changed("<attvalue for=\"type\"", "<attvalue for=\"relation\"").empty());  // edge attribute on a node
  CHECK_FALSE(changed("id=\"iri\" title", "id=\"label\" title").empty());  // Gephi's own column
  CHECK_FALSE(changed("type=\"directed\"", "type=\"undirected\"").empty());  // dropped in a directed graph
  CHECK_FALSE(changed("type=\"liststring\"", "type=\"anyURI\"").empty());  // GEXF has it, Gephi not
  CHECK_FALSE(changed("end=\"2025-03-12\"", "end=\"2025-03-11\"").empty());
  CHECK_FALSE(changed("weight=\"1\"", "weight=\"0\"").empty());
  CHECK_FALSE(changed("value=\"[&quot;Ministerin&quot;]\"", "value=\"Ministerin\"").empty());
}

TEST_CASE("GexfList writes lists as Gephi parses them") {
  CHECK(GexfList({}) == "[]");
  CHECK(GexfList({"Sprecher"}) == "[\"Sprecher\"]");
  CHECK(GexfList({"a, b", "Chef \"Nord\"", "x\\y"}) == "[\"a, b\", \"Chef \\\"Nord\\\"\", \"x\\\\y\"]");
}

TEST_CASE("No role holder is an isolated GEXF node") {
  const auto kg = Project(SampleModel());
  for (const ExportOptions& options : {kNodes, kEdges}) {
    auto doc = ParseXml(GexfString(kg, options));
    REQUIRE(doc);
    std::set<std::string> linked;
    for (const auto& e : Edges(doc.get())) {
      linked.insert(e.attributes.at("source"));
      linked.insert(e.attributes.at("target"));
    }
    for (const auto& n : Nodes(doc.get())) {
      if (n.values.count("roles")) CHECK(linked.count(n.attributes.at("id")));
    }
  }
}

TEST_CASE("GEXF is byte-identical across runs, and xmllint accepts it against the schema") {
  for (const ExportOptions& options : {kNodes, kEdges}) {
    CHECK(GexfString(Project(SampleModel()), options) == GexfString(Project(SampleModel()), options));
  }
  REQUIRE(std::system("command -v xmllint >/dev/null 2>&1") == 0);
  auto path = std::filesystem::temp_directory_path() /
              ("newskg-graph-test-" + std::to_string(::getpid()) + ".gexf");
  std::ofstream(path) << GexfString(Project(SampleModel()));
  const std::string command = "xmllint --noout --schema '" + kGexfSchema + "' '" + path.string() +
                              "' >/dev/null 2>&1";
  CHECK(std::system(command.c_str()) == 0);
  std::filesystem::remove(path);
}
