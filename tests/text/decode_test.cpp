// Tests for decoding input bytes into an Article.
#include <catch.hpp>

#include <string>

#include "common/input_error.h"
#include "text/decode.h"

using newskg::InputError;
using newskg::text::Article;
using newskg::text::DecodeArticle;

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
