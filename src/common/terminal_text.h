// Text from articles and graphs made safe to print on a terminal: control characters, bidi
// overrides and invalid UTF-8 become visible escapes instead of reaching the terminal.
#pragma once

#include <string>
#include <string_view>

namespace newskg::common {

// Returns `text` with every character a terminal would act on instead of showing replaced by a
// visible escape, so that a label or sentence cannot move the cursor, change colours or set
// the window title (ESC [41m prints as "\x1b[41m"):
//   - C0 controls and DEL: \t \n \r as such, the others as \xHH;
//   - C1 controls (U+0080..U+009F, which include the single-character CSI): \u{XXXX};
//   - bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), the
//     line and paragraph separators (U+2028, U+2029) and the byte order mark: \u{XXXX};
//   - bytes that are not well-formed UTF-8: \xHH.
// Everything else, including backslashes, is passed through unchanged.
std::string EscapeForTerminal(std::string_view text);

// The same, but line feeds stay line breaks: for multi-line messages from other programs.
std::string EscapeLinesForTerminal(std::string_view text);

}  // namespace newskg::common
