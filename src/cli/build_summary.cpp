#include "cli/build_summary.h"

#include <map>
#include <sstream>

namespace newskg::cli {

std::string FormatBuildSummary(const resolution::KnowledgeBase& kb, std::size_t triples,
                               const std::vector<std::filesystem::path>& outputs) {
  std::map<std::string, std::size_t> by_type;
  for (const resolution::Entity& entity : kb.entities) ++by_type[recognition::ToString(entity.type)];

  std::ostringstream out;
  out << "articles:  " << kb.articles.size() << '\n';
  out << "entities:  " << kb.entities.size();
  const char* separator = " (";
  for (const char* type : {"Person", "Organization", "Place"}) {
    out << separator << by_type[type] << ' ' << type;
    separator = ", ";
  }
  out << ")\n";
  out << "roles:     " << kb.roles.size() << '\n';
  out << "meetings:  " << kb.meetings.size() << '\n';
  out << "triples:   " << triples << '\n';
  out << "wrote:    ";
  for (const std::filesystem::path& path : outputs) out << ' ' << path.string();
  out << '\n';
  return out.str();
}

}  // namespace newskg::cli
