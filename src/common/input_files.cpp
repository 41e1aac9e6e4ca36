#include "common/input_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>
#include <map>
#include <set>
#include <system_error>

namespace newskg::common {
namespace {

namespace fs = std::filesystem;

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

std::string Describe(const std::error_code& error) { return error.message(); }

// The length of the well-formed UTF-8 sequence at name[i] (no overlongs, surrogates or code
// points above U+10FFFF), or 0 when there is none.
std::size_t Utf8SequenceAt(std::string_view name, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(name[k]); };
  const unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (length == 0 || b > 0xF4 || i + length > name.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  const unsigned char c = byte(i + 1);
  if ((b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0) || (b == 0xF0 && c < 0x90) ||
      (b == 0xF4 && c >= 0x90)) {
    return 0;
  }
  return length;
}

}  // namespace

std::string ArticleIdOf(std::string_view name) {
  bool clean = true;
  for (std::size_t i = 0; i < name.size() && clean;) {
    const std::size_t length = Utf8SequenceAt(name, i);
    const unsigned char b = static_cast<unsigned char>(name[i]);
    clean = length > 0 && b >= 0x20 && b != 0x7F;
    i += length > 0 ? length : 1;
  }
  if (clean) return std::string(name);
  // Percent-encode what is not UTF-8 text, and '%' itself, so that the id is text and still
  // tells the file apart from every other ("caf\xE9.txt" -> "caf%E9.txt").
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string id;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t length = Utf8SequenceAt(name, i);
    const unsigned char b = static_cast<unsigned char>(name[i]);
    if (length > 0 && b >= 0x20 && b != 0x7F && b != '%') {
      id.append(name.substr(i, length));
      i += length;
    } else {
      id += '%';
      id += kHex[b >> 4];
      id += kHex[b & 15];
      ++i;
    }
  }
  return id;
}

namespace {

// Adds every *.txt below `folder` to `found`; throws InputError naming a folder it cannot list.
void FindTextFiles(const fs::path& folder, std::vector<fs::path>& found) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
    const fs::directory_entry& entry = *it;
    if (IsHidden(entry.path())) continue;
    std::error_code status_error;
    if (entry.is_directory(status_error) && !entry.is_symlink(status_error)) {
      FindTextFiles(entry.path(), found);
    } else if (entry.path().extension() == ".txt" && entry.is_regular_file(status_error)) {
      found.push_back(entry.path());
    }
  }
  if (error) throw InputError(folder.string(), "cannot read folder: " + Describe(error));
}

std::vector<fs::path> ListTextFiles(const fs::path& folder) {
  std::vector<fs::path> found;
  FindTextFiles(folder, found);
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });
  return found;
}

// Adds files and failures, and refuses a second input with the same article id.
class Collector {
 public:
  void Add(const fs::path& path, const std::string& source) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    if (error) canonical = fs::absolute(path);
    if (!seen_paths_.insert(canonical).second) return;
    InputFile file{ArticleIdOf(path.filename().string()), source, path};
    AddWithId(std::move(file));
  }

  void AddStdin() {
    if (stdin_added_) {
      result_.failures.emplace_back("-", "standard input named more than once");
      return;
    }
    stdin_added_ = true;
    AddWithId(InputFile{"stdin", "-", {}});
  }

  void Fail(InputError error) { result_.failures.push_back(std::move(error)); }

  InputCollection Take() { return std::move(result_); }

 private:
  void AddWithId(InputFile file) {
    auto [it, inserted] = sources_by_id_.emplace(file.id, file.source);
    if (!inserted) {
      result_.failures.emplace_back(
          file.source, "article id \"" + file.id + "\" is already used by " + it->second +
                           " (article ids are file names and must be unique)");
      return;
    }
    result_.files.push_back(std::move(file));
  }

  InputCollection result_;
  std::set<fs::path> seen_paths_;
  std::map<std::string, std::string> sources_by_id_;
  bool stdin_added_ = false;
};

