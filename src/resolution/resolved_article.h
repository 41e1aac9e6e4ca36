// ResolvedArticle: one article after resolution within it — the entities it names (each under
// its cluster key, with every name form seen) and its roles and meetings pointing at them. This
// is what the archive stores and what cross-article resolution merges; it keeps no text but
// the sentences that serve as evidence.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extraction/facts.h"
#include "recognition/mention.h"

namespace newskg::resolution {

using recognition::EntityType;

// Votes for an entity's type, indexed by EntityType; a name counts 2, an adjective 1.
using TypeVotes = std::array<std::uint32_t, 3>;

struct LocalEntity {
  std::string key;  // cluster key (cluster_key.h): the same real entity has it in every article
  TypeVotes type_votes{};
  bool is_country = false;
  bool named = false;  // named in the text, not only implied by an adjective ("russische")
  // Canonical forms with how often the article names the entity so; forms only implied by
  // an adjective count 0. Sorted by form, unique.
  std::vector<std::pair<std::string, std::uint32_t>> names;
  std::vector<std::string> surfaces;  // every form as written and canonical; sorted, unique
};

// A sentence that facts were read from, with its character (code point) offsets.
struct EvidenceSentence {
  std::string text;
  std::uint64_t char_begin = 0;
  std::uint64_t char_end = 0;
};

struct LocalRole {
  std::uint32_t person = 0;           // index into ResolvedArticle::entities
  std::string label;                  // nominative ("Außenminister")
  std::optional<std::uint32_t> of;    // whose role it is
  std::uint32_t sentence = 0;         // index into ResolvedArticle::sentences
};

using extraction::MeetingKind;
using extraction::MeetingStatus;
using extraction::ToString;

struct LocalMeeting {
  std::vector<std::uint32_t> attendees;  // sorted, unique, at least two
  std::optional<std::uint32_t> location;
  bool location_inferred = false;  // from the dateline or an earlier report, not its own sentence
  std::optional<std::uint32_t> town;  // the town a building or institution given as location is in
  std::string time_text;  // as written ("am Donnerstag"), may be empty
  std::string date;       // ISO "YYYY-MM-DD" or "YYYY-MM", may be empty
  MeetingStatus status = MeetingStatus::Held;
  MeetingKind kind = MeetingKind::Meeting;
  std::uint32_t sentence = 0;
};

struct ResolvedArticle {
  std::string id;  // the input file's base name
  std::optional<std::string> date_published;
  std::vector<LocalEntity> entities;  // sorted by key, unique
  std::vector<EvidenceSentence> sentences;  // in text order
  std::vector<LocalRole> roles;
  std::vector<LocalMeeting> meetings;
};

}  // namespace newskg::resolution
