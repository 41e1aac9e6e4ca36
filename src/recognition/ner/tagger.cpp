#include "recognition/ner/tagger.h"

#include <algorithm>
#include <numeric>

#include "recognition/ner/features.h"
#include "recognition/ner/tag_set.h"
#include "recognition/ner/viterbi.h"

namespace newskg::recognition::ner {

Tagger Tagger::Load(const std::filesystem::path& path) { return Tagger(Model::Load(path)); }

Tagger::Tagger(Model model) : model_(std::move(model)) {
  std::vector<std::uint32_t> rows(model_.keys.size());
  std::iota(rows.begin(), rows.end(), 0u);
  rows_ = KeyTable(model_.keys, rows);
  static_assert(kTagCount <= static_cast<int>(kRowStride));
  padded_weights_.assign(model_.keys.size() * kRowStride, 0);
  for (std::size_t row = 0; row < model_.keys.size(); ++row) {
    for (int t = 0; t < kTagCount; ++t) {
      padded_weights_[row * kRowStride + static_cast<std::size_t>(t)] =
          model_.weights[row * kTagCount + static_cast<std::size_t>(t)];
    }
  }
}

std::vector<int> Tagger::TagIds(const std::vector<std::string>& tokens) const {
  SentenceFeatures features;
  ExtractFeatures(tokens, model_.lexicon, features);
  const std::size_t n = tokens.size();
  std::vector<std::int32_t> emissions(n * kTagCount, 0);
  // Looking all keys up first lets the table's cache misses overlap.
  std::vector<std::uint32_t> rows(features.keys.size());
  for (std::size_t k = 0; k < rows.size(); ++k) rows[k] = rows_.Find(features.keys[k]);
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t score[kRowStride] = {};
    for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
      std::uint32_t row = rows[k];
      if (row == KeyTable::kMissing) continue;
      const std::int16_t* weight = &padded_weights_[static_cast<std::size_t>(row) * kRowStride];
      for (std::size_t t = 0; t < kRowStride; ++t) score[t] += weight[t];
    }
    std::copy(score, score + kTagCount, &emissions[i * kTagCount]);
  }
  std::vector<int> tags;
  Viterbi(emissions, n, model_.transitions, tags);
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
