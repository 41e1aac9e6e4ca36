#include "cli/analysis.h"

#include <ostream>
#include <utility>

#include "cli/parallel_analysis.h"
#include "common/input_files.h"
#include "resolution/resolver.h"

namespace newskg::cli {

void AddAnalysisOptions(CLI::App& command, AnalysisOptions& options) {
  command.add_option("INPUT", options.inputs,
                     "article files, folders (every *.txt inside, recursively) or - for stdin")
      ->required()
      ->type_name("");
  command.add_flag("--keep-going", options.keep_going,
                   "skip bad inputs, report them at the end, still write the rest (exit 1)");
  command.add_option("--data", options.data_dir,
                     "folder with lexicons and the NER model (default: $NEWSKG_DATA or the "
                     "built-in data folder)")
      ->type_name("DIR");
  command.add_option("--model", options.ner_model, "NER model file (default: DATA/ner/...)")
      ->type_name("FILE");
  command.add_option("-j,--jobs", options.threads,
                     "analyse on N threads (default: all cores); the output does not depend on N")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
}

AnalyzerOptions ToAnalyzerOptions(const AnalysisOptions& options) {
  AnalyzerOptions out;
  out.data_dir =
      options.data_dir.empty() ? DefaultDataDir() : std::filesystem::path(options.data_dir);
  out.ner_model = options.ner_model;
  return out;
}

std::size_t ThreadCount(const AnalysisOptions& options) {
  return options.threads == 0 ? DefaultThreads() : options.threads;
}

void FailurePolicy::Fail(InputError error) {
  if (!keep_going_) throw std::move(error);
  failures_.push_back(std::move(error));
}

Analysis AnalyzeInputs(const AnalysisOptions& options, std::istream& standard_input,
                       const Analyzer& analyzer, const extraction::RuleSwitches& switches) {
  common::InputCollection collection = common::CollectInputs(options.inputs);
  FailurePolicy policy(options.keep_going);
  for (InputError& failure : collection.failures) policy.Fail(std::move(failure));

  std::vector<resolution::ResolvedArticle> articles;
  ParallelOptions parallel;
  parallel.threads = ThreadCount(options);
  parallel.switches = switches;
  AnalyzeInParallel(analyzer, collection.files, standard_input, parallel,
                    [&](AnalyzedArticle&& result) {
                      if (result.error) {
                        policy.Fail(std::move(*result.error));
                      } else if (result.article) {
                        articles.push_back(std::move(*result.article));
                      }
                      return true;
                    });
  Analysis analysis;
  analysis.failures = policy.failures();
  analysis.articles = articles.size();
  if (articles.empty()) {
    if (analysis.failures.empty()) throw InputError("input", "no articles found");
    return analysis;  // nothing usable; the caller reports the failures
  }
  analysis.kb = resolution::Resolve(std::move(articles));
  return analysis;
}

void ReportFailures(const std::vector<InputError>& failures, std::ostream& out) {
  if (failures.empty()) return;
  out << "newskg: skipped " << failures.size() << (failures.size() == 1 ? " input" : " inputs")
      << ":\n";
  for (const InputError& failure : failures) out << "  " << failure.what() << '\n';
}

}  // namespace newskg::cli
