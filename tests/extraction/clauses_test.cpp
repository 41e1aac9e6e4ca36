// Clauses, quotes and brackets of a sentence's words, on invented German news sentences.
#include <catch.hpp>

#include <string>
#include <vector>

#include "extraction/clauses.h"
#include "text/utf8.h"

using newskg::extraction::QuotedTokens;

TEST_CASE("QuotedTokens: German quotes, and guillemets pointing in or out", "[extraction][clauses]") {
  const std::vector<std::string> low = {"Er", "sagte", "„", "Ja", "“", "und", "ging", "."};
  CHECK(QuotedTokens(low)[3]);
  CHECK_FALSE(QuotedTokens(low)[6]);
  // Swiss and Austrian text opens with «: "Laut «Politico» trafen sie sich."
  const std::vector<std::string> swiss = {"Laut", "«", "Politico", "»", "trafen", "sie", "sich", "."};
  CHECK(QuotedTokens(swiss)[2]);
  CHECK_FALSE(QuotedTokens(swiss)[4]);
  // German books and magazines open with ».
  const std::vector<std::string> german = {"Laut", "»", "Politico", "«", "trafen", "sie", "sich", "."};
  CHECK(QuotedTokens(german)[2]);
  CHECK_FALSE(QuotedTokens(german)[4]);
}

namespace {

std::vector<std::string> Fold(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.push_back(newskg::text::FoldForMatch(w));
  return out;
}

}  // namespace

TEST_CASE("SplitClauses: a relative clause after a name is one of its own, after a meeting's noun it is not",
          "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  const auto fold = Fold;
  // "Max Ott, der zugleich dem Rat der Partei angehört, traf Lena Graf."
  const std::vector<std::string> relative = {"Max", "Ott", ",", "der", "zugleich", "dem", "Rat", "der", "Partei",
                                             "angehört", ",", "traf", "Lena", "Graf", "."};
  const std::vector<int> c = SplitClauses(relative, fold(relative));
  CHECK(c[6] != 0);
  CHECK(c[12] == 0);
  // "Max Ott, der russische Präsident, traf Lena Graf.": an apposition.
  const std::vector<std::string> apposition = {"Max", "Ott", ",", "der", "russische", "Präsident", ",", "traf",
                                               "Lena", "Graf", "."};
  CHECK(SplitClauses(apposition, fold(apposition))[5] == 0);
  // "die Gespräche, die derzeit in Ulm weiterlaufen": the clause tells the meeting.
  const std::vector<std::string> meeting = {"Sie", "lobte", "die", "Gespräche", ",", "die", "derzeit", "in", "Ulm",
                                            "weiterlaufen", "."};
  const auto is_meeting = [&](std::size_t i) { return meeting[i] == "Gespräche"; };
  CHECK(SplitClauses(meeting, fold(meeting), is_meeting)[8] == 0);
}

TEST_CASE("SplitClauses: a preposition and a relative pronoun open a clause; a meeting's noun far back is no "
          "antecedent",
          "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  // "Nach dem Gespräch traf er Max Ott, mit dem er im Mai in Rom reden will."
  const std::vector<std::string> relative = {"Nach", "dem", "Gespräch", "traf", "er", "Max", "Ott", ",", "mit",
                                             "dem", "er", "im", "Mai", "in", "Rom", "reden", "will", "."};
  const auto is_meeting = [&](std::size_t i) { return relative[i] == "Gespräch"; };
  const std::vector<int> c = SplitClauses(relative, Fold(relative), is_meeting);
  CHECK(c[5] == 0);
  CHECK(c[14] != 0);  // "Rom"
  // "Er traf Max Ott, mit dem Ziel einer Einigung.": no clause.
  const std::vector<std::string> phrase = {"Er", "traf", "Max", "Ott", ",", "mit", "dem", "Ziel", "einer", "Einigung", "."};
  CHECK(SplitClauses(phrase, Fold(phrase))[7] == 0);
}

TEST_CASE("SplitClauses: a name set off by commas stays in its subordinate clause", "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  std::vector<std::string> words = {"Sie", "reist", "nach", "Ulm", ",", "wo", "sie", "mit", "dem", "Chef", ",",
                                    "Max", "Ott", ",", "sprechen", "will", ",", "sagte", "er", "."};
  const std::vector<int> c = SplitClauses(words, Fold(words));
  CHECK(c[7] != 0);          // "mit"
  CHECK(c[11] == c[7]);      // "Max"
  CHECK(c[14] == c[7]);      // "sprechen"
  CHECK(c[17] == 0);         // "sagte": the main clause again
}

TEST_CASE("SplitClauses: a subordinate clause may open after a dateline's dash", "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  std::vector<std::string> words = {"Ulm", "(", "dpa", ")", "-", "Während", "Max", "Ott", "sprach", ",",
                                    "aß", "Lena", "Graf", "."};
  const std::vector<int> c = SplitClauses(words, Fold(words));
  CHECK(c[6] != 0);       // "Max"
  CHECK(c[8] == c[6]);    // "sprach"
  CHECK(c[10] == 0);      // "aß": the main clause
}

TEST_CASE("SplitClauses: a party in brackets stays in its subordinate clause", "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  // "Sie aß, während sich Max Ott (SPD) und Lena Graf austauschten."
  std::vector<std::string> words = {"Sie", "aß", ",", "während", "sich", "Max", "Ott", "(", "SPD", ")",
                                    "und", "Lena", "Graf", "austauschten", "."};
  const std::vector<int> c = SplitClauses(words, Fold(words));
  CHECK(c[4] != 0);        // "sich"
  CHECK(c[10] == c[4]);    // "und"
  CHECK(c[13] == c[4]);    // "austauschten"
}

TEST_CASE("SplitClauses: a preposition and a relative pronoun before a noun open a clause that ends in its verb",
          "[extraction][clauses]") {
  using newskg::extraction::SplitClauses;
  // "Sie unterzeichneten eine Erklärung, nach der Drohnen in Ulm gebaut werden sollen."
  std::vector<std::string> words = {"Sie", "unterzeichneten", "eine", "Erklärung", ",", "nach", "der", "Drohnen",
                                    "in", "Ulm", "gebaut", "werden", "sollen", "."};
  std::vector<int> c = SplitClauses(words, Fold(words));
  CHECK(c[5] != 0);      // "nach"
  CHECK(c[12] == c[5]);  // "sollen"
  // "Sie trafen sich am Montag, nach der Sitzung des Rates.": a phrase ending in a noun.
  words = {"Sie", "trafen", "sich", "am", "Montag", ",", "nach", "der", "Sitzung", "des", "Rates", "."};
  c = SplitClauses(words, Fold(words));
  CHECK(c[6] == 0);
}
