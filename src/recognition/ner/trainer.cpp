#include "recognition/ner/trainer.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <unordered_map>

#include "recognition/ner/evaluation.h"
#include "recognition/ner/features.h"
#include "recognition/ner/perceptron.h"
#include "recognition/ner/tag_set.h"
#include "recognition/ner/tagger.h"
#include "recognition/ner/viterbi.h"

namespace newskg::recognition::ner {
namespace {

// Gold tags as ids, an I-X that does not continue an X chunk read as B-X (as the metric does).
std::vector<int> GoldIds(const std::vector<std::string>& tags) {
  std::vector<int> ids;
  for (const std::string& tag : tags) {
    int id = *ParseTag(tag);
    int previous = ids.empty() ? kOutside : ids.back();
    if (IsInside(id) && !TransitionAllowed(previous, id)) id = BeginOf(LabelOf(id));
    ids.push_back(id);
  }
  return ids;
}

// Fisher-Yates with mt19937_64, whose output the standard fixes (std::shuffle's is not).
void Shuffle(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(order[i - 1], order[j]);
  }
}

}  // namespace

TrainResult Train(const std::vector<LabeledSentence>& train,
                  const std::vector<LabeledSentence>& tuning, const Lexicon& lexicon,
                  const TrainOptions& options) {
  std::unordered_map<std::uint32_t, std::uint32_t> id_of_key;
  std::vector<std::uint32_t> key_of_id;
  std::vector<DenseSentence> sentences;
  sentences.reserve(train.size());
  std::vector<SentenceFeatures> extracted(train.size());
  std::unordered_map<std::uint32_t, std::uint32_t> counts;
  for (std::size_t s = 0; s < train.size(); ++s) {
    ExtractFeatures(train[s].tokens, lexicon, extracted[s]);
    if (options.min_count > 1) {
      for (std::uint32_t key : extracted[s].keys) ++counts[key];
    }
  }
  for (std::size_t s = 0; s < train.size(); ++s) {
    const LabeledSentence& sentence = train[s];
    const SentenceFeatures& features = extracted[s];
    DenseSentence dense;
    dense.offsets.push_back(0);
    dense.ids.reserve(features.keys.size());
    for (std::size_t i = 0; i + 1 < features.offsets.size(); ++i) {
      for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
        std::uint32_t key = features.keys[k];
        if (options.min_count > 1 && counts[key] < static_cast<std::uint32_t>(options.min_count)) continue;
        auto [it, added] = id_of_key.emplace(key, static_cast<std::uint32_t>(key_of_id.size()));
        if (added) key_of_id.push_back(key);
        dense.ids.push_back(it->second);
      }
      dense.offsets.push_back(static_cast<std::uint32_t>(dense.ids.size()));
    }
    dense.gold = GoldIds(sentence.tags);
    sentences.push_back(std::move(dense));
    extracted[s] = SentenceFeatures{};
  }
  if (options.log) {
    *options.log << "training on " << sentences.size() << " sentences, " << key_of_id.size()
                 << " distinct features; tuning on " << tuning.size() << " sentences\n";
  }

  const bool choose_by_tuning = options.epochs <= 0 && !tuning.empty();
  const int epochs = options.epochs > 0 ? options.epochs
                     : choose_by_tuning ? options.max_epochs
                                        : TrainOptions::kDefaultEpochs;

  AveragedPerceptron perceptron(key_of_id.size());
  std::mt19937_64 random(options.seed);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::int32_t> emissions;
  std::vector<int> predicted;

  TrainResult best;
  int since_best = 0;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    const auto started = std::chrono::steady_clock::now();
    Shuffle(order, random);
    std::size_t token_errors = 0, tokens = 0;
    for (std::size_t index : order) {
      const DenseSentence& sentence = sentences[index];
      perceptron.Emissions(sentence, emissions);
      if (options.margin > 0 || options.entity_margin > 0) {
        for (std::size_t i = 0; i < sentence.gold.size(); ++i) {
          const int gold = sentence.gold[i];
          const std::int32_t bonus = gold == kOutside ? options.margin : options.entity_margin;
          for (int t = 0; t < kTagCount; ++t) {
            if (t != gold) emissions[i * kTagCount + static_cast<std::size_t>(t)] += bonus;
          }
        }
      }
      Viterbi(emissions, sentence.gold.size(), perceptron.transitions(), predicted);
      for (std::size_t i = 0; i < predicted.size(); ++i) token_errors += predicted[i] != sentence.gold[i];
      tokens += predicted.size();
      perceptron.Learn(sentence, predicted);
    }
    const bool last = epoch == epochs;
    if (tuning.empty() && !last) {
      if (options.log) *options.log << "epoch " << epoch << ": training token errors " << token_errors << "/" << tokens << "\n";
      continue;
    }
    Model model = perceptron.ToModel(key_of_id, lexicon, options.prune);
    double f1 = -1.0;
    if (!tuning.empty()) {
      Tagger tagger(model);
      f1 = Evaluate(tagger, tuning).overall().F1();
    }
    if (options.log) {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      char line[200];
      std::snprintf(line, sizeof line,
                    "epoch %d: training token errors %zu/%zu, %zu features kept, tuning F1 %.4f (%.1f s)\n",
                    epoch, token_errors, tokens, model.keys.size(), f1, seconds);
      *options.log << line << std::flush;
    }
    if (!choose_by_tuning) {
      if (last) best = TrainResult{std::move(model), epoch, f1};
      continue;
    }
    if (f1 > best.tuning_f1) {
      best = TrainResult{std::move(model), epoch, f1};
      since_best = 0;
    } else if (++since_best >= options.patience) {
      break;
    }
  }
  if (options.log) *options.log << "kept the model after epoch " << best.epochs << "\n";
  return best;
}

}  // namespace newskg::recognition::ner
