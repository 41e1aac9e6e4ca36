// ArticleFacts: what extraction read from one article — its mentions, the roles people hold and
// the meetings between parties — all pointing at mentions by index.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "recognition/mention.h"
#include "text/article.h"

namespace newskg::extraction {

enum class MeetingStatus { Held, Ongoing, Planned, Considered };
enum class MeetingKind { Meeting, Talks, Call, Visit };
const char* ToString(MeetingStatus status);  // "held", "ongoing", "planned", "considered"
const char* ToString(MeetingKind kind);      // "meeting", "talks", "call", "visit"

struct RoleFact {
  std::size_t person = 0;         // mention index
  std::string label;              // nominative ("Nationaler Sicherheitsberater")
  std::optional<std::size_t> of;  // mention index
  // A state, Land or federal body the role belongs to that the text implies without naming it
  // ("Lissabon - ... traf Ministerpräsident X": Portugal), by canonical name; only when `of` is
  // empty.
  std::string implied_of;
  bool implied_of_country = true;  // false: a Land or province ("Erfurt - ...": Thüringen)
  bool implied_of_body = false;    // an organization ("Bundestagspräsidentin X": Bundestag)
  std::size_t sentence = 0;
  std::size_t first_token = 0;  // the label's first word in the sentence (after articles)
  std::size_t token = 0;        // the role noun's token ("Vorsitzende" in "die stellvertretende Vorsitzende")
  bool kinship = false;         // a relation to a person ("Tochter", "Ehemann"), no office
};

struct MeetingFact {
  std::vector<std::size_t> participants;  // mention indices (pronouns resolved)
  // States taking part that the text does not name but implies ("zwischen Washington und
  // Moskau": the capitals stand for their states), by canonical name. With `participants`,
  // at least two parties.
  std::vector<std::string> implied_states;
  std::optional<std::size_t> location;    // mention index
  bool location_inferred = false;  // from the dateline or an earlier report, not its own sentence
  // The town a building or an institution given as the location lies in ("im Rathaus in Ulm",
  // "im Ulmer Rathaus"), when the article says which: a meeting is in both.
  std::optional<std::size_t> town;  // mention index
  std::string time_text;                  // as written ("am Donnerstag")
  std::string date;                       // ISO when the article date allows
  // The part of the day its reports name ("vormittag", "nachmittag"; see DayPart), if any: a
  // report of the afternoon is not the meeting of the morning.
  std::string day_part;
  MeetingStatus status = MeetingStatus::Held;
  MeetingKind kind = MeetingKind::Meeting;
  // Told only as "ein Gespräch" (singular), read as talks: a meeting, unless a report of it
  // tells talks or a call.
  bool conversation = false;
  std::size_t sentence = 0;       // the first sentence that tells it (its evidence)
  std::size_t last_sentence = 0;  // the last one, when later reports were merged into it
};

struct ArticleFacts {
  text::Article article;
  std::vector<recognition::Mention> mentions;  // as recognition found them
  std::vector<RoleFact> roles;
  std::vector<MeetingFact> meetings;
  // Per mention, a person's gender by the given name the article writes for them ('f', 'm'; 0
  // unknown or not a full name's mention).
  std::vector<char> given_name_gender;
};

}  // namespace newskg::extraction
