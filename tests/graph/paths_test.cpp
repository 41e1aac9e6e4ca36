#include <catch.hpp>

#include "fixture.h"
#include "graph/paths.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

std::vector<std::string> Chain(const GraphIndex& kg, const Path& p) {
  std::vector<std::string> out;
  for (Vertex v : p.vertices) out.emplace_back(kg.label(v));
  return out;
}

std::vector<std::string> Labels(const GraphIndex& kg, const std::vector<Neighbor>& ns) {
  std::vector<std::string> out;
  for (const auto& n : ns) out.emplace_back(kg.label(n.vertex));
  return out;
}

}  // namespace

TEST_CASE("A two-hop path carries the relations of each hop") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto r = ShortestPaths(kg, V(kg, "person/anna-bergmann"), V(kg, "person/karl-petersen"));
  CHECK(r.distance == 2);
  CHECK(r.total == 1);
  REQUIRE(r.paths.size() == 1);
  const auto& p = r.paths[0];
  CHECK(Chain(kg, p) == std::vector<std::string>{"Anna Bergmann", "Lena Krause", "Karl Petersen"});
  REQUIRE(p.hops.size() == 2);
  REQUIRE(p.hops[0].edges.size() == 1);
  CHECK(kg.edge(p.hops[0].edges[0]).label == "Gespräche");
  CHECK(p.hops[0].from == V(kg, "person/anna-bergmann"));
  CHECK(kg.edge(p.hops[1].edges[0]).label == "Treffen");
}

TEST_CASE("Every shortest path is found, in IRI order, and max_paths caps them") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto from = V(kg, "person/anna-bergmann"), to = V(kg, "person/jonas-weisshaupt");
  auto r = ShortestPaths(kg, from, to);
  CHECK(r.distance == 2);
  CHECK(r.total == 2);
  REQUIRE(r.paths.size() == 2);
  // .../org/stadtwerke-lindau sorts before .../person/lena-krause.
  CHECK(Chain(kg, r.paths[0]) ==
        std::vector<std::string>{"Anna Bergmann", "Stadtwerke Lindau", "Jonas Weißhaupt"});
  CHECK(Chain(kg, r.paths[1]) ==
        std::vector<std::string>{"Anna Bergmann", "Lena Krause", "Jonas Weißhaupt"});
  CHECK(kg.edge(r.paths[0].hops[0].edges[0]).label == "Sprecherin");
  CHECK(kg.edge(r.paths[0].hops[1].edges[0]).label == "Geschäftsführer");

  auto capped = ShortestPaths(kg, from, to, 1);
  CHECK(capped.total == 2);
  REQUIRE(capped.paths.size() == 1);
  CHECK(Chain(kg, capped.paths[0]) == Chain(kg, r.paths[0]));

  // Lindau to Konstanz: only through Krause, who met in both places.
  auto lk = ShortestPaths(kg, V(kg, "place/lindau"), V(kg, "place/konstanz"));
  CHECK(lk.distance == 2);
  CHECK(lk.total == 1);
  // Stadtwerke to Konstanz: via Weißhaupt only (2 hops).
  auto sk = ShortestPaths(kg, V(kg, "org/stadtwerke-lindau"), V(kg, "place/konstanz"));
  CHECK(sk.distance == 2);
  REQUIRE(sk.paths.size() == 1);
  CHECK(Chain(kg, sk.paths[0])[1] == "Jonas Weißhaupt");
}

