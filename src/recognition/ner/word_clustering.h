// WordClustering: exchange clustering of word types by their neighbouring words, from
// unlabeled tokenized text, for the NER tagger's cluster features.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace newskg::recognition::ner {

struct ClusteringOptions {
  std::size_t classes = 256;
  std::size_t min_count = 2;          // rarer words are not clustered
  std::size_t context_words = 8000;   // most frequent words kept as distinct contexts
  int iterations = 12;
};

// Hard clustering that maximises the likelihood of each word's left and right neighbours given
// its class (the "predictive" exchange algorithm of Uszkoreit and Brants 2008, two-sided).
// Deterministic: the same sentences and options give the same classes. Returns word -> class.
std::map<std::string, int> ClusterWords(const std::vector<std::vector<std::string>>& sentences,
                                        const ClusteringOptions& options);

}  // namespace newskg::recognition::ner
