#include "cli/analysis.h"

#include <ostream>
#include <utility>

#include "common/input_files.h"

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
}

Analysis AnalyzeInputs(const AnalysisOptions& options, std::istream& standard_input) {
  common::InputCollection collection = common::CollectInputs(options.inputs);
  Analysis analysis;
  auto fail = [&](InputError error) {
    if (!options.keep_going) throw std::move(error);
    analysis.failures.push_back(std::move(error));
  };
  for (InputError& failure : collection.failures) fail(std::move(failure));

  AnalyzerOptions analyzer_options;
  analyzer_options.data_dir =
      options.data_dir.empty() ? DefaultDataDir() : std::filesystem::path(options.data_dir);
  analyzer_options.ner_model = options.ner_model;
  Analyzer analyzer(analyzer_options);

  for (const common::InputFile& file : collection.files) {
    try {
      analyzer.Add(file.id, file.source, common::ReadInput(file, standard_input));
    } catch (InputError& error) {
      fail(std::move(error));
    }
  }
  analysis.articles = analyzer.article_count();
  if (analysis.articles == 0) {
    if (analysis.failures.empty()) throw InputError("input", "no articles found");
    return analysis;  // nothing usable; the caller reports the failures
  }
  analysis.kb = analyzer.Resolve();
  return analysis;
}

void ReportFailures(const std::vector<InputError>& failures, std::ostream& out) {
  if (failures.empty()) return;
  out << "newskg: skipped " << failures.size() << (failures.size() == 1 ? " input" : " inputs")
      << ":\n";
  for (const InputError& failure : failures) out << "  " << failure.what() << '\n';
}

}  // namespace newskg::cli
