// Meeting extraction: meetings, talks, calls and visits between at least two parties, with
// place, time and status, read by the meeting rules (meeting_rules.h) trigger by trigger; a
// meeting the text negates is dropped, and repeated reports of one meeting are merged.
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_rules.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// `index` is built from `facts` and `roles` (ArticleIndex).
std::vector<MeetingFact> ExtractMeetings(const ArticleFacts& facts,
                                         const std::vector<SentenceAnnotation>& sentences,
                                         const std::vector<RoleFact>& roles, const ArticleIndex& index,
                                         const recognition::Lexicons& lexicons,
                                         const RuleSwitches& switches = {});

}  // namespace newskg::extraction
