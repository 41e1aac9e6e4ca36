#include "rdf/utf8_file.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <vector>

#include "common/input_error.h"
#include "text/utf8.h"

namespace newskg::rdf {

void RequireUtf8File(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open the graph file");
  std::string carry;  // an incomplete UTF-8 sequence at the end of the previous block
  std::vector<char> block(1 << 20);
  std::size_t offset = 0;  // file offset of carry's first byte
  std::size_t line = 1;
  while (true) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const std::size_t count = static_cast<std::size_t>(in.gcount());
    const bool last = count < block.size();
    std::string bytes = carry;
    bytes.append(block.data(), count);
    std::size_t checked = bytes.size();
    const std::optional<std::size_t> bad = text::FindInvalidUtf8(bytes);
    const std::size_t nul = bytes.find('\0');
    auto line_of = [&](std::size_t end) {
      return line + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + end, '\n'));
    };
    if (nul != std::string::npos && (!bad || nul < *bad)) {
      throw InputError(path, "line " + std::to_string(line_of(nul)) + ": a NUL byte; not a graph file",
                       offset + nul);
    }
    if (bad) {
      // A sequence cut off by the end of the block is completed by the next one.
      if (!last && bytes.size() - *bad < 4) {
        checked = *bad;
      } else {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(bytes[*bad]));
        throw InputError(path,
                         "line " + std::to_string(line_of(*bad)) + ": not UTF-8 (byte " + hex +
                             "); a graph file must be Turtle or N-Triples in UTF-8",
                         offset + *bad);
      }
    }
    line = line_of(checked);
    offset += checked;
    carry = bytes.substr(checked);
    if (last) break;
  }
  if (in.bad()) throw InputError(path, "cannot read the graph file");
}

}  // namespace newskg::rdf
