// Tests for the German news tokenizer.
#include <catch.hpp>

#include <string>
#include <vector>

#include "text/tokenizer.h"

using newskg::text::Token;
using newskg::text::Tokenize;

namespace {

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, 0, text.size())) out.push_back(t.text);
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("initials and name abbreviations keep their period") {
  CHECK(Texts("Präsident Wladimir V. Putin empfing ihn.") ==
        Words{"Präsident", "Wladimir", "V.", "Putin", "empfing", "ihn", "."});
  CHECK(Texts("Die Delegation flog nach St. Petersburg.") ==
        Words{"Die", "Delegation", "flog", "nach", "St.", "Petersburg", "."});
  CHECK(Texts("Dr. Meier und Prof. Schulz, bzw. ihre Teams") ==
        Words{"Dr.", "Meier", "und", "Prof.", "Schulz", ",", "bzw.", "ihre", "Teams"});
  CHECK(Texts("Es geht um ca. 5 Mio. Euro, vgl. Nr. 3.") ==
        Words{"Es", "geht", "um", "ca.", "5", "Mio.", "Euro", ",", "vgl.", "Nr.", "3", "."});
  CHECK(Texts("Vgl. den Bericht von Müller & Co. gestern.") ==
        Words{"Vgl.", "den", "Bericht", "von", "Müller", "&", "Co.", "gestern", "."});
}

TEST_CASE("dotted abbreviations are one token") {
  CHECK(Texts("Länder wie z.B. Polen, u.a. auch die U.S.-Regierung.") ==
        Words{"Länder", "wie", "z.B.", "Polen", ",", "u.a.", "auch", "die", "U.S.-Regierung", "."});
  CHECK(Texts("Staaten, z. B. Polen") == Words{"Staaten", ",", "z.", "B.", "Polen"});
}

TEST_CASE("ordinary words do not swallow the sentence period") {
  CHECK(Texts("Er reiste nach Moskau. Dort wartete man.") ==
        Words{"Er", "reiste", "nach", "Moskau", ".", "Dort", "wartete", "man", "."});
  CHECK(Texts("Das sagte die USA.") == Words{"Das", "sagte", "die", "USA", "."});
  CHECK(Texts("Im Jahr 2024. Danach") == Words{"Im", "Jahr", "2024", ".", "Danach"});
}

TEST_CASE("German quotes and dashes are separate tokens") {
  CHECK(Texts("„Wir verhandeln“, sagte sie – und ging.") ==
        Words{"„", "Wir", "verhandeln", "“", ",", "sagte", "sie", "–", "und", "ging", "."});
  CHECK(Texts("‚Frieden‘ oder »Waffenruhe« — \"Deal\"") ==
        Words{"‚", "Frieden", "‘", "oder", "»", "Waffenruhe", "«", "—", "\"", "Deal", "\""});
  CHECK(Texts("Moskau - Der Gesandte") == Words{"Moskau", "-", "Der", "Gesandte"});
}

TEST_CASE("hyphenated compounds stay together") {
  CHECK(Texts("Die US-Delegation traf den Kreml-Sprecher in Saudi-Arabien.") ==
        Words{"Die", "US-Delegation", "traf", "den", "Kreml-Sprecher", "in", "Saudi-Arabien", "."});
  CHECK(Texts("Die US-Russland-Gespräche des Nahost-Gesandten") ==
        Words{"Die", "US-Russland-Gespräche", "des", "Nahost-Gesandten"});
  CHECK(Texts("eine 30-tägige Feuerpause") == Words{"eine", "30-tägige", "Feuerpause"});
  CHECK(Texts("Die Staats- und Regierungschefs") ==
        Words{"Die", "Staats-", "und", "Regierungschefs"});
}

