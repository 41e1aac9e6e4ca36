// KnowledgeBase: a resolved archive held in memory — its entity table and its resolved
// articles. For small sets (eval, tests); the build streams articles through the archive instead.
#pragma once

#include <vector>

#include "resolution/entity_table.h"
#include "resolution/event_registry.h"
#include "resolution/resolved_article.h"
#include "resolution/role_owners.h"

namespace newskg::resolution {

struct KnowledgeBase {
  EntityTable entities;
  EventTable events;                      // meetings reported by several articles
  RoleOwnerTable owners;                  // whose office a title without owner is
  std::vector<ResolvedArticle> articles;  // sorted by id
};

}  // namespace newskg::resolution
