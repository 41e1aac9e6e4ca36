// Graph export: an archive's resolved articles written as the build's outputs — Turtle,
// N-Triples, the graph index and GraphML — streamed in article-id order, so the same set of
// articles gives the same bytes however and in how many runs it was built.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/output_folder.h"
#include "rdf/iris.h"

namespace newskg::cli {

// The files a build makes visible in its output folder.
inline const std::vector<std::string> kOutputFiles = {"graph.ttl", "graph.nt", "graph.graphml",
                                                      "graph.index"};

struct ExportSummary {
  std::uint64_t articles = 0;
  std::array<std::uint64_t, 3> entities{};  // by EntityType
  std::uint64_t aliases = 0;                // merged keys kept as owl:sameAs
  std::uint64_t roles = 0;
  std::uint64_t meetings = 0;
  std::uint64_t triples = 0;
  std::uint64_t edges = 0;  // relations in the graph index
  // Wall-clock seconds of the stages: resolving entities across the archive, writing Turtle
  // and N-Triples (on two threads, the graph index beside N-Triples), GraphML.
  double resolve_seconds = 0;
  double rdf_seconds = 0;
  double graphml_seconds = 0;
  std::uint64_t copied_blocks = 0;  // of Turtle and N-Triples, taken from the previous output
  std::uint64_t blocks = 0;
};

// Writes every output file into `generation`. With `previous` (the folder of the generation
// being updated), blocks of Turtle and N-Triples whose sources did not change are copied from
// its files instead of written again; the result is the same bytes either way.
ExportSummary ExportGraph(const archive::ArchiveSet& archive, const rdf::IriMinter& iris,
                          archive::Generation& generation,
                          const std::optional<std::filesystem::path>& previous);

}  // namespace newskg::cli