TEST_CASE("ordinals before months, lower-case words and numbers keep their period") {
  CHECK(Texts("Sie trafen sich am 11. April in Riad.") ==
        Words{"Sie", "trafen", "sich", "am", "11.", "April", "in", "Riad", "."});
  CHECK(Texts("Bis zum 3. Oktober 2025") == Words{"Bis", "zum", "3.", "Oktober", "2025"});
  CHECK(Texts("der 2. Weltkrieg") == Words{"der", "2.", "Weltkrieg"});
  CHECK(Texts("die 5. und die 6. Runde") == Words{"die", "5.", "und", "die", "6.", "Runde"});
  CHECK(Texts("Es waren 80. Dann kam mehr.") ==
        Words{"Es", "waren", "80", ".", "Dann", "kam", "mehr", "."});
}

TEST_CASE("numbers with decimal and thousands separators and percent") {
  CHECK(Texts("Das Wachstum lag bei 4,5 % und 1.000 Soldaten, um 14:30 Uhr.") ==
        Words{"Das", "Wachstum", "lag", "bei", "4,5", "%", "und", "1.000", "Soldaten", ",", "um",
              "14:30", "Uhr", "."});
  CHECK(Texts("rund 2.5 Milliarden, also 80%.") ==
        Words{"rund", "2.5", "Milliarden", ",", "also", "80", "%", "."});
}

TEST_CASE("apostrophes inside words and ellipsis") {
  CHECK(Texts("Putin's Plan, so geht's weiter...") ==
        Words{"Putin's", "Plan", ",", "so", "geht's", "weiter", "..."});
  CHECK(Texts("Trump’s Gesandter") == Words{"Trump’s", "Gesandter"});
}

TEST_CASE("all kinds of whitespace separate tokens") {
  const std::string text = "Kiew\u00A0und\tMoskau\r\nBerlin";
  CHECK(Texts(text) == Words{"Kiew", "und", "Moskau", "Berlin"});
}

TEST_CASE("token offsets match the text and honour the range") {
  const std::string text = "Vorwort. Die Ministerin traf am 11. April in St. Petersburg ein: „Gut“, sagte Ulla K. Braun.";
  const std::size_t begin = text.find("Die");
  const auto tokens = Tokenize(text, begin, text.size());
  REQUIRE(!tokens.empty());
  CHECK(tokens.front().begin == begin);
  CHECK(tokens.back().end == text.size());
  std::size_t previous_end = begin;
  for (const Token& t : tokens) {
    CHECK(t.begin >= previous_end);
    CHECK(t.end > t.begin);
    CHECK(text.substr(t.begin, t.end - t.begin) == t.text);
    previous_end = t.end;
  }
  const auto inner = Tokenize(text, begin, text.find(" traf"));
  CHECK(inner.size() == 2);
}

// Issue 12: every start inside a long run of dotted pieces rescanned the run (quadratic).
TEST_CASE("a run of more than eight dotted pieces is no abbreviation") {
  CHECK(Texts("v.l.n.r. sitzen") == Words{"v.l.n.r.", "sitzen"});
  CHECK(Texts("A.B.C.D.E.F.G.H. kam") == Words{"A.B.C.D.E.F.G.H.", "kam"});
  std::string run;
  for (int i = 0; i < 30000; ++i) run += "A.";
  const auto tokens = Tokenize(run + "Ab", 0, run.size() + 2);
  REQUIRE(!tokens.empty());
  CHECK(tokens.front().text == "A.");
  CHECK(tokens.back().end == run.size() + 2);
}

TEST_CASE("a word of 100,000 letters is one token") {
  const std::string word = "Verhandlungs" + std::string(100000 - 12, 'n');
  const auto tokens = Tokenize(word + ".", 0, word.size() + 1);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].text == word);
}

TEST_CASE("a regnal number keeps its period before a lower-case word") {
  CHECK(Texts("Papst Leo XIV. empfing ihn.") == Words{"Papst", "Leo", "XIV.", "empfing", "ihn", "."});
  // Before a capital the period may end the sentence.
  CHECK(Texts("Es sprach Karl III. Dann ging er.") == Words{"Es", "sprach", "Karl", "III", ".", "Dann", "ging", "er", "."});
  // A lower-case word after it: no sentence ends there.
  CHECK(Texts("Es war Teil III. und mehr") == Words{"Es", "war", "Teil", "III.", "und", "mehr"});
}
