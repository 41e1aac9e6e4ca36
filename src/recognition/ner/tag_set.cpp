#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {

std::string TagName(int tag) {
  if (tag == kOutside) return "O";
  std::string name = IsBegin(tag) ? "B-" : "I-";
  name += kLabels[static_cast<std::size_t>(LabelOf(tag))];
  return name;
}

std::optional<int> ParseTag(std::string_view name) {
  if (name == "O") return kOutside;
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I')) return std::nullopt;
  std::string_view label = name.substr(2);
  for (std::size_t k = 0; k < kLabels.size(); ++k) {
    if (kLabels[k] == label) {
      int index = static_cast<int>(k);
      return name[0] == 'B' ? BeginOf(index) : InsideOf(index);
    }
  }
  return std::nullopt;
}

std::string_view BaseLabel(std::string_view label) { return label.substr(0, 3); }

}  // namespace newskg::recognition::ner
