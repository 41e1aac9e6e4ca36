// Clauses: a coarse split of a German sentence into the main clause and the subordinate
// clauses introduced by a conjunction, and quoted speech.
#pragma once

#include <vector>

#include "extraction/sentence_view.h"

namespace newskg::extraction {

// clause[i] = 0 for the main clause, k > 0 for the k-th subordinate clause.
std::vector<int> SplitClauses(const SentenceView& view);

// True when token i lies inside quotation marks.
std::vector<bool> QuotedTokens(const SentenceView& view);

}  // namespace newskg::extraction
