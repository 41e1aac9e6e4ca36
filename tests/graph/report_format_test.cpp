#include <catch.hpp>

#include "fixture.h"
#include "graph/report_format.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("FormatPaths prints each hop with its relation and sentences") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto from = V(kg, "person/karl-petersen"), to = V(kg, "person/anna-bergmann");
  auto text = FormatPaths(kg, from, to, ShortestPaths(kg, from, to));
  INFO(text);
  CHECK(Contains(text, "1 shortest path (2 hops) between Karl Petersen and Anna Bergmann:\n"));
  CHECK(Contains(text, "  Karl Petersen \u2014[Treffen, planned, Konstanz]\u2014 Lena Krause\n"));
  CHECK(Contains(text, std::string("      \"") + kSentenceMeeting +
                           "\" (article 002_konstanz.txt, chars 145\u2013229)\n"));
  // The two talks differ in place and date: the qualifiers move to the evidence lines.
  CHECK(Contains(text, "  Lena Krause \u2014[Gespräche]\u2014 Anna Bergmann\n"));
  CHECK(Contains(text, std::string("      [held, Lindau, 2025-03-12] \"") + kSentenceTalks));
  CHECK(Contains(text, std::string("      [held] \"") + kSentenceTalks2));
}

TEST_CASE("Directed relations show which way they read") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto anna = V(kg, "person/anna-bergmann"), sw = V(kg, "org/stadtwerke-lindau");
  auto e = kg.EdgesBetween(anna, sw).at(0);
  CHECK(FormatRelation(kg, anna, sw, e) == "Anna Bergmann \u2014[Sprecherin]\u2192 Stadtwerke Lindau");
  CHECK(FormatRelation(kg, sw, anna, e) == "Stadtwerke Lindau \u2190[Sprecherin]\u2014 Anna Bergmann");
}

TEST_CASE("FormatPaths says when there is no connection and when paths are cut") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto a = V(kg, "person/anna-bergmann"), m = V(kg, "person/maria-schmidt");
  CHECK(FormatPaths(kg, a, m, ShortestPaths(kg, a, m)) ==
        "No connection between Anna Bergmann and Maria Schmidt.\n");
  auto j = V(kg, "person/jonas-weisshaupt");
  auto text = FormatPaths(kg, a, j, ShortestPaths(kg, a, j, 1));
  CHECK(Contains(text, "2 shortest paths (2 hops) between Anna Bergmann and Jonas Weißhaupt, showing 1:\n"));
}

TEST_CASE("FormatEvidence caps the sentences per relation") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto e = kg.EdgesBetween(V(kg, "person/jonas-weisshaupt"), V(kg, "org/stadtwerke-lindau")).at(0);
  auto one = FormatEvidence(kg, e, FormatOptions{1}, "  ");
  CHECK(one == std::string("  \"") + kSentenceGf +
                   "\" (article 001_lindau.txt, chars 79\u2013162)\n  \u2026 and 1 more\n");
  CHECK(FormatEvidence(kg, e, FormatOptions{0}, "  ").find(kSentenceGf2) != std::string::npos);
}

TEST_CASE("FormatNeighbors groups direct neighbours by relation and lists farther rings") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto text = FormatNeighbors(kg, Neighbors(kg, V(kg, "org/stadtwerke-lindau"), 2));
  INFO(text);
  CHECK(text.rfind("Stadtwerke Lindau (Organization)\n", 0) == 0);
  CHECK(Contains(text, "  \u2190 Geschäftsführer:\n    Jonas Weißhaupt (Person)\n"));
  CHECK(Contains(text, "  \u2190 Sprecherin:\n    Anna Bergmann (Person)\n"));
  CHECK(Contains(text, "  at distance 2:\n"));
  CHECK(Contains(text, "    Lena Krause (Person), via Anna Bergmann [Gespräche]\n"));

  auto lena = FormatNeighbors(kg, Neighbors(kg, V(kg, "person/lena-krause"), 1));
  CHECK(Contains(lena, std::string("  Treffen in \u2192:\n    Konstanz (Place)\n        [planned] \"") +
                           kSentenceMeeting));

  auto lone = FormatNeighbors(kg, Neighbors(kg, V(kg, "person/tobias-krause"), 1));
  CHECK(lone == "Tobias Krause (Person)\n  roles: Sprecher\n  no relations\n");
}

TEST_CASE("FormatLookupFailure lists the candidates") {
  ModelBuilder b;
  b.Entity("person/jan-vogt", {newskg::rdf::vocab::schema::kPerson}, "Jan Vogt");
  b.Entity("person/eva-vogt", {newskg::rdf::vocab::schema::kPerson}, "Eva Vogt");
  auto kg = Project(b.model());
  NameLookup lookup(kg);
  CHECK(FormatLookupFailure(kg, "Vogt", lookup.Find("Vogt")) ==
        "ambiguous: Eva Vogt (Person), Jan Vogt (Person)");
  CHECK(FormatLookupFailure(kg, "Roth", lookup.Find("Roth")) == "not found: Roth");
}
