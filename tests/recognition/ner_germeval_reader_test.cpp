// Reading GermEval TSV (own sentences) and writing predictions beside the input columns.
#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/input_error.h"
#include "recognition/ner/germeval_reader.h"

namespace ner = newskg::recognition::ner;

namespace {

std::filesystem::path WriteTemp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("newskg_ner_reader_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const char* kOwnSentences =
    "#\thttp://example.org/nachricht\t[2024-03-01]\t\n"
    "1\tDie\tO\tO\n"
    "2\tBremer\tB-LOCderiv\tO\n"
    "3\tStadtwerke\tO\tO\n"
    "4\tsenken\tO\tO\n"
    "5\tdie\tO\tO\n"
    "6\tPreise\tO\tO\n"
    "7\t.\tO\tO\t\n"
    "\n"
    "#\thttp://example.org/nachricht\t[2024-03-01]\t\n"
    "1\tJana\tB-PER\tO\n"
    "2\tKowalski\tI-PER\tO\n"
    "3\tleitet\tO\tO\n"
    "4\tdas\tO\tO\n"
    "5\tWerk\tO\tO\n";

}  // namespace

TEST_CASE("GermEval TSV: comments, outer tags, trailing empty fields", "[ner]") {
  auto path = WriteTemp("own.tsv", kOwnSentences);
  auto sentences = ner::ReadGermEval(path);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].comments.size() == 1);
  CHECK(sentences[0].tokens.size() == 7);
  CHECK(sentences[0].tags[1] == "B-LOCderiv");
  CHECK(sentences[0].lines[6] == "7\t.\tO\tO");
  CHECK(sentences[1].tokens == std::vector<std::string>{"Jana", "Kowalski", "leitet", "das", "Werk"});

  auto predictions = std::filesystem::temp_directory_path() / "newskg_ner_reader_predicted.tsv";
  ner::WritePredictions(predictions, sentences,
                        {{"O", "B-LOC", "O", "O", "O", "O", "O"}, {"B-PER", "I-PER", "O", "O", "O"}});
  std::string written = ReadAll(predictions);
  CHECK(written.find("2\tBremer\tB-LOCderiv\tO\tB-LOC\n") != std::string::npos);
  CHECK(written.find("5\tWerk\tO\tO\tO\n") != std::string::npos);
  CHECK(written.find("\n\n#\thttp://example.org/nachricht") != std::string::npos);
  CHECK(!std::filesystem::exists(predictions.string() + ".tmp"));
  std::filesystem::remove(predictions);
  std::filesystem::remove(path);
}

TEST_CASE("two-column files are read too; unknown tags are refused with the line", "[ner]") {
  auto two = WriteTemp("two.tsv", "Lena\tB-PER\nlacht\tO\n\nKöln\tB-LOC\n");
  auto sentences = ner::ReadGermEval(two);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].tags == std::vector<std::string>{"B-LOC"});

  auto bad = WriteTemp("bad.tsv", "1\tLena\tB-PER\tO\n2\tlacht\tB-MISC\tO\n");
  try {
    ner::ReadGermEval(bad);
    FAIL("accepted an unknown tag");
  } catch (const newskg::InputError& error) {
    CHECK(error.file() == bad.string());
    CHECK(std::string(error.what()).find("line 2") != std::string::npos);
  }
  std::filesystem::remove(two);
  std::filesystem::remove(bad);
}
