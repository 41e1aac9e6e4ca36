// Gold annotations (shared/gold/FORMAT.md): entities, roles and meetings per article, and the
// corpus-wide identity groups, loaded from a folder of JSON files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "recognition/mention.h"

namespace newskg::eval {

using recognition::EntityType;

struct GoldEntity {
  EntityType type = EntityType::Person;
  std::string name;                  // canonical form
  std::vector<std::string> aliases;  // other surface forms
  std::vector<EntityType> alt_types;  // other accepted types (metonymy)
  bool optional = false;
};

// References to entities are indices into GoldArticle::entities, resolved (by NameKey on the
// entity names and aliases) when the file is loaded.
struct GoldRole {
  std::size_t person = 0;
  std::vector<std::string> labels;  // accepted labels, most specific first
  std::optional<std::size_t> of;
  bool optional = false;  // borderline: finding it is neither rewarded nor punished
};

struct GoldMeeting {
  std::vector<std::size_t> participants;
  std::vector<std::size_t> optional_participants;
  std::optional<std::size_t> place;
  std::string time;    // as written, may be empty
  std::string status;  // held | ongoing | planned | considered, may be empty
  std::string kind;    // meeting | talks | call | visit, may be empty
  bool optional = false;
};

struct GoldNotMeeting {
  std::vector<std::size_t> participants;
  std::string why;
};

struct GoldArticle {
  std::string file;     // the gold file's path
  std::string article;  // the article's file name as given ("000_x.txt")
  std::vector<GoldEntity> entities;
  std::vector<GoldRole> roles;
  std::vector<GoldMeeting> meetings;
  std::vector<GoldNotMeeting> not_meetings;
};

// One article's report of a meeting that other articles report too.
struct GoldMeetingReport {
  std::string article;                    // the article's file name
  std::vector<std::string> participants;  // as named in that article
  std::string time;                       // optional, as in the article's gold
};

// corpus.json: names in one group are one real entity across articles; reports in one
// same_meeting group are one real meeting.
struct CorpusIdentity {
  std::vector<std::vector<std::string>> same_entity;
  std::vector<std::vector<GoldMeetingReport>> same_meeting;
};

struct GoldSet {
  std::vector<GoldArticle> articles;  // sorted by file name
  CorpusIdentity corpus;              // empty when the folder has no corpus.json
};

// Parse one article file / corpus.json from text; `file` names the source in errors.
// Throws InputError (naming file and, for bad JSON, byte offset) on bad JSON or shape.
GoldArticle ParseGoldArticle(const std::string& json_text, const std::string& file);
CorpusIdentity ParseCorpusIdentity(const std::string& json_text, const std::string& file);

// Reads every *.json in `dir` (corpus.json as the identity groups, every other file as one
// article). Throws InputError when the folder cannot be read or a file is bad.
GoldSet LoadGoldDir(const std::string& dir);

// "Person", "Organization", "Place".
const char* TypeName(EntityType type);

}  // namespace newskg::eval
