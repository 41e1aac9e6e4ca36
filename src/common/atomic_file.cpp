#include "common/atomic_file.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2, RENAME_NOREPLACE (glibc, _GNU_SOURCE)
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

namespace newskg::common {
namespace {

namespace fs = std::filesystem;

std::runtime_error SystemError(const std::string& what, const fs::path& path, int error) {
  return std::runtime_error(path.string() + ": " + what + ": " + std::strerror(error));
}

// An open descriptor, closed on destruction.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }
  // Closes now and reports the error close() may give (delayed write errors on some file systems).
  int Close() {
    int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

// A temporary file beside its target, removed on destruction unless it was renamed into place.
class TempFile {
 public:
  TempFile(fs::path target, std::string_view content) : target_(std::move(target)) {
    Create();
    Fill(content);
  }
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(TempFile&& other) noexcept
      : target_(std::move(other.target_)), path_(std::exchange(other.path_, {})) {}
  TempFile& operator=(TempFile&&) = delete;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  void CommitTo(Overwrite overwrite) {
    if (overwrite == Overwrite::kRefuse) {
      if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) == 0) {
        path_.clear();
        return;
      }
      if (errno == EEXIST) throw OutputExistsError(target_);
      if (errno != EINVAL && errno != ENOSYS) throw SystemError("cannot rename", target_, errno);
      // The file system cannot refuse atomically: check, then rename.
      std::error_code error;
      if (fs::exists(fs::symlink_status(target_, error))) throw OutputExistsError(target_);
    }
    if (std::rename(path_.c_str(), target_.c_str()) != 0) {
      throw SystemError("cannot rename", target_, errno);
    }
    path_.clear();
  }

 private:
  void Create() {
    const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    const std::string stem = "." + target_.filename().string() + "." + std::to_string(::getpid());
    for (int attempt = 0;; ++attempt) {
      fs::path candidate = folder / (stem + "." + std::to_string(attempt) + ".tmp");
      // 0666 minus the umask, like any file the user creates.
      int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0) {
        ::close(fd);
        path_ = std::move(candidate);
        return;
      }
      if (errno != EEXIST || attempt > 1000) {
        throw SystemError("cannot create a temporary file", target_, errno);
      }
    }
  }

  void Fill(std::string_view content) {
    FileDescriptor fd(::open(path_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (fd.get() < 0) throw SystemError("cannot write", target_, errno);
    while (!content.empty()) {
      ssize_t written = ::write(fd.get(), content.data(), content.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        throw SystemError("cannot write", target_, errno);
      }
      content.remove_prefix(static_cast<std::size_t>(written));
    }
    if (::fsync(fd.get()) != 0) throw SystemError("cannot sync", target_, errno);
    if (fd.Close() != 0) throw SystemError("cannot write", target_, errno);
  }

  fs::path target_;
  fs::path path_;
};

// Makes the renames durable; failure here loses nothing already visible, so it is ignored.
void SyncFolder(const fs::path& file) {
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() >= 0) ::fsync(fd.get());
}

}  // namespace

OutputExistsError::OutputExistsError(const std::filesystem::path& path)
    : std::runtime_error(path.string() + ": already exists (use --force to overwrite)"),
      path_(path) {}

void WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                         Overwrite overwrite) {
  WriteFilesAtomically({{path, std::string(content)}}, overwrite);
}

void WriteFilesAtomically(const std::vector<OutputFile>& files, Overwrite overwrite) {
  if (overwrite == Overwrite::kRefuse) {
    std::vector<fs::path> paths;
    for (const OutputFile& file : files) paths.push_back(file.path);
    RefuseExistingOutputs(paths);
  }
  std::vector<TempFile> temps;
  temps.reserve(files.size());
  for (const OutputFile& file : files) temps.emplace_back(file.path, file.content);
  for (TempFile& temp : temps) temp.CommitTo(overwrite);
  for (const OutputFile& file : files) SyncFolder(file.path);
}

void RefuseExistingOutputs(const std::vector<std::filesystem::path>& paths) {
  for (const fs::path& path : paths) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(path, error))) throw OutputExistsError(path);
  }
}

}  // namespace newskg::common
