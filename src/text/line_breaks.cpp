#include "text/line_breaks.h"

namespace newskg::text {

std::size_t LineBreakLength(std::string_view text, std::size_t pos) {
  switch (text[pos]) {
    case '\r': return pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
    case '\n':
    case '\v':
    case '\f': return 1;
    case '\xC2': return text.compare(pos, 2, "\xC2\x85") == 0 ? 2 : 0;
    case '\xE2': return text.compare(pos, 3, "\u2028") == 0 || text.compare(pos, 3, "\u2029") == 0 ? 3 : 0;
    default: return 0;
  }
}

}  // namespace newskg::text
