#include "recognition/ner/viterbi.h"

#include <array>
#include <limits>

#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {
namespace {

constexpr int T = kTagCount;
constexpr int kLabelCount = static_cast<int>(kLabels.size());
constexpr int kOpeners = 1 + 2 * kLabelCount;  // O, Begin-X, Unit-X: may follow any closed tag
constexpr int kClosed = 1 + 2 * kLabelCount;   // O, Last-X, Unit-X: close what came before

// The well-formed transitions have two shapes. Every "opener" (O, Begin, Unit) follows exactly
// the "closed" tags (O, Last, Unit); Inside-X and Last-X follow only Begin-X and Inside-X. The
// decoder visits just these, opener scores over contiguous arrays, so 49 tags cost about what
// a dense pass over 25 BIO tags would.
struct Layout {
  std::array<int, kOpeners> openers{};
  std::array<int, kClosed> closed{};
  Layout() {
    int o = 0, c = 0;
    for (int t = 0; t < T; ++t) {
      if (StartAllowed(t)) openers[o++] = t;
      if (EndAllowed(t)) closed[c++] = t;
    }
  }
};

}  // namespace

void Viterbi(const std::vector<std::int32_t>& emissions, std::size_t token_count,
             const std::vector<std::int32_t>& transitions, std::vector<int>& best) {
  constexpr std::int64_t kImpossible = std::numeric_limits<std::int64_t>::min() / 4;
  best.assign(token_count, kOutside);
  if (token_count == 0) return;
  static const Layout layout;  // immutable once built

  // opener_transition[o][c]: from closed[c] to openers[o].
  std::array<std::array<std::int64_t, kClosed>, kOpeners> opener_transition;
  for (int o = 0; o < kOpeners; ++o) {
    for (int c = 0; c < kClosed; ++c) {
      opener_transition[o][c] = transitions[layout.closed[c] * T + layout.openers[o]];
    }
  }

  std::array<std::int64_t, T> score, next;
  std::array<std::int64_t, kClosed> closed_score;
  std::vector<std::uint8_t> back(token_count * T, 0);
  for (int t = 0; t < T; ++t) {
    score[t] = StartAllowed(t) ? static_cast<std::int64_t>(transitions[T * T + t]) + emissions[t]
                               : kImpossible;
  }
  for (std::size_t i = 1; i < token_count; ++i) {
    const std::int32_t* emission = &emissions[i * T];
    std::uint8_t* from = &back[i * T];
    for (int c = 0; c < kClosed; ++c) closed_score[c] = score[layout.closed[c]];
    for (int o = 0; o < kOpeners; ++o) {
      const std::int64_t* transition = opener_transition[o].data();
      std::int64_t top = closed_score[0] + transition[0];
      int arg = 0;
      for (int c = 1; c < kClosed; ++c) {
        const std::int64_t candidate = closed_score[c] + transition[c];
        if (candidate > top) {
          top = candidate;
          arg = c;
        }
      }
      const int t = layout.openers[o];
      next[t] = top + emission[t];
      from[t] = static_cast<std::uint8_t>(layout.closed[arg]);
    }
    for (int label = 0; label < kLabelCount; ++label) {
      const int begin = TagOf(label, ChunkPart::kBegin);
      const int inside = TagOf(label, ChunkPart::kInside);
      for (int t : {inside, TagOf(label, ChunkPart::kLast)}) {
        const std::int64_t via_begin = score[begin] + transitions[begin * T + t];
        const std::int64_t via_inside = score[inside] + transitions[inside * T + t];
        const bool inside_wins = via_inside > via_begin;  // ties to the lower id, Begin
        next[t] = (inside_wins ? via_inside : via_begin) + emission[t];
        from[t] = static_cast<std::uint8_t>(inside_wins ? inside : begin);
      }
    }
    score = next;
  }
  int last = -1;
  for (int t = 0; t < T; ++t) {
    if (EndAllowed(t) && (last < 0 || score[t] > score[last])) last = t;
  }
  for (std::size_t i = token_count; i-- > 0;) {
    best[i] = last;
    if (i > 0) last = back[i * T + last];
  }
}

}  // namespace newskg::recognition::ner
