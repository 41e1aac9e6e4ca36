#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "common/input_error.h"
#include "fixture.h"
#include "graph/graph_index.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

std::vector<Edge> Between(const GraphIndex& kg, const std::string& a, const std::string& b) {
  return kg.EdgesBetween(V(kg, a), V(kg, b));
}

}  // namespace

TEST_CASE("Project makes one vertex per entity, ordered by IRI, with type and labels") {
  auto model = SampleModel();
  auto kg = Project(model);
  REQUIRE(kg.vertex_count() == 11);
  for (Vertex v = 1; v < kg.vertex_count(); ++v) {
    CHECK(kg.iri(v - 1) < kg.iri(v));
  }
  const auto lena = At(kg, V(kg, "person/lena-krause"));
  CHECK(lena.label == "Lena Krause");
  CHECK(lena.type == "Person");
  CHECK(lena.alt_labels == std::vector<std::string>{"Krause", "Ministerin Krause"});
  CHECK(lena.roles == std::vector<std::string>{"Ministerin"});
  CHECK(At(kg, V(kg, "org/stadtwerke-lindau")).type == "Organization");
  CHECK(At(kg, V(kg, "place/oesterreich")).type == "Place");  // Place and Country
  CHECK(At(kg, V(kg, "person/tobias-krause")).roles == std::vector<std::string>{"Sprecher"});
  CHECK(kg.Adjacency(V(kg, "person/tobias-krause")).size() == 0);
  CHECK(kg.Adjacency(V(kg, "person/maria-schmidt")).size() == 0);
}

TEST_CASE("Roles become directed 'holds post' edges to the organisation with their sentence") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto edges = Between(kg, "person/anna-bergmann", "org/stadtwerke-lindau");
  REQUIRE(edges.size() == 1);
  const auto e = EdgeAt(kg, edges[0]);
  CHECK(e.label == "Sprecherin");
  CHECK(e.kind == kKindHoldsPost);
  CHECK(e.directed);
  CHECK(e.subject == V(kg, "person/anna-bergmann"));
  CHECK(e.weight == 1);
  REQUIRE(e.evidence.size() == 1);
  CHECK(e.evidence[0].article_id == "001_lindau.txt");
  CHECK(e.evidence[0].sentence == kSentenceSprecherin);
  CHECK(e.evidence[0].char_start == 0u);
  CHECK(e.evidence[0].char_end == 78u);
  CHECK(e.evidence[0].qualifiers.empty());

  // A blank-node derivation reads the same as an IRI one.
  auto minister = Between(kg, "person/lena-krause", "org/landesregierung");
  REQUIRE(minister.size() == 1);
  CHECK(EdgeAt(kg, minister[0]).evidence.at(0).sentence == kSentenceMinisterin);
}

TEST_CASE("The same role from two articles merges into one edge weighted by sentences") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto edges = Between(kg, "person/jonas-weisshaupt", "org/stadtwerke-lindau");
  REQUIRE(edges.size() == 1);
  const auto e = EdgeAt(kg, edges[0]);
  CHECK(e.label == "Geschäftsführer");
  CHECK(e.weight == 2);
  REQUIRE(e.evidence.size() == 2);
  CHECK(e.evidence[0].article_id == "001_lindau.txt");
  CHECK(e.evidence[1].article_id == "002_konstanz.txt");
}

