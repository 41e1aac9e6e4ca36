// BufferedWriter: appends bytes to an open file through a buffer. Every failed write throws,
// naming the file, so that a full disk or a broken pipe can never pass unnoticed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newskg::common {

class BufferedWriter {
 public:
  // Does not own fd. `name` is the file as the user knows it, for messages.
  BufferedWriter(int fd, std::string name, std::size_t capacity = 1 << 20);
  ~BufferedWriter() = default;  // unflushed bytes are dropped: call Flush() to keep them
  BufferedWriter(const BufferedWriter&) = delete;
  BufferedWriter& operator=(const BufferedWriter&) = delete;

  void Write(std::string_view bytes) {
    if (buffer_.size() + bytes.size() < capacity_) {
      buffer_.append(bytes);
    } else {
      WriteAround(bytes);
    }
  }
  void Write(char c) {
    if (buffer_.size() == capacity_) Drain();
    buffer_.push_back(c);
  }
  // Writes out the buffer; throws std::runtime_error on failure.
  void Flush();

  // Appends `length` bytes of the open file `from_fd` starting at `offset` (after flushing the
  // buffer), copied inside the kernel where it can. Throws naming this file, or `from_name`
  // when the source ends early.
  void CopyFrom(int from_fd, const std::string& from_name, std::uint64_t offset,
                std::uint64_t length);

  std::uint64_t bytes_written() const { return written_ + buffer_.size(); }
  const std::string& name() const { return name_; }

 private:
  void WriteAround(std::string_view bytes);  // what does not fit in the buffer
  void Drain();

  int fd_;
  std::string name_;
  std::size_t capacity_;
  std::string buffer_;
  std::uint64_t written_ = 0;
};

}  // namespace newskg::common
