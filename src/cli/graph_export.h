// Graph export: an archive's resolved articles written as the build's outputs — Turtle,
// N-Triples, the graph index and GraphML — streamed in article-id order, so the same set of
// articles gives the same bytes however and in how many runs it was built.
#pragma once

#include <array>
#include <cstdint>
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
};

// Writes every output file into `generation`.
ExportSummary ExportGraph(const archive::ArchiveSet& archive, const rdf::IriMinter& iris,
                          archive::Generation& generation);

}  // namespace newskg::cli
