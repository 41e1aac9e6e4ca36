#include "recognition/ner/weight_table.h"

#include <numeric>
#include <stdexcept>

namespace newskg::recognition::ner {

WeightTable::WeightTable(const std::vector<std::uint32_t>& keys,
                         const std::vector<std::int16_t>& weights, std::size_t tag_count) {
  if (tag_count > kWidth) throw std::invalid_argument("WeightTable: more tags than kWidth");
  std::vector<std::uint32_t> rows(keys.size());
  std::iota(rows.begin(), rows.end(), 0u);
  rows_ = KeyTable(keys, rows);
  constexpr std::size_t kLine = 64;
  weights_.assign(keys.size() * kWidth + kLine / sizeof(std::int16_t), 0);
  const auto address = reinterpret_cast<std::uintptr_t>(weights_.data());
  first_ = (kLine - address % kLine) % kLine / sizeof(std::int16_t);
  for (std::size_t row = 0; row < keys.size(); ++row) {
    for (std::size_t t = 0; t < tag_count; ++t) {
      weights_[first_ + row * kWidth + t] = weights[row * tag_count + t];
    }
  }
}

}  // namespace newskg::recognition::ner
