// Tests for decoding input bytes into an Article.
#include <catch.hpp>

#include <string>

#include "common/input_error.h"
#include "text/decode.h"

using newskg::InputError;
using newskg::text::Article;
using newskg::text::DecodeArticle;
using newskg::text::kMaxLineBytes;

namespace {

// The byte offset an input is rejected at, checking that the message names file and offset.
std::optional<std::size_t> RejectedAt(const std::string& bytes, const std::string& expected_message) {
  try {
    DecodeArticle("a.txt", "in/a.txt", bytes);
  } catch (const InputError& e) {
    const std::string what = e.what();
    CHECK(e.file() == "in/a.txt");
    CHECK(what.find("in/a.txt") == 0);
    CHECK(what.find(expected_message) != std::string::npos);
    if (e.byte_offset()) CHECK(what.find("byte " + std::to_string(*e.byte_offset())) != std::string::npos);
    return e.byte_offset();
  }
  FAIL("not rejected: " << expected_message);
  return std::nullopt;
}

}  // namespace

TEST_CASE("empty and whitespace-only inputs are rejected") {
  CHECK(RejectedAt("", "empty") == std::nullopt);
  CHECK(RejectedAt(" \n\t\r\n", "empty") == std::nullopt);
  CHECK(RejectedAt("\xEF\xBB\xBF\n", "empty") == std::nullopt);
}

TEST_CASE("binary content is rejected at the NUL byte") {
  CHECK(RejectedAt(std::string("Kiew\0Moskau", 11), "binary") == 4u);
}

TEST_CASE("invalid UTF-8 is rejected at the first bad byte") {
  CHECK(RejectedAt("Die Stra\xDF" "e ist gesperrt.", "UTF-8") == 8u);  // Latin-1 ß
  CHECK(RejectedAt("Kiew \xC0\xAF", "UTF-8") == 5u);                     // overlong
  CHECK(RejectedAt("Gut \xED\xB0\x80 so", "UTF-8") == 4u);              // surrogate
}

TEST_CASE("over-long lines are rejected at the line start") {
  const std::string first = "Eine kurze Zeile.\n";
  const std::string bytes = first + std::string(100001, 'a') + "\nEnde.";
  CHECK(RejectedAt(bytes, "line 2 is longer than 100000 bytes") == first.size());
  const std::string ok = first + std::string(100000, 'a') + "\r\nEnde.";
  CHECK_NOTHROW(DecodeArticle("a.txt", "a.txt", ok));
}

TEST_CASE("a leading BOM is removed") {
  const Article article = DecodeArticle("b.txt", "b.txt", "\xEF\xBB\xBFMoskau bestätigt das Treffen.");
  CHECK(article.text == "Moskau bestätigt das Treffen.");
  CHECK(article.id == "b.txt");
  CHECK(article.body_begin == 0);
  CHECK_FALSE(article.date_published.has_value());
  REQUIRE(article.sentences.size() == 1);
  CHECK(article.sentences[0].begin == 0);
}

TEST_CASE("a date on the same line as the text") {
  const std::string text = " date 2025-04 Der Gesandte reist nach Moskau. Dort trifft er den Präsidenten.";
  const Article article = DecodeArticle("c.txt", "c.txt", text);
  REQUIRE(article.date_published.has_value());
  CHECK(*article.date_published == "2025-04");
  CHECK(article.body_begin == text.find("Der"));
  REQUIRE(article.sentences.size() == 2);
  CHECK(article.sentences[0].tokens.front().text == "Der");
}

TEST_CASE("a date on its own line") {
  const std::string text = "date 2024-02-29\n\nGespräche in Riad\nDie Delegationen treffen sich.";
  const Article article = DecodeArticle("d.txt", "d.txt", text);
  CHECK(article.date_published == std::optional<std::string>("2024-02-29"));
  CHECK(article.body_begin == text.find("Gespräche"));
  REQUIRE(article.sentences.size() == 2);
  CHECK(article.sentences[0].is_heading);
}

TEST_CASE("impossible dates are rejected, other first words are text") {
  CHECK(RejectedAt("date 2025-13 Text.", "invalid month") == 5u);
  CHECK(RejectedAt("date 2023-02-29\nText.", "invalid day") == 5u);
  CHECK(RejectedAt("\xEF\xBB\xBF" "date 2025-00 Text.", "invalid month") == 8u);
  const Article article = DecodeArticle("e.txt", "e.txt", "dates 2025-04 wurden genannt.");
  CHECK_FALSE(article.date_published.has_value());
  CHECK(article.body_begin == 0);
}

