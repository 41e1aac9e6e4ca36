// The German word list behind the tagger's known-word features, and models that depend on it.
#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "common/input_error.h"
#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/lexicon.h"
#include "recognition/ner/tagger.h"
#include "recognition/ner/trainer.h"
#include "recognition/ner/word_form.h"
#include "recognition/ner/word_list.h"

namespace ner = newskg::recognition::ner;

namespace {

std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("newskg_word_list_test_" + name);
}

std::filesystem::path WriteList(const std::string& name, const std::string& words) {
  const std::filesystem::path path = TempPath(name);
  std::ofstream(path, std::ios::binary) << words;
  return path;
}

const std::string kWords = "Haus\nHäuser\ndie\nder\nKrieg\nSchreiben\nschreiben\nNATO\nÖl\n";
// hunspell .dic: a count line, stems with flags, a tab-indented comment.
const std::string kStems = "5\nHaus/Tpmij\nMoskau/Sm\n\tcomment\ngehen/DIVXW\ngehen/Sozm\nMerkel/S\n";

ner::WordListPaths WriteLists(const std::string& name, const std::string& words,
                              const std::string& stems = kStems) {
  return ner::WordListPaths{WriteList(name + ".forms", words), WriteList(name + ".dic", stems)};
}

std::vector<ner::LabeledSentence> Sentences(std::size_t count) {
  auto all = ner::ReadGermEval(NEWSKG_SHARED_DIR "/data/germeval2014/NER-de-test.tsv");
  all.resize(count);
  return all;
}

}  // namespace

TEST_CASE("the word list tells known words, sentence-initial function words and compounds", "[ner]") {
  const ner::WordList list = ner::WordList::Load(WriteLists("small", kWords));
  CHECK(list.Classify("Haus", "haus") == (ner::kSpelledSo | ner::kCapitalizedEntry));
  CHECK(list.Classify("Häuser", "häuser") == (ner::kSpelledSo | ner::kCapitalizedEntry));
  CHECK(list.Classify("HAUS", "haus") == ner::kCapitalizedEntry);
  CHECK(list.Classify("Die", "die") == ner::kLowerEntry);
  CHECK(list.Classify("Schreiben", "schreiben") ==
        (ner::kSpelledSo | ner::kCapitalizedEntry | ner::kLowerEntry));
  CHECK(list.Classify("Nato", "nato") == ner::kCapitalizedEntry);
  CHECK(list.Classify("Öl", "öl") == (ner::kSpelledSo | ner::kCapitalizedEntry));
  // Unknown words: a compound of known ones (with a linking "s") is told from a name.
  CHECK(list.Classify("Kriegsschreiben", "kriegsschreiben") == ner::kCompoundOfKnown);
  CHECK(list.Classify("Kriegshäuser", "kriegshäuser") == ner::kCompoundOfKnown);
  CHECK(list.Classify("Erkensruhr", "erkensruhr") == 0);
  CHECK(list.Classify("Pischetsrieder", "pischetsrieder") == 0);
  CHECK(ner::WordList().Classify("Haus", "haus") == 0);
}

TEST_CASE("stems' hunspell flags tell names from nouns, also when inflected", "[ner]") {
  const ner::WordList list = ner::WordList::Load(WriteLists("stems", kWords));
  const std::uint32_t moskau = list.StemFlags("Moskau");
  CHECK(moskau > ner::WordList::kNoStem);
  CHECK(list.StemFlags("Haus") != moskau);
  CHECK(list.StemFlags("Merkel") != moskau);  // "S" differs from "Sm"
  CHECK(list.StemFlags("Moskaus") != ner::WordList::kNoStem);
  CHECK(list.StemFlags("Moskaus") != moskau);   // the ending is part of the value
  CHECK(list.StemFlags("Moskaus") != list.StemFlags("Hauses"));
  CHECK(list.StemFlags("Erkensruhr") == ner::WordList::kNoStem);
  CHECK(list.StemFlags("comment") == ner::WordList::kNoStem);
  // A stem listed twice has one value whatever the order of its lines.
  const ner::WordList swapped = ner::WordList::Load(
      WriteLists("swapped", kWords, "5\nHaus/Tpmij\nMoskau/Sm\ngehen/Sozm\ngehen/DIVXW\nMerkel/S\n"));
  CHECK(swapped.StemFlags("gehen") == list.StemFlags("gehen"));
  CHECK(ner::WordList().StemFlags("Moskau") == 0);
}

