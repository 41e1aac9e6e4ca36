// TagSet: the tagger's 49 BILOU tags over GermEval 2014's twelve outer labels, as small
// integers, and their BIO names (GermEval's files and the metric speak BIO).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::recognition::ner {

// PER, PERderiv, PERpart, LOC, ..., OTHpart, in this order.
inline constexpr std::array<std::string_view, 12> kLabels = {
    "PER", "PERderiv", "PERpart", "LOC", "LOCderiv", "LOCpart",
    "ORG", "ORGderiv", "ORGpart", "OTH", "OTHderiv", "OTHpart"};

// Tag 0 is "O"; label k has Begin 1 + 4k, Inside 2 + 4k, Last 3 + 4k and Unit (a one-token
// chunk) 4 + 4k. Marking a chunk's last token and one-token chunks lets a first-order model
// learn how chunks end (Ratinov and Roth 2009).
enum class ChunkPart { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
inline constexpr int kTagCount = 1 + 4 * static_cast<int>(kLabels.size());
inline constexpr int kOutside = 0;

inline ChunkPart PartOf(int tag) { return static_cast<ChunkPart>((tag - 1) % 4); }  // tag != O
inline int LabelOf(int tag) { return (tag - 1) / 4; }                                // tag != O
inline int TagOf(int label, ChunkPart part) { return 1 + 4 * label + static_cast<int>(part); }

// Continues a chunk: Inside or Last.
inline bool Continues(int tag) {
  return tag != kOutside && (PartOf(tag) == ChunkPart::kInside || PartOf(tag) == ChunkPart::kLast);
}
// Leaves a chunk open for the next token: Begin or Inside.
inline bool LeavesOpen(int tag) {
  return tag != kOutside && (PartOf(tag) == ChunkPart::kBegin || PartOf(tag) == ChunkPart::kInside);
}

// Well-formedness: Inside and Last follow Begin or Inside of the same label; everything else
// follows O, Last, Unit or the sentence start; a sentence ends on O, Last or Unit.
inline bool TransitionAllowed(int previous, int next) {
  if (Continues(next)) return LeavesOpen(previous) && LabelOf(previous) == LabelOf(next);
  return !LeavesOpen(previous);
}
inline bool StartAllowed(int tag) { return !Continues(tag); }
inline bool EndAllowed(int tag) { return !LeavesOpen(tag); }

std::string TagName(int tag);                   // BIO: "O", "B-PER" (Begin, Unit), "I-LOCderiv"
std::string InternalTagName(int tag);           // "O", "B-PER", "I-PER", "L-PER", "U-PER"
std::optional<std::string_view> ParseBioLabel(std::string_view name);  // "B-PER" -> "PER"; "O" -> ""
bool IsBioTag(std::string_view name);           // "O", or B-/I- with one of the twelve labels

// A BIO sequence as BILOU tags; an I-X that does not continue an X chunk starts one, as the
// metric reads it. Every name must satisfy IsBioTag.
std::vector<int> ToChunkTags(const std::vector<std::string>& bio);

// "LOCderiv" -> "LOC"
std::string_view BaseLabel(std::string_view label);

}  // namespace newskg::recognition::ner
