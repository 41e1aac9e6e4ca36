// Issue 12: the bounds that keep extraction linear in an article's length, and that they leave
// ordinary articles alone. (How fast it is is measured by bench/hostile_bench.sh.)
#include <catch.hpp>

#include <string>

#include "pipeline_fixture.h"

using newskg::testing::Analyze;
using newskg::testing::Dump;
using newskg::testing::ParticipantNames;

using Names = std::vector<std::string>;

namespace {

// A distinct invented surname for every i.
std::string Surname(std::size_t i) {
  const std::string letters = "bdfgklmnprstvz";
  std::string name = "Kess";
  for (std::size_t k = 0; k < 3; ++k, i /= letters.size()) name += std::string(1, letters[i % letters.size()]) + "e";
  return name + "r";
}

std::string Meeting(std::size_t i) {
  return "Außenministerin Katharina Lenz traf am Montag in Wien den Minister Thomas " + Surname(i) + ". ";
}

}  // namespace

TEST_CASE("a sentence of very many meeting words is read for its first sixteen") {
  std::string text = "Ministerin Anna Berger traf in Wien den Minister Thomas Keller";
  for (int i = 0; i < 150; ++i) text += " traf";
  const auto facts = Analyze(text + ".");
  INFO(Dump(facts));
  REQUIRE(facts.article.sentences.size() == 1);
  REQUIRE(!facts.meetings.empty());
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Berger", "Thomas Keller"});
}

TEST_CASE("a repeated report merges into an earlier meeting up to 500 meetings back") {
  // Each sentence is a meeting of Lenz with another minister; they share one party, so none
  // merges with another. The last sentence repeats the first meeting.
  for (const std::size_t between : {std::size_t{300}, std::size_t{600}}) {
    INFO(between << " meetings in between");
    std::string text;
    for (std::size_t i = 0; i < between; ++i) text += Meeting(i) + "\n";
    const auto facts = Analyze(text + Meeting(0));
    REQUIRE(facts.meetings.size() >= between);
    // Within the bound the report is merged into the first meeting; beyond it, it is a new one.
    CHECK(facts.meetings.size() == (between <= 500 ? between : between + 1));
    CHECK(ParticipantNames(facts, facts.meetings.front()) ==
          Names{"Katharina Lenz", "Thomas " + Surname(0)});
  }
}
