// Tagger: tags one tokenized sentence with GermEval BIO tags using a trained Model.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "recognition/ner/key_table.h"
#include "recognition/ner/model.h"

namespace newskg::recognition::ner {

class Tagger {
 public:
  // Throws InputError naming the file on a missing, bad or truncated model.
  static Tagger Load(const std::filesystem::path& path);
  explicit Tagger(Model model);

  // One tag per token: "O", "B-PER", "I-LOCderiv", ... Tokens as the project's tokenizer
  // gives them. Const and thread-safe.
  std::vector<std::string> Tag(const std::vector<std::string>& tokens) const;
  // The same as tag ids (see tag_set.h).
  std::vector<int> TagIds(const std::vector<std::string>& tokens) const;

  const Model& model() const { return model_; }

 private:
  // Rows of model_.weights padded to kRowStride tags: fixed-length rows let the compiler
  // vectorize the emission sums.
  static constexpr std::size_t kRowStride = 32;

  Model model_;
  KeyTable rows_;  // feature key -> row of model_.weights
  std::vector<std::int16_t> padded_weights_;
};

}  // namespace newskg::recognition::ner