// Issue 13: lines end at every line break the sentence splitter knows, not only at LF.
TEST_CASE("line lengths count lines ended by CR, NEL, U+2028 and U+2029") {
  const std::string sentence = "Die Delegationen sprachen in Genf über eine Waffenruhe. ";
  for (const std::string line_break : {"\r", "\xC2\x85", "\u2028", "\u2029", "\r\n", "\f", "\v"}) {
    std::string text;
    while (text.size() < 3 * kMaxLineBytes) text += sentence + sentence + line_break;
    INFO("line break bytes: " << line_break.size());
    const Article article = DecodeArticle("z.txt", "z.txt", text);
    CHECK(article.sentences.size() > 5000);
  }
  const std::string first = "Eine kurze Zeile.\r";
  CHECK(RejectedAt(first + std::string(kMaxLineBytes + 1, 'a') + "\rEnde.", "line 2 is longer") ==
        first.size());
  const std::string ls_first = "Kurz.\u2028Auch kurz.\u2029";
  CHECK(RejectedAt(ls_first + std::string(kMaxLineBytes + 1, 'a'), "line 3 is longer") ==
        ls_first.size());
  CHECK_NOTHROW(DecodeArticle("a.txt", "a.txt", std::string(kMaxLineBytes, 'a') + "\xC2\x85" "Ende."));
}

namespace {

// `text` (ASCII) in UTF-16 or UTF-32 of the given byte order, after `bom`.
std::string Encode(const std::string& text, std::size_t width, bool little_endian, const std::string& bom) {
  std::string out = bom;
  for (const char c : text) {
    std::string unit(width, '\0');
    unit[little_endian ? 0 : width - 1] = c;
    out += unit;
  }
  return out;
}

}  // namespace

// Issue 13: UTF-16 and UTF-32 are named, with how to convert them.
TEST_CASE("UTF-16 and UTF-32 input is named, with or without byte order mark") {
  const std::string text = "Berlin - Die Ministerin sprach am Montag mit ihrem Amtskollegen.\n";
  struct Case {
    std::size_t width;
    bool little_endian;
    std::string bom;
    std::string name;
  };
  for (const Case& c : {Case{2, true, "\xFF\xFE", "UTF-16LE"}, Case{2, false, "\xFE\xFF", "UTF-16BE"},
                        Case{4, true, std::string("\xFF\xFE\0\0", 4), "UTF-32LE"},
                        Case{4, false, std::string("\0\0\xFE\xFF", 4), "UTF-32BE"},
                        Case{2, true, "", "UTF-16LE"}, Case{2, false, "", "UTF-16BE"},
                        Case{4, true, "", "UTF-32LE"}, Case{4, false, "", "UTF-32BE"}}) {
    INFO(c.name << (c.bom.empty() ? " without" : " with") << " byte order mark");
    const std::string bytes = Encode(text, c.width, c.little_endian, c.bom);
    CHECK(RejectedAt(bytes, "looks like " + c.name + " text") == std::nullopt);
    CHECK(RejectedAt(bytes, "iconv -f " + c.name + " -t UTF-8") == std::nullopt);
    if (!c.bom.empty()) CHECK(RejectedAt(bytes, "byte order mark") == std::nullopt);
  }
  // A byte order mark alone, or before text that has no NUL bytes (CJK characters), still tells.
  CHECK(RejectedAt("\xFF\xFE", "UTF-16LE") == std::nullopt);
  CHECK(RejectedAt("\xFE\xFF\x4E\x2D\x65\x87", "UTF-16BE") == std::nullopt);
}

TEST_CASE("known binary formats are named; other binary content is refused at its NUL byte") {
  CHECK(RejectedAt(std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\0", 26), "PDF document") == std::nullopt);
  CHECK(RejectedAt(std::string("PK\x03\x04\x14\0\0\0", 8), "ZIP archive") == std::nullopt);
  CHECK(RejectedAt("\x1F\x8B\x08\x00", "gzip") == std::nullopt);
  CHECK(RejectedAt("\xFF\xD8\xFF\xE0", "JPEG image") == std::nullopt);
  CHECK(RejectedAt(std::string("Text\0\x01\x02\x03\x04\x05", 10), "binary content (NUL byte)") == 4u);
}

TEST_CASE("invalid UTF-8 that looks like Latin-1 says so") {
  CHECK(RejectedAt("Die Stra\xDF" "e nach M\xFCnchen ist gesperrt.", "looks like Latin-1") == 8u);
  CHECK(RejectedAt("Die Stra\xDF" "e nach M\xFCnchen ist gesperrt.", "iconv -f WINDOWS-1252") == 8u);
  // Once the text has a well-formed UTF-8 character, a bad byte is just invalid UTF-8.
  try {
    DecodeArticle("m.txt", "m.txt", "Gr\xC3\xBC\xC3\x9F" "e aus M\xFCnchen.");
    FAIL("not rejected");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("invalid UTF-8") != std::string::npos);
    CHECK(std::string(e.what()).find("Latin-1") == std::string::npos);
    CHECK(e.byte_offset() == 13u);
  }
}