TEST_CASE("the word lists' fingerprint follows their bytes; a missing list names its file", "[ner]") {
  const ner::WordList first = ner::WordList::Load(WriteLists("a", kWords));
  const ner::WordList same = ner::WordList::Load(WriteLists("b", kWords));
  const ner::WordList other = ner::WordList::Load(WriteLists("c", kWords + "Brot\n"));
  const ner::WordList other_stems = ner::WordList::Load(WriteLists("d", kWords, kStems + "Brot/Sm\n"));
  CHECK(first.fingerprint() != 0);
  CHECK(first.fingerprint() == same.fingerprint());
  CHECK(first.fingerprint() != other.fingerprint());
  CHECK(first.fingerprint() != other_stems.fingerprint());
  try {
    ner::WordList::Load(ner::WordListPaths{TempPath("absent"), TempPath("a.dic")});
    FAIL("loaded a missing list");
  } catch (const newskg::InputError& error) {
    CHECK(error.file() == TempPath("absent").string());
  }
}

TEST_CASE("lower-casing Latin-1 without ICU agrees with ICU's German rules", "[ner]") {
  for (char32_t c = 0x20; c <= 0xFF; ++c) {
    if (c >= 0x7F && c < 0xA0) continue;
    icu::UnicodeString text(static_cast<UChar32>(c));
    text.append(static_cast<UChar32>('A'));
    std::string word;
    text.toUTF8String(word);
    std::string expected;
    text.toLower(icu::Locale::getGerman()).toUTF8String(expected);
    INFO("code point " << static_cast<unsigned>(c));
    CHECK(ner::Lower(word) == expected);
  }
  CHECK(ner::Lower("ÄRGER ÜBER ÖSTERREICH") == "ärger über österreich");
  CHECK(ner::Lower("Łódź") == "łódź");  // beyond Latin-1: ICU
}

TEST_CASE("a model trained with word lists needs those lists to load", "[ner]") {
  const ner::WordListPaths list_path = WriteLists("model", kWords);
  const ner::Lexicon lexicon = ner::Lexicon::FromDataDir(NEWSKG_SOURCE_DIR "/data", list_path);
  REQUIRE(lexicon.word_list_fingerprint() != 0);
  ner::TrainOptions options;
  options.epochs = 2;
  const ner::TrainResult trained = ner::Train(Sentences(200), {}, {}, lexicon, options);
  const std::filesystem::path model_path = TempPath("with_list.model");
  trained.model.Save(model_path);

  const ner::Tagger original(trained.model);
  const ner::Tagger loaded = ner::Tagger::Load(model_path, list_path);
  for (const auto& sentence : Sentences(200)) {
    REQUIRE(loaded.Tag(sentence.tokens) == original.Tag(sentence.tokens));
  }
  try {
    ner::Tagger::Load(model_path, ner::WordListPaths{list_path.forms, TempPath("no_such.dic")});
    FAIL("loaded without its word list");
  } catch (const newskg::InputError& error) {
    CHECK(error.file() == TempPath("no_such.dic").string());
    CHECK(std::string(error.what()).find("hunspell-de-de") != std::string::npos);
  }
  const ner::WordListPaths changed = WriteLists("changed", kWords + "Brot\n");
  try {
    ner::Tagger::Load(model_path, changed);
    FAIL("loaded with other word lists");
  } catch (const newskg::InputError& error) {
    CHECK(error.file() == changed.forms.string());
    CHECK(std::string(error.what()).find("retrain") != std::string::npos);
  }
  const ner::Model bare = ner::Model::Deserialize(trained.model.Serialize(), "memory");
  CHECK(bare.lexicon.NeedsWordList());
  CHECK_THROWS_AS(ner::Tagger(bare), std::invalid_argument);
  std::filesystem::remove(model_path);
}
