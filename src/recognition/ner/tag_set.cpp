#include "recognition/ner/tag_set.h"

#include <stdexcept>

namespace newskg::recognition::ner {
namespace {

std::optional<int> LabelIndex(std::string_view label) {
  for (std::size_t k = 0; k < kLabels.size(); ++k) {
    if (kLabels[k] == label) return static_cast<int>(k);
  }
  return std::nullopt;
}

}  // namespace

std::string TagName(int tag) {
  if (tag == kOutside) return "O";
  const ChunkPart part = PartOf(tag);
  std::string name = part == ChunkPart::kBegin || part == ChunkPart::kUnit ? "B-" : "I-";
  name += kLabels[static_cast<std::size_t>(LabelOf(tag))];
  return name;
}

std::string InternalTagName(int tag) {
  if (tag == kOutside) return "O";
  static constexpr char kParts[] = {'B', 'I', 'L', 'U'};
  std::string name(1, kParts[static_cast<int>(PartOf(tag))]);
  name += '-';
  name += kLabels[static_cast<std::size_t>(LabelOf(tag))];
  return name;
}

std::optional<std::string_view> ParseBioLabel(std::string_view name) {
  if (name == "O") return std::string_view();
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I')) return std::nullopt;
  if (!LabelIndex(name.substr(2))) return std::nullopt;
  return name.substr(2);
}

bool IsBioTag(std::string_view name) { return ParseBioLabel(name).has_value(); }

std::vector<int> ToChunkTags(const std::vector<std::string>& bio) {
  const std::size_t n = bio.size();
  std::vector<int> label(n, -1);  // -1: O
  std::vector<bool> starts(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (bio[i] == "O") continue;
    const auto parsed = ParseBioLabel(bio[i]);
    if (!parsed) throw std::invalid_argument("not a GermEval BIO tag: " + bio[i]);
    label[i] = *LabelIndex(*parsed);
    starts[i] = bio[i][0] == 'B' || i == 0 || label[i - 1] != label[i];
  }
  std::vector<int> tags(n, kOutside);
  for (std::size_t i = 0; i < n; ++i) {
    if (label[i] < 0) continue;
    const bool ends = i + 1 == n || starts[i + 1] || label[i + 1] != label[i];
    const ChunkPart part = starts[i] ? (ends ? ChunkPart::kUnit : ChunkPart::kBegin)
                                     : (ends ? ChunkPart::kLast : ChunkPart::kInside);
    tags[i] = TagOf(label[i], part);
  }
  return tags;
}

std::string_view BaseLabel(std::string_view label) { return label.substr(0, 3); }

}  // namespace newskg::recognition::ner
