#include "cli/build_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/analysis.h"
#include "cli/build_summary.h"
#include "common/atomic_file.h"
#include "graph/graphml_writer.h"
#include "graph/knowledge_graph.h"
#include "rdf/knowledge_graph_builder.h"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;

struct BuildOptions {
  AnalysisOptions analysis;
  std::string output_dir = "newskg-out";
  std::string base_iri = std::string(rdf::kDefaultBaseIri);
  bool force = false;
};

void PrepareOutputFolder(const fs::path& folder) {
  std::error_code error;
  if (fs::is_directory(folder, error)) return;
  if (fs::exists(folder, error)) {
    throw std::runtime_error(folder.string() + ": exists and is not a folder");
  }
  fs::create_directories(folder, error);
  if (error) throw std::runtime_error(folder.string() + ": cannot create folder: " + error.message());
}

int RunBuild(const BuildOptions& options) {
  const fs::path folder(options.output_dir);
  const std::vector<fs::path> outputs = {folder / "graph.ttl", folder / "graph.nt",
                                         folder / "graph.graphml"};
  const common::Overwrite overwrite =
      options.force ? common::Overwrite::kAllow : common::Overwrite::kRefuse;
  // Fail before the (slow) analysis rather than after it.
  if (overwrite == common::Overwrite::kRefuse) common::RefuseExistingOutputs(outputs);
  const rdf::IriMinter checked_base(options.base_iri);  // throws InputError for a bad base IRI

  Analysis analysis = AnalyzeInputs(options.analysis, std::cin);
  if (analysis.articles == 0) {
    ReportFailures(analysis.failures, std::cerr);
    std::cerr << "newskg build: no usable article; nothing written\n";
    return kExitFailure;
  }

  const rdf::Model model = rdf::BuildModel(analysis.kb, options.base_iri);
  const graph::KnowledgeGraph projected = graph::Project(model);
  std::vector<common::OutputFile> files = {{outputs[0], model.Serialize("turtle")},
                                           {outputs[1], model.Serialize("ntriples")},
                                           {outputs[2], graph::WriteGraphMl(projected)}};
  PrepareOutputFolder(folder);
  common::WriteFilesAtomically(files, overwrite);

  std::cout << FormatBuildSummary(analysis.kb, model.size(), outputs);
  ReportFailures(analysis.failures, std::cerr);
  return analysis.failures.empty() ? kExitOk : kExitFailure;
}

}  // namespace

Command AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Build the knowledge graph of German news articles");
  command->footer(
      "Writes OUTDIR/graph.ttl, OUTDIR/graph.nt and OUTDIR/graph.graphml, all or none, and "
      "prints a summary. A bad input stops the run before anything is written, naming the file "
      "(and byte offset); with --keep-going it is skipped and reported at the end (exit 1).");
  command->add_option("-o,--output", options->output_dir, "output folder (default: newskg-out)")
      ->type_name("OUTDIR");
  command->add_option("--base", options->base_iri,
                      "base IRI of everything minted (absolute, ending in / or #)")
      ->type_name("IRI")
      ->capture_default_str();
  command->add_flag("--force", options->force, "overwrite existing output files");
  AddAnalysisOptions(*command, options->analysis);
  return {command, [options] { return RunBuild(*options); }};
}

}  // namespace newskg::cli
