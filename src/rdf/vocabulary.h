// Vocabulary: every namespace, class and property IRI the rdf stage writes.
#pragma once

#include <string_view>

namespace newskg::rdf::vocab {

inline constexpr std::string_view kSchemaNs = "http://schema.org/";
inline constexpr std::string_view kOrgNs = "http://www.w3.org/ns/org#";
inline constexpr std::string_view kProvNs = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfsNs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kSkosNs = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kXsdNs = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwlNs = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kNkgNs = "https://newskg.example.org/ns#";

inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

namespace schema {
inline constexpr std::string_view kNewsArticle = "http://schema.org/NewsArticle";
inline constexpr std::string_view kPerson = "http://schema.org/Person";
inline constexpr std::string_view kOrganization = "http://schema.org/Organization";
inline constexpr std::string_view kPlace = "http://schema.org/Place";
inline constexpr std::string_view kCountry = "http://schema.org/Country";
inline constexpr std::string_view kEvent = "http://schema.org/Event";
inline constexpr std::string_view kIdentifier = "http://schema.org/identifier";
inline constexpr std::string_view kDatePublished = "http://schema.org/datePublished";
inline constexpr std::string_view kMentions = "http://schema.org/mentions";
inline constexpr std::string_view kAttendee = "http://schema.org/attendee";
inline constexpr std::string_view kLocation = "http://schema.org/location";
inline constexpr std::string_view kStartDate = "http://schema.org/startDate";
inline constexpr std::string_view kEventStatus = "http://schema.org/eventStatus";
inline constexpr std::string_view kEventScheduled = "http://schema.org/EventScheduled";
inline constexpr std::string_view kEventCancelled = "http://schema.org/EventCancelled";
inline constexpr std::string_view kEventPostponed = "http://schema.org/EventPostponed";
}  // namespace schema

namespace org {
inline constexpr std::string_view kPost = "http://www.w3.org/ns/org#Post";
inline constexpr std::string_view kHolds = "http://www.w3.org/ns/org#holds";
inline constexpr std::string_view kHeldBy = "http://www.w3.org/ns/org#heldBy";
inline constexpr std::string_view kPostIn = "http://www.w3.org/ns/org#postIn";
}  // namespace org

namespace prov {
inline constexpr std::string_view kDerivation = "http://www.w3.org/ns/prov#Derivation";
inline constexpr std::string_view kWasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";
inline constexpr std::string_view kQualifiedDerivation =
    "http://www.w3.org/ns/prov#qualifiedDerivation";
inline constexpr std::string_view kEntity = "http://www.w3.org/ns/prov#entity";
}  // namespace prov

namespace rdfs {
inline constexpr std::string_view kLabel = "http://www.w3.org/2000/01/rdf-schema#label";
}  // namespace rdfs

namespace skos {
inline constexpr std::string_view kAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
}  // namespace skos

namespace owl {
inline constexpr std::string_view kSameAs = "http://www.w3.org/2002/07/owl#sameAs";
}  // namespace owl

namespace xsd {
inline constexpr std::string_view kDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kGYearMonth = "http://www.w3.org/2001/XMLSchema#gYearMonth";
inline constexpr std::string_view kGYear = "http://www.w3.org/2001/XMLSchema#gYear";
inline constexpr std::string_view kInteger = "http://www.w3.org/2001/XMLSchema#integer";
}  // namespace xsd

namespace nkg {
inline constexpr std::string_view kMeetingKind = "https://newskg.example.org/ns#meetingKind";
inline constexpr std::string_view kStatus = "https://newskg.example.org/ns#status";
inline constexpr std::string_view kTimeExpression = "https://newskg.example.org/ns#timeExpression";
inline constexpr std::string_view kSentence = "https://newskg.example.org/ns#sentence";
inline constexpr std::string_view kCharStart = "https://newskg.example.org/ns#charStart";
inline constexpr std::string_view kCharEnd = "https://newskg.example.org/ns#charEnd";
inline constexpr std::string_view kPostOf = "https://newskg.example.org/ns#postOf";
inline constexpr std::string_view kDatePrecision = "https://newskg.example.org/ns#datePrecision";
}  // namespace nkg

// Language tag of every natural-language literal newskg writes.
inline constexpr std::string_view kLanguage = "de";

}  // namespace newskg::rdf::vocab
