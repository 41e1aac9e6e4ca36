#include "common/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "common/input_error.h"

namespace newskg::common {

MappedFile MappedFile::Open(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(path.string(), std::string("cannot open: ") + std::strerror(errno));
  try {
    MappedFile file = FromDescriptor(fd, path.string());
    ::close(fd);
    return file;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

MappedFile MappedFile::FromDescriptor(int fd, const std::string& name) {
  struct stat status {};
  if (::fstat(fd, &status) != 0) {
    throw InputError(name, std::string("cannot read: ") + std::strerror(errno));
  }
  if (!S_ISREG(status.st_mode)) throw InputError(name, "not a regular file");
  MappedFile file;
  file.name_ = name;
  file.size_ = static_cast<std::size_t>(status.st_size);
  if (file.size_ == 0) return file;
  void* data = ::mmap(nullptr, file.size_, PROT_READ, MAP_SHARED, fd, 0);
  if (data == MAP_FAILED) {
    throw InputError(name, std::string("cannot map into memory: ") + std::strerror(errno));
  }
  file.data_ = static_cast<const char*>(data);
  return file;
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      name_(std::move(other.name_)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    name_ = std::move(other.name_);
  }
  return *this;
}

}  // namespace newskg::common
