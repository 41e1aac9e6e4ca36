#include "recognition/ner/trainer.h"

#include <algorithm>
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

// Training sentences over dense feature ids. With auxiliary data every feature has three
// weights (Daume's feature augmentation): a shared one, one seen only on the main data, one
// only on the auxiliary data; the model keeps shared + main.
struct TrainingSet {
  std::vector<DenseSentence> sentences;
  std::vector<std::uint32_t> key_of_id;
  std::vector<std::int64_t> main_twin_of_id;  // shared id -> its main-only id, -1 if none
  std::vector<bool> is_twin;                  // a main-only or auxiliary-only id
  bool augmented = false;
};

TrainingSet BuildTrainingSet(const std::vector<LabeledSentence>& train,
                             const std::vector<LabeledSentence>& auxiliary, const Lexicon& lexicon,
                             const TrainOptions& options) {
  TrainingSet set;
  set.augmented = !auxiliary.empty();
  std::vector<std::pair<const LabeledSentence*, int>> all;  // sentence, domain (0: main)
  for (const LabeledSentence& sentence : train) all.emplace_back(&sentence, 0);
  for (const LabeledSentence& sentence : auxiliary) all.emplace_back(&sentence, 1);

  std::vector<SentenceFeatures> extracted(all.size());
  std::unordered_map<std::uint32_t, std::uint32_t> counts;
  for (std::size_t s = 0; s < all.size(); ++s) {
    ExtractFeatures(all[s].first->tokens, lexicon, extracted[s]);
    if (options.min_count > 1) {
      for (std::uint32_t key : extracted[s].keys) ++counts[key];
    }
  }
  std::unordered_map<std::uint32_t, std::uint32_t> id_of_key;
  std::unordered_map<std::uint32_t, std::uint32_t> twin_of_key[2];
  auto id_of = [&](std::unordered_map<std::uint32_t, std::uint32_t>& ids, std::uint32_t key, bool twin) {
    auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(set.key_of_id.size()));
    if (added) {
      set.key_of_id.push_back(key);
      set.main_twin_of_id.push_back(-1);
      set.is_twin.push_back(twin);
    }
    return it->second;
  };
  set.sentences.reserve(all.size());
  for (std::size_t s = 0; s < all.size(); ++s) {
    const auto [sentence, domain] = all[s];
    const SentenceFeatures& features = extracted[s];
    DenseSentence dense;
    dense.offsets.push_back(0);
    dense.ids.reserve(features.keys.size() * (set.augmented ? 2 : 1));
    for (std::size_t i = 0; i + 1 < features.offsets.size(); ++i) {
      for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
        std::uint32_t key = features.keys[k];
        if (options.min_count > 1 && counts[key] < static_cast<std::uint32_t>(options.min_count)) continue;
        const std::uint32_t id = id_of(id_of_key, key, false);
        dense.ids.push_back(id);
        if (set.augmented) {
          const std::uint32_t twin = id_of(twin_of_key[domain], key, true);
          if (domain == 0) set.main_twin_of_id[id] = twin;
          dense.ids.push_back(twin);
        }
      }
      dense.offsets.push_back(static_cast<std::uint32_t>(dense.ids.size()));
    }
    dense.gold = ToChunkTags(sentence->tags);
    set.sentences.push_back(std::move(dense));
    extracted[s] = SentenceFeatures{};
  }
  return set;
}

// The perceptron's averaged weights; with auxiliary data, shared + main-only weights under the
// shared feature's key and the domain-only rows emptied.
AveragedWeights Averages(const TrainingSet& set, const AveragedPerceptron& perceptron) {
  AveragedWeights weights;
  weights.Resize(set.key_of_id.size());
  perceptron.AddAveragesTo(weights);
  if (!set.augmented) return weights;
  for (std::size_t id = 0; id < set.key_of_id.size(); ++id) {
    if (set.is_twin[id] || set.main_twin_of_id[id] < 0) continue;
    double* row = &weights.emissions[id * kTagCount];
    const double* twin = &weights.emissions[static_cast<std::size_t>(set.main_twin_of_id[id]) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) row[t] += twin[t];
  }
  for (std::size_t id = 0; id < set.key_of_id.size(); ++id) {
    if (set.is_twin[id]) std::fill_n(&weights.emissions[id * kTagCount], kTagCount, 0.0);
  }
  return weights;
}

// Fisher-Yates with mt19937_64, whose output the standard fixes (std::shuffle's is not).
void Shuffle(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(order[i - 1], order[j]);
  }
}

