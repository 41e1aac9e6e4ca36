// Line breaks: the one definition of where a line ends, shared by input checks and the splitter.
#pragma once

#include <cstddef>
#include <string_view>

namespace newskg::text {

// Length in bytes of the line break starting at text[pos], or 0 if none starts there. Line
// breaks are Unicode's mandatory breaks: CR LF (as one), LF, CR, vertical tab, form feed,
// NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
std::size_t LineBreakLength(std::string_view text, std::size_t pos);

}  // namespace newskg::text
