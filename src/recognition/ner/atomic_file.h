// WriteFileAtomically: writes a whole file through a temporary file and a rename.
#pragma once

#include <filesystem>
#include <string_view>

namespace newskg::recognition::ner {

// Throws InputError naming `path` when the file cannot be written.
void WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace newskg::recognition::ner
