// Viterbi decoding over BILOU tags with transition scores and their well-formedness constraint.
#pragma once

#include <cstdint>
#include <vector>

namespace newskg::recognition::ner {

// emissions: token_count x kTagCount scores; transitions: (kTagCount + 1) x kTagCount, where
// row kTagCount holds the scores of starting a sentence with each tag. Writes the best tag
// sequence into `best`. Ties go to the lower tag id, so the result is deterministic.
void Viterbi(const std::vector<std::int32_t>& emissions, std::size_t token_count,
             const std::vector<std::int32_t>& transitions, std::vector<int>& best);

}  // namespace newskg::recognition::ner
