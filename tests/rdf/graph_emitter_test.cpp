// GraphEmitter and RdfStreamWriter: the triples of CONTRACT.md for a hand-made knowledge base,
// and the Turtle and N-Triples the build streams them into.
#include <catch.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <random>

#include "common/buffered_writer.h"
#include "common/input_error.h"
#include "rdf/graph_emitter.h"
#include "rdf/model_sink.h"
#include "rdf/rdf_stream_writer.h"
#include "rdf/vocabulary.h"
#include "sample_kb.h"

namespace newskg::rdf {
namespace {

const std::string kKg = "https://newskg.example.org/kg/";

Term I(std::string_view iri) { return Term::Iri(std::string(iri)); }
Term De(const char* text) { return Term::Literal(text, "de"); }
Term Int(const char* n) { return Term::Typed(n, std::string(vocab::xsd::kInteger)); }

bool Has(const std::vector<Triple>& triples, const Triple& t) {
  return std::binary_search(triples.begin(), triples.end(), t);
}

std::size_t Count(const std::vector<Triple>& triples, const Term& s, std::string_view p) {
  return std::count_if(triples.begin(), triples.end(), [&](const Triple& t) {
    return t.subject == s && t.predicate.value == p;
  });
}

// Counts triples and remembers them, as any sink would see them.
class CollectingSink : public TripleSink {
 public:
  void Add(const TermRef& s, const TermRef& p, const TermRef& o) override {
    triples.push_back({ToTerm(s), ToTerm(p), ToTerm(o)});
  }
  std::vector<Triple> triples;
};

// What `write` writes through a BufferedWriter of `capacity` bytes, as text.
template <typename WriteFn>
std::string Written(std::size_t capacity, WriteFn write) {
  const int fd = ::memfd_create("rdf-test", MFD_CLOEXEC);
  REQUIRE(fd >= 0);
  {
    common::BufferedWriter out(fd, "test output", capacity);
    write(out);
    out.Flush();
  }
  std::string text(static_cast<std::size_t>(::lseek(fd, 0, SEEK_END)), '\0');
  REQUIRE(::pread(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size()));
  ::close(fd);
  return text;
}

// What a RdfStreamWriter writes for the whole sample, as text.
std::string Stream(RdfSyntax syntax, const resolution::KnowledgeBase& kb) {
  return Written(64, [&](common::BufferedWriter& out) {  // tiny buffer: many flushes
    const IriMinter iris;
    RdfStreamWriter writer(syntax, out, iris.Prefixes());
    EmitKnowledgeBase(kb, iris, writer);
    writer.Finish();
  });
}

TEST_CASE("articles carry type, identifier, date and the entities they name") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term a = I(kKg + "article/lokales-2025-03-04");
  CHECK(Has(triples, {a, I(vocab::kRdfType), I(vocab::schema::kNewsArticle)}));
  CHECK(Has(triples, {a, I(vocab::schema::kIdentifier), Term::Literal("lokales-2025-03-04")}));
  CHECK(Has(triples, {a, I(vocab::schema::kDatePublished),
                      Term::Typed("2025-03-04", std::string(vocab::xsd::kDate))}));
  CHECK(Has(triples, {a, I(vocab::schema::kMentions), I(kKg + "person/jrgn-strauss")}));
  CHECK(Count(triples, a, vocab::schema::kMentions) == 4);