struct MemberResult {
  AveragedWeights weights;
  int epochs = 0;
};

// One perceptron over `seed`'s sentence orders: trained `epochs` epochs, or, given `choose_on`,
// scored on it after each epoch and kept at its best one (stopping after options.patience
// epochs without a better score).
MemberResult TrainMember(const TrainingSet& set, std::uint64_t seed, int epochs,
                         const std::vector<LabeledSentence>* choose_on, const Lexicon& lexicon,
                         const TrainOptions& options) {
  AveragedPerceptron perceptron(set.key_of_id.size());
  std::mt19937_64 random(seed);
  std::vector<std::size_t> order(set.sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::int32_t> emissions;
  std::vector<int> predicted;
  MemberResult best;
  double best_f1 = -1.0;
  int since_best = 0;
  bool stop = false;
  for (int epoch = 1; epoch <= epochs && !stop; ++epoch) {
    const auto started = std::chrono::steady_clock::now();
    Shuffle(order, random);
    std::size_t token_errors = 0, tokens = 0;
    for (std::size_t index : order) {
      const DenseSentence& sentence = set.sentences[index];
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
    char line[200];
    std::snprintf(line, sizeof line, "seed %llu epoch %d: training token errors %zu/%zu",
                  static_cast<unsigned long long>(seed), epoch, token_errors, tokens);
    std::string message = line;
    if (choose_on == nullptr) {
      if (epoch == epochs) best = MemberResult{Averages(set, perceptron), epoch};
    } else {
      AveragedWeights weights = Averages(set, perceptron);
      const Model model = weights.ToModel(set.key_of_id, lexicon, options.prune, 1);
      const double f1 = Evaluate(Tagger(model), *choose_on).overall().F1();
      std::snprintf(line, sizeof line, ", %zu features kept, tuning F1 %.4f", model.keys.size(), f1);
      message += line;
      if (f1 > best_f1) {
        best = MemberResult{std::move(weights), epoch};
        best_f1 = f1;
        since_best = 0;
      } else {
        stop = ++since_best >= options.patience;
      }
    }
    if (options.log) {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::snprintf(line, sizeof line, " (%.1f s)\n", seconds);
      *options.log << message << line << std::flush;
    }
  }
  return best;
}

}  // namespace

TrainResult Train(const std::vector<LabeledSentence>& train,
                  const std::vector<LabeledSentence>& auxiliary,
                  const std::vector<LabeledSentence>& tuning, const Lexicon& lexicon,
                  const TrainOptions& options) {
  const TrainingSet set = BuildTrainingSet(train, auxiliary, lexicon, options);
  if (options.log) {
    *options.log << "training on " << set.sentences.size() << " sentences, " << set.key_of_id.size()
                 << " distinct features; tuning on " << tuning.size() << " sentences\n";
  }
  const bool choose_by_tuning = options.epochs <= 0 && !tuning.empty();
  const int epochs = options.epochs > 0 ? options.epochs
                     : choose_by_tuning ? options.max_epochs
                                        : TrainOptions::kDefaultEpochs;

  // One member per seed, each over its own sentence orders; the first chooses the epochs when
  // a tuning set is given, the others train that many. Their averages are summed.
  MemberResult first = TrainMember(set, options.seed, epochs, choose_by_tuning ? &tuning : nullptr,
                                   lexicon, options);
  AveragedWeights sum = std::move(first.weights);
  const int members = std::max(1, options.members);
  for (int m = 1; m < members; ++m) {
    const MemberResult member = TrainMember(set, options.seed + static_cast<std::uint64_t>(m),
                                            first.epochs, nullptr, lexicon, options);
    for (std::size_t i = 0; i < sum.emissions.size(); ++i) sum.emissions[i] += member.weights.emissions[i];
    for (std::size_t i = 0; i < sum.transitions.size(); ++i) sum.transitions[i] += member.weights.transitions[i];
  }

  TrainResult result;
  result.model = sum.ToModel(set.key_of_id, lexicon, options.prune, members);
  result.epochs = first.epochs;
  if (!tuning.empty()) result.tuning_f1 = Evaluate(Tagger(result.model), tuning).overall().F1();
  if (options.log) {
    *options.log << members << (members == 1 ? " member" : " members averaged") << ", "
                 << result.model.keys.size() << " features kept";
    if (!tuning.empty()) *options.log << ", tuning F1 " << result.tuning_f1;
    *options.log << "; epochs: " << result.epochs << "\n";
  }
  return result;
}

}  // namespace newskg::recognition::ner
