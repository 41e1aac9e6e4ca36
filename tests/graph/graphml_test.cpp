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
#include "graph/graphml_writer.h"
#include "graph/xml_writer.h"
#include "xml_fixture.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;
using newskg::testing::GephiGraphMlIssues;

namespace {

const ExportOptions kNodes{MeetingsAs::Nodes};
const ExportOptions kEdges{MeetingsAs::Edges};

std::vector<XmlElement> Nodes(xmlDoc* doc) { return SelectXml(doc, "/g:graphml/g:graph/g:node"); }
std::vector<XmlElement> Edges(xmlDoc* doc) { return SelectXml(doc, "/g:graphml/g:graph/g:edge"); }

// node id -> label
std::map<std::string, std::string> LabelsById(xmlDoc* doc) {
  std::map<std::string, std::string> out;
  for (const auto& n : Nodes(doc)) out[n.attributes.at("id")] = n.data.at("v_label");
  return out;
}

// A person who presides an association and also met it, holding a second post in it.
newskg::rdf::Model RoleAndMeetingModel() {
  namespace v = newskg::rdf::vocab;
  ModelBuilder b;
  b.Entity("person/ida", {v::schema::kPerson}, "Ida Hahn");
  b.Entity("org/verein", {v::schema::kOrganization}, "Segelverein Kiel");
  b.Role("post/1", "person/ida", "Präsidentin", "org/verein");
  b.Evidence(newskg::rdf::Term::Iri(Id("post/1")), newskg::rdf::Term::Iri(Id("evidence/1")),
             "article/x", "Ida Hahn, Präsidentin des Segelvereins Kiel, lud ein.", 0, 52);
  b.Role("post/2", "person/ida", "Vorsitzende", "org/verein");
  b.Evidence(newskg::rdf::Term::Iri(Id("post/2")), newskg::rdf::Term::Iri(Id("evidence/2")),
             "article/x", "Die Vorsitzende des Vereins, Hahn, sprach zuerst.", 53, 102);
  b.Meeting("event/1", {"person/ida", "org/verein"}, "talks", "held", std::nullopt, "2025-07-01");
  b.Evidence(newskg::rdf::Term::Iri(Id("event/1")), newskg::rdf::Term::Iri(Id("evidence/3")),
             "article/x", "Hahn führte Gespräche mit dem Segelverein Kiel.", 103, 150);
  return std::move(b.model());
}

}  // namespace

TEST_CASE("GraphML is valid against the GraphML structure schema, meetings as nodes or edges") {
  for (const ExportOptions& options : {kNodes, kEdges}) {
    auto doc = ParseXml(GraphMlString(Project(SampleModel()), options));
    REQUIRE(doc);
    CHECK(ValidateAgainst(kGraphMlSchema, doc.get()) == 0);
  }
}

TEST_CASE("The GraphML schema rejects what Gephi or GraphML would not accept") {
  const auto text = GraphMlString(Project(SampleModel()));
  auto broken = [&](const std::string& from, const std::string& to) {
    return ValidateChanged(kGraphMlSchema, text, from, to);
  };
  CHECK(broken("target=\"n", "target=\"x") != 0);                    // dangling edge end
  CHECK(broken("<data key=\"v_type\"", "<data key=\"nope\"") != 0);  // undeclared key
  CHECK(broken("attr.type=\"double\"", "attr.type=\"number\"") != 0);
  CHECK(broken("edgedefault=\"directed\"", "edgedefault=\"both\"") != 0);
  CHECK(broken("<node id=\"n1\"", "<node id=\"n0\"") != 0);  // duplicate node id
  CHECK(broken("directed=\"true\"", "directed=\"yes\"") != 0);
}

TEST_CASE("GraphML declares node and edge keys only, and every data element uses one") {
  auto doc = ParseXml(GraphMlString(Project(SampleModel())));
  REQUIRE(doc);
  std::map<std::string, std::string> node_types, edge_types;
  std::map<std::string, std::string> for_of;
  for (const auto& k : SelectXml(doc.get(), "/g:graphml/g:key")) {
    const std::string for_ = k.attributes.at("for");
    REQUIRE((for_ == "node" || for_ == "edge"));
    (for_ == "node" ? node_types : edge_types)[k.attributes.at("attr.name")] = k.attributes.at("attr.type");
    CHECK(for_of.emplace(k.attributes.at("id"), for_).second);
  }
  CHECK(node_types == std::map<std::string, std::string>{
                          {"article", "string"}, {"b", "int"}, {"date", "string"},
                          {"date source", "string"}, {"g", "int"}, {"iri", "string"},
                          {"label", "string"}, {"meeting kind", "string"}, {"place", "string"},
                          {"r", "int"}, {"roles", "string"}, {"sentence", "string"},
                          {"status", "string"}, {"time expression", "string"}, {"type", "string"}});
  CHECK(edge_types == std::map<std::string, std::string>{{"kind", "string"}, {"label", "string"},
                                                          {"meetings", "int"}, {"status", "string"},
                                                          {"weight", "double"}});
  for (const auto& n : Nodes(doc.get())) {
    for (const auto& [key, value] : n.data) CHECK(for_of.at(key) == "node");
  }
  for (const auto& e : Edges(doc.get())) {
    for (const auto& [key, value] : e.data) CHECK(for_of.at(key) == "edge");
  }
}

