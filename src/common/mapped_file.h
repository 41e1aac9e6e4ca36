// MappedFile: a whole file mapped read-only into memory (mmap), unmapped on destruction.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace newskg::common {

class MappedFile {
 public:
  MappedFile() = default;
  // Throws InputError naming `name` when the file cannot be opened, read or mapped.
  static MappedFile Open(const std::filesystem::path& path);
  // Maps an open descriptor (not taken over: the caller closes it).
  static MappedFile FromDescriptor(int fd, const std::string& name);
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }
  const std::string& name() const { return name_; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::string name_;
};

}  // namespace newskg::common
