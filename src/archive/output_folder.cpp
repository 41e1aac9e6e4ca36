#include "archive/output_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace newskg::archive {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStateFolder = ".newskg";
constexpr const char* kCurrent = "current";
constexpr const char* kGenerationPrefix = "gen-";
constexpr const char* kTempPrefix = "tmp-";

[[noreturn]] void Fail(const fs::path& path, const std::string& what, int error = errno) {
  throw std::runtime_error(path.string() + ": " + what + ": " + std::strerror(error));
}

void SyncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) Fail(folder, "cannot open folder");
  const int result = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0) Fail(folder, "cannot sync folder", error);
}

std::string GenerationName(unsigned long number) {
  char name[32];
  std::snprintf(name, sizeof name, "%s%06lu", kGenerationPrefix, number);
  return name;
}

// "gen-000042" -> 42, anything else -> nullopt.
std::optional<unsigned long> GenerationNumber(const std::string& name) {
  if (!name.starts_with(kGenerationPrefix) || name.size() <= std::strlen(kGenerationPrefix)) {
    return std::nullopt;
  }
  unsigned long number = 0;
  for (std::size_t i = std::strlen(kGenerationPrefix); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
    number = number * 10 + static_cast<unsigned long>(name[i] - '0');
  }
  return number;
}

// A link being made; a killed build may leave one, which the next build removes.
constexpr const char* kLinkPrefix = ".newskg-link-";

std::string ReadLink(const fs::path& link) {
  std::error_code error;
  const fs::path target = fs::read_symlink(link, error);
  return error ? std::string() : target.string();
}

// Replaces `link` by a symbolic link to `target` in one rename.
void ReplaceLink(const fs::path& link, const std::string& target) {
  const fs::path temporary = link.parent_path() / (kLinkPrefix + std::to_string(::getpid()));
  ::unlink(temporary.c_str());
  if (::symlink(target.c_str(), temporary.c_str()) != 0) Fail(temporary, "cannot create link");
  if (::rename(temporary.c_str(), link.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    Fail(link, "cannot replace", error);
  }
}

}  // namespace

struct OutputFolder::Impl {
  fs::path folder;
  fs::path state;
  int lock_fd = -1;
  bool created_folder = false;  // by this run: removed again if nothing was committed
  bool created_state = false;
  bool committed = false;

  ~Impl() {
    // A run that fails before committing leaves nothing behind, not even an empty folder.
    // (Another build waiting for this lock then finds it gone and fails cleanly.)
    if (!committed && created_state) {
      std::error_code ignored;
      fs::remove(state / "lock", ignored);
      fs::remove(state, ignored);
      if (created_folder) fs::remove(folder, ignored);
    }
    if (lock_fd >= 0) ::close(lock_fd);  // releases the lock
  }

  std::optional<std::string> CurrentName() const {
    const std::string target = ReadLink(state / kCurrent);
    if (target.empty() || !GenerationNumber(target)) return std::nullopt;
    std::error_code error;
    if (!fs::is_directory(state / target, error)) return std::nullopt;
    return target;
  }

  // Removes temporary folders and links, and generations other than the current one.
  void RemoveLeftovers(const std::optional<std::string>& keep) const {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      if (entry.path().filename().string().starts_with(kLinkPrefix)) {
        std::error_code ignored;
        fs::remove(entry.path(), ignored);
      }
    }
    for (const auto& entry : fs::directory_iterator(state, error)) {
      const std::string name = entry.path().filename().string();
      const bool temporary = name.starts_with(kTempPrefix) || name.starts_with(kLinkPrefix) ||
                             name == "current.new";
      const bool old_generation = GenerationNumber(name) && name != keep;
      if (temporary || old_generation) {
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
      }
    }
  }
};

OutputFolder::OutputFolder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OutputFolder::~OutputFolder() = default;
OutputFolder::OutputFolder(OutputFolder&&) noexcept = default;
OutputFolder& OutputFolder::operator=(OutputFolder&&) noexcept = default;

OutputFolder OutputFolder::Open(const fs::path& folder, std::ostream& notices) {
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    throw std::runtime_error(folder.string() + ": exists and is not a folder");
  }
  auto impl = std::make_unique<Impl>();
  impl->folder = folder;
  impl->state = folder / kStateFolder;
  impl->created_folder = !fs::exists(folder, error);
  impl->created_state = !fs::exists(impl->state, error);
  fs::create_directories(impl->state, error);
  if (error) {
    throw std::runtime_error(impl->state.string() + ": cannot create folder: " + error.message());
  }
  const fs::path lock = impl->state / "lock";
  impl->lock_fd = ::open(lock.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (impl->lock_fd < 0) Fail(lock, "cannot open lock file");
  if (::flock(impl->lock_fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) Fail(lock, "cannot lock");
    notices << "newskg: waiting for another newskg build writing " << folder.string() << '\n';
    while (::flock(impl->lock_fd, LOCK_EX) != 0) {
      if (errno != EINTR) Fail(lock, "cannot lock");
    }
  }
  impl->RemoveLeftovers(impl->CurrentName());
  return OutputFolder(std::move(impl));
}

