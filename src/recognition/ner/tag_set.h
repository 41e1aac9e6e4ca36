// TagSet: the 25 BIO tags over GermEval 2014's twelve outer labels, as small integers.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace newskg::recognition::ner {

// PER, PERderiv, PERpart, LOC, ..., OTHpart, in this order.
inline constexpr std::array<std::string_view, 12> kLabels = {
    "PER", "PERderiv", "PERpart", "LOC", "LOCderiv", "LOCpart",
    "ORG", "ORGderiv", "ORGpart", "OTH", "OTHderiv", "OTHpart"};

// Tag 0 is "O"; label k has B = 1 + 2k and I = 2 + 2k.
inline constexpr int kTagCount = 1 + 2 * static_cast<int>(kLabels.size());
inline constexpr int kOutside = 0;

inline bool IsBegin(int tag) { return tag != kOutside && tag % 2 == 1; }
inline bool IsInside(int tag) { return tag != kOutside && tag % 2 == 0; }
inline int LabelOf(int tag) { return (tag - 1) / 2; }  // only for tag != O
inline int BeginOf(int label) { return 1 + 2 * label; }
inline int InsideOf(int label) { return 2 + 2 * label; }

// BIO well-formedness: I-X may follow only B-X or I-X.
inline bool TransitionAllowed(int previous, int next) {
  if (!IsInside(next)) return true;
  return previous != kOutside && LabelOf(previous) == LabelOf(next);
}
inline bool StartAllowed(int tag) { return !IsInside(tag); }

std::string TagName(int tag);                       // "O", "B-PER", "I-LOCderiv"
std::optional<int> ParseTag(std::string_view name);  // nullopt for anything else

// "LOCderiv" -> "LOC"
std::string_view BaseLabel(std::string_view label);

}  // namespace newskg::recognition::ner
