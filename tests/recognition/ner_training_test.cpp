// Training the NER tagger on a small slice of GermEval: learning, determinism, save and load.
#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/input_error.h"
#include "recognition/ner/evaluation.h"
#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/lexicon.h"
#include "recognition/ner/tagger.h"
#include "recognition/ner/trainer.h"

namespace ner = newskg::recognition::ner;

namespace {

const std::vector<ner::LabeledSentence>& Slice() {
  static const std::vector<ner::LabeledSentence> slice = [] {
    auto all = ner::ReadGermEval(NEWSKG_SHARED_DIR "/data/germeval2014/NER-de-test.tsv");
    REQUIRE(all.size() == 5100);
    all.resize(400);
    return all;
  }();
  return slice;
}

const ner::Lexicon& ProjectLexicon() {
  static const ner::Lexicon lexicon = ner::Lexicon::FromDataDir(NEWSKG_SOURCE_DIR "/data");
  return lexicon;
}

ner::TrainResult TrainSlice(std::uint64_t seed) {
  ner::TrainOptions options;
  options.seed = seed;
  options.epochs = 4;
  return ner::Train(Slice(), {}, {}, ProjectLexicon(), options);
}

std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("newskg_ner_test_" + name);
}

}  // namespace

TEST_CASE("the lexicon holds the shipped gazetteers and first names", "[ner]") {
  const ner::Lexicon& lexicon = ProjectLexicon();
  CHECK((lexicon.Word("russland") & ner::kCountry) != 0);
  CHECK((lexicon.Word("moskau") & ner::kCity) != 0);
  CHECK((lexicon.Word("sybille") & ner::kFirstName) != 0);
  CHECK(lexicon.Word("widersprach") == 0);
  std::vector<std::string> lowers = {"flug", "nach", "buenos", "aires"};
  std::vector<std::uint8_t> classes, begins;
  lexicon.Match(lowers, classes, begins);
  CHECK(classes == std::vector<std::uint8_t>{0, 0, ner::kCity, ner::kCity});
  CHECK(begins == std::vector<std::uint8_t>{0, 0, 1, 0});
}

TEST_CASE("training on a slice learns it, deterministically", "[ner]") {
  ner::TrainResult first = TrainSlice(7);
  ner::TrainResult again = TrainSlice(7);
  CHECK(first.epochs == 4);
  CHECK(first.model.Serialize() == again.model.Serialize());

  ner::Tagger tagger(first.model);
  ner::ChunkMetric on_training = ner::Evaluate(tagger, Slice());
  CHECK(on_training.overall().gold > 300);
  CHECK(on_training.overall().F1() > 0.8);  // a perceptron fits its own training data
}

TEST_CASE("a saved model loads back and tags identically", "[ner]") {
  ner::TrainResult trained = TrainSlice(3);
  const std::filesystem::path path = TempPath("roundtrip.model");
  trained.model.Save(path);
  ner::Tagger loaded = ner::Tagger::Load(path);
  ner::Tagger original(trained.model);
  for (const auto& sentence : Slice()) {
    REQUIRE(loaded.Tag(sentence.tokens) == original.Tag(sentence.tokens));
  }
  std::vector<std::string> own = {"Am", "Dienstag", "sprach", "Kanzlerin", "Angela", "Merkel", "in",
                                  "Brüssel", "mit", "Vertretern", "der", "EU-Kommission", "."};
  CHECK(loaded.Tag(own) == original.Tag(own));
  CHECK(loaded.Tag({}).empty());
  std::filesystem::remove(path);
}

TEST_CASE("a bad or truncated model is refused with the file's name", "[ner]") {
  ner::TrainResult trained = TrainSlice(3);
  const std::string bytes = trained.model.Serialize();
  const std::filesystem::path path = TempPath("broken.model");
  auto write = [&](const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
  };
  auto expect_refused = [&](const std::string& fragment) {
    try {
      ner::Tagger::Load(path);
      FAIL("loaded a broken model");
    } catch (const newskg::InputError& error) {
      CHECK(error.file() == path.string());
      CHECK(std::string(error.what()).find(fragment) != std::string::npos);
    }
  };
  write(bytes.substr(0, bytes.size() / 2));
  expect_refused("truncated");
  write("PK\x03\x04 not a model at all");
  expect_refused("magic");
  std::string flipped = bytes;
  flipped[bytes.size() / 3] ^= 0x40;
  write(flipped);
  expect_refused("model");
  std::string other_version = bytes;
  other_version[8] = 9;
  write(other_version);
  expect_refused("version");
  std::filesystem::remove(path);
  CHECK_THROWS_AS(ner::Tagger::Load(TempPath("missing.model")), newskg::InputError);
}

TEST_CASE("members trained on other sentence orders average into one model", "[ner]") {
  ner::TrainOptions options;
  options.seed = 5;
  options.epochs = 3;
  options.members = 3;
  const ner::TrainResult three = ner::Train(Slice(), {}, {}, ProjectLexicon(), options);
  CHECK(three.model.Serialize() == ner::Train(Slice(), {}, {}, ProjectLexicon(), options).model.Serialize());
  options.members = 1;
  const ner::TrainResult one = ner::Train(Slice(), {}, {}, ProjectLexicon(), options);
  CHECK(three.model.Serialize() != one.model.Serialize());
  ner::Tagger tagger(three.model);
  CHECK(ner::Evaluate(tagger, Slice()).overall().F1() > 0.8);
}

TEST_CASE("auxiliary data of other conventions helps without imposing them", "[ner]") {
  // The auxiliary copy says "no names at all": added as plain training data it drags the model
  // towards O; through feature augmentation its conventions stay in weights the model drops.
  std::vector<ner::LabeledSentence> unlabelled = Slice();
  for (auto& sentence : unlabelled) {
    for (auto& tag : sentence.tags) tag.assign(1, 'O');  // not = "O": g++ 12 warns falsely (-Wrestrict)
  }
  ner::TrainOptions options;
  options.epochs = 4;
  std::vector<ner::LabeledSentence> mixed = Slice();
  mixed.insert(mixed.end(), unlabelled.begin(), unlabelled.end());
  const ner::TrainResult naive = ner::Train(mixed, {}, {}, ProjectLexicon(), options);
  const ner::TrainResult augmented = ner::Train(Slice(), unlabelled, {}, ProjectLexicon(), options);
  const double naive_f1 = ner::Evaluate(ner::Tagger(naive.model), Slice()).overall().F1();
  const double augmented_f1 = ner::Evaluate(ner::Tagger(augmented.model), Slice()).overall().F1();
  CHECK(augmented_f1 > 0.8);
  CHECK(augmented_f1 > naive_f1 + 0.1);
  CHECK(augmented.model.Serialize() ==
        ner::Train(Slice(), unlabelled, {}, ProjectLexicon(), options).model.Serialize());
}
