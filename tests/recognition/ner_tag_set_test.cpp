// BILOU tags: conversion from GermEval's BIO, their BIO names, and Viterbi over them against
// brute force.
#include <catch.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "recognition/ner/tag_set.h"
#include "recognition/ner/viterbi.h"

namespace ner = newskg::recognition::ner;

namespace {

std::vector<std::string> Names(const std::vector<int>& tags) {
  std::vector<std::string> names;
  for (int tag : tags) names.push_back(ner::InternalTagName(tag));
  return names;
}

std::vector<std::string> BioNames(const std::vector<int>& tags) {
  std::vector<std::string> names;
  for (int tag : tags) names.push_back(ner::TagName(tag));
  return names;
}

bool WellFormed(const std::vector<int>& tags) {
  if (tags.empty()) return true;
  if (!ner::StartAllowed(tags.front()) || !ner::EndAllowed(tags.back())) return false;
  for (std::size_t i = 1; i < tags.size(); ++i) {
    if (!ner::TransitionAllowed(tags[i - 1], tags[i])) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("BIO tags become BILOU chunk tags and back", "[ner]") {
  const std::vector<std::string> bio = {"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC",
                                        "O", "I-ORG", "I-OTH", "B-LOCderiv"};
  const std::vector<int> tags = ner::ToChunkTags(bio);
  CHECK(Names(tags) == std::vector<std::string>{"B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC",
                                                "L-LOC", "O", "U-ORG", "U-OTH", "U-LOCderiv"});
  CHECK(WellFormed(tags));
  // BIO names give the same chunks (a stray I- reads as a chunk start, as the metric reads it).
  CHECK(BioNames(tags) == std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC",
                                                   "I-LOC", "O", "B-ORG", "B-OTH", "B-LOCderiv"});
  CHECK(ner::ToChunkTags({}).empty());
  CHECK_THROWS_AS(ner::ToChunkTags({"B-XYZ"}), std::invalid_argument);
  CHECK(ner::IsBioTag("I-OTHpart"));
  CHECK_FALSE(ner::IsBioTag("U-PER"));
  CHECK_FALSE(ner::IsBioTag("B-"));
}

TEST_CASE("Viterbi over BILOU finds the best well-formed sequence, as brute force does", "[ner]") {
  constexpr int T = ner::kTagCount;
  std::mt19937_64 random(11);
  std::uniform_int_distribution<std::int32_t> weight(-1000, 1000);
  for (int trial = 0; trial < 20; ++trial) {
    const std::size_t n = 1 + trial % 3;
    std::vector<std::int32_t> emissions(n * T), transitions((T + 1) * T);
    for (auto& value : emissions) value = weight(random);
    for (auto& value : transitions) value = weight(random);
    // Make ill-formed choices tempting: Inside tags score high everywhere.
    for (std::size_t i = 0; i < n; ++i) {
      for (int label = 0; label < 12; ++label) {
        emissions[i * T + ner::TagOf(label, ner::ChunkPart::kInside)] += 3000;
      }
    }
    std::vector<int> best;
    ner::Viterbi(emissions, n, transitions, best);
    REQUIRE(best.size() == n);
    CHECK(WellFormed(best));

    auto score = [&](const std::vector<int>& tags) {
      std::int64_t total = transitions[T * T + tags[0]] + emissions[tags[0]];
      for (std::size_t i = 1; i < tags.size(); ++i) {
        total += transitions[tags[i - 1] * T + tags[i]] + emissions[i * T + tags[i]];
      }
      return total;
    };
    std::int64_t top = std::numeric_limits<std::int64_t>::min();
    std::vector<int> tags(n, 0);
    while (true) {
      if (WellFormed(tags)) top = std::max(top, score(tags));
      std::size_t i = 0;
      while (i < n && ++tags[i] == T) tags[i++] = 0;
      if (i == n) break;
    }
    CHECK(score(best) == top);
  }
}
