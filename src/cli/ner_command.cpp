#include "cli/ner_command.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <memory>
#include <string>
#include <vector>

#include "common/input_error.h"
#include "common/atomic_file.h"
#include "recognition/ner/evaluation.h"
#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/lexicon.h"
#include "recognition/ner/tagger.h"
#include "recognition/ner/trainer.h"
#include "recognition/ner/word_clustering.h"

namespace newskg::cli {
namespace {

namespace ner = newskg::recognition::ner;

struct TrainArguments {
  bool force = false;
  std::vector<std::string> train_files;
  std::vector<std::string> auxiliary_files;
  std::string tuning_file;
  std::size_t holdout = 0;
  std::string output;
  ner::TrainOptions options;
};

struct ClusterArguments {
  bool force = false;
  std::string corpus;
  std::string output;
  std::size_t coarse = 64;
  std::size_t fine = 512;
  ner::ClusteringOptions options;
};

struct EvalArguments {
  bool force = false;
  std::string model;
  std::string file;
  std::string predictions;
};

// Outputs are never replaced unless asked: checked before any work is done.
void RefuseExisting(const std::string& path, bool force) {
  if (!path.empty() && !force && std::filesystem::exists(path)) {
    throw InputError(path, "already exists (use --force to overwrite)");
  }
}

std::vector<ner::LabeledSentence> ReadAll(const std::vector<std::string>& files) {
  std::vector<ner::LabeledSentence> all;
  for (const std::string& file : files) {
    std::vector<ner::LabeledSentence> part = ner::ReadGermEval(file);
    all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return all;
}

void RunTrain(const TrainArguments& args, const std::filesystem::path& data_dir) {
  RefuseExisting(args.output, args.force);
  const auto started = std::chrono::steady_clock::now();
  std::vector<ner::LabeledSentence> train = ReadAll(args.train_files);
  std::vector<ner::LabeledSentence> tuning;
  if (!args.tuning_file.empty()) tuning = ner::ReadGermEval(args.tuning_file);
  if (args.holdout > 1) {
    std::vector<ner::LabeledSentence> kept;
    ner::SplitEvery(train, args.holdout, kept, tuning);
    train = std::move(kept);
  }
  if (train.empty()) throw InputError(args.train_files.front(), "no training sentences");
  ner::Lexicon lexicon = ner::Lexicon::FromDataDir(data_dir);
  ner::TrainOptions options = args.options;
  options.log = &std::cerr;
  std::vector<ner::LabeledSentence> auxiliary = ReadAll(args.auxiliary_files);
  ner::TrainResult result = ner::Train(train, auxiliary, tuning, lexicon, options);
  result.model.Save(args.output);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "wrote " << args.output << ": " << result.epochs << " epochs, "
            << result.model.keys.size() << " features, " << lexicon.size() << " lexicon entries";
  if (result.tuning_f1 >= 0) std::cout << ", tuning F1 " << result.tuning_f1;
  std::cout << ", " << seconds << " s\n";
}

// Corpus: one sentence per line, tokens separated by spaces.
void RunClusters(const ClusterArguments& args) {
  RefuseExisting(args.output, args.force);
  std::ifstream in(args.corpus, std::ios::binary);
  if (!in) throw InputError(args.corpus, "cannot open corpus");
  std::vector<std::vector<std::string>> sentences;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::vector<std::string> sentence;
    std::string word;
    while (words >> word) sentence.push_back(word);
    if (!sentence.empty()) sentences.push_back(std::move(sentence));
  }
  if (sentences.empty()) throw InputError(args.corpus, "no sentences");
  ner::ClusteringOptions options = args.options;
  options.classes = args.coarse;
  const std::map<std::string, int> coarse = ner::ClusterWords(sentences, options);
  options.classes = args.fine;
  const std::map<std::string, int> fine = ner::ClusterWords(sentences, options);
  std::string text = "word\tcoarse\tfine\n";
  for (const auto& [word, cls] : fine) {
    text += word + "\t" + std::to_string(coarse.at(word)) + "\t" + std::to_string(cls) + "\n";
  }
  common::WriteFileAtomically(args.output, text, common::Overwrite::kAllow);
  std::cout << "wrote " << args.output << ": " << fine.size() << " words from " << sentences.size()
            << " sentences\n";
}

void RunEval(const EvalArguments& args, const std::filesystem::path& data_dir) {
  RefuseExisting(args.predictions, args.force);
  const std::filesystem::path model_path =
      args.model.empty() ? data_dir / "ner" / "germeval.model" : std::filesystem::path(args.model);
  ner::Tagger tagger = ner::Tagger::Load(model_path);
  std::vector<ner::LabeledSentence> sentences = ner::ReadGermEval(args.file);
  std::vector<std::vector<std::string>> predicted;
  ner::ChunkMetric metric = ner::Evaluate(tagger, sentences, &predicted);
  std::cout << metric.Report();
  if (!args.predictions.empty()) ner::WritePredictions(args.predictions, sentences, predicted);
}

}  // namespace

void RegisterNerCommands(CLI::App& app, std::function<std::filesystem::path()> data_dir,
                         std::function<void(int)> set_exit_code) {
  CLI::App* ner_app = app.add_subcommand("ner", "Train and evaluate the German NER tagger");
  ner_app->require_subcommand(1);

  auto train_args = std::make_shared<TrainArguments>();
  CLI::App* train = ner_app->add_subcommand(
      "train", "Train a tagger on GermEval 2014 TSV files (outer tags, column 3)");
  train->add_option("--train", train_args->train_files, "training files")->required()->check(CLI::ExistingFile);
  train->add_option("--auxiliary", train_args->auxiliary_files,
                    "labelled files of another kind (other guidelines or labels), learned from "
                    "through shared weights only")
      ->check(CLI::ExistingFile);
  train->add_option("--dev", train_args->tuning_file,
                    "tuning file: scored after each epoch; picks the epoch count unless --epochs")
      ->check(CLI::ExistingFile);
  train->add_option("--holdout", train_args->holdout,
                    "hold every N-th training sentence out as (additional) tuning data");
  train->add_option("-o,--output", train_args->output, "model file to write")->required();
  train->add_flag("--force", train_args->force, "replace an existing model file");
  train->add_option("--seed", train_args->options.seed, "seed for the sentence order")->capture_default_str();
  train->add_option("--members", train_args->options.members,
                    "perceptrons over different sentence orders, averaged into one model")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  train->add_option("--epochs", train_args->options.epochs,
                    "fixed number of epochs (default: best on the tuning data, else 10)");
  train->add_option("--max-epochs", train_args->options.max_epochs, "upper bound when choosing epochs")
      ->capture_default_str();
  train->add_option("--prune", train_args->options.prune, "drop averaged weights below this magnitude")
      ->capture_default_str();
  train->add_option("--min-count", train_args->options.min_count,
                    "ignore features seen fewer times in the training data")
      ->capture_default_str();
  train->add_option("--margin", train_args->options.margin,
                    "training margin for tokens outside entities (cost-augmented decoding)")
      ->capture_default_str();
  train->add_option("--entity-margin", train_args->options.entity_margin,
                    "training margin for tokens inside entities")
      ->capture_default_str();
  train->callback([train_args, data_dir, set_exit_code] {
    RunTrain(*train_args, data_dir());
    set_exit_code(0);
  });

  auto cluster_args = std::make_shared<ClusterArguments>();
  CLI::App* clusters = ner_app->add_subcommand(
      "clusters", "Cluster the words of unlabeled text for the tagger's cluster features");
  clusters->add_option("corpus", cluster_args->corpus, "text file: one tokenized sentence per line")
      ->required()->check(CLI::ExistingFile);
  clusters->add_option("-o,--output", cluster_args->output, "cluster TSV to write (word, coarse, fine)")->required();
  clusters->add_flag("--force", cluster_args->force, "replace an existing cluster file");
  clusters->add_option("--coarse", cluster_args->coarse, "number of coarse classes")->capture_default_str();
  clusters->add_option("--fine", cluster_args->fine, "number of fine classes")->capture_default_str();
  clusters->add_option("--min-count", cluster_args->options.min_count, "cluster words seen this often")
      ->capture_default_str();
  clusters->add_option("--iterations", cluster_args->options.iterations, "exchange passes")->capture_default_str();
  clusters->callback([cluster_args, set_exit_code] {
    RunClusters(*cluster_args);
    set_exit_code(0);
  });

  auto eval_args = std::make_shared<EvalArguments>();
  CLI::App* eval = ner_app->add_subcommand(
      "eval", "Score a tagger on a GermEval TSV file (outer chunks, exact span and label)");
  eval->add_option("--model", eval_args->model, "model file (default: DATA_DIR/ner/germeval.model)");
  eval->add_option("file", eval_args->file, "GermEval TSV file with gold tags")->required()->check(CLI::ExistingFile);
  eval->add_flag("--force", eval_args->force, "replace an existing predictions file");
  eval->add_option("--predictions", eval_args->predictions,
                   "write the input with the predicted tag appended as the last column");
  eval->callback([eval_args, data_dir, set_exit_code] {
    RunEval(*eval_args, data_dir());
    set_exit_code(0);
  });
}

}  // namespace newskg::cli
