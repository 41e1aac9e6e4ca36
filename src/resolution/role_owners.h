// RoleOwnerTable: whose office an unqualified title is, learned from the archive. News names the
// owner once ("der litauische Präsident Lukas Varnas") and then drops it ("Präsident Varnas
// sagte ..."), in the same article or in the next day's. When a person holds a title with
// exactly one owner anywhere in the archive, the title without an owner is that one; a person
// with the title under two owners stays unqualified (a wrong owner is worse than none).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "resolution/entity_table.h"
#include "resolution/resolved_article.h"

namespace newskg::resolution {

class RoleOwnerTable {
 public:
  // The one owner of `label` held by `person` (entity indices), if there is exactly one.
  std::optional<std::uint32_t> Owner(std::uint32_t person, const std::string& label) const;

 private:
  friend class RoleOwnerRegistry;
  static constexpr std::uint32_t kAmbiguous = UINT32_MAX;
  std::map<std::pair<std::uint32_t, std::string>, std::uint32_t> owners_;
};

class RoleOwnerRegistry {
 public:
  // Keeps a reference: `entities` must outlive the registry.
  explicit RoleOwnerRegistry(const EntityTable& entities) : entities_(entities) {}

  // The roles of one article with an owner; the order of the calls does not matter.
  void Add(const ResolvedArticle& article);

  RoleOwnerTable Finish() { return std::move(table_); }

 private:
  const EntityTable& entities_;
  RoleOwnerTable table_;
};

}  // namespace newskg::resolution
