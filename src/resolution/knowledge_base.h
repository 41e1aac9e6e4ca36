// KnowledgeBase: resolved entities, roles and meetings of a set of articles, with evidence.
// This is what the rdf stage turns into triples; indices refer into its vectors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extraction/facts.h"
#include "recognition/mention.h"

namespace newskg::resolution {

using recognition::EntityType;

struct Entity {
  std::string key;    // stable, IRI-safe slug: the same real entity gets the same key in any run
  EntityType type = EntityType::Person;
  bool is_country = false;
  std::string label;                    // canonical name (nominative, fullest form)
  std::vector<std::string> alt_labels;  // every other surface form seen, sorted, unique
};

// Where a fact was read: the sentence, and its character (code point) offsets in the article.
struct Evidence {
  std::size_t article = 0;  // index into KnowledgeBase::articles
  std::string sentence;
  std::size_t char_begin = 0;
  std::size_t char_end = 0;
};

struct Role {
  std::size_t person = 0;  // entity index
  std::string label;       // the role as written, nominative ("Sprecher", "Außenminister")
  std::optional<std::size_t> of;  // entity whose role it is (org, place or person)
  Evidence evidence;
};

using extraction::MeetingKind;
using extraction::MeetingStatus;
using extraction::ToString;

struct Meeting {
  std::vector<std::size_t> attendees;  // entity indices, sorted, unique, at least two
  std::optional<std::size_t> location;  // a place (or organization used as place: "im Kreml")
  std::string time_text;                // as written ("am Donnerstag"), empty if none
  std::string date;  // ISO "YYYY-MM-DD" or "YYYY-MM" when the article date allows, else empty
  MeetingStatus status = MeetingStatus::Held;
  MeetingKind kind = MeetingKind::Meeting;
  Evidence evidence;
};

struct ArticleRecord {
  std::string id;  // input file base name
  std::optional<std::string> date_published;
  std::vector<std::size_t> mentions;  // entities the article names, sorted, unique
};

struct KnowledgeBase {
  std::vector<ArticleRecord> articles;
  std::vector<Entity> entities;
  std::vector<Role> roles;
  std::vector<Meeting> meetings;
};

}  // namespace newskg::resolution
