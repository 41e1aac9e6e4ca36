// Naming what an input is when it is not UTF-8 text: UTF-16 or UTF-32 (with or without byte
// order mark), a well-known binary format, or text in a single-byte encoding such as Latin-1.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newskg::text {

struct UnicodeEncoding {
  std::string name;  // as iconv spells it: "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
  std::string bom;   // the byte order mark it starts with, in hex ("FF FE"); empty if none
};

// UTF-16 or UTF-32 by its byte order mark, or, when the input holds NUL bytes, by where they
// fall (text of mostly Latin characters has a NUL in every second or in three of four bytes).
// Never claims an input that is valid UTF-8 without NUL bytes.
std::optional<UnicodeEncoding> DetectUnicodeEncoding(std::string_view bytes);

// "a PDF document", "a ZIP archive (also .docx, .odt)", "a PNG image", ... by the first bytes.
std::optional<std::string> DetectBinaryFormat(std::string_view bytes);

// True when no byte sequence of the input is a well-formed multi-byte UTF-8 character but
// some bytes are above 0x7F: text in Latin-1, Windows-1252 or another single-byte encoding.
bool LooksSingleByteEncoded(std::string_view bytes);

}  // namespace newskg::text
