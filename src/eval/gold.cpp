#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/input_error.h"
#include "common/whole_file.h"
#include "eval/name_match.h"

namespace newskg::eval {
namespace {

using nlohmann::json;

// Reads typed fields out of one JSON object, naming the field path in errors.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file) {}

  [[noreturn]] void Fail(const std::string& where, const std::string& message) const {
    throw InputError(file_, where + ": " + message);
  }

  const json& Member(const json& object, const std::string& where, const char* key) const {
    if (!object.is_object()) Fail(where, "expected an object");
    auto it = object.find(key);
    if (it == object.end()) Fail(where, std::string("missing \"") + key + "\"");
    return *it;
  }

  const json* Optional(const json& object, const char* key) const {
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
  }

  std::string String(const json& value, const std::string& where) const {
    if (!value.is_string()) Fail(where, "expected a string");
    return value.get<std::string>();
  }

  std::vector<std::string> Strings(const json& value, const std::string& where) const {
    if (!value.is_array()) Fail(where, "expected an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
      out.push_back(String(value[i], where + "[" + std::to_string(i) + "]"));
    }
    return out;
  }

  bool Bool(const json& object, const std::string& where, const char* key) const {
    const json* value = Optional(object, key);
    if (!value) return false;
    if (!value->is_boolean()) Fail(where + "." + key, "expected true or false");
    return value->get<bool>();
  }

  const json& Array(const json& object, const std::string& where, const char* key,
                    bool required) const {
    static const json kEmpty = json::array();
    const json* value = required ? &Member(object, where, key) : Optional(object, key);
    if (!value) return kEmpty;
    if (!value->is_array()) Fail(where + "." + key, "expected an array");
    return *value;
  }

 private:
  const std::string& file_;
};

json ParseJson(const std::string& text, const std::string& file) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& error) {
    throw InputError(file, std::string("bad JSON: ") + error.what(),
                     error.byte > 0 ? std::optional<std::size_t>(error.byte - 1) : std::nullopt);
  }
}

EntityType ParseType(const Reader& reader, const json& value, const std::string& where) {
  std::string name = reader.String(value, where);
  if (name == "Person") return EntityType::Person;
  if (name == "Organization") return EntityType::Organization;
  if (name == "Place") return EntityType::Place;
  reader.Fail(where, "unknown type \"" + name + "\" (Person, Organization or Place)");
}

// The entity a name refers to: canonical names first, then aliases.
std::optional<std::size_t> FindName(const std::vector<GoldEntity>& entities, const std::string& name) {
  std::string key = NameKey(name);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (NameKey(entities[i].name) == key) return i;
  }
  for (std::size_t i = 0; i < entities.size(); ++i) {
    for (const std::string& alias : entities[i].aliases) {
      if (NameKey(alias) == key) return i;
    }
  }
  return std::nullopt;
}

// A role's `of` may be implied by the text without being named ("der israelische Präsident"
// -> Israel; adjectives are no entities). Such a target joins the entities as optional, so
// it is matched for `of` but neither rewarded nor punished as an entity.
std::size_t ResolveOf(const Reader&, std::vector<GoldEntity>& entities, const std::string& name) {
  if (auto found = FindName(entities, name)) return *found;
  GoldEntity implied;
  implied.type = EntityType::Place;
  implied.alt_types = {EntityType::Organization, EntityType::Person};
  implied.name = name;
  implied.optional = true;
  entities.push_back(std::move(implied));
  return entities.size() - 1;
}

// Finds the entity a role, meeting or not_meeting names: canonical names first, then aliases.
std::size_t ResolveName(const Reader& reader, const std::vector<GoldEntity>& entities,
                        const std::string& name, const std::string& where) {
  if (auto found = FindName(entities, name)) return *found;
  reader.Fail(where, "\"" + name + "\" is not the name or alias of an entity in this file");
}

std::vector<std::size_t> ResolveNames(const Reader& reader, const std::vector<GoldEntity>& entities,
                                      const json& value, const std::string& where) {
  std::vector<std::size_t> out;
  std::vector<std::string> names = reader.Strings(value, where);
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::size_t index = ResolveName(reader, entities, names[i], where + "[" + std::to_string(i) + "]");
    if (std::find(out.begin(), out.end(), index) == out.end()) out.push_back(index);
  }
  return out;
}

void CheckOneOf(const Reader& reader, const std::string& value, const std::string& where,
                std::initializer_list<const char*> allowed) {
  if (value.empty()) return;
  for (const char* option : allowed) {
    if (value == option) return;
  }
  reader.Fail(where, "unknown value \"" + value + "\"");
}

}  // namespace

const char* TypeName(EntityType type) {
  switch (type) {
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Place: return "Place";
  }
  return "?";
}

