// IriMinter and Slugger: IRI shapes, slugs of German and foreign names, base IRI checks.
#include <catch.hpp>

#include "common/input_error.h"
#include "rdf/iris.h"
#include "rdf/prefixes.h"

namespace newskg::rdf {
namespace {

TEST_CASE("slugs spell out umlauts and ß and join words with '-'") {
  Slugger slugger;
  CHECK(slugger.Slug("Außenminister") == "aussenminister");
  CHECK(slugger.Slug("Jürgen Strauß") == "juergen-strauss");
  CHECK(slugger.Slug("ÖL-Förderung  in Übersee") == "oel-foerderung-in-uebersee");
  CHECK(slugger.Slug("Ärztekammer") == "aerztekammer");
  CHECK(slugger.Slug(" -Bahn, Post & Co.- ") == "bahn-post-co");
}

TEST_CASE("slugs transliterate other scripts and drop diacritics") {
  Slugger slugger;
  CHECK(slugger.Slug("Сергей Лавров") == "sergej-lavrov");
  CHECK(slugger.Slug("Łódź") == "lodz");
  CHECK(slugger.Slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan");
  CHECK(slugger.Slug("Ελλάδα") == "ellada");
  CHECK(slugger.Slug("...") == "x");
}

TEST_CASE("IRIs have the documented shapes") {
  IriMinter iris;
  CHECK(iris.base() == "https://newskg.example.org/kg/");
  resolution::Entity person{"juergen-strauss", recognition::EntityType::Person, false, "Jürgen Strauß", {}};
  resolution::Entity org{"stadtwerke-lueneburg", recognition::EntityType::Organization, false, "", {}};
  resolution::Entity place{"lueneburg", recognition::EntityType::Place, false, "", {}};
  CHECK(iris.Entity(person) == "https://newskg.example.org/kg/person/juergen-strauss");
  CHECK(iris.Entity(org) == "https://newskg.example.org/kg/organization/stadtwerke-lueneburg");
  CHECK(iris.Entity(place) == "https://newskg.example.org/kg/place/lueneburg");
  CHECK(iris.Article("Bericht Köln_2025.txt") == "https://newskg.example.org/kg/article/bericht-koeln-2025-txt");
  CHECK(iris.Post("juergen-strauss", "Erster Bürgermeister", "lueneburg") ==
        "https://newskg.example.org/kg/post/juergen-strauss--erster-buergermeister--lueneburg");
  CHECK(iris.Post("juergen-strauss", "Sprecher", std::nullopt) ==
        "https://newskg.example.org/kg/post/juergen-strauss--sprecher");
  CHECK(iris.Meeting("Köln", 120, 2) == "https://newskg.example.org/kg/meeting/koeln-120-2");
  CHECK(iris.Evidence("Köln", 120, 180) == "https://newskg.example.org/kg/evidence/koeln-120-180");
}

TEST_CASE("keys that are not IRI-safe are percent-encoded") {
  IriMinter iris("urn:x:kg#");
  resolution::Entity odd{"a b/ü", recognition::EntityType::Place, false, "", {}};
  CHECK(iris.Entity(odd) == "urn:x:kg#place/a%20b%2F%C3%BC");
}

TEST_CASE("the base IRI must be absolute and end with '/' or '#'") {
  CHECK_NOTHROW(IriMinter("http://example.com/kg#"));
  CHECK_THROWS_AS(IriMinter("http://example.com/kg"), InputError);
  CHECK_THROWS_AS(IriMinter("kg/"), InputError);
  CHECK_THROWS_AS(IriMinter("http://example.com/k g/"), InputError);
  CHECK_THROWS_AS(IriMinter(""), InputError);
}

TEST_CASE("prefixes shorten IRIs with plain local names only") {
  const PrefixMap& prefixes = StandardPrefixes();
  CHECK(ShortenIri("http://schema.org/Person", prefixes) == "schema:Person");
  CHECK(ShortenIri("http://www.w3.org/ns/org#holds", prefixes) == "org:holds");
  CHECK(ShortenIri("http://schema.org/a/b", prefixes).empty());
  CHECK(ShortenIri("http://example.com/x", prefixes).empty());
  IriMinter iris;
  CHECK(ShortenIri("https://newskg.example.org/kg/person/juergen-strauss", iris.Prefixes()) ==
        "person:juergen-strauss");
}

}  // namespace
}  // namespace newskg::rdf
