// Train: averaged-perceptron training of the NER Model, with epoch choice on a tuning set.
#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/lexicon.h"
#include "recognition/ner/model.h"

namespace newskg::recognition::ner {

struct TrainOptions {
  std::uint64_t seed = 1;  // sentence order of each epoch
  int epochs = 0;          // 0: best epoch on the tuning set (or kDefaultEpochs without one)
  int max_epochs = 20;     // when choosing by the tuning set
  int patience = 3;        // stop after this many epochs without a better tuning F1
  double prune = 0.1;      // averaged weights of smaller magnitude are dropped
  int min_count = 1;       // features seen fewer times in the training data are ignored
  // Cost-augmented decoding while training: every wrong tag of a token gets this bonus (in weight
  // units), entity tokens' wrong tags entity_margin, so updates continue until gold wins by a margin.
  int margin = 0;
  int entity_margin = 0;
  // Members trained on different sentence orders (seeds seed, seed + 1, ...) whose averaged
  // weights are summed: less variance, same tagging cost.
  int members = 1;
  std::ostream* log = nullptr;  // one line per epoch

  static constexpr int kDefaultEpochs = 10;
};

struct TrainResult {
  Model model;
  int epochs = 0;            // epochs of the returned model
  double tuning_f1 = -1.0;   // its micro F1 on the tuning set, -1 without one
};

// Deterministic: the same inputs and options give a byte-identical model.
// `auxiliary` (may be empty): labelled text of another kind (other annotation guidelines, fewer
// labels) that helps through shared weights without its own conventions reaching the model.
TrainResult Train(const std::vector<LabeledSentence>& train,
                  const std::vector<LabeledSentence>& auxiliary,
                  const std::vector<LabeledSentence>& tuning, const Lexicon& lexicon,
                  const TrainOptions& options);

}  // namespace newskg::recognition::ner