TEST_CASE("GraphML nodes: entities, meetings and posts of no organization, with roles") {
  const auto kg = Project(SampleModel());
  auto doc = ParseXml(GraphMlString(kg));
  REQUIRE(doc);
  const auto nodes = Nodes(doc.get());
  REQUIRE(nodes.size() == kg.vertex_count() + kg.meeting_count() + kg.post_count());
  REQUIRE(nodes.size() == 15);
  std::map<std::string, XmlElement> by_iri;
  for (const auto& n : nodes) by_iri[n.data.at("v_iri")] = n;
  CHECK(nodes[0].attributes.at("id") == "n0");
  CHECK(nodes[0].data.at("v_label") == kg.label(0));

  const auto& lena = by_iri.at(Id("person/lena-krause"));
  CHECK(lena.data.at("v_roles") == "Ministerin");
  CHECK(lena.data.at("v_type") == "Person");
  CHECK(by_iri.at(Id("person/tobias-krause")).data.at("v_roles") == "Sprecher");
  CHECK(by_iri.at(Id("person/maria-schmidt")).data.count("v_roles") == 0);

  const auto& m1 = by_iri.at(Id("event/m1"));
  CHECK(m1.attributes.at("id") == "m0");
  CHECK(m1.data.at("v_type") == "Meeting");
  CHECK(m1.data.at("v_label") == "Gespräche 2025-03-12");
  CHECK(m1.data.at("v_meeting_kind") == "talks");
  CHECK(m1.data.at("v_status") == "held");
  CHECK(m1.data.at("v_place") == "Lindau");
  CHECK(m1.data.at("v_date") == "2025-03-12");
  CHECK(m1.data.at("v_date_source") == "text");
  CHECK(m1.data.at("v_time_expression") == "am Mittwoch");
  CHECK(m1.data.at("v_article") == "001_lindau.txt");
  CHECK(m1.data.at("v_sentence") == kSentenceTalks);
  const auto& m2 = by_iri.at(Id("event/m2"));
  CHECK(m2.data.at("v_date") == "2025-04-02");
  CHECK(m2.data.at("v_date_source") == "article");
  CHECK(by_iri.at(Id("event/m3")).data.at("v_status") == "planned");

  const auto& post = by_iri.at(Id("post/p5"));
  CHECK(post.attributes.at("id") == "p0");
  CHECK(post.data.at("v_type") == "Post");
  CHECK(post.data.at("v_label") == "Sprecher");
  CHECK(post.data.at("v_sentence") == kSentenceSprecher);
}

TEST_CASE("GraphML edges: one per kind and pair, typed by the label attribute, directed") {
  const auto kg = Project(SampleModel());
  auto doc = ParseXml(GraphMlString(kg));
  REQUIRE(doc);
  CHECK(SelectXml(doc.get(), "/g:graphml/g:graph")[0].attributes.at("edgedefault") == "directed");
  const auto labels = LabelsById(doc.get());
  const auto edges = Edges(doc.get());
  // 3 roles with an organization, 7 attendances, 2 meeting places, 1 post of no organization.
  REQUIRE(edges.size() == 13);
  std::map<std::string, int> kinds;
  bool saw_role = false, saw_place = false;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    CHECK(e.attributes.at("id") == "e" + std::to_string(i));
    CHECK(e.attributes.at("label") == e.data.at("e_kind"));
    CHECK(e.attributes.at("directed") == "true");
    ++kinds[e.data.at("e_kind")];
    const std::string source = labels.at(e.attributes.at("source"));
    const std::string target = labels.at(e.attributes.at("target"));
    if (source == "Jonas Weißhaupt" && target == "Stadtwerke Lindau") {
      saw_role = true;
      CHECK(e.data.at("e_kind") == "holds post");
      CHECK(e.data.at("e_label") == "Geschäftsführer");
      CHECK(e.data.at("e_weight") == "2");
    }
    if (e.data.at("e_kind") == "location" && target == "Konstanz") {
      saw_place = true;
      CHECK(e.attributes.at("source").rfind("m", 0) == 0);
      CHECK(e.data.at("e_status") == "planned");
    }
  }
  CHECK(saw_role);
  CHECK(saw_place);
  CHECK(kinds == std::map<std::string, int>{{"attends", 7}, {"holds post", 4}, {"location", 2}});
  CHECK(GephiGraphMlIssues(GraphMlString(kg)).empty());
}

