#include "recognition/ner/tagger.h"

#include <algorithm>
#include <stdexcept>

#include "recognition/ner/features.h"
#include "recognition/ner/tag_set.h"
#include "recognition/ner/viterbi.h"

namespace newskg::recognition::ner {
namespace {

// emissions[i]: the sum of token i's weight rows (missing keys are null). Integer sums: the
// AVX2 clone, chosen at load time where the processor has it, gives the same scores.
__attribute__((target_clones("avx2", "default")))
void SumRows(const std::vector<const std::int16_t*>& rows, const std::vector<std::uint32_t>& offsets,
             std::vector<std::int32_t>& emissions) {
  const std::size_t n = offsets.size() - 1;
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t scores[WeightTable::kWidth] = {};
    for (std::uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const std::int16_t* weights = rows[k];
      if (weights == nullptr) continue;
      for (std::size_t t = 0; t < WeightTable::kWidth; ++t) scores[t] += weights[t];
    }
    std::copy(scores, scores + kTagCount, &emissions[i * kTagCount]);
  }
}

}  // namespace

Tagger Tagger::Load(const std::filesystem::path& path, const WordListPaths& word_lists) {
  return Tagger(Model::Load(path, word_lists));
}

Tagger::Tagger(Model model)
    : lexicon_(std::move(model.lexicon)),
      transitions_(std::move(model.transitions)),
      weights_(model.keys, model.weights, kTagCount) {
  if (lexicon_.NeedsWordList()) {
    throw std::invalid_argument("NER model used without the word list it was trained with");
  }
}

std::vector<int> Tagger::TagIds(const std::vector<std::string>& tokens) const {
  SentenceFeatures features;
  ExtractFeatures(tokens, lexicon_, features);
  const std::size_t n = tokens.size();
  std::vector<std::int32_t> emissions(n * kTagCount, 0);
  // Memory latency bounds tagging: ~50 keys per token, each a look-up in megabytes of weights.
  // So every key is looked up before any sum, with table slots prefetched a few keys ahead and
  // each row as soon as it is found: the cache misses overlap instead of queueing.
  std::vector<const std::int16_t*> rows(features.keys.size());
  constexpr std::size_t kAhead = 8;
  for (std::size_t k = 0; k < std::min(kAhead, rows.size()); ++k) weights_.Prefetch(features.keys[k]);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    if (k + kAhead < rows.size()) weights_.Prefetch(features.keys[k + kAhead]);
    rows[k] = weights_.Find(features.keys[k]);
    if (rows[k] != nullptr) {
      __builtin_prefetch(rows[k]);
      __builtin_prefetch(rows[k] + 32);
    }
  }
  SumRows(rows, features.offsets, emissions);
  std::vector<int> tags;
  Viterbi(emissions, n, transitions_, tags);
  return tags;
}

std::vector<std::string> Tagger::Tag(const std::vector<std::string>& tokens) const {
  std::vector<int> ids = TagIds(tokens);
  std::vector<std::string> tags;
  tags.reserve(ids.size());
  for (int id : ids) tags.push_back(TagName(id));
  return tags;
}

}  // namespace newskg::recognition::ner
