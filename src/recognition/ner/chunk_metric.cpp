#include "recognition/ner/chunk_metric.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <tuple>

#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {
namespace {

using Key = std::tuple<std::size_t, std::size_t, std::string>;

void Count(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted, bool fold,
           std::map<std::string, ChunkCounts>& counts, ChunkCounts* overall) {
  auto label_of = [fold](const Chunk& c) { return fold ? std::string(BaseLabel(c.label)) : c.label; };
  std::set<Key> gold_keys;
  for (const Chunk& c : gold) {
    gold_keys.emplace(c.begin, c.end, label_of(c));
    ++counts[label_of(c)].gold;
    if (overall) ++overall->gold;
  }
  for (const Chunk& c : predicted) {
    ChunkCounts& entry = counts[label_of(c)];
    ++entry.predicted;
    if (overall) ++overall->predicted;
    if (gold_keys.count(Key(c.begin, c.end, label_of(c)))) {
      ++entry.correct;
      if (overall) ++overall->correct;
    }
  }
}

std::string Row(const std::string& name, const ChunkCounts& c) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%-10s %7.4f %7.4f %7.4f %7zu %7zu %7zu\n", name.c_str(),
                c.Precision(), c.Recall(), c.F1(), c.gold, c.predicted, c.correct);
  return buffer;
}

}  // namespace

std::vector<Chunk> ExtractChunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> chunks;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag.size() < 3 || tag[1] != '-') continue;
    std::string label = tag.substr(2);
    bool continues = tag[0] == 'I' && !chunks.empty() && chunks.back().end == i &&
                     chunks.back().label == label;
    if (continues) {
      chunks.back().end = i + 1;
    } else {
      chunks.push_back(Chunk{i, i + 1, label});
    }
  }
  return chunks;
}

void ChunkMetric::Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  if (gold.size() != predicted.size()) {
    throw std::invalid_argument("ChunkMetric::Add: gold and predicted tag counts differ");
  }
  std::vector<Chunk> gold_chunks = ExtractChunks(gold);
  std::vector<Chunk> predicted_chunks = ExtractChunks(predicted);
  Count(gold_chunks, predicted_chunks, false, by_label_, &overall_);
  Count(gold_chunks, predicted_chunks, true, by_base_, nullptr);
}

std::string ChunkMetric::Report() const {
  std::string out = "GermEval outer chunks, exact span and label, micro average over all labels\n";
  out += "label      precision recall  F1      gold    pred    correct\n";
  out += Row("overall", overall_);
  out += "\nper label (strict)\n";
  for (std::string_view label : kLabels) {
    auto it = by_label_.find(std::string(label));
    out += Row(std::string(label), it == by_label_.end() ? ChunkCounts{} : it->second);
  }
  out += "\nper class (-deriv and -part folded into their base class)\n";
  for (std::string_view base : {"PER", "LOC", "ORG", "OTH"}) {
    auto it = by_base_.find(std::string(base));
    out += Row(std::string(base), it == by_base_.end() ? ChunkCounts{} : it->second);
  }
  return out;
}

}  // namespace newskg::recognition::ner
