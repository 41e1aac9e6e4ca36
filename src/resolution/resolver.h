// Resolve: the facts of a set of articles as one KnowledgeBase, one entity per real person,
// organization or place, within and across articles (ResolveArticle, then EntityRegistry).
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "resolution/knowledge_base.h"

namespace newskg::resolution {

KnowledgeBase Resolve(const std::vector<extraction::ArticleFacts>& articles);

// The same for articles already resolved one by one.
KnowledgeBase Resolve(std::vector<ResolvedArticle> articles);

}  // namespace newskg::resolution
