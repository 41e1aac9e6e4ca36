#include "resolution/role_owners.h"

namespace newskg::resolution {

std::optional<std::uint32_t> RoleOwnerTable::Owner(std::uint32_t person, const std::string& label) const {
  const auto found = owners_.find({person, label});
  if (found == owners_.end() || found->second == kAmbiguous) return std::nullopt;
  return found->second;
}

void RoleOwnerRegistry::Add(const ResolvedArticle& article) {
  for (const LocalRole& role : article.roles) {
    if (!role.of) continue;
    const auto person = entities_.Find(article.entities.at(role.person).key);
    const auto owner = entities_.Find(article.entities.at(*role.of).key);
    if (!person || !owner || *person == *owner) continue;
    const auto [it, added] = table_.owners_.try_emplace({*person, role.label}, *owner);
    if (!added && it->second != *owner) it->second = RoleOwnerTable::kAmbiguous;
  }
}

}  // namespace newskg::resolution
