// Clauses, quotes and brackets of a sentence's words, on invented German news sentences.
#include <catch.hpp>

#include <string>
#include <vector>

#include "extraction/clauses.h"

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
