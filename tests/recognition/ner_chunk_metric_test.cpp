// The GermEval chunk metric on hand-made tag sequences with known precision and recall.
#include <catch.hpp>

#include "recognition/ner/chunk_metric.h"

using newskg::recognition::ner::Chunk;
using newskg::recognition::ner::ChunkMetric;
using newskg::recognition::ner::ExtractChunks;

TEST_CASE("chunks follow conlleval's reading of BIO", "[ner]") {
  // "Bundeskanzler Olaf Scholz reist mit der SPD-Spitze nach Paris"
  std::vector<std::string> tags = {"O", "B-PER", "I-PER", "O", "O", "O", "B-ORGpart", "O", "B-LOC"};
  std::vector<Chunk> chunks = ExtractChunks(tags);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0] == Chunk{1, 3, "PER"});
  CHECK(chunks[1] == Chunk{6, 7, "ORGpart"});
  CHECK(chunks[2] == Chunk{8, 9, "LOC"});
  // An I- tag that does not continue a chunk of its label starts a new one.
  std::vector<Chunk> stray = ExtractChunks({"B-PER", "I-LOC", "I-LOC", "O", "I-ORG"});
  REQUIRE(stray.size() == 3);
  CHECK(stray[1] == Chunk{1, 3, "LOC"});
  CHECK(stray[2] == Chunk{4, 5, "ORG"});
}

TEST_CASE("micro precision, recall and F1 over exact spans and labels", "[ner]") {
  ChunkMetric metric;
  // "Die Stadtwerke Kassel und der Hessische Rundfunk berichten über Frankfurt ."
  // gold: ORG "Stadtwerke Kassel", ORG "Hessische Rundfunk", LOC "Frankfurt"
  // predicted: ORG "Stadtwerke" (span too short), ORG "Hessische Rundfunk", LOC "Frankfurt"
  metric.Add({"O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"},
             {"O", "B-ORG", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"});
  // "Die russische Regierung widersprach Maria Sacharowa ."
  // gold: LOCderiv "russische", PER "Maria Sacharowa"; predicted: LOC "russische", PER ok
  metric.Add({"O", "B-LOCderiv", "O", "O", "B-PER", "I-PER", "O"},
             {"O", "B-LOC", "O", "O", "B-PER", "I-PER", "O"});
  const auto& overall = metric.overall();
  CHECK(overall.gold == 5);
  CHECK(overall.predicted == 6);
  CHECK(overall.correct == 3);
  CHECK(overall.Precision() == Approx(0.5));
  CHECK(overall.Recall() == Approx(0.6));
  CHECK(overall.F1() == Approx(2 * 0.5 * 0.6 / 1.1));

  CHECK(metric.by_label().at("ORG").correct == 1);
  CHECK(metric.by_label().at("ORG").predicted == 2);
  CHECK(metric.by_label().at("LOC").predicted == 3);
  CHECK(metric.by_label().at("LOC").gold == 1);
  CHECK(metric.by_label().at("LOCderiv").gold == 1);
  CHECK(metric.by_label().at("LOCderiv").correct == 0);
  // Folded: "russische" predicted as LOC counts for the LOC class.
  CHECK(metric.by_base_class().at("LOC").gold == 2);
  CHECK(metric.by_base_class().at("LOC").correct == 2);
  CHECK(metric.by_base_class().at("LOC").predicted == 3);

  std::string report = metric.Report();
  CHECK(report.find("overall     0.5000  0.6000  0.5455") != std::string::npos);
}

TEST_CASE("the metric refuses sentences of unequal length", "[ner]") {
  ChunkMetric metric;
  CHECK_THROWS(metric.Add({"O", "B-PER"}, {"O"}));
}
