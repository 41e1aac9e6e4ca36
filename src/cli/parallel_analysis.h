// Parallel analysis: articles analysed on several threads and handed on in input order, so
// that what comes out does not depend on the number of threads. At most a few articles per
// thread are in flight, so memory stays bounded whatever the number of inputs.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "cli/analyzer.h"
#include "common/input_error.h"
#include "common/input_files.h"
#include "resolution/resolved_article.h"

namespace newskg::cli {

struct AnalyzedArticle {
  std::size_t sequence = 0;  // position in the input list
  std::string id;
  std::string source;
  std::uint64_t content_hash = 0;  // of the input bytes
  std::uint64_t bytes = 0;
  std::uint64_t words = 0;         // whitespace-separated words of the input
  bool skipped = false;            // `skip` said so: not analysed
  std::optional<resolution::ResolvedArticle> article;  // when analysed
  std::optional<InputError> error;                     // a bad input
};

struct ParallelOptions {
  std::size_t threads = 1;
  // Called on worker threads (must be thread-safe) with each input's id and content hash
  // before analysis; true skips the article (it is already in the archive).
  std::function<bool(const std::string& id, std::uint64_t content_hash)> skip;
  extraction::RuleSwitches switches;  // meeting rules turned off (ablation)
};

// Analyses `inputs` and calls `consume` for each, in input order, on the calling thread.
// `consume` returns false to stop early. An exception from a worker (other than a bad input)
// is rethrown here after the workers have stopped.
void AnalyzeInParallel(const Analyzer& analyzer, const std::vector<common::InputFile>& inputs,
                       std::istream& standard_input, const ParallelOptions& options,
                       const std::function<bool(AnalyzedArticle&&)>& consume);

// The default thread count: the machine's cores.
std::size_t DefaultThreads();

}  // namespace newskg::cli
