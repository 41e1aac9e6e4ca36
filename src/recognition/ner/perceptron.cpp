#include "recognition/ner/perceptron.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {

AveragedPerceptron::AveragedPerceptron(std::size_t feature_count)
    : row_of_(feature_count, -1),
      transitions_((kTagCount + 1) * kTagCount, 0),
      transition_sums_((kTagCount + 1) * kTagCount, 0) {}

void AveragedPerceptron::Emissions(const DenseSentence& sentence, std::vector<std::int32_t>& out) const {
  const std::size_t n = sentence.gold.size();
  out.assign(n * kTagCount, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t* score = &out[i * kTagCount];
    for (std::uint32_t k = sentence.offsets[i]; k < sentence.offsets[i + 1]; ++k) {
      std::int32_t row = row_of_[sentence.ids[k]];
      if (row < 0) continue;
      const std::int32_t* weight = &weights_[static_cast<std::size_t>(row) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) score[t] += weight[t];
    }
  }
}

void AveragedPerceptron::Add(std::uint32_t id, int tag, std::int32_t delta) {
  std::int32_t& row = row_of_[id];
  if (row < 0) {
    row = static_cast<std::int32_t>(row_keys_.size());
    row_keys_.push_back(id);
    weights_.resize(weights_.size() + kTagCount, 0);
    sums_.resize(sums_.size() + kTagCount, 0);
  }
  std::size_t cell = static_cast<std::size_t>(row) * kTagCount + static_cast<std::size_t>(tag);
  weights_[cell] += delta;
  sums_[cell] += instance_ * delta;
}

void AveragedPerceptron::AddTransition(int previous, int next, std::int32_t delta) {
  std::size_t cell = static_cast<std::size_t>(previous) * kTagCount + static_cast<std::size_t>(next);
  transitions_[cell] += delta;
  transition_sums_[cell] += instance_ * delta;
}

void AveragedPerceptron::Learn(const DenseSentence& sentence, const std::vector<int>& predicted) {
  const std::vector<int>& gold = sentence.gold;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (gold[i] != predicted[i]) {
      for (std::uint32_t k = sentence.offsets[i]; k < sentence.offsets[i + 1]; ++k) {
        Add(sentence.ids[k], gold[i], 1);
        Add(sentence.ids[k], predicted[i], -1);
      }
    }
    int gold_previous = i == 0 ? kTagCount : gold[i - 1];
    int predicted_previous = i == 0 ? kTagCount : predicted[i - 1];
    if (gold_previous != predicted_previous || gold[i] != predicted[i]) {
      AddTransition(gold_previous, gold[i], 1);
      AddTransition(predicted_previous, predicted[i], -1);
    }
  }
  ++instance_;
}

void AveragedPerceptron::AddAveragesTo(AveragedWeights& sum) const {
  const double c = static_cast<double>(instance_);
  for (std::size_t row = 0; row < row_keys_.size(); ++row) {
    for (int t = 0; t < kTagCount; ++t) {
      const std::size_t cell = row * kTagCount + static_cast<std::size_t>(t);
      sum.emissions[static_cast<std::size_t>(row_keys_[row]) * kTagCount + static_cast<std::size_t>(t)] +=
          static_cast<double>(weights_[cell]) - static_cast<double>(sums_[cell]) / c;
    }
  }
  for (std::size_t cell = 0; cell < transitions_.size(); ++cell) {
    sum.transitions[cell] +=
        static_cast<double>(transitions_[cell]) - static_cast<double>(transition_sums_[cell]) / c;
  }
}

void AveragedWeights::Resize(std::size_t feature_count) {
  emissions.assign(feature_count * kTagCount, 0.0);
  transitions.assign((kTagCount + 1) * kTagCount, 0.0);
}

Model AveragedWeights::ToModel(const std::vector<std::uint32_t>& keys, const Lexicon& lexicon,
                               double prune, int members) const {
  const double threshold = prune * members;
  double largest = 1e-9;
  for (double value : emissions) largest = std::max(largest, std::abs(value));
  const double scale = 32767.0 / largest;

  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });

  Model model;
  model.lexicon = lexicon;
  for (std::size_t id : order) {
    std::int16_t quantized[kTagCount];
    bool any = false;
    for (int t = 0; t < kTagCount; ++t) {
      const double value = emissions[id * kTagCount + static_cast<std::size_t>(t)];
      quantized[t] = std::abs(value) < threshold ? 0 : static_cast<std::int16_t>(std::lround(value * scale));
      any = any || quantized[t] != 0;
    }
    if (!any) continue;
    model.keys.push_back(keys[id]);
    model.weights.insert(model.weights.end(), quantized, quantized + kTagCount);
  }
  model.transitions.resize(transitions.size());
  for (std::size_t cell = 0; cell < transitions.size(); ++cell) {
    model.transitions[cell] = static_cast<std::int32_t>(std::lround(transitions[cell] * scale));
  }
  return model;
}

}  // namespace newskg::recognition::ner
