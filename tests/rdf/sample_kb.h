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

inline resolution::KnowledgeBase SampleKnowledgeBase() {
  using recognition::EntityType;
  using namespace resolution;
  KnowledgeBase kb;
  kb.articles.push_back({"lokales-2025-03-04", "2025-03-04", {0, 1, 2, 4}});
  kb.articles.push_back({"Wirtschaft Österreich", "2025-05", {0, 1, 3}});
  kb.articles.push_back({"ohne-datum", std::nullopt, {2}});
  kb.entities.push_back(
      {"annegret-vogelsang", EntityType::Person, false, "Annegret Vogelsang", {"Vogelsang"}});
  kb.entities.push_back({"stadtwerke-lueneburg", EntityType::Organization, false,
                         "Stadtwerke Lüneburg", {"Stadtwerke", "Stadtwerken Lüneburg"}});
  kb.entities.push_back({"lueneburg", EntityType::Place, false, "Lüneburg", {}});
  kb.entities.push_back({"oesterreich", EntityType::Place, true, "Österreich", {"Alpenrepublik"}});
  kb.entities.push_back({"juergen-strauss", EntityType::Person, false, "Jürgen Strauß", {"Strauß"}});
  kb.roles.push_back({0, "Geschäftsführerin", 1, {0, kSentenceGf, 0, 93}});
  kb.roles.push_back({0, "Geschäftsführerin", 1, {1, "Vogelsang leitet die Stadtwerke.", 120, 152}});
  kb.roles.push_back({4, "Bürgermeister", 2, {0, kSentenceMeeting, 95, 177}});
  kb.roles.push_back({4, "Sprecher", std::nullopt, {1, "Strauß, der Sprecher, schwieg.", 10, 40}});
  kb.meetings.push_back({{0, 4}, 2, "am Montag", "2025-03-10", MeetingStatus::Planned,
                         MeetingKind::Talks, {0, kSentenceMeeting, 95, 177}});
  kb.meetings.push_back({{0, 3}, std::nullopt, "", "", MeetingStatus::Held, MeetingKind::Call,
                         {0, kSentenceMeeting, 95, 177}});
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
