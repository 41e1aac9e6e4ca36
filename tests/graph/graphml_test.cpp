#include <catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "fixture.h"
#include "graph/graphml_writer.h"
#include "graph/xml_writer.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

const std::string kSchema = std::string(NEWSKG_SOURCE_DIR) + "/schema/graphml-structure.xsd";

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Doc Parse(const std::string& text) {
  return Doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "graph.graphml", nullptr,
                           XML_PARSE_NONET),
             &xmlFreeDoc);
}

// 0 if valid, else libxml2's error count / code.
int ValidateAgainstSchema(xmlDoc* doc) {
  std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewParserCtxt(kSchema.c_str()), &xmlSchemaFreeParserCtxt);
  REQUIRE(parser);
  std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()),
                                                               &xmlSchemaFree);
  REQUIRE(schema);
  std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> valid(
      xmlSchemaNewValidCtxt(schema.get()), &xmlSchemaFreeValidCtxt);
  REQUIRE(valid);
  return xmlSchemaValidateDoc(valid.get(), doc);
}

struct Element {
  std::map<std::string, std::string> attributes;
  std::map<std::string, std::string> data;  // key -> text, for node and edge
};

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::vector<Element> Select(xmlDoc* doc, const char* xpath) {
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc),
                                                                       &xmlXPathFreeContext);
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "g", BAD_CAST "http://graphml.graphdrawing.org/xmlns");
  std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
      xmlXPathEvalExpression(BAD_CAST xpath, ctx.get()), &xmlXPathFreeObject);
  std::vector<Element> out;
  if (!result || !result->nodesetval) return out;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    xmlNode* n = result->nodesetval->nodeTab[i];
    Element e;
    for (xmlAttr* a = n->properties; a; a = a->next) {
      e.attributes[reinterpret_cast<const char*>(a->name)] = Attr(n, reinterpret_cast<const char*>(a->name));
    }
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      xmlChar* text = xmlNodeGetContent(c);
      e.data[Attr(c, "key")] = text ? reinterpret_cast<const char*>(text) : "";
      xmlFree(text);
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

TEST_CASE("WriteGraphMl output is valid against the GraphML structure schema") {
  auto model = SampleModel();
  auto text = GraphMlString(Project(model));
  auto doc = Parse(text);
  REQUIRE(doc);
  CHECK(ValidateAgainstSchema(doc.get()) == 0);
}

TEST_CASE("The schema rejects what Gephi or GraphML would not accept") {
  auto model = SampleModel();
  auto text = GraphMlString(Project(model));
  auto broken = [&](const std::string& from, const std::string& to) {
    auto copy = text;
    auto at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    auto doc = Parse(copy);
    REQUIRE(doc);
    return ValidateAgainstSchema(doc.get());
  };
  CHECK(broken("target=\"n", "target=\"x") != 0);             // dangling edge end
  CHECK(broken("<data key=\"v_type\"", "<data key=\"nope\"") != 0);  // undeclared key
  CHECK(broken("attr.type=\"double\"", "attr.type=\"number\"") != 0);
  CHECK(broken("edgedefault=\"undirected\"", "edgedefault=\"both\"") != 0);
  CHECK(broken("<node id=\"n1\"", "<node id=\"n0\"") != 0);    // duplicate node id
}

TEST_CASE("GraphML nodes and edges carry Gephi's attributes and reference declared keys") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto text = GraphMlString(kg);
  auto doc = Parse(text);
  REQUIRE(doc);

  auto keys = Select(doc.get(), "/g:graphml/g:key");
  std::map<std::string, Element> key_by_id;
  for (const auto& k : keys) {
    CHECK(k.attributes.at("for") != "graph");
    CHECK(k.attributes.at("for") != "all");
    CHECK(key_by_id.emplace(k.attributes.at("id"), k).second);
  }
  std::map<std::string, std::string> node_types, edge_types;
  for (const auto& [id, k] : key_by_id) {
    (k.attributes.at("for") == "node" ? node_types : edge_types)[k.attributes.at("attr.name")] =
        k.attributes.at("attr.type");
  }
  CHECK(node_types == std::map<std::string, std::string>{{"b", "int"}, {"g", "int"}, {"iri", "string"},
                                                          {"label", "string"}, {"r", "int"},
                                                          {"type", "string"}});
  CHECK(edge_types == std::map<std::string, std::string>{{"kind", "string"}, {"label", "string"},
                                                          {"weight", "double"}});
  CHECK(Select(doc.get(), "/g:graphml/g:graph")[0].attributes.at("edgedefault") == "undirected");

  auto nodes = Select(doc.get(), "/g:graphml/g:graph/g:node");
  auto edges = Select(doc.get(), "/g:graphml/g:graph/g:edge");
  REQUIRE(nodes.size() == kg.vertex_count());
  std::set<std::string> node_ids;
  std::map<std::string, std::string> label_of;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& id = nodes[i].attributes.at("id");
    CHECK(id == "n" + std::to_string(i));
    CHECK(node_ids.insert(id).second);
    for (const auto& [key, value] : nodes[i].data) {
      REQUIRE(key_by_id.count(key));
      CHECK(key_by_id.at(key).attributes.at("for") == "node");
      if (key_by_id.at(key).attributes.at("attr.type") == "int") {
        int colour = std::stoi(value);
        CHECK((colour >= 0 && colour <= 255));
      }
    }
    label_of[id] = nodes[i].data.at("v_label");
  }
  CHECK(label_of.at("n0") == kg.label(0));

  // 12 relations; Anna Bergmann and Lena Krause's two talks are one relation already.
  CHECK(edges.size() == 12);
  std::set<std::string> edge_ids;
  std::set<std::pair<std::string, std::string>> pairs;
  bool saw_role = false;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    CHECK(e.attributes.at("id") == "e" + std::to_string(i));
    CHECK(edge_ids.insert(e.attributes.at("id")).second);
    CHECK(node_ids.count(e.attributes.at("source")));
    CHECK(node_ids.count(e.attributes.at("target")));
    auto a = e.attributes.at("source"), b = e.attributes.at("target");
    CHECK(pairs.insert(std::minmax(a, b)).second);  // no parallel edges in the file
    for (const auto& [key, value] : e.data) {
      REQUIRE(key_by_id.count(key));
      CHECK(key_by_id.at(key).attributes.at("for") == "edge");
    }
    std::size_t used = 0;
    double weight = std::stod(e.data.at("e_weight"), &used);
    CHECK(used == e.data.at("e_weight").size());
    CHECK(weight >= 1);
    if (label_of.at(a) == "Jonas Weißhaupt" && label_of.at(b) == "Stadtwerke Lindau") {
      saw_role = true;
      CHECK(e.data.at("e_label") == "Geschäftsführer");
      CHECK(e.data.at("e_kind") == "holds post");
      CHECK(weight == 2);
    }
  }
  CHECK(saw_role);
}

