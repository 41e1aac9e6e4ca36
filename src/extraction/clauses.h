// Clauses: a coarse split of a German sentence into the main clause and the subordinate
// clauses introduced by a conjunction, quoted speech, and brackets.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace newskg::extraction {

// clause[i] = 0 for the main clause, k > 0 for the k-th subordinate clause. `words` as
// written, `folded` by text::FoldForMatch. A relative clause is one of its own unless it may
// describe a meeting: `meeting_noun(i)` tells whether word i is a meeting's noun ("die
// Gespräche, die derzeit in Doha weiterlaufen" stay with their meeting).
std::vector<int> SplitClauses(const std::vector<std::string>& words, const std::vector<std::string>& folded,
                              const std::function<bool(std::size_t)>& meeting_noun = {});

// Whether a folded word opens a subordinate clause ("dass", "weil", "wie", "nachdem").
bool IsSubordinator(std::string_view folded_word);

// Whether `word` is a quotation mark („ “ ” » « ‚ ‘ ").
bool IsQuoteMark(const std::string& word);

// True when token i lies inside quotation marks (the marks included).
std::vector<bool> QuotedTokens(const std::vector<std::string>& words);

// True when token i lies inside round brackets (the brackets included).
std::vector<bool> BracketedTokens(const std::vector<std::string>& words);

}  // namespace newskg::extraction
