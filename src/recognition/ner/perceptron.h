// AveragedPerceptron: structured-perceptron weights over dense feature ids, with the
// averaging trick, for training; ToModel turns them into a pruned, quantized Model.
#pragma once

#include <cstdint>
#include <vector>

#include "recognition/ner/lexicon.h"
#include "recognition/ner/model.h"

namespace newskg::recognition::ner {

// Averaged weights of one or more perceptrons over dense feature ids; several members trained on
// different sentence orders sum into one linear model, so tagging costs the same.
struct AveragedWeights {
  std::vector<double> emissions;    // feature_count x kTagCount
  std::vector<double> transitions;  // (kTagCount + 1) x kTagCount

  void Resize(std::size_t feature_count);
  // Weights of magnitude below `prune` (relative to one member) dropped, the rest scaled to 16-bit
  // integers. keys[id] is the feature key of dense id `id`; `members` is how many were summed.
  Model ToModel(const std::vector<std::uint32_t>& keys, const Lexicon& lexicon, double prune,
                int members) const;
};

// One training sentence with features already mapped to dense ids.
struct DenseSentence {
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> offsets;  // token i owns ids[offsets[i], offsets[i + 1])
  std::vector<int> gold;               // tag ids
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(std::size_t feature_count);

  void Emissions(const DenseSentence& sentence, std::vector<std::int32_t>& out) const;
  const std::vector<std::int32_t>& transitions() const { return transitions_; }

  // Perceptron update towards sentence.gold and away from `predicted`; then counts the instance.
  void Learn(const DenseSentence& sentence, const std::vector<int>& predicted);

  // Adds the averaged weights to `sum` (sized by AveragedWeights::Resize).
  void AddAveragesTo(AveragedWeights& sum) const;

  std::size_t row_count() const { return row_keys_.size(); }

 private:
  void Add(std::uint32_t id, int tag, std::int32_t delta);
  void AddTransition(int previous, int next, std::int32_t delta);

  std::vector<std::int32_t> row_of_;      // dense id -> row, -1 until first updated
  std::vector<std::uint32_t> row_keys_;   // row -> dense id
  std::vector<std::int32_t> weights_;     // rows x kTagCount
  std::vector<std::int64_t> sums_;        // rows x kTagCount: sum of instance counter x update
  std::vector<std::int32_t> transitions_;  // (kTagCount + 1) x kTagCount
  std::vector<std::int64_t> transition_sums_;
  std::int64_t instance_ = 1;
};

}  // namespace newskg::recognition::ner