TEST_CASE("GraphML with meetings as edges: undirected meeting edges beside directed roles") {
  const auto kg = Project(SampleModel());
  const auto text = GraphMlString(kg, kEdges);
  auto doc = ParseXml(text);
  REQUIRE(doc);
  CHECK(SelectXml(doc.get(), "/g:graphml/g:graph")[0].attributes.at("edgedefault") == "undirected");
  const auto labels = LabelsById(doc.get());
  const auto nodes = Nodes(doc.get());
  CHECK(nodes.size() == kg.vertex_count() + kg.post_count());
  std::map<std::string, int> kinds;
  bool saw_pair = false;
  for (const auto& e : Edges(doc.get())) {
    const std::string kind = e.data.at("e_kind");
    ++kinds[kind];
    CHECK(e.attributes.at("directed") == (kind == "meeting" ? "false" : "true"));
    const std::set<std::string> ends = {labels.at(e.attributes.at("source")),
                                        labels.at(e.attributes.at("target"))};
    if (kind == "meeting" && ends == std::set<std::string>{"Anna Bergmann", "Lena Krause"}) {
      saw_pair = true;  // two talks, one edge
      CHECK(e.data.at("e_label") == "Gespräche");
      CHECK(e.data.at("e_weight") == "2");
      CHECK(e.data.at("e_meetings") == "2");
      CHECK(e.data.at("e_status") == "held");
    }
  }
  CHECK(saw_pair);
  CHECK(kinds == std::map<std::string, int>{{"holds post", 4}, {"meeting", 4}, {"meeting place", 5}});
  CHECK(GephiGraphMlIssues(text).empty());
}

TEST_CASE("A pair that met and shares a role link keeps a role edge and a meeting edge") {
  const auto kg = Project(RoleAndMeetingModel());
  for (const ExportOptions& options : {kNodes, kEdges}) {
    const auto text = GraphMlString(kg, options);
    CHECK(GephiGraphMlIssues(text).empty());
    auto doc = ParseXml(text);
    REQUIRE(doc);
    std::map<std::string, XmlElement> by_kind;
    for (const auto& e : Edges(doc.get())) by_kind[e.data.at("e_kind")] = e;
    const auto& role = by_kind.at("holds post");
    CHECK(role.data.at("e_label") == "Präsidentin / Vorsitzende");
    CHECK(role.data.at("e_weight") == "2");
    CHECK(role.attributes.at("directed") == "true");
    if (options.meetings == MeetingsAs::Edges) {
      REQUIRE(by_kind.size() == 2);
      CHECK(by_kind.at("meeting").data.at("e_label") == "Gespräche");
      CHECK(by_kind.at("meeting").attributes.at("directed") == "false");
    } else {
      CHECK(by_kind.count("attends"));
      CHECK(by_kind.count("meeting") == 0);
    }
  }
}

TEST_CASE("No role holder is an isolated GraphML node") {
  const auto kg = Project(SampleModel());
  for (const ExportOptions& options : {kNodes, kEdges}) {
    auto doc = ParseXml(GraphMlString(kg, options));
    REQUIRE(doc);
    std::set<std::string> linked;
    for (const auto& e : Edges(doc.get())) {
      linked.insert(e.attributes.at("source"));
      linked.insert(e.attributes.at("target"));
    }
    for (const auto& n : Nodes(doc.get())) {
      if (n.data.count("v_roles")) CHECK(linked.count(n.attributes.at("id")));
    }
    // Tobias Krause holds a post of no organization: linked to its node.
    CHECK(linked.count("p0"));
  }
}

