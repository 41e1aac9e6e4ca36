#include "recognition/ner/word_clustering.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace newskg::recognition::ner {
namespace {

struct Vocabulary {
  std::vector<std::string> words;  // by descending count, ties by bytes
  std::vector<std::size_t> counts;
  std::unordered_map<std::string, std::size_t> index;
};

Vocabulary CountWords(const std::vector<std::vector<std::string>>& sentences) {
  std::unordered_map<std::string, std::size_t> counts;
  for (const auto& sentence : sentences) {
    for (const std::string& word : sentence) ++counts[word];
  }
  std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  Vocabulary vocabulary;
  for (auto& [word, count] : sorted) {
    vocabulary.index.emplace(word, vocabulary.words.size());
    vocabulary.words.push_back(word);
    vocabulary.counts.push_back(count);
  }
  return vocabulary;
}

double XLogX(double x) { return x > 0 ? x * std::log(x) : 0.0; }

}  // namespace

std::map<std::string, int> ClusterWords(const std::vector<std::vector<std::string>>& sentences,
                                        const ClusteringOptions& options) {
  const Vocabulary vocabulary = CountWords(sentences);
  std::size_t clustered = 0;
  while (clustered < vocabulary.words.size() && vocabulary.counts[clustered] >= options.min_count) ++clustered;
  const std::size_t classes = std::max<std::size_t>(1, std::min(options.classes, clustered));

  // Context ids: 2 * word for a frequent left neighbour, 2 * word + 1 for a right one; all other
  // neighbours (and the sentence boundary) share the last two ids.
  const std::size_t frequent = std::min(options.context_words, vocabulary.words.size());
  const std::size_t context_count = 2 * frequent + 2;
  auto context_of = [&](std::size_t word, bool right) {
    return word < frequent ? 2 * word + right : 2 * frequent + right;
  };
  std::vector<std::unordered_map<std::uint32_t, std::uint32_t>> contexts(clustered);
  for (const auto& sentence : sentences) {
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const std::size_t word = vocabulary.index.at(sentence[i]);
      if (word >= clustered) continue;
      const std::size_t left = i == 0 ? vocabulary.words.size() : vocabulary.index.at(sentence[i - 1]);
      const std::size_t right = i + 1 == sentence.size() ? vocabulary.words.size() : vocabulary.index.at(sentence[i + 1]);
      ++contexts[word][static_cast<std::uint32_t>(context_of(left, false))];
      ++contexts[word][static_cast<std::uint32_t>(context_of(right, true))];
    }
  }
  // Sorted context lists make the floating-point sums independent of hash-map order.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> rows(clustered);
  std::vector<double> totals(clustered, 0.0);
  for (std::size_t w = 0; w < clustered; ++w) {
    rows[w].assign(contexts[w].begin(), contexts[w].end());
    std::sort(rows[w].begin(), rows[w].end());
    for (const auto& [context, count] : rows[w]) totals[w] += count;
    contexts[w] = {};
  }

  std::vector<int> class_of(clustered);
  std::vector<double> class_counts(classes * context_count, 0.0);
  std::vector<double> class_totals(classes, 0.0);
  auto add = [&](std::size_t word, std::size_t cls, double sign) {
    for (const auto& [context, count] : rows[word]) class_counts[cls * context_count + context] += sign * count;
    class_totals[cls] += sign * totals[word];
  };
  for (std::size_t w = 0; w < clustered; ++w) {
    class_of[w] = static_cast<int>(w % classes);
    add(w, w % classes, 1.0);
  }

  std::vector<double> gains(classes);
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    std::size_t moved = 0;
    for (std::size_t w = 0; w < clustered; ++w) {
      const auto from = static_cast<std::size_t>(class_of[w]);
      add(w, from, -1.0);
      // Gain of putting w into class c: sum over contexts of the change in N log N, minus the
      // change in the class total's N log N; the constant sum of w's own count log count is left
      // out, so contexts the class has not seen add nothing.
      for (std::size_t c = 0; c < classes; ++c) {
        const double* counts = &class_counts[c * context_count];
        double gain = 0.0;
        for (const auto& [context, count] : rows[w]) {
          const double before = counts[context];
          if (before > 0) gain += XLogX(before + count) - XLogX(before) - XLogX(count);
        }
        gains[c] = gain - (XLogX(class_totals[c] + totals[w]) - XLogX(class_totals[c]));
      }
      std::size_t best = from;
      for (std::size_t c = 0; c < classes; ++c) {
        if (gains[c] > gains[best] + 1e-9) best = c;
      }
      add(w, best, 1.0);
      if (best != from) {
        class_of[w] = static_cast<int>(best);
        ++moved;
      }
    }
    if (moved == 0) break;
  }

  std::map<std::string, int> result;
  for (std::size_t w = 0; w < clustered; ++w) result.emplace(vocabulary.words[w], class_of[w]);
  return result;
}

}  // namespace newskg::recognition::ner
