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

Model AveragedPerceptron::ToModel(const std::vector<std::uint32_t>& keys, const Lexicon& lexicon,
                                  double prune) const {
  const double c = static_cast<double>(instance_);
  auto average = [c](std::int32_t weight, std::int64_t sum) {
    return static_cast<double>(weight) - static_cast<double>(sum) / c;
  };
  double largest = 1e-9;
  for (std::size_t cell = 0; cell < weights_.size(); ++cell) {
    largest = std::max(largest, std::abs(average(weights_[cell], sums_[cell])));
  }
  const double scale = 32767.0 / largest;

  std::vector<std::size_t> order(row_keys_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return keys[row_keys_[a]] < keys[row_keys_[b]]; });

  Model model;
  model.lexicon = lexicon;
  for (std::size_t row : order) {
    std::int16_t quantized[kTagCount];
    bool any = false;
    for (int t = 0; t < kTagCount; ++t) {
      std::size_t cell = row * kTagCount + static_cast<std::size_t>(t);
      double value = average(weights_[cell], sums_[cell]);
      quantized[t] = std::abs(value) < prune ? 0 : static_cast<std::int16_t>(std::lround(value * scale));
      any = any || quantized[t] != 0;
    }
    if (!any) continue;
    model.keys.push_back(keys[row_keys_[row]]);
    model.weights.insert(model.weights.end(), quantized, quantized + kTagCount);
  }
  model.transitions.resize(transitions_.size());
  for (std::size_t cell = 0; cell < transitions_.size(); ++cell) {
    model.transitions[cell] =
        static_cast<std::int32_t>(std::lround(average(transitions_[cell], transition_sums_[cell]) * scale));
  }
  return model;
}

}  // namespace newskg::recognition::ner
