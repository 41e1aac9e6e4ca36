#include "common/content_hash.h"

#include <xxhash.h>

#include <stdexcept>

namespace newskg::common {

std::uint64_t Hash64(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string HashHex(std::uint64_t hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
    hash >>= 4;
  }
  return out;
}

struct StreamingHash::Impl {
  XXH3_state_t* state = nullptr;
};

StreamingHash::StreamingHash() : impl_(std::make_unique<Impl>()) {
  impl_->state = XXH3_createState();
  if (impl_->state == nullptr || XXH3_64bits_reset(impl_->state) != XXH_OK) {
    if (impl_->state != nullptr) XXH3_freeState(impl_->state);
    throw std::runtime_error("xxhash: cannot create a hash state");
  }
}

StreamingHash::~StreamingHash() { XXH3_freeState(impl_->state); }

void StreamingHash::Update(std::string_view bytes) {
  if (XXH3_64bits_update(impl_->state, bytes.data(), bytes.size()) != XXH_OK) {
    throw std::runtime_error("xxhash: update failed");
  }
}

std::uint64_t StreamingHash::Digest() const { return XXH3_64bits_digest(impl_->state); }

}  // namespace newskg::common
