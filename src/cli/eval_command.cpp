#include "cli/eval_command.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>
#include <string>

#include "cli/analysis.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "extraction/described_roles.h"
#include "extraction/role_owner_rules.h"
#include "eval/scorer.h"
#include "eval/system_output.h"
#include "extraction/meeting_rules.h"
#include "rdf/model_sink.h"

namespace newskg::cli {
namespace {

struct EvalOptions {
  AnalysisOptions analysis;
  std::string gold_dir;
  bool json = false;
  bool verbose = false;
  bool only_read = false;
  std::vector<std::string> disabled_rules;
  bool ablation = false;
  bool list_rules = false;
};

std::vector<std::string> RuleNames() {
  std::vector<std::string> names;
  for (const auto* rule : extraction::SentenceRules()) names.emplace_back(rule->name());
  for (const auto* rule : extraction::ArticleRules()) names.emplace_back(rule->name());
  for (const auto* rule : extraction::RoleRules()) names.emplace_back(rule->name());
  for (const auto* rule : extraction::RoleOwnerRules()) names.emplace_back(rule->name());
  return names;
}

eval::EvalResult ScoreWith(const EvalOptions& options, const eval::GoldSet& gold,
                           const Analyzer& analyzer, const extraction::RuleSwitches& switches,
                           std::vector<InputError>* failures) {
  Analysis analysis = AnalyzeInputs(options.analysis, std::cin, analyzer, switches);
  if (failures) *failures = analysis.failures;
  if (analysis.articles == 0) throw InputError("input", "no usable article");
  const rdf::Model model = rdf::BuildModel(analysis.kb);
  return eval::Score(gold, eval::ReadSystemOutput(model), options.only_read);
}

double F1(const eval::Counts& c) { return c.F1().value_or(0); }
double Value(const eval::Accuracy& a) { return a.Value().value_or(0); }

// One row per rule: how the scores change when that rule alone is off.
void PrintAblation(const EvalOptions& options, const eval::GoldSet& gold, const Analyzer& analyzer) {
  const eval::EvalResult all = ScoreWith(options, gold, analyzer, {}, nullptr);
  auto row = [](const std::string& name, const eval::EvalResult& r, const eval::EvalResult* base) {
    auto cell = [&](double value, double reference) {
      char text[32];
      if (base) {
        std::snprintf(text, sizeof text, "%+9.3f", value - reference);
      } else {
        std::snprintf(text, sizeof text, "%9.3f", value);
      }
      return std::string(text);
    };
    const auto& t = r.total;
    const eval::Scores* b = base ? &base->total : nullptr;
    std::printf("%-30s %s %s %s %s %s %s %s\n", name.c_str(),
                cell(F1(t.meetings), b ? F1(b->meetings) : 0).c_str(),
                cell(t.meetings.Precision().value_or(0), b ? b->meetings.Precision().value_or(0) : 0).c_str(),
                cell(Value(t.meeting_place), b ? Value(b->meeting_place) : 0).c_str(),
                cell(Value(t.meeting_status), b ? Value(b->meeting_status) : 0).c_str(),
                cell(F1(t.roles), b ? F1(b->roles) : 0).c_str(),
                cell(F1(t.role_of), b ? F1(b->role_of) : 0).c_str(),
                cell(F1(t.entities_typed), b ? F1(b->entities_typed) : 0).c_str());
  };
  std::printf("%-30s %9s %9s %9s %9s %9s %9s %9s\n", "rule switched off", "meetings", "meet. P",
              "place", "status", "roles", "role-of", "entities");
  row("(none: all rules on)", all, nullptr);
  for (const std::string& name : RuleNames()) {
    row(name, ScoreWith(options, gold, analyzer, extraction::RuleSwitches({name}), nullptr), &all);
  }
  std::printf("\nA negative change means the rule helps: switching it off loses that much.\n");
}

int RunEval(const EvalOptions& options) {
  if (options.list_rules) {
    for (const auto* rule : extraction::SentenceRules()) {
      std::cout << rule->name() << "\n    " << rule->doc() << "\n    e.g. " << rule->example() << '\n';
    }
    for (const auto* rule : extraction::ArticleRules()) {
      std::cout << rule->name() << " (article)\n    " << rule->doc() << "\n    e.g. "
                << rule->example() << '\n';
    }
    for (const auto* rule : extraction::RoleRules()) {
      std::cout << rule->name() << " (role)\n    " << rule->doc() << "\n    e.g. " << rule->example() << '\n';
    }
    for (const auto* rule : extraction::RoleOwnerRules()) {
      std::cout << rule->name() << " (role owner)\n    " << rule->doc() << "\n    e.g. "
                << rule->example() << '\n';
    }
    return kExitOk;
  }
  if (options.gold_dir.empty() || options.analysis.inputs.empty()) {
    throw UsageError("give --gold DIR and the INPUT articles");
  }
  const std::vector<std::string> known = RuleNames();
  for (const std::string& name : options.disabled_rules) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw UsageError("no rule named \"" + name + "\" (see --list-rules)");
    }
  }
  const eval::GoldSet gold = eval::LoadGoldDir(options.gold_dir);  // fail early on bad gold
  const Analyzer analyzer(ToAnalyzerOptions(options.analysis));
  if (options.ablation) {
    PrintAblation(options, gold, analyzer);
    return kExitOk;
  }
  std::vector<InputError> failures;
  eval::EvalResult result;
  try {
    result = ScoreWith(options, gold, analyzer,
                       extraction::RuleSwitches({options.disabled_rules.begin(),
                                                 options.disabled_rules.end()}),
                       &failures);
  } catch (const InputError& error) {
    if (std::string(error.what()).find("no usable article") == std::string::npos) throw;
    ReportFailures(failures, std::cerr);
    std::cerr << "newskg eval: no usable article\n";
    return kExitFailure;
  }
  if (options.json) {
    std::cout << eval::ToJson(result).dump(2) << '\n';
  } else {
    std::cout << eval::FormatReport(result, options.verbose, options.verbose);
  }
  ReportFailures(failures, std::cerr);
  return failures.empty() ? kExitOk : kExitFailure;
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Score the graph of some articles against gold annotations");
  command->footer(
      "Builds the graph as `build` does, without writing it, and scores its entities, roles, "
      "meetings and cross-article identities against the gold folder: one JSON file per "
      "article, named after it, plus corpus.json. --ablation scores once per rule "
      "with that rule switched off and prints the change (--list-rules names them).");
  command->add_option("--gold", options->gold_dir, "folder with the gold JSON files")
      ->type_name("DIR");
  command->add_flag("--json", options->json, "print the scores as JSON");
  command->add_flag("--only-given", options->only_read,
                    "score only the gold articles of the INPUTs given (a part of a gold set); "
                    "otherwise a gold article not given counts as all missed");
  command->add_flag("--verbose", options->verbose,
                    "add per-article tables and every missed, spurious or wrong item");
  command->add_option("--disable-rule", options->disabled_rules,
                      "switch a meeting or role owner rule off (repeatable)")
      ->type_name("RULE")
      ->allow_extra_args(false);
  command->add_flag("--ablation", options->ablation,
                    "print how the scores change with each rule switched off");
  command->add_flag("--list-rules", options->list_rules,
                    "list the meeting and role owner rules with their docs and examples");
  AddAnalysisOptions(*command, options->analysis);
  command->get_option("INPUT")->required(false);
  return {command, [options] { return RunEval(*options); }};
}

}  // namespace newskg::cli