TEST_CASE("Counting shortest paths multiplies through layers") {
  // A diamond of diamonds: a -> {b1,b2} -> c -> {d1,d2} -> e has 4 shortest paths.
  ModelBuilder b;
  namespace v = newskg::rdf::vocab;
  for (auto name : {"a", "b1", "b2", "c", "d1", "d2", "e"}) {
    b.Entity(std::string("person/") + name, {v::schema::kPerson}, std::string("Person ") + name);
  }
  int n = 0;
  for (auto [x, y] : {std::pair{"a", "b1"}, {"a", "b2"}, {"b1", "c"}, {"b2", "c"}, {"c", "d1"},
                      {"c", "d2"}, {"d1", "e"}, {"d2", "e"}}) {
    b.Meeting("event/" + std::to_string(n++), {std::string("person/") + x, std::string("person/") + y},
              "call", "held", std::nullopt, std::nullopt);
  }
  auto kg = Project(b.model());
  auto r = ShortestPaths(kg, V(kg, "person/a"), V(kg, "person/e"), 3);
  CHECK(r.distance == 4);
  CHECK(r.total == 4);
  REQUIRE(r.paths.size() == 3);
  CHECK(Chain(kg, r.paths[0]) == std::vector<std::string>{"Person a", "Person b1", "Person c",
                                                           "Person d1", "Person e"});
  CHECK(Chain(kg, r.paths[1])[3] == "Person d2");
  CHECK(Chain(kg, r.paths[2])[1] == "Person b2");
  CHECK(kg.edge(r.paths[0].hops[0].edges.at(0)).label == "Telefonat");
}

TEST_CASE("No path between unconnected entities; a vertex reaches itself in zero hops") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto r = ShortestPaths(kg, V(kg, "person/anna-bergmann"), V(kg, "person/maria-schmidt"));
  CHECK(r.paths.empty());
  CHECK(r.total == 0);
  auto self = ShortestPaths(kg, V(kg, "person/anna-bergmann"), V(kg, "person/anna-bergmann"));
  CHECK(self.distance == 0);
  REQUIRE(self.paths.size() == 1);
  CHECK(self.paths[0].hops.empty());
}

TEST_CASE("Neighbors at depth 1 are grouped by relation and direction") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto n = Neighbors(kg, V(kg, "person/lena-krause"), 1);
  REQUIRE(n.by_distance.size() == 1);
  CHECK(Labels(kg, n.by_distance[0]) ==
        std::vector<std::string>{"Anna Bergmann", "Jonas Weißhaupt", "Karl Petersen", "Konstanz",
                                 "Landesregierung", "Lindau"});
  std::vector<std::string> groups;
  for (const auto& g : n.by_relation) {
    groups.push_back(g.label + (g.directed ? (g.outgoing ? " ->" : " <-") : "") + ": " +
                     std::to_string(g.members.size()));
  }
  CHECK(groups == std::vector<std::string>{"Gespräche: 1", "Gespräche in ->: 1", "Ministerin ->: 1",
                                           "Treffen: 2", "Treffen in ->: 1"});

  // Seen from the organisation, roles point inwards.
  auto org = Neighbors(kg, V(kg, "org/stadtwerke-lindau"), 1);
  REQUIRE(org.by_relation.size() == 2);
  CHECK(org.by_relation[0].label == "Geschäftsführer");
  CHECK_FALSE(org.by_relation[0].outgoing);
  CHECK(kg.label(org.by_relation[1].members.at(0).vertex) == "Anna Bergmann");
}

TEST_CASE("Neighbors at depth 2 adds the next ring with the vertex it is reached through") {
  auto model = SampleModel();
  auto kg = Project(model);
  auto n = Neighbors(kg, V(kg, "person/anna-bergmann"), 2);
  REQUIRE(n.by_distance.size() == 2);
  CHECK(Labels(kg, n.by_distance[0]) ==
        std::vector<std::string>{"Lena Krause", "Lindau", "Stadtwerke Lindau"});
  CHECK(Labels(kg, n.by_distance[1]) ==
        std::vector<std::string>{"Jonas Weißhaupt", "Karl Petersen", "Konstanz", "Landesregierung"});
  for (const auto& m : n.by_distance[1]) {
    CHECK(m.distance == 2);
    CHECK_FALSE(m.edges.empty());
  }
  // Weißhaupt is reachable through Stadtwerke and Krause; "via" is the first in IRI order.
  CHECK(kg.label(n.by_distance[1][0].via) == "Stadtwerke Lindau");
  CHECK(Neighbors(kg, V(kg, "person/maria-schmidt"), 2).by_distance[0].empty());
}
