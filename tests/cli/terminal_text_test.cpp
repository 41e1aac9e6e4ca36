// EscapeForTerminal: control characters, bidi overrides and bad bytes become visible escapes.
#include <catch.hpp>

#include "common/terminal_text.h"

using newskg::common::EscapeForTerminal;

TEST_CASE("ordinary text, umlauts and backslashes pass unchanged") {
  CHECK(EscapeForTerminal("Dörte Wünschmann – Außenministerin") == "Dörte Wünschmann – Außenministerin");
  CHECK(EscapeForTerminal("C:\\Pfad") == "C:\\Pfad");
  CHECK(EscapeForTerminal("") == "");
}

TEST_CASE("terminal escape sequences cannot reach the terminal") {
  // ESC [41m would paint the background red; ESC ]0; sets the window title.
  CHECK(EscapeForTerminal("Ber\x1b[41mlin") == "Ber\\x1b[41mlin");
  CHECK(EscapeForTerminal("\x1b]0;owned\x07") == "\\x1b]0;owned\\x07");
  CHECK(EscapeForTerminal("a\tb\nc\rd") == "a\\tb\\nc\\rd");
  CHECK(EscapeForTerminal(std::string("nul\0x", 5)) == "nul\\x00x");
  CHECK(EscapeForTerminal("del\x7f") == "del\\x7f");
}

TEST_CASE("C1 controls, bidi overrides and separators are shown as code points") {
  CHECK(EscapeForTerminal("\xc2\x9b" "31m") == "\\u{009B}31m");         // single-character CSI
  CHECK(EscapeForTerminal("abc\xe2\x80\xae" "fed") == "abc\\u{202E}fed");  // right-to-left override
  CHECK(EscapeForTerminal("x\xe2\x81\xa6y") == "x\\u{2066}y");            // left-to-right isolate
  CHECK(EscapeForTerminal("a\xe2\x80\xa8" "b") == "a\\u{2028}b");         // line separator
}

TEST_CASE("bytes that are not UTF-8 are shown as bytes") {
  CHECK(EscapeForTerminal("\xff" "abc") == "\\xffabc");
  CHECK(EscapeForTerminal("a\xc3") == "a\\xc3");
  CHECK(EscapeForTerminal("\xed\xa0\x80") .find("\\x") == 0);  // a surrogate
}

TEST_CASE("multi-line messages keep their line breaks") {
  CHECK(newskg::common::EscapeLinesForTerminal("Zeile 1\nZeile\x1b 2\r\n") == "Zeile 1\nZeile\\x1b 2\\r\n");
}
