#include "common/buffered_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <stdexcept>

namespace newskg::common {

BufferedWriter::BufferedWriter(int fd, std::string name, std::size_t capacity)
    : fd_(fd), name_(std::move(name)), capacity_(capacity) {
  buffer_.reserve(capacity_);
}

void BufferedWriter::WriteAround(std::string_view bytes) {
  if (buffer_.size() + bytes.size() > capacity_) Drain();
  if (bytes.size() >= capacity_) {
    buffer_.append(bytes);
    Drain();
    return;
  }
  buffer_.append(bytes);
}

void BufferedWriter::Flush() { Drain(); }

void BufferedWriter::CopyFrom(int from_fd, const std::string& from_name, std::uint64_t offset,
                              std::uint64_t length) {
  Drain();
  auto in = static_cast<off_t>(offset);
  std::uint64_t left = length;
  bool kernel_copy = true;
  std::string chunk;
  while (left > 0) {
    ssize_t n = -1;
    if (kernel_copy) {
      n = ::copy_file_range(from_fd, &in, fd_, nullptr, left, 0);
      if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)) {
        kernel_copy = false;  // another file system or kernel: copy through memory
        continue;
      }
    } else {
      chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>(left, 1 << 20)));
      n = ::pread(from_fd, chunk.data(), chunk.size(), in);
      if (n > 0) {
        in += n;
        const std::string_view read(chunk.data(), static_cast<std::size_t>(n));
        buffer_.assign(read);
        Drain();
      }
    }
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(name_ + ": cannot write: " + std::strerror(errno));
    }
    if (n == 0) throw std::runtime_error(from_name + ": ends before the bytes to copy");
    if (kernel_copy) written_ += static_cast<std::uint64_t>(n);
    left -= static_cast<std::uint64_t>(n);
  }
}

void BufferedWriter::Drain() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(name_ + ": cannot write: " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += buffer_.size();
  buffer_.clear();
}

}  // namespace newskg::common
