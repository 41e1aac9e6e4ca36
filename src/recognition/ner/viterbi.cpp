#include "recognition/ner/viterbi.h"

#include <algorithm>
#include <array>

#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {
namespace {

constexpr int T = kTagCount;
constexpr int kLabelCount = static_cast<int>(kLabels.size());
constexpr int kOpeners = 1 + 2 * kLabelCount;  // O, Begin-X, Unit-X: may follow any closed tag
constexpr int kClosed = 1 + 2 * kLabelCount;   // O, Last-X, Unit-X: close what came before
constexpr std::int32_t kFloor = -(1 << 29);
constexpr std::int32_t kInputBound = 1 << 26;
constexpr int kOpenerLanes = (kOpeners + 7) / 8 * 8;  // openers padded to whole vectors

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

// Integer arithmetic: the AVX2 clone, chosen at load time where the processor has it, gives
// the same tags as the baseline one.
__attribute__((target_clones("avx2", "default")))
void Viterbi(const std::vector<std::int32_t>& emissions, std::size_t token_count,
             const std::vector<std::int32_t>& transitions, std::vector<int>& best) {
  best.assign(token_count, kOutside);
  if (token_count == 0) return;
  static const Layout layout;  // immutable once built

  // Scores are 32-bit, so that the opener pass runs on four or eight lanes at once. They stay in
  // range because each step is taken relative to its best tag and floored at kFloor: a path that
  // far behind is never part of the best one, whose prefixes trail the leader by at most a few
  // steps' scores (any open chunk can be closed within one token). Inputs are clamped to
  // +-kInputBound, far beyond what a trained model or sentence produces, so no sum overflows.
  auto bounded = [](std::int32_t value) { return std::clamp(value, -kInputBound, kInputBound); };

  // transition_to[c][o]: from closed[c] to openers[o]; lanes past kOpeners never win.
  alignas(64) std::array<std::array<std::int32_t, kOpenerLanes>, kClosed> transition_to;
  for (int c = 0; c < kClosed; ++c) {
    transition_to[c].fill(kFloor);
    for (int o = 0; o < kOpeners; ++o) {
      transition_to[c][o] = bounded(transitions[layout.closed[c] * T + layout.openers[o]]);
    }
  }
  std::array<std::int32_t, 4 * kLabelCount> chunk_transition;  // begin/inside -> inside/last
  for (int label = 0; label < kLabelCount; ++label) {
    const int begin = TagOf(label, ChunkPart::kBegin);
    const int inside = TagOf(label, ChunkPart::kInside);
    const int last = TagOf(label, ChunkPart::kLast);
    chunk_transition[4 * label + 0] = bounded(transitions[begin * T + inside]);
    chunk_transition[4 * label + 1] = bounded(transitions[inside * T + inside]);
    chunk_transition[4 * label + 2] = bounded(transitions[begin * T + last]);
    chunk_transition[4 * label + 3] = bounded(transitions[inside * T + last]);
  }

  std::array<std::int32_t, T> score, next;
  alignas(64) std::array<std::int32_t, kOpenerLanes> top, arg;
  std::vector<std::uint8_t> back(token_count * T, 0);
  auto rebase = [&](std::array<std::int32_t, T>& s) {
    const std::int32_t leader = *std::max_element(s.begin(), s.end());
    for (std::int32_t& v : s) v = std::max(v - leader, kFloor);
  };
  for (int t = 0; t < T; ++t) {
    score[t] = StartAllowed(t) ? bounded(transitions[T * T + t]) + bounded(emissions[t]) : kFloor;
  }
  rebase(score);
  for (std::size_t i = 1; i < token_count; ++i) {
    const std::int32_t* emission = &emissions[i * T];
    std::uint8_t* from = &back[i * T];
    // Every opener at once, one closed predecessor at a time; ties keep the lower one.
    for (int o = 0; o < kOpenerLanes; ++o) {
      top[o] = score[layout.closed[0]] + transition_to[0][o];
      arg[o] = 0;
    }
    for (int c = 1; c < kClosed; ++c) {
      const std::int32_t from_score = score[layout.closed[c]];
      const std::int32_t* transition = transition_to[c].data();
      for (int o = 0; o < kOpenerLanes; ++o) {
        const std::int32_t candidate = from_score + transition[o];
        const bool better = candidate > top[o];
        top[o] = better ? candidate : top[o];
        arg[o] = better ? c : arg[o];
      }
    }
    for (int o = 0; o < kOpeners; ++o) {
      const int t = layout.openers[o];
      next[t] = top[o] + bounded(emission[t]);
      from[t] = static_cast<std::uint8_t>(layout.closed[arg[o]]);
    }
    for (int label = 0; label < kLabelCount; ++label) {
      const int begin = TagOf(label, ChunkPart::kBegin);
      const int inside = TagOf(label, ChunkPart::kInside);
      const int last = TagOf(label, ChunkPart::kLast);
      for (int k = 0; k < 2; ++k) {
        const int t = k == 0 ? inside : last;
        const std::int32_t via_begin = score[begin] + chunk_transition[4 * label + 2 * k];
        const std::int32_t via_inside = score[inside] + chunk_transition[4 * label + 2 * k + 1];
        const bool inside_wins = via_inside > via_begin;  // ties to the lower id, Begin
        next[t] = (inside_wins ? via_inside : via_begin) + bounded(emission[t]);
        from[t] = static_cast<std::uint8_t>(inside_wins ? inside : begin);
      }
    }
    rebase(next);
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
