#include "text/decode.h"

#include <optional>
#include <string_view>

#include "common/input_error.h"
#include "text/input_kind.h"
#include "text/line_breaks.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"

namespace newskg::text {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t SkipWhitespace(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const CodePoint c = DecodeAt(text, pos);
    if (!IsWhitespace(c.value)) break;
    pos += c.length;
  }
  return pos;
}

// Lines end where the sentence splitter ends them (line_breaks.h).
void CheckLineLengths(const std::string& source, std::string_view bytes) {
  std::size_t line = 1;
  std::size_t line_begin = 0;
  auto check = [&](std::size_t line_end) {
    if (line_end - line_begin > kMaxLineBytes) {
      throw InputError(source, "line " + std::to_string(line) + " is longer than " +
                                   std::to_string(kMaxLineBytes) + " bytes",
                       line_begin);
    }
  };
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t length = LineBreakLength(bytes, pos);
    if (length == 0) {
      ++pos;
      continue;
    }
    check(pos);
    pos += length;
    line_begin = pos;
    ++line;
  }
  check(bytes.size());
}

bool IsAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char ch : s) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

struct DateLine {
  std::string date;
  std::size_t body_begin = 0;
};

// Parses a leading "date YYYY-MM[-DD]"; nullopt when the text does not start with one.
// `error_shift` turns text offsets into input offsets for messages (the removed BOM).
std::optional<DateLine> ParseDateLine(const std::string& source, std::string_view text,
                                      std::size_t error_shift) {
  const std::size_t keyword = SkipWhitespace(text, 0);
  if (text.compare(keyword, 4, "date") != 0) return std::nullopt;
  const std::size_t value_begin = keyword + 4;
  if (value_begin >= text.size() || !IsWhitespace(DecodeAt(text, value_begin).value)) return std::nullopt;
  const std::size_t date_begin = SkipWhitespace(text, value_begin);
  std::size_t date_end = date_begin;
  while (date_end < text.size() && !IsWhitespace(DecodeAt(text, date_end).value)) {
    date_end += DecodeAt(text, date_end).length;
  }
  const std::string_view date = text.substr(date_begin, date_end - date_begin);
  const bool month_form = date.size() == 7 && date[4] == '-';
  const bool day_form = date.size() == 10 && date[4] == '-' && date[7] == '-';
  if (!month_form && !day_form) return std::nullopt;
  if (!IsAsciiDigits(date.substr(0, 4)) || !IsAsciiDigits(date.substr(5, 2)) ||
      (day_form && !IsAsciiDigits(date.substr(8, 2)))) {
    return std::nullopt;
  }
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) {
    throw InputError(source, "invalid month in date line: " + std::string(date), date_begin + error_shift);
  }
  if (day_form) {
    const int day = std::stoi(std::string(date.substr(8, 2)));
    if (day < 1 || day > DaysInMonth(year, month)) {
      throw InputError(source, "invalid day in date line: " + std::string(date), date_begin + error_shift);
    }
  }
  return DateLine{std::string(date), SkipWhitespace(text, date_end)};
}

// Refuses input that is not UTF-8 text, naming what it looks like where it can.
void CheckUtf8Text(const std::string& source, std::string_view bytes) {
  if (const auto encoding = DetectUnicodeEncoding(bytes)) {
    const std::string bom = encoding->bom.empty() ? "" : " (byte order mark " + encoding->bom + ")";
    throw InputError(source, "looks like " + encoding->name + " text" + bom +
                                 ", not UTF-8; convert it to UTF-8 first, e.g. with iconv -f " +
                                 encoding->name + " -t UTF-8");
  }
  const std::size_t nul = bytes.find('\0');
  const auto bad = nul == std::string_view::npos ? FindInvalidUtf8(bytes) : std::nullopt;
  if (nul == std::string_view::npos && !bad) return;
  if (const auto format = DetectBinaryFormat(bytes)) {
    throw InputError(source, "looks like " + *format + ", not a text file");
  }
  if (nul != std::string_view::npos) {
    throw InputError(source, "binary content (NUL byte), not a text file", nul);
  }
  if (LooksSingleByteEncoded(bytes)) {
    throw InputError(source, "invalid UTF-8; the text looks like Latin-1 or Windows-1252, convert "
                             "it to UTF-8 first, e.g. with iconv -f WINDOWS-1252 -t UTF-8", *bad);
  }
  throw InputError(source, "invalid UTF-8", *bad);
}

}  // namespace

Article DecodeArticle(std::string id, std::string source, std::string bytes) {
  CheckUtf8Text(source, bytes);
  CheckLineLengths(source, bytes);

  std::size_t shift = 0;
  if (std::string_view(bytes).starts_with(kBom)) {
    bytes.erase(0, kBom.size());
    shift = kBom.size();
  }
  if (SkipWhitespace(bytes, 0) == bytes.size()) {
    throw InputError(source, bytes.empty() && shift == 0 ? "empty file" : "empty file (only whitespace)");
  }

  Article article;
  article.id = std::move(id);
  article.source = std::move(source);
  article.text = std::move(bytes);
  if (auto date_line = ParseDateLine(article.source, article.text, shift)) {
    if (date_line->body_begin == article.text.size()) {
      throw InputError(article.source, "no article text after the date line");
    }
    article.date_published = std::move(date_line->date);
    article.body_begin = date_line->body_begin;
  }
  Segment(article);
  return article;
}

}  // namespace newskg::text
