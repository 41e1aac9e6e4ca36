// ChunkMetric: the GermEval/CoNLL chunk score (exact span and type; micro P/R/F1).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace newskg::recognition::ner {

struct Chunk {
  std::size_t begin = 0;  // token range [begin, end)
  std::size_t end = 0;
  std::string label;      // "PER", "LOCderiv", ...
  bool operator==(const Chunk&) const = default;
};

// conlleval's reading of BIO: a chunk starts at B-X, or at I-X not continuing an X chunk.
std::vector<Chunk> ExtractChunks(const std::vector<std::string>& tags);

struct ChunkCounts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;
  double Precision() const { return predicted == 0 ? 0.0 : double(correct) / double(predicted); }
  double Recall() const { return gold == 0 ? 0.0 : double(correct) / double(gold); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

class ChunkMetric {
 public:
  // One sentence; both tag lists have one tag per token.
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

  const ChunkCounts& overall() const { return overall_; }
  // Strict per label ("LOCderiv" on its own).
  const std::map<std::string, ChunkCounts>& by_label() const { return by_label_; }
  // Per base class with -deriv/-part folded in: a chunk is correct when span and base class
  // match ("LOCderiv" predicted as "LOC" counts for LOC).
  const std::map<std::string, ChunkCounts>& by_base_class() const { return by_base_; }

  // The eval report: overall, per label (all twelve) and folded per base class.
  std::string Report() const;

 private:
  ChunkCounts overall_;
  std::map<std::string, ChunkCounts> by_label_;
  std::map<std::string, ChunkCounts> by_base_;
};

}  // namespace newskg::recognition::ner