  // An id with a space and an umlaut is percent-encoded in the IRI and kept as it is in the
  // identifier; an entity only implied (not named) is no mention; a merged surname mentions
  // the full name.
  Term b = I(kKg + "article/Wirtschaft%20%C3%96sterreich");
  CHECK(Has(triples, {b, I(vocab::schema::kIdentifier), Term::Literal("Wirtschaft Österreich")}));
  // A month alone: its first day, an xsd:date, and the precision said apart.
  CHECK(Has(triples, {b, I(vocab::schema::kDatePublished),
                      Term::Typed("2025-05-01", std::string(vocab::xsd::kDate))}));
  CHECK(Has(triples, {b, I(vocab::nkg::kDatePrecision), Term::Literal("month")}));
  CHECK(Count(triples, a, vocab::nkg::kDatePrecision) == 0);
  CHECK_FALSE(Has(triples, {b, I(vocab::schema::kMentions), I(kKg + "person/jrgn-strauss")}));
  CHECK(Has(triples, {b, I(vocab::schema::kMentions), I(kKg + "person/ngrt-vogelsang")}));
  CHECK(Count(triples, I(kKg + "article/ohne-datum"), vocab::schema::kDatePublished) == 0);
}

TEST_CASE("entities carry their classes and German labels; merged keys stay as owl:sameAs") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term at = I(kKg + "entity/osterreich");
  CHECK(Has(triples, {at, I(vocab::kRdfType), I(vocab::schema::kPlace)}));
  CHECK(Has(triples, {at, I(vocab::kRdfType), I(vocab::schema::kCountry)}));
  CHECK(Has(triples, {at, I(vocab::rdfs::kLabel), De("Österreich")}));
  CHECK(Has(triples, {at, I(vocab::skos::kAltLabel), De("Alpenrepublik")}));
  Term lg = I(kKg + "entity/luneburg");
  CHECK_FALSE(Has(triples, {lg, I(vocab::kRdfType), I(vocab::schema::kCountry)}));
  Term sw = I(kKg + "entity/stadtwerke-luneburg");
  CHECK(Has(triples, {sw, I(vocab::kRdfType), I(vocab::schema::kOrganization)}));
  CHECK(Count(triples, sw, vocab::skos::kAltLabel) == 2);
  CHECK(Has(triples, {I(kKg + "person/ngrt-vogelsang"), I(vocab::kRdfType),
                      I(vocab::schema::kPerson)}));
  CHECK(Has(triples, {I(kKg + "person/vogelsang"), I(vocab::owl::kSameAs),
                      I(kKg + "person/ngrt-vogelsang")}));
  CHECK(Count(triples, I(kKg + "person/vogelsang"), vocab::kRdfType) == 0);
}

TEST_CASE("a post is written once; each reading of it is its own evidence node") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term person = I(kKg + "person/ngrt-vogelsang");
  Term post = I(kKg + "post/ngrt-vogelsang--geschaeftsfuehrerin--stadtwerke-luneburg");
  CHECK(Has(triples, {person, I(vocab::org::kHolds), post}));
  CHECK(Has(triples, {post, I(vocab::org::kHeldBy), person}));
  CHECK(Has(triples, {post, I(vocab::kRdfType), I(vocab::org::kPost)}));
  CHECK(Has(triples, {post, I(vocab::rdfs::kLabel), De("Geschäftsführerin")}));
  CHECK(Has(triples, {post, I(vocab::org::kPostIn), I(kKg + "entity/stadtwerke-luneburg")}));
  CHECK(Count(triples, person, vocab::org::kHolds) == 1);
  CHECK(Count(triples, post, vocab::prov::kQualifiedDerivation) == 2);
  CHECK(Count(triples, post, vocab::prov::kWasDerivedFrom) == 2);

  Term ev = I(kKg + "evidence/lokales-2025-03-04-r1");
  CHECK(Has(triples, {post, I(vocab::prov::kQualifiedDerivation), ev}));
  CHECK(Has(triples, {ev, I(vocab::kRdfType), I(vocab::prov::kDerivation)}));
  CHECK(Has(triples, {ev, I(vocab::prov::kEntity), I(kKg + "article/lokales-2025-03-04")}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kSentence), De(testing::kSentenceGf)}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kCharStart), Int("0")}));
  CHECK(Has(triples, {ev, I(vocab::nkg::kCharEnd), Int("93")}));

  Term speaker = I(kKg + "post/jrgn-strauss--sprecher");
  CHECK(Has(triples, {speaker, I(vocab::rdfs::kLabel), De("Sprecher")}));
  CHECK(Count(triples, speaker, vocab::org::kPostIn) == 0);
}

