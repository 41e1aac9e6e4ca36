#include "resolution/entity_table.h"

namespace newskg::resolution {

EntityTable::EntityTable(std::vector<Entity> entities,
                         std::vector<std::pair<std::string, std::uint32_t>> aliases)
    : entities_(std::move(entities)), aliases_(std::move(aliases)) {
  by_key_.reserve(entities_.size() + aliases_.size());
  for (std::uint32_t i = 0; i < entities_.size(); ++i) by_key_.emplace(entities_[i].key, i);
  for (const auto& [key, index] : aliases_) by_key_.emplace(key, index);
}

std::optional<std::uint32_t> EntityTable::Find(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace newskg::resolution
