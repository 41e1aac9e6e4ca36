// BuildModel: the triples of CONTRACT.md for a hand-made knowledge base.
#include <catch.hpp>

#include <algorithm>
#include <random>

#include "common/input_error.h"
#include "rdf/knowledge_graph_builder.h"
#include "rdf/vocabulary.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

const std::string kKg = "https://newskg.example.org/kg/";

Term I(std::string_view iri) { return Term::Iri(std::string(iri)); }
Term De(const char* text) { return Term::Literal(text, "de"); }

bool Has(const std::vector<Triple>& triples, const Triple& t) {
  return std::binary_search(triples.begin(), triples.end(), t);
}

std::size_t Count(const std::vector<Triple>& triples, const Term& s, std::string_view p) {
  return std::count_if(triples.begin(), triples.end(), [&](const Triple& t) {
    return t.subject == s && t.predicate.value == p;
  });
}

TEST_CASE("articles carry type, identifier, date and mentions") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term a = I(kKg + "article/lokales-2025-03-04");
  CHECK(Has(triples, {a, I(vocab::kRdfType), I(vocab::schema::kNewsArticle)}));
  CHECK(Has(triples, {a, I(vocab::schema::kIdentifier), Term::Literal("lokales-2025-03-04")}));
  CHECK(Has(triples, {a, I(vocab::schema::kDatePublished),
                      Term::Typed("2025-03-04", std::string(vocab::xsd::kDate))}));
  CHECK(Has(triples, {a, I(vocab::schema::kMentions), I(kKg + "person/juergen-strauss")}));
  CHECK(Count(triples, a, vocab::schema::kMentions) == 4);

  Term b = I(kKg + "article/wirtschaft-oesterreich");
  CHECK(Has(triples, {b, I(vocab::schema::kIdentifier), Term::Literal("Wirtschaft Österreich")}));
  CHECK(Has(triples, {b, I(vocab::schema::kDatePublished),
                      Term::Typed("2025-05", std::string(vocab::xsd::kGYearMonth))}));
  CHECK(Count(triples, I(kKg + "article/ohne-datum"), vocab::schema::kDatePublished) == 0);
}

TEST_CASE("entities carry their classes and German labels") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term at = I(kKg + "place/oesterreich");
  CHECK(Has(triples, {at, I(vocab::kRdfType), I(vocab::schema::kPlace)}));
  CHECK(Has(triples, {at, I(vocab::kRdfType), I(vocab::schema::kCountry)}));
  CHECK(Has(triples, {at, I(vocab::rdfs::kLabel), De("Österreich")}));
  CHECK(Has(triples, {at, I(vocab::skos::kAltLabel), De("Alpenrepublik")}));
  Term lg = I(kKg + "place/lueneburg");
  CHECK_FALSE(Has(triples, {lg, I(vocab::kRdfType), I(vocab::schema::kCountry)}));
  Term sw = I(kKg + "organization/stadtwerke-lueneburg");
  CHECK(Has(triples, {sw, I(vocab::kRdfType), I(vocab::schema::kOrganization)}));
  CHECK(Count(triples, sw, vocab::skos::kAltLabel) == 2);
  CHECK(Has(triples, {I(kKg + "person/annegret-vogelsang"), I(vocab::kRdfType),
                      I(vocab::schema::kPerson)}));
}

TEST_CASE("roles become shared posts with one evidence node per reading") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term person = I(kKg + "person/annegret-vogelsang");
  Term post = I(kKg + "post/annegret-vogelsang--geschaeftsfuehrerin--stadtwerke-lueneburg");
  CHECK(Has(triples, {person, I(vocab::org::kHolds), post}));
  CHECK(Has(triples, {post, I(vocab::org::kHeldBy), person}));
  CHECK(Has(triples, {post, I(vocab::kRdfType), I(vocab::org::kPost)}));
  CHECK(Has(triples, {post, I(vocab::rdfs::kLabel), De("Geschäftsführerin")}));
  CHECK(Has(triples, {post, I(vocab::org::kPostIn), I(kKg + "organization/stadtwerke-lueneburg")}));
  CHECK(Count(triples, person, vocab::org::kHolds) == 1);
  CHECK(Count(triples, post, vocab::prov::kQualifiedDerivation) == 2);
  CHECK(Count(triples, post, vocab::prov::kWasDerivedFrom) == 2);

  Term ev = I(kKg + "evidence/lokales-2025-03-04-0-93");
  CHECK(Has(triples, {post, I(vocab::prov::kQualifiedDerivation), ev}));
  CHECK(Has(triples, {ev, I(vocab::kRdfType), I(vocab::prov::kDerivation)}));
  CHECK(Has(triples, {ev, I(vocab::prov::kEntity), I(kKg + "article/lokales-2025-03-04")}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kSentence), De(testing::kSentenceGf)}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kCharStart), Term::Typed("0", std::string(vocab::xsd::kInteger))}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kCharEnd), Term::Typed("93", std::string(vocab::xsd::kInteger))}));

  Term speaker = I(kKg + "post/juergen-strauss--sprecher");
  CHECK(Has(triples, {speaker, I(vocab::rdfs::kLabel), De("Sprecher")}));
  CHECK(Count(triples, speaker, vocab::org::kPostIn) == 0);
}