TEST_CASE("a meeting in a building is in the building's town too") {
  auto kb = testing::SampleKnowledgeBase();
  // "im Gebäude der Stadtwerke in Lüneburg": the building (here the utility) and its town.
  auto& meeting = kb.articles[1].meetings.front();  // lokales
  meeting.location = 3;
  meeting.town = 2;
  auto triples = BuildModel(kb).Triples();
  Term m = I(kKg + "meeting/lokales-2025-03-04-95-1");
  CHECK(Count(triples, m, vocab::schema::kLocation) == 2);
  CHECK(Has(triples, {m, I(vocab::schema::kLocation), I(kKg + "entity/luneburg")}));
  CHECK(Has(triples, {m, I(vocab::schema::kLocation), I(kKg + "entity/stadtwerke-luneburg")}));
}

TEST_CASE("meetings carry attendees, place, date, time expression and their own evidence") {
  auto triples = BuildModel(testing::SampleKnowledgeBase()).Triples();
  Term m = I(kKg + "meeting/lokales-2025-03-04-95-1");
  CHECK(Has(triples, {m, I(vocab::kRdfType), I(vocab::schema::kEvent)}));
  CHECK(Has(triples, {m, I(vocab::nkg::kMeetingKind), Term::Literal("talks")}));
  CHECK(Has(triples, {m, I(vocab::nkg::kStatus), Term::Literal("planned")}));
  CHECK(Has(triples, {m, I(vocab::schema::kAttendee), I(kKg + "person/ngrt-vogelsang")}));
  CHECK(Has(triples, {m, I(vocab::schema::kAttendee), I(kKg + "person/jrgn-strauss")}));
  CHECK(Has(triples, {m, I(vocab::schema::kLocation), I(kKg + "entity/luneburg")}));
  CHECK(Has(triples, {m, I(vocab::schema::kStartDate),
                      Term::Typed("2025-03-10", std::string(vocab::xsd::kDate))}));
  CHECK(Has(triples, {m, I(vocab::nkg::kTimeExpression), De("am Montag")}));
  CHECK(Has(triples, {m, I(vocab::schema::kEventStatus), I(vocab::schema::kEventScheduled)}));
  CHECK(Has(triples, {m, I(vocab::prov::kWasDerivedFrom), I(kKg + "article/lokales-2025-03-04")}));
  CHECK(Has(triples, {m, I(vocab::prov::kQualifiedDerivation),
                      I(kKg + "evidence/lokales-2025-03-04-m1")}));

  // A second meeting read from the same sentence gets the next number, its own evidence node
  // and no optional parts.
  Term call = I(kKg + "meeting/lokales-2025-03-04-95-2");
  CHECK(Has(triples, {call, I(vocab::nkg::kMeetingKind), Term::Literal("call")}));
  CHECK(Has(triples, {call, I(vocab::prov::kQualifiedDerivation),
                      I(kKg + "evidence/lokales-2025-03-04-m2")}));
  CHECK(Count(triples, call, vocab::schema::kLocation) == 0);
  CHECK(Count(triples, call, vocab::schema::kStartDate) == 0);
  CHECK(Count(triples, call, vocab::nkg::kTimeExpression) == 0);
  CHECK(Count(triples, call, vocab::schema::kAttendee) == 2);
}

TEST_CASE("every triple is emitted once") {
  CollectingSink sink;
  EmitKnowledgeBase(testing::SampleKnowledgeBase(), IriMinter(), sink);
  std::vector<Triple> sorted = sink.triples;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
  CHECK(sorted.size() == BuildModel(testing::SampleKnowledgeBase()).size());
}

