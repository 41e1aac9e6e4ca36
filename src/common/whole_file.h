// Reading a whole data file (model, word list, gold annotation) into memory.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace newskg::common {

// The file's bytes. Throws InputError naming the file: "cannot open <what>" when it cannot be
// opened, "cannot read <what>" when reading fails part way.
std::string ReadWholeFile(const std::filesystem::path& path, std::string_view what);

}  // namespace newskg::common
