// The graph index's meetings and posts of no organization: what both projections store, that
// they agree, and that a damaged table is refused.
#include <catch.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "cli/temp_dir.h"
#include "common/input_error.h"
#include "fixture.h"
#include "graph/fact_projection.h"
#include "graph/index_builder.h"
#include "graph/index_format.h"
#include "pipeline_fixture.h"
#include "rdf/model_sink.h"
#include "resolution/resolver.h"

using namespace newskg;
using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

// The index FactProjection makes of a knowledge base, as the build makes it.
GraphIndex ProjectFacts(const resolution::KnowledgeBase& kb, const rdf::IriMinter& iris) {
  const int fd = ::memfd_create("fact-index", MFD_CLOEXEC);
  REQUIRE(fd >= 0);
  {
    IndexBuilder builder(fd, "fact index");
    FactProjection projection(kb.entities, kb.events, kb.owners, iris, builder);
    for (const auto& article : kb.articles) projection.AddArticle(article);
    builder.Finish();
  }
  auto index = GraphIndex::FromMapped(common::MappedFile::FromDescriptor(fd, "fact index"));
  ::close(fd);
  return index;
}

// Invented articles with roles of and of no organization, a meeting of three with place and
// date, and one whose date the text does not give.
resolution::KnowledgeBase SampleKnowledgeBase() {
  std::vector<extraction::ArticleFacts> facts;
  facts.push_back(newskg::testing::Analyze(
      "date 2025-05-14\n"
      "Bremen - Bürgermeisterin Johanna Kettler hat am Dienstag in Bremen den Präsidenten des "
      "Hafenverbands, Lukas Ahrend, und den dänischen Botschafter Søren Lund getroffen. "
      "Ein Sprecher, Felix Marten, bestätigte das Gespräch.\n",
      "100_bremen.txt"));
  facts.push_back(newskg::testing::Analyze(
      "date 2025-05-20\n"
      "Hamburg - Johanna Kettler telefonierte mit Lukas Ahrend über den Hafenausbau. "
      "Beide wollen sich erneut treffen.\n",
      "101_hamburg.txt"));
  return resolution::Resolve(facts);
}

}  // namespace

TEST_CASE("The index keeps every meeting with kind, status, place, dates, attendees and sentence") {
  const auto kg = Project(SampleModel());
  REQUIRE(kg.meeting_count() == 3);
  // In IRI order: event/m1, m2, m3.
  const MeetingData m1 = MeetingAt(kg, 0);
  CHECK(m1.iri == Id("event/m1"));
  CHECK(m1.kind == "talks");
  CHECK(m1.status == "held");
  CHECK(m1.date == "2025-03-12");
  CHECK(m1.time_text == "am Mittwoch");
  CHECK(m1.article_id == "001_lindau.txt");
  CHECK(m1.article_date.empty());
  CHECK(m1.place == Id("place/lindau"));
  CHECK(m1.attendees == std::vector<std::string>{Id("person/anna-bergmann"), Id("person/lena-krause")});
  REQUIRE(m1.evidence.size() == 1);
  CHECK(m1.evidence[0].sentence == kSentenceTalks);
  CHECK(m1.evidence[0].char_start == 218u);

  const MeetingData m2 = MeetingAt(kg, 1);
  CHECK(m2.date.empty());
  CHECK(m2.article_date == "2025-04-02");
  CHECK_FALSE(m2.place);

  const MeetingData m3 = MeetingAt(kg, 2);
  CHECK(m3.kind == "meeting");
  CHECK(m3.status == "planned");
  CHECK(m3.attendees.size() == 3);
  CHECK(m3.place == Id("place/konstanz"));
}

TEST_CASE("A post that names no organization is kept with its holder and sentence") {
  const auto kg = Project(SampleModel());
  REQUIRE(kg.post_count() == 1);
  const PostData post = PostAt(kg, 0);
  CHECK(post.iri == Id("post/p5"));
  CHECK(post.label == "Sprecher");
  CHECK(post.holder == Id("person/tobias-krause"));
  REQUIRE(post.evidence.size() == 1);
  CHECK(post.evidence[0].sentence == kSentenceSprecher);
  CHECK(post.evidence[0].article_id == "002_konstanz.txt");
}

TEST_CASE("The build's projection and the RDF projection give the same graph") {
  const resolution::KnowledgeBase kb = SampleKnowledgeBase();
  const rdf::IriMinter iris;
  const GraphIndex facts = ProjectFacts(kb, iris);
  const GraphIndex model = IndexModel(rdf::BuildModel(kb));

  // The articles must give what the comparison is about.
  REQUIRE(facts.meeting_count() >= 2);
  REQUIRE(facts.post_count() >= 1);
  bool three = false;
  for (std::size_t m = 0; m < facts.meeting_count(); ++m) three |= facts.meeting(m).attendees.size() >= 3;
  CHECK(three);

  REQUIRE(facts.vertex_count() == model.vertex_count());
  for (Vertex v = 0; v < facts.vertex_count(); ++v) CHECK(At(facts, v) == At(model, v));
  REQUIRE(facts.edge_count() == model.edge_count());
  for (Edge e = 0; e < facts.edge_count(); ++e) {
    CHECK(EdgeAt(facts, e) == EdgeAt(model, e));
    CHECK(facts.edge(e).a == model.edge(e).a);
    CHECK(facts.edge(e).b == model.edge(e).b);
  }
  REQUIRE(facts.meeting_count() == model.meeting_count());
  for (std::size_t m = 0; m < facts.meeting_count(); ++m) {
    CHECK(MeetingAt(facts, m) == MeetingAt(model, m));
  }
  REQUIRE(facts.post_count() == model.post_count());
  for (std::size_t p = 0; p < facts.post_count(); ++p) CHECK(PostAt(facts, p) == PostAt(model, p));
}

