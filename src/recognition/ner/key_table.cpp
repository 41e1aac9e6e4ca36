#include "recognition/ner/key_table.h"

namespace newskg::recognition::ner {

KeyTable::KeyTable(const std::vector<std::uint32_t>& keys,
                   const std::vector<std::uint32_t>& values) {
  std::size_t capacity = 16;
  while (capacity < keys.size() * 2 + 1) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = static_cast<std::uint32_t>(capacity - 1);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    std::uint32_t i = keys[k] & mask_;
    while (slots_[i].key != 0 && slots_[i].key != keys[k]) i = (i + 1) & mask_;
    slots_[i] = Slot{keys[k], values[k]};
  }
}

}  // namespace newskg::recognition::ner
