// The closed word lists are compared with folded words: a form with 'ß' must be found by its
// folded spelling ('ss'), or it is dead.
#include <catch.hpp>

#include "extraction/cue_words.h"
#include "recognition/function_words.h"
#include "text/utf8.h"

using newskg::text::FoldForMatch;

TEST_CASE("cue words with 'ß' match their folded forms", "[extraction][cues]") {
  CHECK(newskg::extraction::IsPastMarker(FoldForMatch("saßen")));
  CHECK(newskg::extraction::IsPastMarker(FoldForMatch("begrüßte")));
  CHECK(newskg::extraction::IsReportingWord(FoldForMatch("äußerte")));
  CHECK(newskg::extraction::IsReportingWord(FoldForMatch("hieß")));
  CHECK(newskg::recognition::IsFunctionWord(FoldForMatch("Außerdem")));
}

TEST_CASE("group nouns act for a state; one person's office is no group", "[extraction][cues]") {
  CHECK(newskg::extraction::IsGroupNoun(FoldForMatch("Regierungsdelegation")));
  CHECK(newskg::extraction::IsGroupNoun(FoldForMatch("Beamten")));
  CHECK(newskg::extraction::IsGroupNoun(FoldForMatch("IOC-Spitze")));  // "mit der IOC-Spitze sprechen"
  CHECK(newskg::extraction::IsGroupNoun(FoldForMatch("Konzernleitung")));
  CHECK_FALSE(newskg::extraction::IsGroupNoun(FoldForMatch("Regierungschef")));
  CHECK_FALSE(newskg::extraction::IsGroupNoun(FoldForMatch("Regierungssprecherin")));
}
