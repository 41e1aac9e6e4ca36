#include "resolution/resolver.h"

#include <algorithm>

#include "resolution/article_resolver.h"
#include "resolution/entity_registry.h"
#include "resolution/event_registry.h"
#include "resolution/role_owners.h"

namespace newskg::resolution {

KnowledgeBase Resolve(const std::vector<extraction::ArticleFacts>& articles) {
  std::vector<ResolvedArticle> resolved;
  resolved.reserve(articles.size());
  for (const auto& facts : articles) resolved.push_back(ResolveArticle(facts));
  return Resolve(std::move(resolved));
}

KnowledgeBase Resolve(std::vector<ResolvedArticle> articles) {
  EntityRegistry registry;
  for (const auto& article : articles) registry.Add(article);
  KnowledgeBase kb;
  kb.entities = registry.Finish();
  std::stable_sort(articles.begin(), articles.end(),
                   [](const auto& a, const auto& b) { return a.id < b.id; });
  EventRegistry events(kb.entities);
  for (std::size_t i = 0; i < articles.size(); ++i) events.Add(static_cast<std::uint32_t>(i), articles[i]);
  kb.events = events.Finish();
  RoleOwnerRegistry owners(kb.entities);
  for (const auto& article : articles) owners.Add(article);
  kb.owners = owners.Finish();
  kb.articles = std::move(articles);
  return kb;
}

}  // namespace newskg::resolution
