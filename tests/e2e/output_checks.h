// Checks of a build's outputs by independent readers: rapper for Turtle and N-Triples,
// xmllint against the structure schemas for GraphML and GEXF.
#pragma once

#include <catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "e2e/run_newskg.h"

namespace newskg::testing {

// The number of triples rapper parses from `file` (`syntax`: turtle, ntriples); fails the test
// when rapper refuses the file.
inline long RapperCount(const std::string& syntax, const std::filesystem::path& file) {
  const RunResult run = RunShell("rapper -i " + syntax + " -c " + ShellQuote(file.string()), "/");
  INFO(file << ": " << run.out << run.err);
  REQUIRE(run.exit_code == 0);
  // rapper -c prints "rapper: Parsing returned N triples".
  const std::string output = run.out + run.err;
  std::smatch match;
  REQUIRE(std::regex_search(output, match, std::regex("returned ([0-9]+) triple")));
  return std::stol(match[1]);
}

// Checks `file` against schema/<schema> (graphml-structure.xsd, gexf-structure.xsd).
inline void Xmllint(const std::string& schema, const std::filesystem::path& file) {
  const std::string schema_file = std::string(NEWSKG_SOURCE_DIR) + "/schema/" + schema;
  const RunResult run = RunShell("xmllint --noout --schema " + ShellQuote(schema_file) + " " +
                                     ShellQuote(file.string()), "/");
  INFO(file << ": " << run.err);
  CHECK(run.exit_code == 0);
}

}  // namespace newskg::testing
