#include "cli/eval_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/analysis.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "eval/system_output.h"
#include "rdf/model_sink.h"

namespace newskg::cli {
namespace {

struct EvalOptions {
  AnalysisOptions analysis;
  std::string gold_dir;
  bool json = false;
  bool verbose = false;
  bool only_read = false;
};

int RunEval(const EvalOptions& options) {
  const eval::GoldSet gold = eval::LoadGoldDir(options.gold_dir);  // fail early on bad gold
  Analysis analysis = AnalyzeInputs(options.analysis, std::cin);
  if (analysis.articles == 0) {
    ReportFailures(analysis.failures, std::cerr);
    std::cerr << "newskg eval: no usable article\n";
    return kExitFailure;
  }
  const rdf::Model model = rdf::BuildModel(analysis.kb);
  const eval::EvalResult result = eval::Score(gold, eval::ReadSystemOutput(model), options.only_read);
  if (options.json) {
    std::cout << eval::ToJson(result).dump(2) << '\n';
  } else {
    std::cout << eval::FormatReport(result, options.verbose, options.verbose);
  }
  ReportFailures(analysis.failures, std::cerr);
  return analysis.failures.empty() ? kExitOk : kExitFailure;
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Score the graph of some articles against gold annotations");
  command->footer(
      "Builds the graph as `build` does, without writing it, and scores its entities, roles, "
      "meetings and cross-article identities against the gold folder: one JSON file per "
      "article, named after it, plus corpus.json.");
  command->add_option("--gold", options->gold_dir, "folder with the gold JSON files")
      ->required()
      ->type_name("DIR");
  command->add_flag("--json", options->json, "print the scores as JSON");
  command->add_flag("--only-given", options->only_read,
                    "score only the gold articles of the INPUTs given (a part of a gold set); "
                    "otherwise a gold article not given counts as all missed");
  command->add_flag("--verbose", options->verbose,
                    "add per-article tables and every missed, spurious or wrong item");
  AddAnalysisOptions(*command, options->analysis);
  return {command, [options] { return RunEval(*options); }};
}

}  // namespace newskg::cli
