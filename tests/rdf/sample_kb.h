// A small hand-written KnowledgeBase (invented people and places) shared by the rdf tests.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "resolution/knowledge_base.h"

namespace newskg::rdf::testing {

inline constexpr const char* kSentenceGf =
    "Die Geschäftsführerin der Stadtwerke Lüneburg, Annegret Vogelsang, kündigte höhere Preise an.";
inline constexpr const char* kSentenceMeeting =
    "Vogelsang und Bürgermeister Jürgen Strauß wollen am Montag in Lüneburg verhandeln.";

// Entities by cluster key (resolution/cluster_key.h): their IRIs are {base}person/{slug} and
// {base}entity/{slug}. "s/vogelsang" (a surname alone) was merged into the full name.
inline resolution::KnowledgeBase SampleKnowledgeBase() {
  using recognition::EntityType;
  using namespace resolution;
  std::vector<Entity> entities = {
      {"p/jrgn-strauss", EntityType::Person, false, "Jürgen Strauß", {"Strauß"}},
      {"p/ngrt-vogelsang", EntityType::Person, false, "Annegret Vogelsang", {"Vogelsang"}},
      {"t/luneburg", EntityType::Place, false, "Lüneburg", {}},
      {"t/osterreich", EntityType::Place, true, "Österreich", {"Alpenrepublik"}},
      {"t/stadtwerke-luneburg", EntityType::Organization, false, "Stadtwerke Lüneburg",
       {"Stadtwerke", "Stadtwerken Lüneburg"}},
  };
  KnowledgeBase kb;
  kb.entities = EntityTable(std::move(entities), {{"s/vogelsang", 1}});

  auto local = [](std::string key, bool named = true) {
    LocalEntity e;
    e.key = std::move(key);
    e.named = named;
    return e;
  };
  ResolvedArticle lokales;
  lokales.id = "lokales-2025-03-04";
  lokales.date_published = "2025-03-04";
  lokales.entities = {local("p/jrgn-strauss"), local("p/ngrt-vogelsang"), local("t/luneburg"),
                      local("t/stadtwerke-luneburg"), local("t/osterreich", false)};
  lokales.sentences = {{kSentenceGf, 0, 93}, {kSentenceMeeting, 95, 177}};
  lokales.roles = {{1, "Geschäftsführerin", 3, 0}, {0, "Bürgermeister", 2, 1}};
  lokales.meetings = {{{0, 1}, 2, false, std::nullopt, "am Montag", "2025-03-10", MeetingStatus::Planned,
                       MeetingKind::Talks, 1},
                      {{1, 4}, std::nullopt, false, std::nullopt, "", "", MeetingStatus::Held, MeetingKind::Call, 1}};

  ResolvedArticle wirtschaft;
  wirtschaft.id = "Wirtschaft Österreich";
  wirtschaft.date_published = "2025-05";
  wirtschaft.entities = {local("p/jrgn-strauss", false), local("s/vogelsang"),
                         local("t/osterreich"), local("t/stadtwerke-luneburg")};
  wirtschaft.sentences = {{"Strauß, der Sprecher, schwieg.", 10, 40},
                          {"Vogelsang leitet die Stadtwerke.", 120, 152}};
  wirtschaft.roles = {{1, "Geschäftsführerin", 3, 1}, {0, "Sprecher", std::nullopt, 0}};

  ResolvedArticle ohne;
  ohne.id = "ohne-datum";
  ohne.entities = {local("t/luneburg")};

  kb.articles = {wirtschaft, lokales, ohne};  // in id order (bytes)
  return kb;
}

// A file in the temp folder that is removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("newskg-rdf-test-" + std::to_string(::getpid()) + "-" + name)) {}
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace newskg::rdf::testing
