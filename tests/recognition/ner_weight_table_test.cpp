// WeightTable: feature key -> the feature's row of weights, padded for vector sums.
#include <catch.hpp>

#include <cstdint>
#include <vector>

#include "recognition/ner/weight_table.h"

namespace ner = newskg::recognition::ner;

TEST_CASE("weight table finds each row, padded with zeros, and nothing for unknown keys", "[ner]") {
  const std::size_t tags = 3;
  std::vector<std::uint32_t> keys;
  std::vector<std::int16_t> weights;
  for (std::uint32_t k = 1; k <= 1000; ++k) {
    keys.push_back(k * 2654435761u | 1u);  // spread, nonzero, distinct
    for (std::size_t t = 0; t < tags; ++t) weights.push_back(static_cast<std::int16_t>(k * 10 + t));
  }
  const ner::WeightTable table(keys, weights, tags);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::int16_t* row = table.Find(keys[k]);
    REQUIRE(row != nullptr);
    for (std::size_t t = 0; t < tags; ++t) CHECK(row[t] == weights[k * tags + t]);
    for (std::size_t t = tags; t < ner::WeightTable::kWidth; ++t) CHECK(row[t] == 0);
  }
  CHECK(table.Find(2) == nullptr);
  CHECK(ner::WeightTable().Find(keys[0]) == nullptr);
}
