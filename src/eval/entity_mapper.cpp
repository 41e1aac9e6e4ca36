#include "eval/entity_mapper.h"

#include <algorithm>

#include "eval/name_match.h"

namespace newskg::eval {

EntityMapper::EntityMapper(const GoldArticle& gold, const SystemOutput& system) : system_(system) {
  for (const GoldEntity& entity : gold.entities) {
    name_keys_.push_back(NameKey(entity.name));
    std::vector<std::string> aliases;
    for (const std::string& alias : entity.aliases) aliases.push_back(NameKey(alias));
    alias_keys_.push_back(std::move(aliases));
  }
}

std::optional<std::size_t> EntityMapper::Map(const std::string& node) const {
  auto cached = cache_.find(node);
  if (cached != cache_.end()) return cached->second;

  std::optional<std::size_t> best;
  int best_level = 4;
  if (const SystemEntity* entity = system_.FindEntity(node)) {
    auto consider = [&](const std::vector<std::string>& names, int base) {
      for (const std::string& name : names) {
        std::string key = NameKey(name);
        for (std::size_t g = 0; g < name_keys_.size(); ++g) {
          int level = 4;
          if (name_keys_[g] == key) {
            level = base;
          } else if (std::find(alias_keys_[g].begin(), alias_keys_[g].end(), key) !=
                     alias_keys_[g].end()) {
            level = base + 1;
          }
          if (level < best_level || (level == best_level && best && g < *best)) {
            best_level = level;
            best = g;
          }
        }
      }
    };
    consider(entity->labels, 0);
    consider(entity->alt_labels, 2);
  }
  cache_.emplace(node, best);
  return best;
}

std::string EntityMapper::Describe(const std::string& node) const {
  if (const SystemEntity* entity = system_.FindEntity(node)) {
    if (!entity->labels.empty()) return entity->labels.front();
    if (!entity->alt_labels.empty()) return entity->alt_labels.front();
  }
  return node;
}

}  // namespace newskg::eval
