// Tests for the UTF-8 and case helpers.
#include <catch.hpp>

#include <string>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "text/utf8.h"

using namespace newskg::text;

TEST_CASE("code points and character offsets") {
  const std::string text = "Größe – ok";  // ö, ß: 2 bytes; – : 3 bytes
  CHECK(CodePointCount(text) == 10);
  CHECK(CharOffset(text, 0) == 0);
  CHECK(CharOffset(text, 4) == 3);   // after "Gr" + ö
  CHECK(CharOffset(text, text.find("ok")) == 8);
  CHECK(CharOffset(text, text.size()) == 10);
  const CharOffsets offsets(text);
  for (std::size_t b = 0; b <= text.size(); ++b) CHECK(offsets.At(b) == CharOffset(text, b));
  CHECK_THROWS_AS(offsets.At(text.size() + 1), std::out_of_range);
}

TEST_CASE("decoding and validation") {
  CHECK(DecodeAt("ä", 0).value == U'ä');
  CHECK(DecodeAt("ä", 0).length == 2);
  CHECK(DecodeAt("\xF0\x9F\x98\x80", 0).value == 0x1F600);
  CHECK(!FindInvalidUtf8("Straße „Kiew“ 😀").has_value());
  CHECK(FindInvalidUtf8("ab\xC0\xAF") == 2u);          // overlong "/"
  CHECK(FindInvalidUtf8("ab\xED\xA0\x80") == 2u);      // surrogate
  CHECK(FindInvalidUtf8("abc\xE2\x82") == 3u);         // truncated at end
  CHECK(FindInvalidUtf8("x\xF4\x90\x80\x80") == 1u);   // above U+10FFFF
  CHECK(FindInvalidUtf8("ok \xE2\x82 ok") == 3u);       // missing continuation
  CHECK(FindInvalidUtf8("\x80") == 0u);                // lone continuation
  CHECK(DecodeAt("\xFF", 0).value == 0xFFFD);
}

TEST_CASE("whitespace classes") {
  CHECK(IsWhitespace(U' '));
  CHECK(IsWhitespace(0x00A0));
  CHECK(IsWhitespace(U'\r'));
  CHECK(IsWhitespace(0x2009));
  CHECK(!IsWhitespace(U'a'));
  CHECK(!IsWhitespace(U'-'));
}

TEST_CASE("Unicode case mapping and match folding") {
  CHECK(ToLower("ÄRZTE IN KIEW") == "ärzte in kiew");
  CHECK(ToUpper("Straße") == "STRASSE");
  CHECK(FoldForMatch("Außenminister GRÜNE") == "aussenminister grüne");
  CHECK(FoldForMatch("STRAẞE") == "strasse");
  CHECK(WithoutAccents("luís sebastián françois") == "luis sebastian francois");
  CHECK(WithoutAccents("jürgen") == "jurgen");
  CHECK(WithoutAccents("łukasz") == "łukasz");  // no accent: a letter of its own
  CHECK(StartsUpper("Österreich"));
  CHECK(!StartsUpper("über"));
  CHECK(!StartsUpper("„Kiew"));
  CHECK(!StartsUpper(""));
  CHECK(IsAllUpper("NATO"));
  CHECK(IsAllUpper("US-EU"));
  CHECK(!IsAllUpper("Nato"));
  CHECK(!IsAllUpper("2025"));
}

TEST_CASE("lower-casing without ICU gives ICU's answer for every Latin-1 character") {
  for (char32_t c = 0x20; c <= 0xFF; ++c) {
    icu::UnicodeString u(static_cast<UChar32>(c));
    std::string utf8;
    u.toUTF8String(utf8);
    std::string expected;
    icu::UnicodeString(u).toLower(icu::Locale::getGermany()).toUTF8String(expected);
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    CHECK(ToLower("Ab" + utf8 + "Z") == "ab" + expected + "z");
  }
  // Outside Latin-1 ICU decides: capital sharp s, Greek, Turkish dotted I.
  CHECK(ToLower("ẞ") == "ß");
  CHECK(ToLower("ΑΘΉΝΑ") == "αθήνα");
  CHECK(ToLower("İSTANBUL") == "i̇stanbul");
}
