#include "common/buffered_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace newskg::common {

BufferedWriter::BufferedWriter(int fd, std::string name, std::size_t capacity)
    : fd_(fd), name_(std::move(name)), capacity_(capacity) {
  buffer_.reserve(capacity_);
}

void BufferedWriter::Write(std::string_view bytes) {
  if (buffer_.size() + bytes.size() > capacity_) Drain();
  if (bytes.size() >= capacity_) {
    buffer_.append(bytes);
    Drain();
    return;
  }
  buffer_.append(bytes);
}

void BufferedWriter::Flush() { Drain(); }

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
