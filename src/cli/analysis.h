// Analysis: collects, reads and analyses the input articles (shared by build and eval), with
// the --keep-going policy for bad inputs.
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
};

// Adds INPUT..., --keep-going, --data and --model to a subcommand.
void AddAnalysisOptions(CLI::App& command, AnalysisOptions& options);

struct Analysis {
  resolution::KnowledgeBase kb;
  std::size_t articles = 0;               // articles analysed
  std::vector<InputError> failures;       // inputs skipped (only with keep_going)
};

// Without keep_going the first bad input is thrown (InputError). With it, bad inputs are
// collected in Analysis::failures, and articles may be 0 when none was usable.
Analysis AnalyzeInputs(const AnalysisOptions& options, std::istream& standard_input);

// Prints "skipped N input(s):" and one line per failure, for the end of a --keep-going run.
void ReportFailures(const std::vector<InputError>& failures, std::ostream& out);

}  // namespace newskg::cli
