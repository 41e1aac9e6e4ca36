// Input collection: turns the paths a user names into the ordered list of articles to read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "common/input_error.h"

namespace newskg::common {

// Articles larger than this are refused (news articles are a few kB): files before reading,
// standard input once this much has been read.
inline constexpr std::size_t kMaxInputBytes = 8 * 1024 * 1024;

// An article's id from its file's base name: the name itself when it is UTF-8 text without
// control characters; otherwise the name with every other byte, and '%', percent-encoded
// ("caf\xE9.txt" -> "caf%E9.txt"), so that ids are always text and never lose a file.
std::string ArticleIdOf(std::string_view file_name);

struct InputFile {
  std::string id;              // ArticleIdOf the file's base name; "stdin" for standard input
  std::string source;          // the path as given or found, for messages; "-" for stdin
  std::filesystem::path path;  // empty for standard input
  bool is_stdin() const { return path.empty(); }
};

struct InputCollection {
  std::vector<InputFile> files;        // in the order given; a folder's files sorted by path
  std::vector<InputError> failures;    // paths that could not be collected, in the order given
};

// Each argument is a file, a folder (every *.txt inside, recursively, sorted by path; names
// starting with '.' are skipped) or "-" for standard input. These become failures: a missing
// path, an unreadable folder, a folder without *.txt files, a path that is neither file nor
// folder, a second "-", and a second input with the same base name (the article id). The same
// file named twice is read once.
InputCollection CollectInputs(const std::vector<std::string>& arguments);

// Reads one input whole. Throws InputError naming it when it cannot be read, is empty or is
// larger than kMaxInputBytes; standard input is read up to one byte over that limit and no
// further, and the message says whether it was empty or closed (when `standard_input` is
// std::cin and descriptor 0 is closed).
std::string ReadInput(const InputFile& file, std::istream& standard_input);

}  // namespace newskg::common
