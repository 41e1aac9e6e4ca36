// A test's article-local entity: named once under its key, typed by two votes.
#pragma once

#include <string>
#include <utility>

#include "resolution/resolved_article.h"

namespace newskg::testing {

inline resolution::LocalEntity NamedLocal(std::string key, resolution::EntityType type) {
  resolution::LocalEntity e;
  e.key = std::move(key);
  e.type_votes[static_cast<std::size_t>(type)] = 2;
  e.named = true;
  e.names = {{e.key, 1}};
  return e;
}

}  // namespace newskg::testing