std::string LimitText() {
  return std::to_string(kMaxInputBytes / (1024 * 1024)) + " MiB (" + std::to_string(kMaxInputBytes) +
         " bytes)";
}

bool Closed(int descriptor) { return ::fcntl(descriptor, F_GETFD) == -1 && errno == EBADF; }

// Descriptors 0, 1 and 2 closed when the program starts ("newskg build - <&-") would be taken
// by the next files it opens, and reading standard input or writing standard output would
// then read or overwrite one of them (a lock, an output). So before main runs, while no file
// is open yet, /dev/null is opened on each closed one; whether standard input was closed is
// kept for the message. Set once during static initialization, never changed.
bool ReserveStandardDescriptors() {
  const bool input_closed = Closed(STDIN_FILENO);
  for (const int descriptor : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (!Closed(descriptor)) continue;
    const int opened = ::open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    if (opened >= 0 && opened != descriptor) {
      ::dup2(opened, descriptor);
      ::close(opened);
    }
  }
  return input_closed;
}

const bool kStandardInputClosed = ReserveStandardDescriptors();

// Reads standard input in blocks, never more than one byte over the limit, so that an
// endless stream ("yes | newskg build -") is refused instead of filling the memory.
std::string ReadStandardInput(const std::string& source, std::istream& in) {
  std::string bytes;
  char block[64 * 1024];
  while (bytes.size() <= kMaxInputBytes) {
    const std::size_t wanted = std::min(sizeof block, kMaxInputBytes + 1 - bytes.size());
    in.read(block, static_cast<std::streamsize>(wanted));
    bytes.append(block, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) throw InputError(source, "cannot read standard input");
  if (bytes.size() > kMaxInputBytes) {
    throw InputError(source, "standard input holds more than " + LimitText() +
                                 ", the limit for one article; not a news article");
  }
  if (bytes.empty()) {
    if (&in == &std::cin && kStandardInputClosed) {
      throw InputError(source, "standard input is closed (\"-\" reads an article from standard "
                               "input: pipe one in, or name a file instead)");
    }
    throw InputError(source, "standard input is empty (\"-\" reads an article from standard "
                             "input: pipe one in, or name a file instead)");
  }
  return bytes;
}

}  // namespace

InputCollection CollectInputs(const std::vector<std::string>& arguments) {
  Collector collector;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      collector.AddStdin();
      continue;
    }
    const fs::path path(argument);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) {
      collector.Fail(InputError(argument, error && error != std::errc::no_such_file_or_directory
                                              ? "cannot access: " + Describe(error)
                                              : "no such file or folder"));
    } else if (fs::is_directory(status)) {
      try {
        const std::vector<fs::path> files = ListTextFiles(path);
        if (files.empty()) throw InputError(argument, "folder contains no *.txt files");
        for (const fs::path& file : files) collector.Add(file, file.string());
      } catch (InputError& failure) {
        collector.Fail(std::move(failure));
      }
    } else if (fs::is_regular_file(status)) {
      collector.Add(path, argument);
    } else {
      collector.Fail(InputError(argument, "not a regular file or folder"));
    }
  }
  return collector.Take();
}

std::string ReadInput(const InputFile& file, std::istream& standard_input) {
  std::string bytes;
  if (file.is_stdin()) {
    bytes = ReadStandardInput(file.source, standard_input);
  } else {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file.path, error);
    if (error) throw InputError(file.source, "cannot read: " + Describe(error));
    if (size > kMaxInputBytes) {
      throw InputError(file.source, std::to_string(size) + " bytes, more than " + LimitText() +
                                        ", the limit for one article; not a news article");
    }
    std::ifstream stream(file.path, std::ios::binary);
    if (!stream) throw InputError(file.source, std::string("cannot open: ") + std::strerror(errno));
    bytes.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    if (stream.bad()) throw InputError(file.source, "read error");
    if (bytes.empty()) throw InputError(file.source, "empty file");
  }
  return bytes;
}

}  // namespace newskg::common
