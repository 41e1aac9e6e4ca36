// Hashing used for feature and lexicon keys: streaming FNV-1a plus a 64-bit finalizer.
#pragma once

#include <cstdint>
#include <string_view>

namespace newskg::recognition::ner {

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;

inline std::uint64_t HashContinue(std::uint64_t state, std::string_view bytes) {
  for (unsigned char c : bytes) {
    state ^= c;
    state *= 0x100000001b3ULL;
  }
  return state;
}

inline std::uint64_t HashBytes(std::string_view bytes) { return HashContinue(kFnvOffset, bytes); }

// splitmix64 finalizer: spreads FNV's weak high bits before truncation.
inline std::uint64_t Finalize(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t Combine(std::uint64_t a, std::uint64_t b) {
  return Finalize(a * 0x9e3779b97f4a7c15ULL + b);
}

// 32-bit table key; 0 is reserved for "empty slot" in KeyTable.
inline std::uint32_t KeyOf(std::uint64_t hash) {
  auto key = static_cast<std::uint32_t>(Finalize(hash) >> 32);
  return key == 0 ? 1u : key;
}

}  // namespace newskg::recognition::ner
