#include "text/input_kind.h"

#include <algorithm>
#include <array>
#include <utility>

#include "text/utf8.h"

namespace newskg::text {
namespace {

// How many bytes are looked at to guess an encoding without byte order mark.
constexpr std::size_t kSampleBytes = 4096;

unsigned char Byte(std::string_view bytes, std::size_t i) { return static_cast<unsigned char>(bytes[i]); }

// Share of the `width`-byte units of the sample whose character sits in byte `low` and whose
// other bytes are zero: UTF-16LE text of Latin letters has its characters in byte 0 of 2.
double ShareOfUnits(std::string_view sample, std::size_t width, std::size_t low) {
  const std::size_t units = sample.size() / width;
  if (units == 0) return 0;
  std::size_t matching = 0;
  for (std::size_t u = 0; u < units; ++u) {
    bool zeros = true;
    for (std::size_t b = 0; b < width && zeros; ++b) {
      if (b != low && Byte(sample, u * width + b) != 0) zeros = false;
    }
    matching += zeros && Byte(sample, u * width + low) != 0;
  }
  return static_cast<double>(matching) / static_cast<double>(units);
}

}  // namespace

std::optional<UnicodeEncoding> DetectUnicodeEncoding(std::string_view bytes) {
  // Byte order marks: FF and FE never occur in UTF-8. UTF-32LE's starts like UTF-16LE's.
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return UnicodeEncoding{"UTF-32LE", "FF FE 00 00"};
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return UnicodeEncoding{"UTF-32BE", "00 00 FE FF"};
  if (bytes.starts_with("\xFF\xFE")) return UnicodeEncoding{"UTF-16LE", "FF FE"};
  if (bytes.starts_with("\xFE\xFF")) return UnicodeEncoding{"UTF-16BE", "FE FF"};
  if (bytes.find('\0') == std::string_view::npos) return std::nullopt;
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  // Most units hold one character below U+0100 and zeros elsewhere: German text in UTF-32 has
  // this in nearly every unit, in UTF-16 in most (quotation marks like „ are above U+00FF).
  if (ShareOfUnits(sample, 4, 0) >= 0.8) return UnicodeEncoding{"UTF-32LE", ""};
  if (ShareOfUnits(sample, 4, 3) >= 0.8) return UnicodeEncoding{"UTF-32BE", ""};
  if (ShareOfUnits(sample, 2, 0) >= 0.6) return UnicodeEncoding{"UTF-16LE", ""};
  if (ShareOfUnits(sample, 2, 1) >= 0.6) return UnicodeEncoding{"UTF-16BE", ""};
  return std::nullopt;
}

std::optional<std::string> DetectBinaryFormat(std::string_view bytes) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kMagic = {{
      {"%PDF-", "a PDF document"},
      {"PK\x03\x04", "a ZIP archive (also .docx, .xlsx, .odt)"},
      {"\x1F\x8B", "gzip-compressed data"},
      {"BZh", "bzip2-compressed data"},
      {"\xFD" "7zXZ", "xz-compressed data"},
      {"\x89PNG", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF8", "a GIF image"},
      {"\x7F" "ELF", "an executable program (ELF)"},
      {"\xD0\xCF\x11\xE0", "an old Microsoft Office document (.doc, .xls)"},
  }};
  for (const auto& [magic, name] : kMagic) {
    if (bytes.starts_with(magic)) return std::string(name);
  }
  return std::nullopt;
}

bool LooksSingleByteEncoded(std::string_view bytes) {
  bool high = false;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const CodePoint c = DecodeAt(bytes, pos);
    if (c.length > 1) return false;  // a well-formed multi-byte character
    high = high || Byte(bytes, pos) > 0x7F;
    pos += c.length;
  }
  return high;
}

}  // namespace newskg::text