TEST_CASE("meetings carry attendees, place, date, time expression and evidence") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term m = I(kKg + "meeting/lokales-2025-03-04-95-1");
  CHECK(Has(triples, {m, I(vocab::kRdfType), I(vocab::schema::kEvent)}));
  CHECK(Has(triples, {m, I(vocab::nkg::kMeetingKind), Term::Literal("talks")}));
  CHECK(Has(triples, {m, I(vocab::nkg::kStatus), Term::Literal("planned")}));
  CHECK(Has(triples, {m, I(vocab::schema::kAttendee), I(kKg + "person/annegret-vogelsang")}));
  CHECK(Has(triples, {m, I(vocab::schema::kAttendee), I(kKg + "person/juergen-strauss")}));
  CHECK(Has(triples, {m, I(vocab::schema::kLocation), I(kKg + "place/lueneburg")}));
  CHECK(Has(triples, {m, I(vocab::schema::kStartDate),
                      Term::Typed("2025-03-10", std::string(vocab::xsd::kDate))}));
  CHECK(Has(triples, {m, I(vocab::nkg::kTimeExpression), De("am Montag")}));
  CHECK(Has(triples, {m, I(vocab::prov::kWasDerivedFrom), I(kKg + "article/lokales-2025-03-04")}));
  CHECK(Has(triples, {m, I(vocab::prov::kQualifiedDerivation),
                      I(kKg + "evidence/lokales-2025-03-04-95-177")}));

  // A second meeting read from the same sentence gets the next number and no optional parts.
  Term call = I(kKg + "meeting/lokales-2025-03-04-95-2");
  CHECK(Has(triples, {call, I(vocab::nkg::kMeetingKind), Term::Literal("call")}));
  CHECK(Count(triples, call, vocab::schema::kLocation) == 0);
  CHECK(Count(triples, call, vocab::schema::kStartDate) == 0);
  CHECK(Count(triples, call, vocab::nkg::kTimeExpression) == 0);
  CHECK(Count(triples, call, vocab::schema::kAttendee) == 2);
}

TEST_CASE("the base IRI is configurable and validated") {
  auto triples = BuildModel(testing::SampleKnowledgeBase(), "http://example.com/graph#").Triples();
  CHECK(Has(triples, {I("http://example.com/graph#place/lueneburg"), I(vocab::kRdfType),
                      I(vocab::schema::kPlace)}));
  CHECK_THROWS_AS(BuildModel(testing::SampleKnowledgeBase(), "http://example.com/graph"),
                  InputError);
}

TEST_CASE("an index outside the knowledge base is an error, not a crash") {
  auto kb = testing::SampleKnowledgeBase();
  kb.roles.push_back({99, "Sprecher", std::nullopt, {0, "x", 0, 1}});
  CHECK_THROWS_AS(BuildModel(kb), std::out_of_range);
}

TEST_CASE("serialization does not depend on insertion order") {
  Model built = BuildModel(testing::SampleKnowledgeBase());
  std::vector<Triple> triples = built.Triples();
  REQUIRE(triples.size() > 50);

  // Same triples, inserted reversed and shuffled, and the knowledge base's roles reordered.
  Model reversed;
  for (auto it = triples.rbegin(); it != triples.rend(); ++it) reversed.Add(*it);
  std::shuffle(triples.begin(), triples.end(), std::mt19937(7));
  Model shuffled;
  for (const Triple& t : triples) shuffled.Add(t);
  for (const auto& [name, iri] : built.Prefixes()) {
    reversed.AddPrefix(name, iri);
    shuffled.AddPrefix(name, iri);
  }
  auto kb = testing::SampleKnowledgeBase();
  std::reverse(kb.roles.begin(), kb.roles.end());
  Model rebuilt = BuildModel(kb);

  for (const char* syntax : {"turtle", "ntriples", "rdfxml"}) {
    INFO(syntax);
    std::string expected = built.Serialize(syntax);
    CHECK(!expected.empty());
    CHECK(reversed.Serialize(syntax) == expected);
    CHECK(shuffled.Serialize(syntax) == expected);
    CHECK(rebuilt.Serialize(syntax) == expected);
  }
}

TEST_CASE("turtle output uses the declared prefixes") {
  std::string turtle = BuildModel(testing::SampleKnowledgeBase()).Serialize("turtle");
  for (const char* prefix : {"schema:", "org:", "prov:", "rdfs:", "skos:", "xsd:", "nkg:"}) {
    INFO(prefix);
    CHECK(turtle.find(std::string("@prefix ") + prefix) != std::string::npos);
  }
  CHECK(turtle.find("@prefix person: <https://newskg.example.org/kg/person/>") != std::string::npos);
  CHECK(turtle.find("person:annegret-vogelsang") != std::string::npos);
  CHECK(turtle.find("\"Lüneburg\"@de") != std::string::npos);
}

}  // namespace
}  // namespace newskg::rdf
