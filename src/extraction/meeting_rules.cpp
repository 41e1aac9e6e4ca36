// The meeting rules in the order they run, with their names, docs and invented examples.
#include "extraction/meeting_rules.h"

#include "extraction/meeting_rules_all.h"
#include "text/utf8.h"

namespace newskg::extraction {

using namespace rules;

const std::vector<const SentenceRule*>& SentenceRules() {
  static const VerbNeedsPartner verb_needs_partner(
      "verb-needs-partner",
      "Verbs that are meetings only with a partner (sprechen, verhandeln) need 'mit' or 'nach' in their clause.",
      "Die Ministerin sprach am Abend mit ihrem Amtskollegen aus Prag.");
  static const DefiniteNounRefersBack definite_noun(
      "definite-noun-refers-back",
      "A trigger noun after a definite article refers back to a meeting already reported.",
      "Die Gespräche in Genf dauerten bis in die Nacht.");
  static const StatusCues status_cues(
      "status-cues",
      "Past-tense verbs and cue words in the clause say whether a meeting took place, is planned, ongoing or only considered.",
      "Ein Treffen der beiden Minister ist für Mai geplant.");
  static const NegationGovernsTrigger negation(
      "negation-governs-trigger",
      "'nicht' and 'kein' near the trigger, or a cancelling verb in its clause, negate the meeting.",
      "Ein Treffen mit dem Bürgermeister wird es nicht geben.");
  static const SeparableRejection rejection(
      "separable-rejection",
      "Separable verbs that reject or rule out ('wies ... zurück', 'schloss ... aus') negate it.",
      "Die Sprecherin schloss ein Treffen mit der Opposition aus.");
  static const PurposeClauseIsPlan purpose(
      "purpose-clause-is-plan",
      "A meeting in an 'um ... zu' clause is a plan, unless told in the past.",
      "Sie reist nach Rom, um dort mit dem Präsidenten zu sprechen.");
  static const AnnouncedInfinitiveIsPlan announced(
      "announced-infinitive-is-plan",
      "A 'zu' infinitive of the trigger verb is a plan, and the one who announces it takes part.",
      "Der Kanzler kündigte an, sich mit den Ministerpräsidenten zu treffen.");
  static const CoordinatedAdverbialsSplit split(
      "coordinated-adverbials-split",
      "Coordinated place phrases with their own people tell separate meetings.",
      "Sie traf sich im Mai mit Anna Berg in Wien und im Juni in Graz mit Paul Roth.");
  static const BracketsExcluded brackets(
      "brackets-excluded",
      "A bracketed party or abbreviation is no party to the meeting.",
      "Erika Haas (SPD) traf sich mit Jan Vogt.");
  static const RoleOwnersExcluded role_owners(
      "role-owners-excluded",
      "Whose role a role noun names in the sentence is no party ('der Sprecher des Kremls').",
      "Der Sprecher des Senats, Olaf Wendt, traf den Botschafter Karl Ruhr.");
  static const SpeakersExcluded speakers(
      "speakers-excluded",
      "Who reports the meeting ('sagte X', 'laut X') is no party.",
      "Tom Brandt habe sich mit Ida Wolff getroffen, sagte Regierungssprecher Uwe Kast.");
  static const TopicsExcluded topics(
      "topics-excluded",
      "What talks are about or against ('über die Ukraine', 'gegen Russland') is no party.",
      "Lena Graf und Max Ott sprachen über Polen.");
  static const PlaceAfterPreposition place(
      "place-after-preposition",
      "A place (or an organization standing for its seat) after 'in', 'im', 'bei' is where the meeting is; the nearest wins.",
      "Anna Berg traf sich in Wien mit Paul Roth.");
  static const CapitalStandsForState capital(
      "capital-stands-for-state",
      "A capital named as a party stands for its state ('zwischen Washington und Moskau').",
      "Gespräche zwischen Berlin und Warschau wurden vereinbart.");
  static const CitiesAreNoParties cities(
      "cities-are-no-parties",
      "Other places that are not states are no parties.",
      "In Ulm trafen sich Anna Berg und Paul Roth.");
  static const AdjectivesNeedGroupNoun adjectives(
      "adjectives-need-group-noun",
      "A state named by an adjective or a compound prefix takes part only through a group acting for it ('russische Beamte', 'US-Delegation').",
      "Eine polnische Delegation traf sich mit Anna Berg.");
  static const PronounSubjects pronouns(
      "pronoun-subjects",
      "'er', 'ihn', 'ihm' stand for the last person named before them.",
      "Paul Roth reiste nach Wien. Dort traf er sich mit Anna Berg.");
  static const RoleNounStandsForHolder role_nouns(
      "role-noun-stands-for-holder",
      "A role noun with an article and no name stands for the person the article gave that role.",
      "Innenministerin Eva Lind besuchte Ulm. Der Bürgermeister empfing die Ministerin.");
  static const NearestTimeExpression time(
      "nearest-time-expression",
      "The time expression nearest the trigger is the meeting's time, resolved against the article's date.",
      "Anna Berg traf sich am Dienstag mit Paul Roth.");
  static const std::vector<const SentenceRule*> all = {
      &verb_needs_partner, &definite_noun, &status_cues, &negation, &rejection, &purpose,
      &announced, &split, &brackets, &role_owners, &speakers, &topics, &place, &capital,
      &cities, &adjectives, &pronouns, &role_nouns, &time};
  return all;
}

const std::vector<const ArticleRule*>& ArticleRules() {
  static const HostStateImplied host(
      "host-state-implied",
      "A party visiting a capital meets its state.",
      "Eine polnische Delegation verhandelte in Berlin.");
  static const SamePartyOnce once(
      "same-party-once",
      "Two mentions of one party ('Polen', 'polnische') count once.",
      "Polen und eine polnische Delegation trafen Anna Berg.");
  static const DatelinePlace dateline(
      "dateline-place",
      "A meeting held without a place of its own is in the dateline's place.",
      "Lissabon - Anna Berg traf sich mit Paul Roth.");
  static const FutureDateIsPlan future(
      "future-date-is-plan",
      "Without a tense cue, a date after publication makes a plan, one before it a meeting held.",
      "Anna Berg trifft am Freitag Paul Roth.");
  static const OngoingDatedByPublication ongoing(
      "ongoing-dated-by-publication",
      "A meeting under way without a time is dated by the article's publication date.",
      "Anna Berg und Paul Roth verhandeln derzeit in Wien.");
  static const MergeRepeatedReports merge(
      "merge-repeated-reports",
      "A later report of the same meeting (parties shared, or 'die Gespräche') merges into the first.",
      "Anna Berg traf Paul Roth in Wien. Das Treffen dauerte drei Stunden, sagte Berg.");
  static const std::vector<const ArticleRule*> all = {&host, &once, &dateline, &future, &ongoing,
                                                      &merge};
  return all;
}

std::string PartyKey(const ArticleFacts& facts, std::size_t m) {
  const recognition::Mention& men = facts.mentions[m];
  std::string key = text::FoldForMatch(men.canonical);
  if (men.type == recognition::EntityType::Person) {
    const auto space = key.rfind(' ');
    if (space != std::string::npos) key = key.substr(space + 1);
    return "person:" + key;
  }
  return key;
}

}  // namespace newskg::extraction
