// Resolve: turns the facts of many articles into one KnowledgeBase with one entity per real
// person, organization or place — within an article ("Herr Peskow" = "Dmitri S. Peskow") and
// across articles (transliteration variants), never merging different first names.
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "resolution/knowledge_base.h"

namespace newskg::resolution {

KnowledgeBase Resolve(const std::vector<extraction::ArticleFacts>& articles);

}  // namespace newskg::resolution
