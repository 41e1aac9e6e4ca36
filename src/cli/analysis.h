// Analysis options shared by build and eval (inputs, data, model, --keep-going, -j), and the
// in-memory analysis eval uses.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/analyzer.h"
#include "common/input_error.h"
#include "resolution/knowledge_base.h"

namespace newskg::cli {

struct AnalysisOptions {
  std::vector<std::string> inputs;  // files, folders, "-"
  std::string data_dir;             // empty: DefaultDataDir()
  std::string ner_model;            // empty: the data folder's model
  bool keep_going = false;
  std::size_t threads = 0;          // 0: all cores
};

// Adds INPUT..., --keep-going, --data, --model and -j to a subcommand.
void AddAnalysisOptions(CLI::App& command, AnalysisOptions& options);

AnalyzerOptions ToAnalyzerOptions(const AnalysisOptions& options);
std::size_t ThreadCount(const AnalysisOptions& options);

// Collects bad inputs under --keep-going, throws the first one otherwise.
class FailurePolicy {
 public:
  explicit FailurePolicy(bool keep_going) : keep_going_(keep_going) {}
  void Fail(InputError error);
  const std::vector<InputError>& failures() const { return failures_; }

 private:
  bool keep_going_;
  std::vector<InputError> failures_;
};

struct Analysis {
  resolution::KnowledgeBase kb;
  std::size_t articles = 0;          // articles analysed
  std::vector<InputError> failures;  // inputs skipped (only with keep_going)
};

// Analyses every input into memory (for eval and other small sets) with `analyzer`. Without
// keep_going the first bad input is thrown (InputError); with it, bad inputs are collected,
// and articles may be 0 when none was usable.
Analysis AnalyzeInputs(const AnalysisOptions& options, std::istream& standard_input,
                       const Analyzer& analyzer, const extraction::RuleSwitches& switches = {});

// Prints "skipped N input(s):" and one line per failure, for the end of a --keep-going run.
void ReportFailures(const std::vector<InputError>& failures, std::ostream& out);

}  // namespace newskg::cli
