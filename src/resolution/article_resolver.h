// ResolveArticle: resolution within one article — which mentions name the same entity
// ("Dmitri S. Peskow", "Herr Peskow", "Peskows") and under which cluster key it meets the same
// entity in other articles. Pure and thread-safe: articles can be resolved in parallel.
#pragma once

#include "extraction/facts.h"
#include "resolution/resolved_article.h"

namespace newskg::resolution {

// A surname alone joins the person of the article with that surname whom the article
// introduced first; other persons, organizations and places are keyed by their names.
// Mentions whose name yields no key (no letter or digit) are dropped, with the facts that need
// them. Roles are unique per (person, label, of, sentence); meetings keep at least two parties.
ResolvedArticle ResolveArticle(const extraction::ArticleFacts& facts);

// A name as it may appear in a label: control characters and line breaks become spaces, runs
// of spaces one, no space at either end.
std::string CleanName(std::string_view name);

}  // namespace newskg::resolution