TEST_CASE("the base IRI is configurable and validated") {
  auto triples = BuildModel(testing::SampleKnowledgeBase(), "http://example.com/graph#").Triples();
  CHECK(Has(triples, {I("http://example.com/graph#entity/luneburg"), I(vocab::kRdfType),
                      I(vocab::schema::kPlace)}));
  for (const char* bad : {"http://example.com/graph", "http://x/%zz/", "http://x/#a#",
                          "relative/path/", "http://x/a b/", "http://x/\x01/"}) {
    INFO(bad);
    CHECK_THROWS_AS(BuildModel(testing::SampleKnowledgeBase(), bad), InputError);
    CHECK_FALSE(BaseIriProblem(bad).empty());
  }
  CHECK(BaseIriProblem("https://example.org/kg/").empty());
  CHECK(BaseIriProblem("urn:x-newskg:test#").empty());
  CHECK(BaseIriProblem("https://example.org/%C3%BC/").empty());
}

TEST_CASE("Turtle and N-Triples streams hold the same triples as the model") {
  const auto kb = testing::SampleKnowledgeBase();
  const std::vector<Triple> expected = BuildModel(kb).Triples();
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
    const std::string text = Stream(syntax, kb);
    Model parsed;
    parsed.ParseString(text, syntax == RdfSyntax::Turtle ? "turtle" : "ntriples",
                       "https://newskg.example.org/");
    CHECK(parsed.Triples() == expected);
  }
  const std::string turtle = Stream(RdfSyntax::Turtle, kb);
  for (const char* prefix : {"schema:", "org:", "prov:", "rdfs:", "skos:", "xsd:", "nkg:", "owl:"}) {
    INFO(prefix);
    CHECK(turtle.find(std::string("@prefix ") + prefix) != std::string::npos);
  }
  CHECK(turtle.find("\"Lüneburg\"@de") != std::string::npos);
}

TEST_CASE("strings that need escaping survive both syntaxes") {
  auto kb = testing::SampleKnowledgeBase();
  kb.articles[1].sentences[0].text = "Zeile\reins\nzwei \"zitiert\" \\ Tab\t\x01 Ende \xEF\xBF\xBE";
  const std::vector<Triple> expected = BuildModel(kb).Triples();
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
    Model parsed;
    parsed.ParseString(Stream(syntax, kb), syntax == RdfSyntax::Turtle ? "turtle" : "ntriples",
                       "https://newskg.example.org/");
    CHECK(parsed.Triples() == expected);
  }
}

// Turtle of one triple with `object` as a plain literal.
std::string TurtleOf(std::string_view object) {
  return Written(1 << 20, [&](common::BufferedWriter& out) {
    RdfStreamWriter writer(RdfSyntax::Turtle, out);
    writer.Add(TermRef::Iri("http://example.org/s"), TermRef::Iri("http://example.org/p"),
               TermRef::Literal(object));
    writer.Finish();
  });
}

TEST_CASE("literals with a quote or a line break are written as long strings, others as short") {
  CHECK(TurtleOf("Ein Satz ohne Zeichen.").find("\"Ein Satz ohne Zeichen.\"") != std::string::npos);
  CHECK(TurtleOf("Er sagte \"ja\".").find("\"\"\"Er sagte") != std::string::npos);
  CHECK(TurtleOf("Zeile eins\nZeile zwei").find("\"\"\"Zeile eins") != std::string::npos);
  CHECK(TurtleOf("Zeile eins\rZeile zwei").find("\"\"\"Zeile eins") != std::string::npos);
  CHECK(TurtleOf("Grüße aus Köln").find("\"Grüße aus Köln\"") != std::string::npos);
  // serd's nodes end at a NUL byte; so do ours.
  CHECK(TurtleOf(std::string_view("vorher\0nachher", 14)).find("\"vorher\"") != std::string::npos);
}

TEST_CASE("the same knowledge base streams to the same bytes") {
  CHECK(Stream(RdfSyntax::Turtle, testing::SampleKnowledgeBase()) ==
        Stream(RdfSyntax::Turtle, testing::SampleKnowledgeBase()));
  CHECK(Stream(RdfSyntax::NTriples, testing::SampleKnowledgeBase()) ==
        Stream(RdfSyntax::NTriples, testing::SampleKnowledgeBase()));
}

}  // namespace
}  // namespace newskg::rdf
