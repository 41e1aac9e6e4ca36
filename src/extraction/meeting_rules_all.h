// The meeting rules' classes (internal to the extraction stage; meeting_rules.cpp lists them
// in order with their names, docs and examples).
#pragma once

#include <string_view>

#include "extraction/meeting_rules.h"

namespace newskg::extraction::rules {

class NamedSentenceRule : public Named<SentenceRule> {
 public:
  using Named<SentenceRule>::Named;
};

class NamedArticleRule : public Named<ArticleRule> {
 public:
  using Named<ArticleRule>::Named;
};

#define NEWSKG_SENTENCE_RULE(Class)                                      \
  class Class : public NamedSentenceRule {                               \
   public:                                                               \
    using NamedSentenceRule::NamedSentenceRule;                          \
    void Apply(const SentenceContext& c, MeetingDraft& d) const override; \
  }

#define NEWSKG_ARTICLE_RULE(Class)                                                             \
  class Class : public NamedArticleRule {                                                      \
   public:                                                                                     \
    using NamedArticleRule::NamedArticleRule;                                                  \
    bool Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,                 \
               MeetingLedger& ledger) const override;                                          \
  }

// meeting_rules_parties.cpp
NEWSKG_SENTENCE_RULE(SemicolonHalvesApart);
NEWSKG_SENTENCE_RULE(CoordinatedClausesApart);
NEWSKG_SENTENCE_RULE(PlannedClauseApart);
NEWSKG_SENTENCE_RULE(CoordinatedVerbsApart);
// meeting_rules_status.cpp
NEWSKG_SENTENCE_RULE(VerbNeedsParticle);
NEWSKG_SENTENCE_RULE(RequestIsNoMeeting);
NEWSKG_SENTENCE_RULE(AdvisingIsNoMeeting);
NEWSKG_SENTENCE_RULE(OwnSessionIsNoMeeting);
NEWSKG_SENTENCE_RULE(DefiniteNounRefersBack);
NEWSKG_SENTENCE_RULE(StatusCues);
NEWSKG_SENTENCE_RULE(PerfectTenseIsPast);
NEWSKG_SENTENCE_RULE(SinceIsOngoing);
NEWSKG_SENTENCE_RULE(PastPerfectIsEarlier);
NEWSKG_SENTENCE_RULE(NegationGovernsTrigger);
NEWSKG_SENTENCE_RULE(SeparableRejection);
NEWSKG_SENTENCE_RULE(PurposeClauseIsPlan);
NEWSKG_SENTENCE_RULE(AnnouncedInfinitiveIsPlan);
// meeting_rules_parties.cpp
NEWSKG_SENTENCE_RULE(CoordinatedAdverbialsSplit);
NEWSKG_SENTENCE_RULE(CoordinatedMeetingsApart);
NEWSKG_SENTENCE_RULE(SeparateTalksApart);
NEWSKG_SENTENCE_RULE(BetweenNamesTheParties);
NEWSKG_SENTENCE_RULE(BracketsExcluded);
NEWSKG_SENTENCE_RULE(DatelineIsNoParty);
NEWSKG_SENTENCE_RULE(RoleOwnersExcluded);
NEWSKG_SENTENCE_RULE(SpeakersExcluded);
NEWSKG_SENTENCE_RULE(CommentersAreNoParties);
NEWSKG_SENTENCE_RULE(MediaAreNoParties);
NEWSKG_SENTENCE_RULE(TopicsExcluded);
NEWSKG_SENTENCE_RULE(BodyActedForIsNoParty);
NEWSKG_SENTENCE_RULE(MeetingInTimePhraseApart);
NEWSKG_SENTENCE_RULE(SubordinateClauseKeepsItsParties);
NEWSKG_SENTENCE_RULE(WhoseClauseDescribes);
NEWSKG_SENTENCE_RULE(CommaClausesKeepTheirPartners);
NEWSKG_SENTENCE_RULE(SettingHostsAreNoParties);
NEWSKG_SENTENCE_RULE(PerformersAreNoParties);
NEWSKG_SENTENCE_RULE(ChamberSittingIsNoMeeting);
NEWSKG_SENTENCE_RULE(SuchMeetingsTellNone);
NEWSKG_SENTENCE_RULE(AboardIsThePlace);
NEWSKG_SENTENCE_RULE(SeatOwnerIsThePlace);
NEWSKG_SENTENCE_RULE(PlaceOfTheMeetingIsNamed);
NEWSKG_SENTENCE_RULE(PlaceAfterPreposition);
NEWSKG_SENTENCE_RULE(OriginIsNoParty);
NEWSKG_SENTENCE_RULE(CitiesAreNoParties);
NEWSKG_SENTENCE_RULE(StateStandsForItsOfficial);
NEWSKG_SENTENCE_RULE(AdjectivesNeedGroupNoun);
NEWSKG_SENTENCE_RULE(PronounSubjects);
NEWSKG_SENTENCE_RULE(AgeNounStandsForPerson);
NEWSKG_SENTENCE_RULE(GuestIsTheVisitor);
NEWSKG_SENTENCE_RULE(DelegationHeadJoins);
NEWSKG_SENTENCE_RULE(FormerOfficeStandsForPerson);
NEWSKG_SENTENCE_RULE(TheTwoAreThePairBefore);
NEWSKG_SENTENCE_RULE(BothSidesAreThePairNamedBefore);
NEWSKG_SENTENCE_RULE(InterviewPronouns);
NEWSKG_SENTENCE_RULE(QuotedFirstPersonIsTheSpeaker);
NEWSKG_SENTENCE_RULE(RoleNounStandsForHolder);
NEWSKG_SENTENCE_RULE(PartyDescriptionStandsForMember);
NEWSKG_SENTENCE_RULE(KindNounStandsForOrganization);
NEWSKG_SENTENCE_RULE(NearestTimeExpression);
NEWSKG_SENTENCE_RULE(SettingFromSentenceBefore);
// meeting_rules_article.cpp
// It reads denied meetings too: "Ein Treffen mit X kam nicht zustande" is the protagonist's.
class AgentlessMeetingHasProtagonist : public NamedArticleRule {
 public:
  using NamedArticleRule::NamedArticleRule;
  bool Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
             MeetingLedger& ledger) const override;
  bool ReadsNegated() const override { return true; }
};
NEWSKG_ARTICLE_RULE(TripSetsTheScene);
NEWSKG_ARTICLE_RULE(AlsoMetThereToo);
NEWSKG_ARTICLE_RULE(TimeOfDayKeepsTheDay);
NEWSKG_ARTICLE_RULE(InterviewHomeIsThePlace);
NEWSKG_ARTICLE_RULE(DatelinePlace);
NEWSKG_ARTICLE_RULE(CityRefinesCountry);
NEWSKG_ARTICLE_RULE(BareMinistryNamedBefore);
NEWSKG_ARTICLE_RULE(BareVenueNamedBefore);
NEWSKG_ARTICLE_RULE(KindNounStandsForItsOrganization);
NEWSKG_ARTICLE_RULE(VenueInTown);
NEWSKG_ARTICLE_RULE(FutureDateIsPlan);
NEWSKG_ARTICLE_RULE(ParticipationJoinsMeeting);
class DenialsCoverReports : public NamedArticleRule {
 public:
  using NamedArticleRule::NamedArticleRule;
  bool Apply(const ArticleContext& c, const MeetingDraft& d, MeetingFact& m,
             MeetingLedger& ledger) const override;
  bool ReadsNegated() const override { return true; }
};
NEWSKG_ARTICLE_RULE(NextRoundTakesParties);
NEWSKG_ARTICLE_RULE(MergeRepeatedReports);
NEWSKG_ARTICLE_RULE(PersonAndStateAlone);

#undef NEWSKG_SENTENCE_RULE
#undef NEWSKG_ARTICLE_RULE

}  // namespace newskg::extraction::rules
