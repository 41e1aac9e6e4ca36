#include "recognition/ner/viterbi.h"

#include <limits>

#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {

void Viterbi(const std::vector<std::int32_t>& emissions, std::size_t token_count,
             const std::vector<std::int32_t>& transitions, std::vector<int>& best) {
  constexpr int T = kTagCount;
  constexpr std::int64_t kImpossible = std::numeric_limits<std::int64_t>::min() / 4;
  best.assign(token_count, kOutside);
  if (token_count == 0) return;

  // The BIO constraint folded into the transition scores keeps the inner loop branch-free.
  std::int64_t allowed[T][T];
  for (int p = 0; p < T; ++p) {
    for (int t = 0; t < T; ++t) {
      allowed[p][t] = TransitionAllowed(p, t) ? transitions[p * T + t] : kImpossible;
    }
  }
  std::vector<std::int64_t> score(T), next(T);
  std::vector<std::uint8_t> back(token_count * T, 0);
  for (int t = 0; t < T; ++t) {
    score[t] = StartAllowed(t) ? static_cast<std::int64_t>(transitions[T * T + t]) + emissions[t]
                               : kImpossible;
  }
  for (std::size_t i = 1; i < token_count; ++i) {
    const std::int32_t* emission = &emissions[i * T];
    for (int t = 0; t < T; ++t) {
      std::int64_t top = kImpossible;
      int arg = 0;
      for (int p = 0; p < T; ++p) {
        std::int64_t candidate = score[p] + allowed[p][t];
        if (candidate > top) {
          top = candidate;
          arg = p;
        }
      }
      next[t] = top <= kImpossible ? kImpossible : top + emission[t];
      back[i * T + t] = static_cast<std::uint8_t>(arg);
    }
    score.swap(next);
  }
  int last = 0;
  for (int t = 1; t < T; ++t) {
    if (score[t] > score[last]) last = t;
  }
  for (std::size_t i = token_count; i-- > 0;) {
    best[i] = last;
    if (i > 0) last = back[i * T + last];
  }
}

}  // namespace newskg::recognition::ner
