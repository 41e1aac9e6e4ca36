// Checks that a graph file is UTF-8 without NUL bytes before raptor reads it: raptor reads bytes
// and stops silently at some that are not UTF-8 (a file starting with 0xFF parsed as an empty
// graph).
#pragma once

#include <string>

namespace newskg::rdf {

// Throws InputError naming the file, the line and the byte offset of the first byte that is not
// well-formed UTF-8, or of the first NUL byte.
void RequireUtf8File(const std::string& path);

}  // namespace newskg::rdf
