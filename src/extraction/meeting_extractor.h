// Meeting extraction: meetings, talks, calls and visits between at least two parties, with
// place, time and status; a meeting the text negates is dropped, and repeated reports of one
// meeting in an article are merged.
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// May append implied mentions to facts.mentions (a capital standing for its state).
std::vector<MeetingFact> ExtractMeetings(ArticleFacts& facts, const recognition::Lexicons& lexicons);

}  // namespace newskg::extraction
