// KeyTable: a read-only open-addressing map from nonzero 32-bit keys to 32-bit values.
#pragma once

#include <cstdint>
#include <vector>

namespace newskg::recognition::ner {

class KeyTable {
 public:
  static constexpr std::uint32_t kMissing = 0xffffffffu;

  KeyTable() = default;
  // keys must be nonzero and distinct; values[i] belongs to keys[i].
  KeyTable(const std::vector<std::uint32_t>& keys, const std::vector<std::uint32_t>& values);

  // Starts loading the slot where Find(key) looks first.
  void Prefetch(std::uint32_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key & mask_]);
  }

  std::uint32_t Find(std::uint32_t key) const {
    if (slots_.empty()) return kMissing;
    for (std::uint32_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return slot.value;
      if (slot.key == 0) return kMissing;
    }
  }

 private:
  struct Slot {
    std::uint32_t key = 0;
    std::uint32_t value = 0;
  };
  std::vector<Slot> slots_;
  std::uint32_t mask_ = 0;
};

}  // namespace newskg::recognition::ner
