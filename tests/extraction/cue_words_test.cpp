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