TEST_CASE("The Gephi rules catch what the importer would merge, drop or refuse") {
  const auto text = GraphMlString(Project(SampleModel()));
  REQUIRE(GephiGraphMlIssues(text).empty());
  auto changed = [&](const std::string& from, const std::string& to) {
    std::string copy = text;
    const auto at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    return GephiGraphMlIssues(copy);
  };
  {  // the first edge again, under another id: parallel, of the same type
    const auto begin = text.find("<edge ");
    const auto end = text.find("</edge>", begin) + 7;
    std::string copy = text.substr(begin, end - begin);
    copy.replace(copy.find("id=\"e0\""), 7, "id=\"e99\"");
    std::string doubled = text;
    doubled.insert(end, copy);
    CHECK_FALSE(GephiGraphMlIssues(doubled).empty());
  }
  CHECK_FALSE(changed("<data key=\"v_type\"", "<data key=\"v_nope\"").empty());
  CHECK_FALSE(changed("id=\"v_roles\"", "id=\"label\"").empty());
  CHECK_FALSE(changed("for=\"node\"", "for=\"graph\"").empty());
  CHECK_FALSE(changed("<data key=\"v_r\">31<", "<data key=\"v_r\">310<").empty());
  CHECK_FALSE(changed("<data key=\"e_weight\">1<", "<data key=\"e_weight\">0<").empty());
}

TEST_CASE("Labels are escaped") {
  ModelBuilder b;
  b.Entity("org/a", {newskg::rdf::vocab::schema::kOrganization}, "Müller & Söhne <GmbH> \"Nord\"");
  auto kg = Project(b.model());
  auto text = GraphMlString(kg);
  CHECK(text.find("Müller &amp; Söhne &lt;GmbH&gt;") != std::string::npos);
  auto doc = ParseXml(text);
  REQUIRE(doc);
  CHECK(SelectXml(doc.get(), "//g:node")[0].data.at("v_label") == "Müller & Söhne <GmbH> \"Nord\"");
}

TEST_CASE("Characters XML cannot carry are replaced, and the document stays well-formed") {
  ModelBuilder b;
  b.Entity("org/a", {newskg::rdf::vocab::schema::kOrganization},
           "Nord\x01werk \xEF\xBF\xBE GmbH\x1b[41m");
  auto kg = Project(b.model());
  auto doc = ParseXml(GraphMlString(kg));
  REQUIRE(doc);
  CHECK(ValidateAgainst(kGraphMlSchema, doc.get()) == 0);
  CHECK(SelectXml(doc.get(), "//g:node")[0].data.at("v_label") ==
        "Nord\uFFFDwerk \uFFFD GmbH\uFFFD[41m");
  CHECK(XmlSafe("Tab\tund\nZeile") == "Tab\tund\nZeile");
  CHECK(XmlSafe("\xC3") == "\uFFFD");  // a truncated sequence
}

TEST_CASE("XmlWriter lays out and escapes a document as libxml2's indenting text writer did") {
  const std::string text = newskg::graph::WriteToString("xml-test", [](newskg::common::BufferedWriter& out) {
    newskg::graph::XmlWriter xml(out);
    xml.Start("graph");
    xml.Attribute("id", "G & \"H\"\t<1>");
    xml.Start("node");
    xml.Start("data");
    xml.Attribute("key", "label");
    xml.Text("Gr\xC3\xBC\xC3\x9F" "e <an> \"Anna\" & Co\r");
    xml.End();
    xml.Start("empty");
    xml.End();
    xml.End();
    xml.Start("edge");
    xml.Attribute("label", "Zeile\nzwei \xC3\x84");
    xml.Finish();
  });
  CHECK(text ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graph id=\"G &amp; &quot;H&quot;&#9;&lt;1&gt;\">\n"
        "  <node>\n"
        "    <data key=\"label\">Gr\xC3\xBC\xC3\x9F" "e &lt;an&gt; &quot;Anna&quot; &amp; Co&#13;</data>\n"
        "    <empty/>\n"
        "  </node>\n"
        "  <edge label=\"Zeile&#10;zwei \xC3\x84\"/>\n"
        "</graph>\n");
}

TEST_CASE("Projection and GraphML are byte-identical across runs") {
  for (const ExportOptions& options : {kNodes, kEdges}) {
    CHECK(GraphMlString(Project(SampleModel()), options) ==
          GraphMlString(Project(SampleModel()), options));
  }
}

TEST_CASE("xmllint accepts the GraphML against the schema") {
  // xmllint (Debian's libxml2-utils) is a declared test dependency: missing, it fails.
  REQUIRE(std::system("command -v xmllint >/dev/null 2>&1") == 0);
  auto path = std::filesystem::temp_directory_path() /
              ("newskg-graph-test-" + std::to_string(::getpid()) + ".graphml");
  std::ofstream(path) << GraphMlString(Project(SampleModel()));
  std::string command = "xmllint --noout --schema '" + kGraphMlSchema + "' '" + path.string() +
                        "' >/dev/null 2>&1";
  CHECK(std::system(command.c_str()) == 0);
  std::filesystem::remove(path);
}
