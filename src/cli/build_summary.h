// Build summary: what `build` prints when it is done.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/graph_export.h"

namespace newskg::cli {

struct BuildFigures {
  ExportSummary graph;
  std::uint64_t new_articles = 0;
  std::uint64_t already_present = 0;  // inputs skipped as already in the archive
  std::uint64_t words = 0;            // of the articles analysed now
  std::size_t threads = 1;
  double analysis_seconds = 0;
  double writing_seconds = 0;
  std::uint64_t peak_memory = 0;
};

std::string FormatBuildSummary(const BuildFigures& figures,
                               const std::vector<std::filesystem::path>& outputs);

}  // namespace newskg::cli
