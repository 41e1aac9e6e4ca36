// Atomic output files: each is written to a temporary file beside its target, synced, then renamed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::common {

enum class Overwrite { kRefuse, kAllow };

// An output file that already exists and may not be replaced (no --force).
class OutputExistsError : public std::runtime_error {
 public:
  explicit OutputExistsError(const std::filesystem::path& path);
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct OutputFile {
  std::filesystem::path path;
  std::string content;
};

// Writes `content` to `path` so that readers see either the old file or the complete new one.
// The folder must exist. Throws OutputExistsError (kRefuse and the file exists) or
// std::runtime_error naming the file; never leaves its temporary file behind.
void WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                         Overwrite overwrite = Overwrite::kRefuse);

// Writes every file to a temporary first and renames them only when all were written and
// synced, so a failure while writing leaves none of them. (The renames themselves are
// separate steps; a failure between two renames, which needs a broken file system, can leave
// the earlier ones in place.)
void WriteFilesAtomically(const std::vector<OutputFile>& files,
                          Overwrite overwrite = Overwrite::kRefuse);

// Throws OutputExistsError for the first of `paths` that exists.
void RefuseExistingOutputs(const std::vector<std::filesystem::path>& paths);

}  // namespace newskg::common
