// ByteWriter / ByteReader: little-endian and varint encoding of the project's binary files
// (the NER model, the archive's segments).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/input_error.h"

namespace newskg::common {

class ByteWriter {
 public:
  void PutBytes(std::string_view bytes) { out_ += bytes; }
  void PutU8(std::uint8_t value) { out_ += static_cast<char>(value); }
  void PutU32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out_ += static_cast<char>((value >> (8 * i)) & 0xff);
  }
  void PutVarint(std::uint64_t value) {
    while (value >= 0x80) {
      out_ += static_cast<char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    out_ += static_cast<char>(value);
  }
  void PutSigned(std::int64_t value) {
    PutVarint((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
  }
  void PutString(std::string_view text) {
    PutVarint(text.size());
    out_ += text;
  }
  const std::string& bytes() const { return out_; }
  std::string& mutable_bytes() { return out_; }
  void Clear() { out_.clear(); }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; any overrun throws InputError naming `file` and saying
// "invalid <what>: ..." with the byte offset.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string file, std::string what = "NER model",
             std::size_t base_offset = 0)
      : bytes_(bytes), file_(std::move(file)), what_(std::move(what)), base_(base_offset) {}

  std::string_view GetBytes(std::size_t count) {
    Need(count);
    std::string_view out = bytes_.substr(pos_, count);
    pos_ += count;
    return out;
  }
  std::uint8_t GetU8() {
    Need(1);
    return static_cast<std::uint8_t>(bytes_[pos_++]);
  }
  std::uint32_t GetU32() {
    Need(4);
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 4;
    return value;
  }
  std::uint64_t GetVarint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      Need(1);
      auto byte = static_cast<unsigned char>(bytes_[pos_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    Fail("malformed number");
  }
  std::int64_t GetSigned() {
    std::uint64_t raw = GetVarint();
    return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
  }
  std::string GetString() { return std::string(GetView()); }
  std::string_view GetView() {
    std::uint64_t size = GetVarint();
    if (size > bytes_.size() - pos_) Fail("string runs past the end");
    return GetBytes(static_cast<std::size_t>(size));
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }
  std::size_t position() const { return pos_; }
  [[noreturn]] void Fail(const std::string& message) const {
    throw InputError(file_, "invalid " + what_ + ": " + message, base_ + pos_);
  }

 private:
  void Need(std::size_t count) const {
    if (bytes_.size() - pos_ < count) Fail("file is truncated");
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::string file_;
  std::string what_;
  std::size_t base_ = 0;  // offset of bytes_ in the file, for messages
};

}  // namespace newskg::common
