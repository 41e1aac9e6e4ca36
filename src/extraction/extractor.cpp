#include "extraction/extractor.h"

#include "extraction/described_roles.h"
#include "extraction/meeting_extractor.h"
#include "extraction/role_extractor.h"
#include "extraction/role_owner_rules.h"
#include "extraction/sentence_annotation.h"

namespace newskg::extraction {

ArticleFacts Extract(text::Article article, std::vector<recognition::Mention> mentions,
                     const recognition::Lexicons& lexicons, const RuleSwitches& switches) {
  ArticleFacts facts;
  facts.article = std::move(article);
  facts.mentions = std::move(mentions);
  const std::vector<SentenceAnnotation> sentences = AnnotateSentences(facts, lexicons);
  std::vector<RoleDescription> descriptions;
  facts.roles = ExtractRoles(sentences, lexicons, &descriptions);
  const ArticleIndex index(facts, facts.roles, lexicons);
  facts.given_name_gender = index.gender;
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    if (facts.mentions[m].canonical.find(' ') == std::string::npos) facts.given_name_gender[m] = 0;
  }
  facts.meetings = ExtractMeetings(facts, sentences, facts.roles, index, lexicons, switches);
  // After the meetings too: what a description stands for there is the meeting rules' own reading.
  AddDescribedRoles(facts, sentences, descriptions, index, lexicons, switches, facts.roles);
  // After the meetings: an implied owner is no reason to leave a party out of a meeting.
  InferRoleOwners(facts, sentences, index, lexicons, switches, facts.roles);
  GiveClubOfficesOfATownToItsClub(facts, facts.roles);
  GiveCompoundPrefixesTheirFullName(facts, facts.roles);
  MarkKinship(facts.roles);
  return facts;
}

}  // namespace newskg::extraction