TEST_CASE("A meeting or post that points outside the index is refused on opening") {
  newskg::testing::TempDir dir;
  const auto path = dir / "graph.index";
  {
    const int fd = ::open(path.c_str(), O_CREAT | O_RDWR | O_TRUNC | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    IndexBuilder builder(fd, path.string());
    ProjectModel(SampleModel(), builder, "sample");
    builder.Finish();
    ::close(fd);
  }
  REQUIRE_NOTHROW(GraphIndex::Open(path));
  std::string bytes = newskg::testing::ReadFile(path);
  index::Header header;
  std::memcpy(&header, bytes.data(), sizeof header);
  REQUIRE(header.version == 2);

  auto refused = [&](std::string damaged) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged;
    try {
      GraphIndex::Open(path);
    } catch (const InputError& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  SECTION("an attendee beyond the vertices") {
    std::string damaged = bytes;
    const std::uint32_t bad = 999;
    std::memcpy(damaged.data() + header.sections[index::kMeetingAttendees].offset, &bad, sizeof bad);
    CHECK(refused(damaged).find("attendee") != std::string::npos);
  }
  SECTION("a meeting place beyond the vertices") {
    std::string damaged = bytes;
    index::Meeting meeting;
    const auto offset = header.sections[index::kMeetings].offset;
    std::memcpy(&meeting, damaged.data() + offset, sizeof meeting);
    meeting.place = 999;
    std::memcpy(damaged.data() + offset, &meeting, sizeof meeting);
    CHECK(refused(damaged).find("place") != std::string::npos);
  }
  SECTION("a post holder beyond the vertices") {
    std::string damaged = bytes;
    index::Post post;
    const auto offset = header.sections[index::kPosts].offset;
    std::memcpy(&post, damaged.data() + offset, sizeof post);
    post.holder = 999;
    std::memcpy(damaged.data() + offset, &post, sizeof post);
    CHECK(refused(damaged).find("post") != std::string::npos);
  }
  SECTION("a vertex's neighbors out of order (the edge look-up searches them)") {
    std::string damaged = bytes;
    const auto begin_offset = header.sections[index::kAdjacencyBegin].offset;
    const auto adjacency_offset = header.sections[index::kAdjacency].offset;
    const std::size_t vertices = header.sections[index::kVertices].size / sizeof(index::Vertex);
    bool swapped = false;
    for (std::size_t v = 0; v < vertices && !swapped; ++v) {
      std::uint64_t range[2];
      std::memcpy(range, damaged.data() + begin_offset + v * sizeof(std::uint64_t), sizeof range);
      if (range[1] - range[0] < 2) continue;
      char* first = damaged.data() + adjacency_offset + range[0] * sizeof(index::Adjacent);
      index::Adjacent pair[2];
      std::memcpy(pair, first, sizeof pair);
      std::swap(pair[0], pair[1]);
      std::memcpy(first, pair, sizeof pair);
      swapped = true;
    }
    REQUIRE(swapped);
    CHECK(refused(damaged).find("adjacency out of order") != std::string::npos);
  }
  SECTION("an index of version 1") {
    std::string damaged = bytes;
    const std::uint32_t old = 1;
    std::memcpy(damaged.data() + offsetof(index::Header, version), &old, sizeof old);
    CHECK(refused(damaged).find("version 1") != std::string::npos);
  }
}

TEST_CASE("A meeting reported by two articles under one IRI becomes one record") {
  const int fd = ::memfd_create("joined-index", MFD_CLOEXEC);
  REQUIRE(fd >= 0);
  {
    IndexBuilder builder(fd, "joined index");
    std::vector<std::uint32_t> v;
    for (const char* iri : {"https://x.example/a", "https://x.example/b", "https://x.example/c",
                            "https://x.example/p"}) {
      VertexInput vertex;
      vertex.iri = iri;
      vertex.label = iri;
      vertex.type = "Person";
      v.push_back(builder.AddVertex(vertex));
    }
    MeetingInput first;
    first.iri = "https://x.example/event/1";
    first.kind = "talks";
    first.status = "held";
    first.date = "2025-06-10";
    first.article_id = "a.txt";
    first.time_text = "gestern";
    first.attendees = {v[1], v[0]};
    first.evidence.push_back({"a.txt", "A und B sprachen.", 0, 17, {}});
    MeetingInput second = first;
    second.status = "planned";  // the first report's fields stand
    second.article_id = "b.txt";
    second.time_text = "am Dienstag";
    second.place = v[3];        // a place fills in a missing one
    second.attendees = {v[0], v[2]};
    second.evidence = {{"b.txt", "A traf B und C.", 5, 20, {}}};
    builder.AddMeeting(first);
    builder.AddMeeting(second);
    builder.Finish();
  }
  const auto kg = GraphIndex::FromMapped(newskg::common::MappedFile::FromDescriptor(fd, "joined index"));
  ::close(fd);
  REQUIRE(kg.meeting_count() == 1);
  const MeetingData m = MeetingAt(kg, 0);
  CHECK(m.status == "held");
  CHECK(m.article_id == "a.txt");
  CHECK(m.time_text == "am Dienstag / gestern");
  CHECK(m.place == "https://x.example/p");
  CHECK(m.attendees == std::vector<std::string>{"https://x.example/a", "https://x.example/b", "https://x.example/c"});
  REQUIRE(m.evidence.size() == 2);
  CHECK(m.evidence[0].article_id == "a.txt");
  CHECK(m.evidence[1].article_id == "b.txt");
}
