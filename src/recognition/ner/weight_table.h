// WeightTable: a trained model's feature weights, looked up by feature key, laid out for
// tagging speed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "recognition/ner/key_table.h"

namespace newskg::recognition::ner {

// Rows are padded to kWidth weights: fixed-length rows let the compiler vectorize the sums.
// (Sparse rows were tried and were slower: the features a sentence hits most often, such as
// shapes and affixes, have twenty or more nonzero weights of 49.)
class WeightTable {
 public:
  static constexpr std::size_t kWidth = 64;

  WeightTable() = default;
  // `keys` distinct and nonzero; `weights` is keys.size() x tag_count, row-major;
  // tag_count <= kWidth.
  WeightTable(const std::vector<std::uint32_t>& keys, const std::vector<std::int16_t>& weights,
              std::size_t tag_count);

  // Starts loading the table slot where Find(key) looks first.
  void Prefetch(std::uint32_t key) const { rows_.Prefetch(key); }

  // The feature's kWidth weights (zero past tag_count), or nullptr for a key the model lacks.
  const std::int16_t* Find(std::uint32_t key) const {
    const std::uint32_t row = rows_.Find(key);
    return row == KeyTable::kMissing ? nullptr
                                     : &weights_[first_ + static_cast<std::size_t>(row) * kWidth];
  }

 private:
  KeyTable rows_;  // key -> row
  std::vector<std::int16_t> weights_;
  std::size_t first_ = 0;  // where row 0 starts: each row fills exactly two cache lines
};

}  // namespace newskg::recognition::ner
