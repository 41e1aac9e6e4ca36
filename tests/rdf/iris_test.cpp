// IriMinter and Slugger: IRI shapes, slugs of German and foreign names, base IRI checks.
#include <catch.hpp>

#include "common/input_error.h"
#include "rdf/iris.h"
#include "rdf/prefixes.h"
#include "rdf/slug.h"

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

TEST_CASE("IRIs have the documented shapes and depend only on what they name") {
  IriMinter iris;
  CHECK(iris.base() == "https://newskg.example.org/kg/");
  resolution::Entity person{"p/jrgn-strauss", recognition::EntityType::Person, false, "Jürgen Strauß", {}};
  resolution::Entity org{"t/stadtwerke-luneburg", recognition::EntityType::Organization, false, "", {}};
  resolution::Entity place{"t/luneburg", recognition::EntityType::Place, false, "", {}};
  CHECK(iris.Entity(person) == "https://newskg.example.org/kg/person/jrgn-strauss");
  CHECK(iris.Entity(org) == "https://newskg.example.org/kg/entity/stadtwerke-luneburg");
  CHECK(iris.Entity(place) == "https://newskg.example.org/kg/entity/luneburg");
  CHECK(iris.EntityKey("s/strauss") == "https://newskg.example.org/kg/person/strauss");
  // Article ids are percent-encoded, so different ids never share an IRI.
  CHECK(iris.Article("Bericht Köln_2025.txt") ==
        "https://newskg.example.org/kg/article/Bericht%20K%C3%B6ln_2025.txt");
  CHECK(iris.Article("a b.txt") != iris.Article("a-b.txt"));
  CHECK(iris.Post("p/jrgn-strauss", "erster-buergermeister", "t/luneburg") ==
        "https://newskg.example.org/kg/post/jrgn-strauss--erster-buergermeister--luneburg");
  CHECK(iris.Post("p/jrgn-strauss", "sprecher", std::nullopt) ==
        "https://newskg.example.org/kg/post/jrgn-strauss--sprecher");
  // A role of a person is marked, so it never meets a role of a thing with the same slug.
  CHECK(iris.Post("p/jrgn-strauss", "sohn", "p/hns-strauss") ==
        "https://newskg.example.org/kg/post/jrgn-strauss--sohn--~hns-strauss");
  CHECK(iris.Meeting("Köln", 120, 2) == "https://newskg.example.org/kg/meeting/K%C3%B6ln-120-2");
  CHECK(iris.Evidence("Köln", 'm', 3) == "https://newskg.example.org/kg/evidence/K%C3%B6ln-m3");
}

TEST_CASE("the base IRI must be absolute and end with '/' or '#'") {
  CHECK_NOTHROW(IriMinter("http://example.com/kg#"));
  CHECK_THROWS_AS(IriMinter("http://example.com/kg"), InputError);
  CHECK_THROWS_AS(IriMinter("kg/"), InputError);
  CHECK_THROWS_AS(IriMinter("http://example.com/k g/"), InputError);
  CHECK_THROWS_AS(IriMinter(""), InputError);
  CHECK_THROWS_AS(IriMinter("http://x/%zz/"), InputError);
  CHECK_THROWS_AS(IriMinter("http://x/#a#"), InputError);
}

TEST_CASE("prefixes shorten IRIs with plain local names only") {
  const PrefixMap& prefixes = StandardPrefixes();
  CHECK(ShortenIri("http://schema.org/Person", prefixes) == "schema:Person");
  CHECK(ShortenIri("http://www.w3.org/ns/org#holds", prefixes) == "org:holds");
  CHECK(ShortenIri("http://schema.org/a/b", prefixes).empty());
  CHECK(ShortenIri("http://example.com/x", prefixes).empty());
  IriMinter iris;
  CHECK(ShortenIri("https://newskg.example.org/kg/person/jrgn-strauss", iris.Prefixes()) ==
        "person:jrgn-strauss");
}

}  // namespace
}  // namespace newskg::rdf
