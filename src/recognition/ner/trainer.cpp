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

// Fisher-Yates with mt19937_64, whose output the standard fixes (std::shuffle's is not).
void Shuffle(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(order[i - 1], order[j]);
  }
}

}  // namespace

TrainResult Train(const std::vector<LabeledSentence>& train,
                  const std::vector<LabeledSentence>& auxiliary,
                  const std::vector<LabeledSentence>& tuning, const Lexicon& lexicon,
                  const TrainOptions& options) {
  // With auxiliary data every feature has three weights (Daume's feature augmentation): a shared
  // one, one seen only on `train`, one only on `auxiliary`. The model keeps shared + train.
  const bool augmented = !auxiliary.empty();
  std::unordered_map<std::uint32_t, std::uint32_t> id_of_key;
  std::unordered_map<std::uint32_t, std::uint32_t> twin_of_key[2];
  std::vector<std::uint32_t> key_of_id;
  std::vector<std::int64_t> main_twin_of_id;  // shared id -> its train-only id, -1 if none
  std::vector<bool> is_twin;
  std::vector<DenseSentence> sentences;
  sentences.reserve(train.size() + auxiliary.size());
  std::unordered_map<std::uint32_t, std::uint32_t> counts;
  std::vector<std::pair<const LabeledSentence*, int>> all;
  for (const LabeledSentence& sentence : train) all.emplace_back(&sentence, 0);
  for (const LabeledSentence& sentence : auxiliary) all.emplace_back(&sentence, 1);
  std::vector<SentenceFeatures> extracted(all.size());
  for (std::size_t s = 0; s < all.size(); ++s) {
    ExtractFeatures(all[s].first->tokens, lexicon, extracted[s]);
    if (options.min_count > 1) {
      for (std::uint32_t key : extracted[s].keys) ++counts[key];
    }
  }
  auto id_of = [&](std::unordered_map<std::uint32_t, std::uint32_t>& ids, std::uint32_t key, bool twin) {
    auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(key_of_id.size()));
    if (added) {
      key_of_id.push_back(key);
      main_twin_of_id.push_back(-1);
      is_twin.push_back(twin);
    }
    return it->second;
  };
  for (std::size_t s = 0; s < all.size(); ++s) {
    const auto [sentence, domain] = all[s];
    const SentenceFeatures& features = extracted[s];
    DenseSentence dense;
    dense.offsets.push_back(0);
    dense.ids.reserve(features.keys.size() * (augmented ? 2 : 1));
    for (std::size_t i = 0; i + 1 < features.offsets.size(); ++i) {
      for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
        std::uint32_t key = features.keys[k];
        if (options.min_count > 1 && counts[key] < static_cast<std::uint32_t>(options.min_count)) continue;
        const std::uint32_t id = id_of(id_of_key, key, false);
        dense.ids.push_back(id);
        if (augmented) {
          const std::uint32_t twin = id_of(twin_of_key[domain], key, true);
          if (domain == 0) main_twin_of_id[id] = twin;
          dense.ids.push_back(twin);
        }
      }
      dense.offsets.push_back(static_cast<std::uint32_t>(dense.ids.size()));
    }
    dense.gold = ToChunkTags(sentence->tags);
    sentences.push_back(std::move(dense));
    extracted[s] = SentenceFeatures{};
  }
  // Shared + train-only weights under the shared feature's key; domain-only rows emptied.
  auto fold_domains = [&](AveragedWeights& weights) {
    if (!augmented) return;
    for (std::size_t id = 0; id < key_of_id.size(); ++id) {
      double* row = &weights.emissions[id * kTagCount];
      if (is_twin[id]) continue;
      if (main_twin_of_id[id] >= 0) {
        const double* twin = &weights.emissions[static_cast<std::size_t>(main_twin_of_id[id]) * kTagCount];
        for (int t = 0; t < kTagCount; ++t) row[t] += twin[t];
      }
    }
    for (std::size_t id = 0; id < key_of_id.size(); ++id) {
      if (!is_twin[id]) continue;
      std::fill_n(&weights.emissions[id * kTagCount], kTagCount, 0.0);
    }
  };
  if (options.log) {
    *options.log << "training on " << sentences.size() << " sentences, " << key_of_id.size()
                 << " distinct features; tuning on " << tuning.size() << " sentences\n";
  }

  const bool choose_by_tuning = options.epochs <= 0 && !tuning.empty();
  const int epochs = options.epochs > 0 ? options.epochs
                     : choose_by_tuning ? options.max_epochs
                                        : TrainOptions::kDefaultEpochs;

  // One member per seed, each over its own sentence order; the first chooses the epochs when a
  // tuning set is given, the others train that many.
  auto train_member = [&](std::uint64_t seed, int member_epochs, bool choose, TrainResult& best,
                          AveragedWeights& sum) {
    AveragedPerceptron perceptron(key_of_id.size());
    std::mt19937_64 random(seed);
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<std::int32_t> emissions;
    std::vector<int> predicted;
    AveragedWeights best_weights;
    int since_best = 0;
    for (int epoch = 1; epoch <= member_epochs; ++epoch) {
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
      const bool last = epoch == member_epochs;
      if ((tuning.empty() || !choose) && !last) {
        if (options.log) *options.log << "seed " << seed << " epoch " << epoch << ": training token errors " << token_errors << "/" << tokens << "\n";
        continue;
      }
      AveragedWeights weights;
      weights.Resize(key_of_id.size());
      perceptron.AddAveragesTo(weights);
      fold_domains(weights);
      Model model = weights.ToModel(key_of_id, lexicon, options.prune, 1);
      double f1 = -1.0;
      if (!tuning.empty()) {
        Tagger tagger(model);
        f1 = Evaluate(tagger, tuning).overall().F1();
      }
      if (options.log) {
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        char line[200], score[40] = "";
        if (!tuning.empty()) std::snprintf(score, sizeof score, ", tuning F1 %.4f", f1);
        std::snprintf(line, sizeof line,
                      "seed %llu epoch %d: training token errors %zu/%zu, %zu features kept%s (%.1f s)\n",
                      static_cast<unsigned long long>(seed), epoch, token_errors, tokens,
                      model.keys.size(), score, seconds);
        *options.log << line << std::flush;
      }
      if (!choose) {
        if (last) best = TrainResult{std::move(model), epoch, f1};
        best_weights = std::move(weights);
        continue;
      }
      if (f1 > best.tuning_f1) {
        best = TrainResult{std::move(model), epoch, f1};
        best_weights = std::move(weights);
        since_best = 0;
      } else if (++since_best >= options.patience) {
        break;
      }
    }
    for (std::size_t i = 0; i < sum.emissions.size(); ++i) sum.emissions[i] += best_weights.emissions[i];
    for (std::size_t i = 0; i < sum.transitions.size(); ++i) sum.transitions[i] += best_weights.transitions[i];
  };

  TrainResult best;
  AveragedWeights sum;
  sum.Resize(key_of_id.size());
  train_member(options.seed, epochs, choose_by_tuning, best, sum);
  const int members = std::max(1, options.members);
  if (members > 1) {
    for (int m = 1; m < members; ++m) {
      TrainResult ignored;
      train_member(options.seed + static_cast<std::uint64_t>(m), best.epochs, false, ignored, sum);
    }
    best.model = sum.ToModel(key_of_id, lexicon, options.prune, members);
    if (!tuning.empty()) {
      Tagger tagger(best.model);
      best.tuning_f1 = Evaluate(tagger, tuning).overall().F1();
    }
    if (options.log) {
      *options.log << members << " members averaged";
      if (!tuning.empty()) *options.log << ", tuning F1 " << best.tuning_f1;
      *options.log << "\n";
    }
  }
  if (options.log) *options.log << "kept the model after epoch " << best.epochs << "\n";
  return best;
}

}  // namespace newskg::recognition::ner
