// NER features: hashed keys for each token of a sentence (word, affixes, shape, neighbours,
// lexicon and word-list membership, word clusters).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "recognition/ner/lexicon.h"

namespace newskg::recognition::ner {

// Changes whenever the feature set changes, so models trained with another set are refused.
inline constexpr std::uint32_t kFeatureSetVersion = 3;

struct SentenceFeatures {
  std::vector<std::uint32_t> keys;     // all tokens' keys, one after another
  std::vector<std::uint32_t> offsets;  // token i owns keys[offsets[i], offsets[i + 1])
  std::size_t token_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

void ExtractFeatures(const std::vector<std::string>& tokens, const Lexicon& lexicon,
                     SentenceFeatures& out);

}  // namespace newskg::recognition::ner
