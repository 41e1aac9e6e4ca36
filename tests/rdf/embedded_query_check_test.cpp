// CheckForEmbeddedEngine: the query shapes rasqal 0.9.33 answers wrongly are refused by name,
// the shapes it answers right are not.
#include <catch.hpp>

#include "rdf/embedded_query_check.h"

namespace newskg::rdf {
namespace {

const std::string kPrefixes =
    "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX org: <http://www.w3.org/ns/org#> PREFIX nkg: <https://newskg.example.org/ns#> "
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

std::vector<std::string> Refused(const std::string& query) {
  std::vector<std::string> constructs;
  for (const Refusal& refusal : CheckForEmbeddedEngine(kPrefixes + query).refusals) {
    constructs.push_back(refusal.construct);
  }
  return constructs;
}

bool RefusesWith(const std::string& query, const std::string& construct) {
  for (const std::string& found : Refused(query)) {
    if (found.find(construct) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("shapes rasqal answers right are accepted") {
  for (const char* query : {
           "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n",
           "SELECT ?m ?l WHERE { ?m a schema:Event . OPTIONAL { ?m schema:location ?l } }",
           "SELECT ?m ?o ?l WHERE { ?m schema:attendee ?o . ?m a schema:Event . ?o rdfs:label ?l }",
           "SELECT ?k (COUNT(*) AS ?n) WHERE { ?m nkg:meetingKind ?k } GROUP BY ?k "
           "HAVING (COUNT(*) > 2) ORDER BY DESC(?n) ?k",
           "SELECT ?p (COUNT(?post) AS ?n) WHERE { ?p org:holds ?post } GROUP BY ?p",
           "SELECT DISTINCT ?k WHERE { ?m nkg:meetingKind ?k } ORDER BY ?k LIMIT 2 OFFSET 1",
           "SELECT ?n WHERE { ?p rdfs:label ?n FILTER(REGEX(?n, \"^S.*ow$\", \"i\") && "
           "STRSTARTS(?n, \"D\") && CONTAINS(?n, \"ö\")) }",
           "SELECT (REPLACE(STR(?n), \"o\", \"0\") AS ?r) WHERE { ?p rdfs:label ?n }",
           "SELECT ?x WHERE { { ?x a schema:Person } UNION { ?x a schema:Place } ?x rdfs:label ?l }",
           "SELECT ?m ?x WHERE { ?m nkg:meetingKind ?k . BIND(STRLEN(STR(?k)) AS ?x) }",
           "SELECT ?m ?t WHERE { ?m nkg:meetingKind ?k ; nkg:status ?s . BIND(IF(STR(?s) = "
           "\"held\", \"held\", STR(?k)) AS ?t) }",
           "SELECT (CONCAT(?k, \" (\", ?s, \")\") AS ?t) WHERE { ?m nkg:meetingKind ?k ; nkg:status ?s }",
           "SELECT ?m ?t WHERE { ?m a schema:Event OPTIONAL { ?m schema:location ?l } "
           "BIND(COALESCE(STR(?l), \"none\") AS ?t) }",
           "SELECT ?d WHERE { ?m schema:startDate ?d FILTER(?d > \"2025-01-01\"^^xsd:date) } "
           "ORDER BY DESC(?d)",
           "CONSTRUCT { ?p schema:name ?n } WHERE { ?p rdfs:label ?n }",
           "ASK { ?p rdfs:label \"Berlin\"@de }",
       }) {
    INFO(query);
    CHECK(Refused(query).empty());
  }
}

TEST_CASE("OPTIONAL, UNION or a group after a pattern of several triples sharing a variable") {
  CHECK(RefusesWith("SELECT * WHERE { ?m a schema:Event . ?m schema:attendee ?o . "
                    "OPTIONAL { ?m schema:location ?l } }", "OPTIONAL after several triple patterns"));
  CHECK(RefusesWith("SELECT * WHERE { ?m a schema:Event . ?m schema:attendee ?o . "
                    "{ ?m schema:location ?l } UNION { ?m nkg:status ?l } }", "UNION after"));
  // The optional part joins on ?o, which the last triple binds: safe.
  CHECK(Refused("SELECT * WHERE { ?m a schema:Event . ?m schema:attendee ?o . "
                "OPTIONAL { ?o rdfs:label ?l } }").empty());
  // Inside an OPTIONAL the same holds for what follows it in its group.
  CHECK(RefusesWith("SELECT * WHERE { ?x a org:Post . OPTIONAL { ?x org:postIn ?o . ?o a ?t . "
                    "OPTIONAL { ?o rdfs:label ?l } } }", "OPTIONAL after"));
}

TEST_CASE("constructs rasqal evaluates wrongly or not at all are refused by name") {
  CHECK(RefusesWith("SELECT ?d WHERE { ?m schema:startDate ?d FILTER(YEAR(?d) = 2025) }", "YEAR()"));
  CHECK(RefusesWith("SELECT (MONTH(?d) AS ?m) WHERE { ?x schema:startDate ?d }", "MONTH()"));
  CHECK(RefusesWith("SELECT (UCASE(?n) AS ?u) WHERE { ?p rdfs:label ?n }", "UCASE()"));
  CHECK(RefusesWith("SELECT ?n WHERE { ?p rdfs:label ?n FILTER(CONTAINS(LCASE(?n), \"ö\")) }", "LCASE()"));
  CHECK(RefusesWith("SELECT ?n WHERE { ?p rdfs:label ?n FILTER(REGEX(?n, \"\\\\d\")) }", "REGEX"));
  CHECK(RefusesWith("SELECT ?n WHERE { ?p rdfs:label ?n FILTER(REGEX(?n, ?n)) }", "computed pattern"));
  CHECK(RefusesWith("SELECT (REPLACE(?n, \"a\", \"b\") AS ?r) WHERE { ?p rdfs:label ?n }", "REPLACE"));
  CHECK(RefusesWith("SELECT (REPLACE(STR(?n), \"(a)\", \"[$1]\") AS ?r) WHERE { ?p rdfs:label ?n }",
                    "$n"));
  CHECK(RefusesWith("SELECT ?m (GROUP_CONCAT(?n; separator=\"|\") AS ?all) WHERE { ?m "
                    "schema:attendee ?n } GROUP BY ?m", "separator"));
  CHECK(RefusesWith("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m schema:attendee ?a }",
                    "COUNT(DISTINCT"));
  CHECK(RefusesWith("SELECT ?k (COUNT(?l) AS ?n) WHERE { ?m nkg:meetingKind ?k OPTIONAL { ?m "
                    "schema:location ?l } } GROUP BY ?k", "may be unbound"));
  CHECK(RefusesWith("SELECT ?len (COUNT(*) AS ?n) WHERE { ?p rdfs:label ?x } GROUP BY "
                    "(STRLEN(?x) AS ?len)", "GROUP BY (expression)"));
  CHECK(RefusesWith("SELECT ?m ?l WHERE { ?m a schema:Event OPTIONAL { ?m schema:location ?l } } "
                    "ORDER BY ?l ?m", "ORDER BY on a value that may be unbound"));
  CHECK(Refused("SELECT ?m ?l WHERE { ?m a schema:Event OPTIONAL { ?m schema:location ?l } } "
                "ORDER BY ?m ?l").empty());
  CHECK(RefusesWith("SELECT * WHERE { ?m schema:location ?l { ?m nkg:meetingKind ?k } UNION "
                    "{ ?m schema:startDate ?d } BIND(STR(?d) AS ?b) }", "BIND with an expression that can fail"));
  CHECK(RefusesWith("SELECT * WHERE { ?m nkg:meetingKind ?k BIND(STRLEN(?k) AS ?n) }", "BIND"));
  CHECK(RefusesWith("SELECT (CONCAT(STR(?k), \"x\") AS ?t) WHERE { ?m nkg:meetingKind ?k }",
                    "CONCAT() of a computed value"));
  CHECK(RefusesWith("SELECT (STRBEFORE(STR(?k), \"l\") AS ?t) WHERE { ?m nkg:meetingKind ?k }",
                    "STRBEFORE() of a computed value"));
  CHECK(RefusesWith("SELECT (SUBSTR(?k, 3) AS ?t) WHERE { ?m nkg:meetingKind ?k }", "SUBSTR()"));
  CHECK(RefusesWith("SELECT (SUBSTR(?k, 1, 0) AS ?t) WHERE { ?m nkg:meetingKind ?k }", "SUBSTR()"));
  CHECK(Refused("SELECT (SUBSTR(?k, 1, 2) AS ?t) (MD5(STR(?k)) AS ?h) WHERE { ?m nkg:meetingKind ?k }").empty());
  CHECK(RefusesWith("SELECT (MD5(?k) AS ?h) WHERE { ?m nkg:meetingKind ?k }", "MD5()"));
  CHECK(RefusesWith("SELECT * WHERE { ?m nkg:meetingKind ?k BIND(?k + 1 AS ?n) }", "BIND"));
  CHECK(RefusesWith("SELECT ?m WHERE { ?m nkg:meetingKind ?k } VALUES ?k { \"call\" }", "VALUES"));
  CHECK(RefusesWith("SELECT ?m WHERE { VALUES ?k { \"call\" } ?m nkg:meetingKind ?k }", "VALUES"));
  CHECK(RefusesWith("SELECT ?p WHERE { ?p a schema:Person MINUS { ?p org:holds ?x } }", "MINUS"));
  CHECK(RefusesWith("SELECT ?p ?n WHERE { ?p a schema:Person { SELECT ?p (COUNT(*) AS ?n) WHERE "
                    "{ ?p org:holds ?x } GROUP BY ?p } }", "sub-SELECT"));
  CHECK(RefusesWith("DESCRIBE <https://newskg.example.org/kg/person/x>", "DESCRIBE"));
  CHECK(RefusesWith("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"));
  CHECK(RefusesWith("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"));
}

TEST_CASE("syntax rasqal lacks is named in the parse error") {
  try {
    CheckForEmbeddedEngine(kPrefixes + "SELECT * WHERE { ?p org:holds/rdfs:label ?r }");
    FAIL("no error");
  } catch (const QuerySyntaxError& error) {
    CHECK(std::string(error.what()).find("property paths (org:holds/rdfs:label)") != std::string::npos);
    CHECK(std::string(error.what()).find("--endpoint") != std::string::npos);
  }
  try {
    CheckForEmbeddedEngine(kPrefixes + "SELECT * WHERE { ?p a schema:Person FILTER NOT EXISTS { "
                                       "?p org:holds ?x } }");
    FAIL("no error");
  } catch (const QuerySyntaxError& error) {
    CHECK(std::string(error.what()).find("EXISTS") != std::string::npos);
  }
  CHECK_THROWS_AS(CheckForEmbeddedEngine("SELEKT ?x"), QuerySyntaxError);
}

TEST_CASE("the projection names the columns of an empty answer") {
  CHECK(CheckForEmbeddedEngine(kPrefixes + "SELECT ?b ?a WHERE { ?a rdfs:label ?b }").variables ==
        std::vector<std::string>{"b", "a"});
  CHECK(CheckForEmbeddedEngine(kPrefixes + "SELECT * WHERE { ?a rdfs:label ?b }").variables.size() == 2);
}

TEST_CASE("aggregates without GROUP BY over nothing give the row SPARQL defines") {
  const EmbeddedQueryCheck count = CheckForEmbeddedEngine(
      kPrefixes + "SELECT (COUNT(*) AS ?n) (MAX(?x) AS ?m) WHERE { ?x nkg:meetingKind \"none\" }");
  CHECK(count.implicit_group);
  REQUIRE(count.empty_group_fixable);
  REQUIRE(count.empty_group_row.size() == 2);
  CHECK(count.empty_group_row[0] == Term::Typed("0", "http://www.w3.org/2001/XMLSchema#integer"));
  CHECK_FALSE(count.empty_group_row[1]);
  const EmbeddedQueryCheck expression = CheckForEmbeddedEngine(
      kPrefixes + "SELECT ((COUNT(*) + 1) AS ?n) WHERE { ?x nkg:meetingKind \"none\" }");
  CHECK(expression.implicit_group);
  CHECK_FALSE(expression.empty_group_fixable);
  CHECK_FALSE(CheckForEmbeddedEngine(kPrefixes + "SELECT ?k (COUNT(*) AS ?n) WHERE { ?x "
                                                 "nkg:meetingKind ?k } GROUP BY ?k").implicit_group);
  // An OFFSET skips the implicit group's one row: no row is the right answer.
  CHECK_FALSE(CheckForEmbeddedEngine(kPrefixes + "SELECT (COUNT(*) AS ?n) WHERE { ?x "
                                                 "nkg:meetingKind \"none\" } OFFSET 1").implicit_group);
}

TEST_CASE("the refusal message names the constructs and where to go instead") {
  const std::string message = RefusalMessage({{"UCASE()", "ASCII only"}, {"VALUES", "wrong join"}});
  CHECK(message.find("UCASE(): ASCII only") != std::string::npos);
  CHECK(message.find("VALUES: wrong join") != std::string::npos);
  CHECK(message.find("--endpoint") != std::string::npos);
}

}  // namespace
}  // namespace newskg::rdf
