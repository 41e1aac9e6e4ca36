// Reading the GraphML and GEXF exports back in tests: parsing, schema validation (libxml2) and
// XPath selection of nodes and edges with their data.
#pragma once

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace newskg::graph::testing {

inline const std::string kGraphMlSchema = std::string(NEWSKG_SOURCE_DIR) + "/schema/graphml-structure.xsd";
inline const std::string kGexfSchema = std::string(NEWSKG_SOURCE_DIR) + "/schema/gexf-structure.xsd";

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

inline XmlDoc ParseXml(const std::string& text) {
  return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr,
                              XML_PARSE_NONET),
                &xmlFreeDoc);
}

// 0 if valid, else libxml2's error count / code.
inline int ValidateAgainst(const std::string& schema_file, xmlDoc* doc) {
  std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewParserCtxt(schema_file.c_str()), &xmlSchemaFreeParserCtxt);
  REQUIRE(parser);
  std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()),
                                                               &xmlSchemaFree);
  REQUIRE(schema);
  std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> valid(
      xmlSchemaNewValidCtxt(schema.get()), &xmlSchemaFreeValidCtxt);
  REQUIRE(valid);
  return xmlSchemaValidateDoc(valid.get(), doc);
}

// Validates a changed copy of `text` (the first `from` replaced by `to`).
inline int ValidateChanged(const std::string& schema_file, const std::string& text,
                           const std::string& from, const std::string& to) {
  std::string copy = text;
  const auto at = copy.find(from);
  REQUIRE(at != std::string::npos);
  copy.replace(at, from.size(), to);
  auto doc = ParseXml(copy);
  REQUIRE(doc);
  return ValidateAgainst(schema_file, doc.get());
}

struct XmlElement {
  std::map<std::string, std::string> attributes;
  std::map<std::string, std::string> data;    // GraphML: data key -> text
  std::map<std::string, std::string> values;  // GEXF: attvalue for -> value
  std::vector<std::string> children;          // names of child elements
};

inline std::string XmlAttr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Elements matching `xpath`; prefixes g (GraphML), x (GEXF 1.3) and viz are declared.
inline std::vector<XmlElement> SelectXml(xmlDoc* doc, const char* xpath) {
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc),
                                                                       &xmlXPathFreeContext);
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "g", BAD_CAST "http://graphml.graphdrawing.org/xmlns");
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "x", BAD_CAST "http://gexf.net/1.3");
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "viz", BAD_CAST "http://gexf.net/1.3/viz");
  std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
      xmlXPathEvalExpression(BAD_CAST xpath, ctx.get()), &xmlXPathFreeObject);
  std::vector<XmlElement> out;
  if (!result || !result->nodesetval) return out;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    xmlNode* n = result->nodesetval->nodeTab[i];
    XmlElement e;
    for (xmlAttr* a = n->properties; a; a = a->next) {
      const char* name = reinterpret_cast<const char*>(a->name);
      e.attributes[name] = XmlAttr(n, name);
    }
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string name = reinterpret_cast<const char*>(c->name);
      e.children.push_back(name);
      if (name == "data") {
        xmlChar* text = xmlNodeGetContent(c);
        e.data[XmlAttr(c, "key")] = text ? reinterpret_cast<const char*>(text) : "";
        xmlFree(text);
      } else if (name == "attvalues") {
        for (xmlNode* v = c->children; v; v = v->next) {
          if (v->type == XML_ELEMENT_NODE) e.values[XmlAttr(v, "for")] = XmlAttr(v, "value");
        }
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace newskg::graph::testing
