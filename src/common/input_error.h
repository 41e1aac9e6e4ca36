// InputError: a problem with one input, naming the file and, where it applies, the byte offset.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace newskg {

class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::string message, std::optional<std::size_t> byte_offset = {})
      : std::runtime_error(Format(file, message, byte_offset)),
        file_(std::move(file)),
        byte_offset_(byte_offset) {}

  const std::string& file() const { return file_; }
  std::optional<std::size_t> byte_offset() const { return byte_offset_; }

 private:
  static std::string Format(const std::string& file, const std::string& message,
                            std::optional<std::size_t> offset) {
    std::string out = file;
    if (offset) out += " (byte " + std::to_string(*offset) + ")";
    return out + ": " + message;
  }

  std::string file_;
  std::optional<std::size_t> byte_offset_;
};

}  // namespace newskg
