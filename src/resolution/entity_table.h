// EntityTable: the entities of a whole archive after cross-article resolution — one per real
// person, organization or place — and which cluster key leads to which of them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "recognition/mention.h"

namespace newskg::resolution {

using recognition::EntityType;

struct Entity {
  // Its cluster key (cluster_key.h); the IRI is a function of the key alone, so it does not
  // depend on the order of the articles or on which other articles are in the archive.
  std::string key;
  EntityType type = EntityType::Person;
  bool is_country = false;
  std::string label;                    // canonical name (nominative, fullest form)
  std::vector<std::string> alt_labels;  // every other form seen; sorted, unique
};

class EntityTable {
 public:
  EntityTable() = default;
  // entities sorted by key, unique; aliases: keys merged into an entity (by index).
  EntityTable(std::vector<Entity> entities,
              std::vector<std::pair<std::string, std::uint32_t>> aliases);

  const std::vector<Entity>& entities() const { return entities_; }
  const Entity& operator[](std::uint32_t index) const { return entities_.at(index); }
  std::size_t size() const { return entities_.size(); }

  // The entity a cluster key resolves to: its own, or the one it was merged into.
  std::optional<std::uint32_t> Find(std::string_view key) const;

  // Cluster keys merged into another entity (a surname alone into the one full name with that
  // surname), sorted by key: their IRIs stay valid as owl:sameAs aliases.
  const std::vector<std::pair<std::string, std::uint32_t>>& aliases() const { return aliases_; }

 private:
  std::vector<Entity> entities_;
  std::vector<std::pair<std::string, std::uint32_t>> aliases_;
  std::unordered_map<std::string, std::uint32_t> by_key_;
};

}  // namespace newskg::resolution
