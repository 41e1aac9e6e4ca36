#include "extraction/extractor.h"

#include "extraction/meeting_extractor.h"
#include "extraction/role_extractor.h"

namespace newskg::extraction {

ArticleFacts Extract(text::Article article, std::vector<recognition::Mention> mentions,
                     const recognition::Lexicons& lexicons) {
  ArticleFacts facts;
  facts.article = std::move(article);
  facts.mentions = std::move(mentions);
  facts.roles = ExtractRoles(facts, lexicons);
  facts.meetings = ExtractMeetings(facts, lexicons);
  return facts;
}

}  // namespace newskg::extraction