void OutputFolder::Tidy(const fs::path& folder) {
  std::error_code error;
  const fs::path state = folder / kStateFolder;
  if (!fs::is_directory(state, error)) return;
  Impl impl;  // not created by this run: its destructor only releases the lock
  impl.folder = folder;
  impl.state = state;
  const fs::path lock = state / "lock";
  impl.lock_fd = ::open(lock.c_str(), O_RDWR | O_CLOEXEC);
  if (impl.lock_fd < 0) Fail(lock, "cannot open lock file");
  while (::flock(impl.lock_fd, LOCK_EX) != 0) {
    if (errno != EINTR) Fail(lock, "cannot lock");
  }
  const std::optional<std::string> current = impl.CurrentName();
  impl.RemoveLeftovers(current);
  if (!current) {
    // The first build into this folder died before committing: as if it never ran.
    fs::remove(lock, error);
    fs::remove(state, error);
    fs::remove(folder, error);  // only if empty
  }
}

const fs::path& OutputFolder::path() const { return impl_->folder; }

std::optional<fs::path> OutputFolder::current() const {
  const auto name = impl_->CurrentName();
  if (!name) return std::nullopt;
  return impl_->state / *name;
}

std::vector<fs::path> OutputFolder::ForeignEntries(const std::vector<std::string>& names) const {
  std::vector<fs::path> foreign;
  for (const std::string& name : names) {
    const fs::path path = impl_->folder / name;
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (error || !fs::exists(status)) continue;
    const std::string ours = std::string(kStateFolder) + "/" + kCurrent + "/" + name;
    if (fs::is_symlink(status) && ReadLink(path) == ours) continue;
    foreign.push_back(path);
  }
  return foreign;
}

struct Generation::Impl {
  OutputFolder::Impl* folder = nullptr;
  unsigned long number = 0;
  struct File {
    std::string name;
    int fd = -1;
    bool named = false;  // created under `temporary` because O_TMPFILE is not supported
  };
  std::vector<File> files;
  std::vector<std::pair<fs::path, std::string>> carried;
  fs::path temporary;  // state/tmp-<pid>-<number>, made when first needed
  bool committed = false;

  ~Impl() {
    for (const File& file : files) {
      if (file.fd >= 0) ::close(file.fd);
    }
    if (!committed && !temporary.empty()) {
      std::error_code ignored;
      fs::remove_all(temporary, ignored);
    }
  }

  const fs::path& Temporary() {
    if (temporary.empty()) {
      temporary = folder->state / (std::string(kTempPrefix) + std::to_string(::getpid()) + "-" +
                                   std::to_string(number));
      if (::mkdir(temporary.c_str(), 0755) != 0 && errno != EEXIST) {
        const int error = errno;
        temporary.clear();
        Fail(folder->state, "cannot create a temporary folder", error);
      }
    }
    return temporary;
  }
};

Generation::Generation(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Generation::~Generation() = default;
Generation::Generation(Generation&&) noexcept = default;

Generation OutputFolder::NextGeneration() {
  unsigned long next = 1;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(impl_->state, error)) {
    if (auto n = GenerationNumber(entry.path().filename().string())) next = std::max(next, *n + 1);
  }
  auto impl = std::make_unique<Generation::Impl>();
  impl->folder = impl_.get();
  impl->number = next;
  return Generation(std::move(impl));
}

std::string Generation::Named(const std::string& name) const {
  return (impl_->folder->folder / name).string();
}

int Generation::Create(const std::string& name) {
  Impl::File file;
  file.name = name;
  file.fd = ::open(impl_->folder->state.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
  if (file.fd < 0) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
      Fail(impl_->folder->state / name, "cannot create");
    }
    // No O_TMPFILE here: a named file in the temporary folder, removed if the build fails.
    const fs::path path = impl_->Temporary() / name;
    file.fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0644);
    if (file.fd < 0) Fail(path, "cannot create");
    file.named = true;
  }
  impl_->files.push_back(file);
  return file.fd;
}

void Generation::Carry(const fs::path& from, const std::string& name) {
  impl_->carried.emplace_back(from, name);
}

void Generation::Commit(const std::vector<std::string>& public_names, bool replace_foreign) {
  Impl& g = *impl_;
  OutputFolder::Impl& f = *g.folder;
  for (const Impl::File& file : g.files) {
    if (::fsync(file.fd) != 0) Fail(f.folder / file.name, "cannot write (sync)");
  }
  const fs::path& temporary = g.Temporary();
  for (const Impl::File& file : g.files) {
    if (file.named) continue;
    const std::string proc = "/proc/self/fd/" + std::to_string(file.fd);
    const fs::path target = temporary / file.name;
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      Fail(target, "cannot name the new file");
    }
  }
  for (const auto& [from, name] : g.carried) {
    const fs::path target = temporary / name;
    if (::link(from.c_str(), target.c_str()) != 0) Fail(target, "cannot link " + from.string());
  }
  SyncFolder(temporary);
  const std::string generation = GenerationName(g.number);
  if (::rename(temporary.c_str(), (f.state / generation).c_str()) != 0) {
    Fail(f.state / generation, "cannot create");
  }
  g.committed = true;  // the temporary folder is the generation now
  f.committed = true;
  SyncFolder(f.state);
  ReplaceLink(f.state / kCurrent, generation);
  SyncFolder(f.state);
  for (const std::string& name : public_names) {
    const fs::path path = f.folder / name;
    const std::string target = std::string(kStateFolder) + "/" + kCurrent + "/" + name;
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (fs::exists(status)) {
      if (fs::is_symlink(status) && ReadLink(path) == target) continue;
      if (!replace_foreign || fs::is_directory(status)) {
        throw std::runtime_error(path.string() + ": exists and is not newskg's; not replaced");
      }
    }
    ReplaceLink(path, target);
  }
  SyncFolder(f.folder);
  f.RemoveLeftovers(generation);
}

}  // namespace newskg::archive
