// Tests of the exchange word clustering behind the NER tagger's cluster features.
#include <catch.hpp>

#include <sstream>

#include "recognition/ner/lexicon.h"
#include "recognition/ner/model.h"
#include "recognition/ner/tag_set.h"
#include "recognition/ner/word_clustering.h"

namespace ner = newskg::recognition::ner;

namespace {

std::vector<std::vector<std::string>> Corpus() {
  const char* text[] = {
      "Anna wohnt seit Jahren in Berlin .",   "Peter wohnt seit Jahren in Hamburg .",
      "Jonas wohnt seit Jahren in Leipzig .", "Anna arbeitet in Hamburg .",
      "Peter arbeitet in Leipzig .",          "Jonas arbeitet in Berlin .",
      "Gestern sprach Anna in Leipzig .",     "Gestern sprach Peter in Berlin .",
      "Gestern sprach Jonas in Hamburg .",
  };
  std::vector<std::vector<std::string>> sentences;
  for (const char* line : text) {
    std::istringstream words(line);
    std::vector<std::string> sentence;
    std::string word;
    while (words >> word) sentence.push_back(word);
    sentences.push_back(sentence);
  }
  return sentences;
}

}  // namespace

TEST_CASE("word clustering groups words with the same neighbours", "[ner]") {
  ner::ClusteringOptions options;
  options.classes = 4;
  options.min_count = 3;
  const std::map<std::string, int> classes = ner::ClusterWords(Corpus(), options);
  REQUIRE(classes.count("Berlin") == 1);
  CHECK(classes.count("wohnt") == 1);
  CHECK(classes.count("arbeitet") == 1);
  CHECK(classes.count("Gestern") == 1);
  CHECK(classes.count("Jahren") == 1);
  CHECK(classes.at("Berlin") == classes.at("Hamburg"));
  CHECK(classes.at("Berlin") == classes.at("Leipzig"));
  CHECK(classes.at("Anna") == classes.at("Peter"));
  CHECK(classes.at("Anna") == classes.at("Jonas"));
  CHECK(classes.at("Anna") != classes.at("Berlin"));
}

TEST_CASE("word clustering leaves rare words out and is deterministic", "[ner]") {
  ner::ClusteringOptions options;
  options.classes = 3;
  options.min_count = 4;
  const std::map<std::string, int> first = ner::ClusterWords(Corpus(), options);
  CHECK(first.count("arbeitet") == 0);  // seen three times
  CHECK(first.count("in") == 1);
  CHECK(first == ner::ClusterWords(Corpus(), options));
}

TEST_CASE("the shipped model carries its word clusters and name lexicon through a save and load", "[ner]") {
  // The cluster and SmartData name files are training inputs regenerated from ../shared; the
  // shipped model holds them hashed, so tagging needs neither file.
  const ner::Model shipped = ner::Model::Load(NEWSKG_SOURCE_DIR "/data/ner/germeval.model");
  const ner::Lexicon& lexicon = shipped.lexicon;
  const ner::WordClusterIds berlin = lexicon.Clusters("Berlin");
  CHECK(berlin.coarse != 0);
  CHECK(berlin.fine != 0);
  CHECK(lexicon.Clusters("Xyzzyquux").fine == 0);
  CHECK((lexicon.Word("siemens") & ner::kOrganization) != 0);
  CHECK((lexicon.Word("kreml") & ner::kOrganization) != 0);  // data/lexicons/organizations.tsv

  const ner::Model loaded = ner::Model::Deserialize(shipped.Serialize(), "memory");
  CHECK(loaded.lexicon.size() == lexicon.size());
  CHECK(loaded.lexicon.Clusters("Berlin").fine == berlin.fine);
  CHECK(loaded.lexicon.Clusters("Berlin").coarse == berlin.coarse);
}
