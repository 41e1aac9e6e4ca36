// Words: splitting a name or label at spaces, and joining words back.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newskg::text {

// The space-separated words of `phrase` (runs of spaces skipped), as views into `phrase`:
// keep `phrase` alive while they are used.
std::vector<std::string_view> SplitWords(std::string_view phrase);

// The words joined with `separator` between them.
std::string JoinWords(const std::vector<std::string>& words, std::string_view separator);

}  // namespace newskg::text
