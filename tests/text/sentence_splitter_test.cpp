// Tests for sentence splitting and heading detection.
#include <catch.hpp>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"

using newskg::text::Article;
using newskg::text::Segment;
using newskg::text::Sentence;

namespace {

Article Split(std::string text, std::size_t body_begin = 0) {
  Article article;
  article.text = std::move(text);
  article.body_begin = body_begin;
  Segment(article);
  return article;
}

std::vector<std::string> Sentences(const std::string& text) {
  const Article article = Split(text);
  std::vector<std::string> out;
  for (const Sentence& s : article.sentences) out.push_back(article.text.substr(s.begin, s.end - s.begin));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at final punctuation before a capital") {
  CHECK(Sentences("Die Gespräche beginnen. Beide Seiten sind vorsichtig! Wer leitet sie? 2025 wird entscheidend.") ==
        Lines{"Die Gespräche beginnen.", "Beide Seiten sind vorsichtig!", "Wer leitet sie?",
              "2025 wird entscheidend."});
  CHECK(Sentences("Warum? fragte der Reporter.") == Lines{"Warum? fragte der Reporter."});
  CHECK(Sentences("Er wartete... Dann kam der Anruf.") == Lines{"Er wartete...", "Dann kam der Anruf."});
}

TEST_CASE("abbreviations, initials and ordinals do not split") {
  CHECK(Sentences("Präsident Wladimir V. Putin traf Dr. Anna Lenz in St. Petersburg. Sie sprachen lange.") ==
        Lines{"Präsident Wladimir V. Putin traf Dr. Anna Lenz in St. Petersburg.", "Sie sprachen lange."});
  CHECK(Sentences("Am 11. April beginnt die Runde. Das Treffen am 3. Oktober fiel aus.") ==
        Lines{"Am 11. April beginnt die Runde.", "Das Treffen am 3. Oktober fiel aus."});
  CHECK(Sentences("Es ging um ca. 4 Mrd. Euro bzw. Dollar, z.B. für Waffen.") ==
        Lines{"Es ging um ca. 4 Mrd. Euro bzw. Dollar, z.B. für Waffen."});
}

TEST_CASE("quotes around final punctuation") {
  CHECK(Sentences("„Wir kommen.“, sagte er.") == Lines{"„Wir kommen.“, sagte er."});
  CHECK(Sentences("Er sagte: „Wir kommen.“ Dann ging er.") ==
        Lines{"Er sagte: „Wir kommen.“", "Dann ging er."});
  CHECK(Sentences("Sie fragte: \"Wann?\" Niemand antwortete. „Bald“, hieß es.") ==
        Lines{"Sie fragte: \"Wann?\"", "Niemand antwortete.", "„Bald“, hieß es."});
}

TEST_CASE("every line break ends a sentence; empty lines give none") {
  const Article article = Split("Waffenruhe in Sicht\n\n  Die Parteien verhandeln weiter.  \r\nEin Abschluss ist offen\n");
  REQUIRE(article.sentences.size() == 3);
  const auto text_of = [&](const Sentence& s) { return article.text.substr(s.begin, s.end - s.begin); };
  CHECK(text_of(article.sentences[0]) == "Waffenruhe in Sicht");
  CHECK(text_of(article.sentences[1]) == "Die Parteien verhandeln weiter.");
  CHECK(text_of(article.sentences[2]) == "Ein Abschluss ist offen");
  CHECK(article.sentences[1].tokens.front().text == "Die");
  CHECK(article.sentences[1].tokens.back().text == ".");
}

TEST_CASE("headings are lines without final punctuation") {
  const Article article = Split(
      "Ukraines strategischer Rückzug\n"
      "Wer führt die Gespräche in Riad?\n"
      "Lawrow: Abkommen noch nachbessern\n"
      "Der Minister sagte:\n"
      "Sie erklärte: „Wir bleiben.“\n"
      "Selenskyj: „Kein Gebiet für Frieden“\n"
      "- Waffenruhe für Energieanlagen\n");
  REQUIRE(article.sentences.size() == 7);
  CHECK(article.sentences[0].is_heading);
  CHECK_FALSE(article.sentences[1].is_heading);
  CHECK(article.sentences[2].is_heading);
  CHECK_FALSE(article.sentences[3].is_heading);
  CHECK_FALSE(article.sentences[4].is_heading);
  CHECK(article.sentences[5].is_heading);
  CHECK_FALSE(article.sentences[6].is_heading);
  CHECK(article.sentences[6].tokens.front().text == "-");
}

TEST_CASE("segmentation starts at body_begin and replaces old sentences") {
  Article article = Split("date 2025-04 Die Runde beginnt. Sie dauert.", 13);
  REQUIRE(article.sentences.size() == 2);
  CHECK(article.sentences[0].begin == 13);
  Segment(article);
  CHECK(article.sentences.size() == 2);
}

TEST_CASE("NEL, vertical tab and form feed end lines as LF does") {
  CHECK(Sentences("Gespräche in Genf\xC2\x85" "Die Runde beginnt\vSie dauert\fEnde offen") ==
        Lines{"Gespräche in Genf", "Die Runde beginnt", "Sie dauert", "Ende offen"});
  CHECK(Sentences("Erste Zeile\u2028Zweite Zeile\u2029Dritte Zeile\r\nVierte Zeile") ==
        Lines{"Erste Zeile", "Zweite Zeile", "Dritte Zeile", "Vierte Zeile"});
}

// Issue 12: a sentence without end (a list, text without punctuation) is cut into pieces of
// at most kMaxSentenceTokens tokens, after a comma where one is near.
TEST_CASE("over-long sentences are cut, after a comma where one is near") {
  using newskg::text::kMaxSentenceTokens;
  std::string names;
  for (int i = 0; i < 300; ++i) names += "Anna Berger, Thomas Keller und Jana Wolf, ";
  const Article article = Split("Am Treffen nahmen teil: " + names + "alle aus Wien.");
  std::size_t tokens = 0;
  for (const Sentence& s : article.sentences) {
    CHECK(s.tokens.size() <= kMaxSentenceTokens);
    CHECK(s.tokens.size() > kMaxSentenceTokens / 2);
    tokens += s.tokens.size();
    if (&s != &article.sentences.back()) CHECK(s.tokens.back().text == ",");
    CHECK(s.begin == s.tokens.front().begin);
    CHECK(s.end == s.tokens.back().end);
  }
  CHECK(tokens == 5 + 300 * 9 + 4);
  CHECK(article.sentences.size() >= tokens / kMaxSentenceTokens);

  // Without commas: hard cuts every kMaxSentenceTokens tokens.
  std::string words;
  for (std::size_t i = 0; i < 2 * kMaxSentenceTokens + 7; ++i) words += "Wort ";
  const Article plain = Split(words);
  REQUIRE(plain.sentences.size() == 3);
  CHECK(plain.sentences[0].tokens.size() == kMaxSentenceTokens);
  CHECK(plain.sentences[1].tokens.size() == kMaxSentenceTokens);
  CHECK(plain.sentences[2].tokens.size() == 7);
  CHECK(plain.sentences[2].is_heading);
}
