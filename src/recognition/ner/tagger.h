// Tagger: tags one tokenized sentence with GermEval BIO tags using a trained Model.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "recognition/ner/model.h"
#include "recognition/ner/weight_table.h"

namespace newskg::recognition::ner {

class Tagger {
 public:
  // Throws InputError naming the file on a missing, bad or truncated model (or word list).
  static Tagger Load(const std::filesystem::path& path, const WordListPaths& word_lists = {});
  // Throws std::invalid_argument when the model still lacks its word list.
  explicit Tagger(Model model);

  // One BIO tag per token: "O", "B-PER", "I-LOCderiv", ... Tokens as the project's tokenizer
  // gives them. Const and thread-safe.
  std::vector<std::string> Tag(const std::vector<std::string>& tokens) const;
  // The same as BILOU tag ids (see tag_set.h).
  std::vector<int> TagIds(const std::vector<std::string>& tokens) const;

 private:
  Lexicon lexicon_;
  std::vector<std::int32_t> transitions_;
  WeightTable weights_;
};

}  // namespace newskg::recognition::ner