GoldArticle ParseGoldArticle(const std::string& json_text, const std::string& file) {
  Reader reader(file);
  json root = ParseJson(json_text, file);
  GoldArticle article;
  article.file = file;
  article.article = reader.String(reader.Member(root, "top level", "article"), "article");

  const json& entities = reader.Array(root, "top level", "entities", true);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    std::string where = "entities[" + std::to_string(i) + "]";
    const json& e = entities[i];
    GoldEntity entity;
    entity.type = ParseType(reader, reader.Member(e, where, "type"), where + ".type");
    entity.name = reader.String(reader.Member(e, where, "name"), where + ".name");
    if (NameKey(entity.name).empty()) reader.Fail(where + ".name", "empty name");
    if (const json* aliases = reader.Optional(e, "aliases")) {
      entity.aliases = reader.Strings(*aliases, where + ".aliases");
    }
    if (const json* types = reader.Optional(e, "alt_types")) {
      if (!types->is_array()) reader.Fail(where + ".alt_types", "expected an array");
      for (std::size_t t = 0; t < types->size(); ++t) {
        entity.alt_types.push_back(
            ParseType(reader, (*types)[t], where + ".alt_types[" + std::to_string(t) + "]"));
      }
    }
    entity.optional = reader.Bool(e, where, "optional");
    article.entities.push_back(std::move(entity));
  }

  const json& roles = reader.Array(root, "top level", "roles", false);
  for (std::size_t i = 0; i < roles.size(); ++i) {
    std::string where = "roles[" + std::to_string(i) + "]";
    const json& r = roles[i];
    GoldRole role;
    role.person = ResolveName(reader, article.entities,
                              reader.String(reader.Member(r, where, "person"), where + ".person"),
                              where + ".person");
    const json& labels = reader.Member(r, where, "role");
    role.labels = labels.is_string() ? std::vector<std::string>{labels.get<std::string>()}
                                     : reader.Strings(labels, where + ".role");
    if (role.labels.empty()) reader.Fail(where + ".role", "no accepted label");
    if (const json* of = reader.Optional(r, "of")) {
      role.of = ResolveOf(reader, article.entities, reader.String(*of, where + ".of"));
    }
    role.optional = reader.Bool(r, where, "optional");
    article.roles.push_back(std::move(role));
  }

  const json& meetings = reader.Array(root, "top level", "meetings", false);
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    std::string where = "meetings[" + std::to_string(i) + "]";
    const json& m = meetings[i];
    GoldMeeting meeting;
    meeting.participants = ResolveNames(reader, article.entities,
                                        reader.Member(m, where, "participants"),
                                        where + ".participants");
    if (meeting.participants.empty()) reader.Fail(where + ".participants", "no participant");
    if (const json* extra = reader.Optional(m, "optional_participants")) {
      meeting.optional_participants =
          ResolveNames(reader, article.entities, *extra, where + ".optional_participants");
    }
    if (const json* place = reader.Optional(m, "place")) {
      meeting.place = ResolveName(reader, article.entities, reader.String(*place, where + ".place"),
                                  where + ".place");
    }
    if (const json* time = reader.Optional(m, "time")) {
      meeting.time = reader.String(*time, where + ".time");
    }
    if (const json* status = reader.Optional(m, "status")) {
      meeting.status = reader.String(*status, where + ".status");
      CheckOneOf(reader, meeting.status, where + ".status",
                 {"held", "ongoing", "planned", "considered"});
    }
    if (const json* kind = reader.Optional(m, "kind")) {
      meeting.kind = reader.String(*kind, where + ".kind");
      CheckOneOf(reader, meeting.kind, where + ".kind", {"meeting", "talks", "call", "visit"});
    }
    meeting.optional = reader.Bool(m, where, "optional");
    article.meetings.push_back(std::move(meeting));
  }

  const json& not_meetings = reader.Array(root, "top level", "not_meetings", false);
  for (std::size_t i = 0; i < not_meetings.size(); ++i) {
    std::string where = "not_meetings[" + std::to_string(i) + "]";
    const json& m = not_meetings[i];
    GoldNotMeeting not_meeting;
    not_meeting.participants = ResolveNames(reader, article.entities,
                                            reader.Member(m, where, "participants"),
                                            where + ".participants");
    if (const json* why = reader.Optional(m, "why")) not_meeting.why = reader.String(*why, where + ".why");
    article.not_meetings.push_back(std::move(not_meeting));
  }
  return article;
}

CorpusIdentity ParseCorpusIdentity(const std::string& json_text, const std::string& file) {
  Reader reader(file);
  json root = ParseJson(json_text, file);
  CorpusIdentity corpus;
  const json& groups = reader.Array(root, "top level", "same_entity", true);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    std::string where = "same_entity[" + std::to_string(i) + "]";
    std::vector<std::string> names = reader.Strings(groups[i], where);
    if (names.size() < 2) reader.Fail(where, "a group needs at least two names");
    corpus.same_entity.push_back(std::move(names));
  }
  const json& meetings = reader.Array(root, "top level", "same_meeting", false);
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    const std::string where = "same_meeting[" + std::to_string(i) + "]";
    if (!meetings[i].is_array() || meetings[i].size() < 2) {
      reader.Fail(where, "a group needs at least two reports");
    }
    std::vector<GoldMeetingReport> group;
    for (std::size_t j = 0; j < meetings[i].size(); ++j) {
      const std::string at = where + "[" + std::to_string(j) + "]";
      const json& report = meetings[i][j];
      GoldMeetingReport r;
      r.article = reader.String(reader.Member(report, at, "article"), at + ".article");
      r.participants = reader.Strings(reader.Member(report, at, "participants"), at + ".participants");
      if (r.participants.size() < 2) reader.Fail(at + ".participants", "a meeting needs two participants");
      if (const json* time = reader.Optional(report, "time")) r.time = reader.String(*time, at + ".time");
      group.push_back(std::move(r));
    }
    corpus.same_meeting.push_back(std::move(group));
  }
  return corpus;
}

GoldSet LoadGoldDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error)) throw InputError(dir, "not a folder of gold files");
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (error) throw InputError(dir, "cannot list folder: " + error.message());
  std::sort(files.begin(), files.end());

  GoldSet gold;
  for (const fs::path& path : files) {
    std::string text = common::ReadWholeFile(path, "gold file");
    if (path.filename() == "corpus.json") {
      gold.corpus = ParseCorpusIdentity(text, path.string());
    } else {
      gold.articles.push_back(ParseGoldArticle(text, path.string()));
    }
  }
  return gold;
}

}  // namespace newskg::eval