TEST_CASE("Meetings link every attendee pair and each attendee to the place") {
  auto model = SampleModel();
  auto kg = Project(model);

  auto talks = Between(kg, "person/anna-bergmann", "person/lena-krause");
  REQUIRE(talks.size() == 1);  // two talks, same label: merged
  const auto t = EdgeAt(kg, talks[0]);
  CHECK(t.label == "Gespräche");
  CHECK(t.kind == kKindMeeting);
  CHECK_FALSE(t.directed);
  CHECK(t.weight == 2);
  REQUIRE(t.evidence.size() == 2);
  CHECK(t.evidence[0].qualifiers == std::vector<std::string>{"held", "Lindau", "2025-03-12"});
  CHECK(t.evidence[1].qualifiers == std::vector<std::string>{"held"});

  for (auto [a, b] : {std::pair{"person/lena-krause", "person/jonas-weisshaupt"},
                      std::pair{"person/lena-krause", "person/karl-petersen"},
                      std::pair{"person/jonas-weisshaupt", "person/karl-petersen"}}) {
    auto m = Between(kg, a, b);
    REQUIRE(m.size() == 1);
    CHECK(EdgeAt(kg, m[0]).label == "Treffen");
    CHECK(EdgeAt(kg, m[0]).evidence.at(0).qualifiers ==
          std::vector<std::string>{"planned", "Konstanz"});
  }

  auto place = Between(kg, "person/karl-petersen", "place/konstanz");
  REQUIRE(place.size() == 1);
  CHECK(EdgeAt(kg, place[0]).label == "Treffen in");
  CHECK(EdgeAt(kg, place[0]).kind == kKindMeetingPlace);
  CHECK(EdgeAt(kg, place[0]).subject == V(kg, "person/karl-petersen"));
  CHECK(EdgeAt(kg, place[0]).evidence.at(0).qualifiers == std::vector<std::string>{"planned"});
  CHECK(Between(kg, "person/anna-bergmann", "place/lindau").size() == 1);
  CHECK(EdgeAt(kg, Between(kg, "person/anna-bergmann", "place/lindau")[0]).label == "Gespräche in");
  CHECK(EdgeAt(kg, Between(kg, "person/anna-bergmann", "place/lindau")[0]).evidence.at(0).qualifiers ==
        std::vector<std::string>{"held", "2025-03-12"});

  // 3 roles with an organisation, 1 talks pair, 3 meeting pairs, 2 + 3 place edges.
  CHECK(kg.edge_count() == 12);
}

TEST_CASE("Meeting kinds have German labels") {
  CHECK(MeetingLabel("talks") == "Gespräche");
  CHECK(MeetingLabel("meeting") == "Treffen");
  CHECK(MeetingLabel("call") == "Telefonat");
  CHECK(MeetingLabel("visit") == "Besuch");
  CHECK(MeetingLabel("") == "Treffen");
}

TEST_CASE("Projection does not depend on the order triples were added") {
  auto model = SampleModel();
  auto triples = model.Triples();
  newskg::rdf::Model reversed;
  for (auto it = triples.rbegin(); it != triples.rend(); ++it) reversed.Add(*it);
  auto a = Project(model);
  auto b = Project(reversed);
  REQUIRE(a.vertex_count() == b.vertex_count());
  for (Vertex v = 0; v < a.vertex_count(); ++v) CHECK(a.iri(v) == b.iri(v));
  REQUIRE(a.edge_count() == b.edge_count());
  for (Edge e = 0; e < a.edge_count(); ++e) {
    CHECK(a.edge(e).a == b.edge(e).a);
    CHECK(a.edge(e).b == b.edge(e).b);
    CHECK(EdgeAt(a, e).label == EdgeAt(b, e).label);
    CHECK(EdgeAt(a, e).evidence == EdgeAt(b, e).evidence);
  }
}

TEST_CASE("IndexRdfFile reads a serialized model and names the file on bad input") {
  auto model = SampleModel();
  auto dir = std::filesystem::temp_directory_path();
  auto good = dir / ("newskg-graph-test-" + std::to_string(::getpid()) + ".ttl");
  auto bad = dir / ("newskg-graph-test-bad-" + std::to_string(::getpid()) + ".ttl");
  {
    std::ofstream(good) << model.Serialize("turtle");
    std::ofstream(bad) << "@prefix nkg: <https://newskg.example.org/ns#> .\n"
                          "<https://x.example/ev> nkg:charStart \"zwölf\" .\n"
                          "<https://x.example/p> <http://www.w3.org/ns/prov#qualifiedDerivation> "
                          "<https://x.example/ev> .\n"
                          "<https://x.example/a> <http://www.w3.org/ns/org#holds> <https://x.example/p> .\n"
                          "<https://x.example/p> <http://www.w3.org/2000/01/rdf-schema#label> \"Chef\" .\n"
                          "<https://x.example/p> <http://www.w3.org/ns/org#postIn> <https://x.example/o> .\n";
  }
  auto kg = IndexRdfFile(good, "turtle");
  CHECK(kg.vertex_count() == 11);
  CHECK(kg.edge_count() == 12);
  CHECK(kg.label(V(kg, "person/lena-krause")) == "Lena Krause");
  try {
    IndexRdfFile(bad, "turtle");
    FAIL("no InputError");
  } catch (const newskg::InputError& e) {
    CHECK(e.file() == bad.string());
    CHECK(std::string(e.what()).find("charStart") != std::string::npos);
  }
  CHECK_THROWS_AS(IndexRdfFile(dir / "newskg-graph-test-missing.ttl", "turtle"), newskg::InputError);
  std::filesystem::remove(good);
  std::filesystem::remove(bad);
}