TEST_CASE("Parallel relations between one pair become one GraphML edge") {
  ModelBuilder b;
  namespace v = newskg::rdf::vocab;
  b.Entity("person/ida", {v::schema::kPerson}, "Ida Hahn");
  b.Entity("person/ole", {v::schema::kPerson}, "Ole Fink");
  b.Meeting("event/1", {"person/ida", "person/ole"}, "call", "held", std::nullopt, std::nullopt);
  b.Evidence(newskg::rdf::Term::Iri(Id("event/1")), newskg::rdf::Term::Iri(Id("evidence/1")),
             "article/x", "Hahn telefonierte am Abend mit Fink.", 0, 36);
  b.Meeting("event/2", {"person/ida", "person/ole"}, "meeting", "held", std::nullopt, std::nullopt);
  b.Evidence(newskg::rdf::Term::Iri(Id("event/2")), newskg::rdf::Term::Iri(Id("evidence/2")),
             "article/x", "Am Tag darauf trafen sich Hahn & Fink <im Rathaus>.", 37, 90);
  auto kg = Project(b.model());
  REQUIRE(kg.edge_count() == 2);
  auto doc = Parse(GraphMlString(kg));
  REQUIRE(doc);
  CHECK(ValidateAgainstSchema(doc.get()) == 0);
  auto edges = Select(doc.get(), "/g:graphml/g:graph/g:edge");
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].data.at("e_label") == "Telefonat / Treffen");
  CHECK(edges[0].data.at("e_weight") == "2");
}

TEST_CASE("Labels are escaped") {
  ModelBuilder b;
  b.Entity("org/a", {newskg::rdf::vocab::schema::kOrganization}, "Müller & Söhne <GmbH> \"Nord\"");
  auto kg = Project(b.model());
  auto text = GraphMlString(kg);
  CHECK(text.find("Müller &amp; Söhne &lt;GmbH&gt;") != std::string::npos);
  auto doc = Parse(text);
  REQUIRE(doc);
  CHECK(Select(doc.get(), "//g:node")[0].data.at("v_label") == "Müller & Söhne <GmbH> \"Nord\"");
}

TEST_CASE("Characters XML cannot carry are replaced, and the document stays well-formed") {
  ModelBuilder b;
  b.Entity("org/a", {newskg::rdf::vocab::schema::kOrganization},
           "Nord\x01werk \xEF\xBF\xBE GmbH\x1b[41m");
  auto kg = Project(b.model());
  auto text = GraphMlString(kg);
  auto doc = Parse(text);
  REQUIRE(doc);
  CHECK(ValidateAgainstSchema(doc.get()) == 0);
  CHECK(Select(doc.get(), "//g:node")[0].data.at("v_label") ==
        "Nord\uFFFDwerk \uFFFD GmbH\uFFFD[41m");
  CHECK(XmlSafe("Tab\tund\nZeile") == "Tab\tund\nZeile");
  CHECK(XmlSafe("\xC3") == "\uFFFD");  // a truncated sequence
}

TEST_CASE("Projection and GraphML are byte-identical across runs") {
  auto first = GraphMlString(Project(SampleModel()));
  auto second = GraphMlString(Project(SampleModel()));
  CHECK(first == second);
}

TEST_CASE("xmllint accepts the output against the schema") {
  // xmllint (Debian's libxml2-utils) is a declared test dependency: missing, it fails.
  REQUIRE(std::system("command -v xmllint >/dev/null 2>&1") == 0);
  auto path = std::filesystem::temp_directory_path() /
              ("newskg-graph-test-" + std::to_string(::getpid()) + ".graphml");
  std::ofstream(path) << GraphMlString(Project(SampleModel()));
  std::string command = "xmllint --noout --schema '" + kSchema + "' '" + path.string() +
                        "' >/dev/null 2>&1";
  CHECK(std::system(command.c_str()) == 0);
  std::filesystem::remove(path);
}
