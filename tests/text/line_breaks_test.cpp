// Tests for the one definition of a line break.
#include <catch.hpp>

#include <string>

#include "text/line_breaks.h"

using newskg::text::LineBreakLength;

TEST_CASE("line breaks: CR LF as one, LF, CR, VT, FF, NEL, LS, PS") {
  const std::string text = "a\r\nb\nc\rd\ve\ff\xC2\x85g\u2028h\u2029i\xC2\xA0j\u2027k";
  CHECK(LineBreakLength(text, 1) == 2);
  CHECK(LineBreakLength(text, 2) == 1);  // the LF of CR LF, when asked for alone
  CHECK(LineBreakLength(text, text.find('\n', 3)) == 1);
  CHECK(LineBreakLength(text, text.find('\r', 3)) == 1);
  CHECK(LineBreakLength(text, text.find('\v')) == 1);
  CHECK(LineBreakLength(text, text.find('\f')) == 1);
  CHECK(LineBreakLength(text, text.find("\xC2\x85")) == 2);
  CHECK(LineBreakLength(text, text.find("\u2028")) == 3);
  CHECK(LineBreakLength(text, text.find("\u2029")) == 3);
  CHECK(LineBreakLength(text, text.find("\xC2\xA0")) == 0);  // no-break space
  CHECK(LineBreakLength(text, text.find("\u2027")) == 0);    // hyphenation point
  CHECK(LineBreakLength(text, 0) == 0);
  CHECK(LineBreakLength("\r", 0) == 1);
  CHECK(LineBreakLength("\xC2", 0) == 0);  // cut off: no read past the end
  CHECK(LineBreakLength("\xE2\x80", 0) == 0);
}
