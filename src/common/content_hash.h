// Content hashes (XXH3, 64 bits, from Debian's libxxhash): article fingerprints and file
// checksums, one-shot or streamed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace newskg::common {

std::uint64_t Hash64(std::string_view bytes);

// "0123456789abcdef": 16 lower-case hex digits.
std::string HashHex(std::uint64_t hash);

// Hashes bytes given in pieces; Digest() equals Hash64 of their concatenation.
class StreamingHash {
 public:
  StreamingHash();
  ~StreamingHash();
  StreamingHash(const StreamingHash&) = delete;
  StreamingHash& operator=(const StreamingHash&) = delete;
  void Update(std::string_view bytes);
  std::uint64_t Digest() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::common
