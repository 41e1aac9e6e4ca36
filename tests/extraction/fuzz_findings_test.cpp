// Regression tests for what fuzzing the article analysis found (tests/fuzz/fuzz_article.cpp):
// each in an invented sentence. The inputs are also seeds of the fuzz corpus, where the
// sanitizers check them again.
#include <catch.hpp>

#include "pipeline_fixture.h"

using newskg::extraction::MeetingKind;
using newskg::testing::Analyze;
using newskg::testing::Dump;
using newskg::testing::ParticipantNames;

using Names = std::vector<std::string>;

// The particle a separable verb needs ("kamen ... zusammen", "rief ... an") was compared
// through a string_view of a destroyed temporary (AddressSanitizer: stack-use-after-scope).
TEST_CASE("separable verbs are read with their particle") {
  const auto met = Analyze("Ministerin Anna Berger und Minister Thomas Keller kamen am Montag in Linz zusammen.");
  INFO(Dump(met));
  REQUIRE(met.meetings.size() == 1);
  CHECK(ParticipantNames(met, met.meetings[0]) == Names{"Anna Berger", "Thomas Keller"});

  const auto called = Analyze("Ministerin Anna Berger rief am Montag Minister Thomas Keller an.");
  INFO(Dump(called));
  REQUIRE(called.meetings.size() == 1);
  CHECK(called.meetings[0].kind == MeetingKind::Call);

  // Without the particle the verb tells no meeting.
  const auto without = Analyze("Ministerin Anna Berger kam am Montag mit Minister Thomas Keller nach Linz.");
  INFO(Dump(without));
  CHECK(without.meetings.empty());
}
