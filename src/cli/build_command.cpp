#include "cli/build_command.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/article_codec.h"
#include "archive/build_janitor.h"
#include "archive/manifest.h"
#include "archive/output_folder.h"
#include "archive/segment.h"
#include "cli/analysis.h"
#include "cli/build_summary.h"
#include "cli/graph_export.h"
#include "cli/parallel_analysis.h"
#include "cli/progress.h"
#include "common/atomic_file.h"
#include "common/buffered_writer.h"
#include "common/byte_codec.h"
#include "common/input_files.h"
#include "common/mapped_file.h"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BuildOptions {
  AnalysisOptions analysis;
  std::string output_dir = "newskg-out";
  std::string base_iri;  // empty: the archive's (update) or the default
  bool force = false;
  bool update = false;
  std::string meetings = "nodes";  // how GraphML and GEXF show meetings
};

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string SegmentName(std::size_t number) {
  char name[32];
  std::snprintf(name, sizeof name, "%06zu.segment", number);
  return name;
}

// Refuses what the build may not replace, before any work is done.
void CheckOutputFolder(const archive::OutputFolder& folder, const BuildOptions& options) {
  for (const fs::path& entry : folder.ForeignEntries(kOutputFiles)) {
    std::error_code error;
    if (fs::is_directory(fs::symlink_status(entry, error))) {
      throw std::runtime_error(entry.string() + ": is a folder; newskg will not replace it");
    }
    if (!options.force) throw common::OutputExistsError(entry);
  }
  if (options.update) {
    if (!folder.current()) {
      throw InputError(folder.path().string(),
                       "holds no newskg build to update (build it first, without --update)");
    }
  } else if (folder.current() && !options.force) {
    throw common::OutputExistsError(folder.path() / kOutputFiles.front());
  }
}

int RunBuild(const BuildOptions& options) {
  const Clock::time_point start = Clock::now();
  if (!options.base_iri.empty()) {
    if (std::string problem = rdf::BaseIriProblem(options.base_iri); !problem.empty()) {
      throw UsageError("--base '" + options.base_iri + "' " + problem);
    }
  }
  const fs::path folder_path(options.output_dir);
  // Before the folder: it outlives the folder's own clean-up, and tidies if the build is killed.
  const archive::BuildJanitor janitor("/proc/self/exe", folder_path);
  archive::OutputFolder folder = archive::OutputFolder::Open(folder_path, std::cerr);
  CheckOutputFolder(folder, options);

  common::InputCollection collection = common::CollectInputs(options.analysis.inputs);
  FailurePolicy policy(options.analysis.keep_going);
  for (InputError& failure : collection.failures) policy.Fail(std::move(failure));

  const Analyzer analyzer(ToAnalyzerOptions(options.analysis));
  archive::ArchiveSet archive;
  archive::Manifest manifest;
  std::string base_iri = options.base_iri.empty() ? std::string(rdf::kDefaultBaseIri) : options.base_iri;
  if (options.update) {
    archive = archive::OpenArchive(*folder.current(), manifest);
    if (!options.base_iri.empty() && options.base_iri != manifest.base_iri) {
      throw UsageError("--base '" + options.base_iri + "' differs from the archive's base IRI '" +
                       manifest.base_iri + "'; IRIs may not change in an update");
    }
    base_iri = manifest.base_iri;
    if (manifest.data_fingerprint != analyzer.fingerprint()) {
      throw InputError(folder_path.string(),
                       "was built by newskg " + manifest.newskg_version +
                           " with other lexicons or another model; an update would mix "
                           "articles analysed differently: rebuild it from all articles "
                           "(newskg build --force)");
    }
  }
  const rdf::IriMinter iris(base_iri);

  archive::Generation generation = folder.NextGeneration();
  std::size_t segment_number = manifest.segments.size() + 1;
  for (const auto& segment : manifest.segments) {
    std::size_t number = 0;
    if (std::sscanf(segment.file.c_str(), "%zu.segment", &number) == 1) {
      segment_number = std::max(segment_number, number + 1);
    }
  }
  const std::string segment_name = SegmentName(segment_number);
  const int segment_fd = generation.Create(segment_name);
  archive::SegmentWriter segment(segment_fd, segment_name);

  BuildFigures figures;
  figures.threads = ThreadCount(options.analysis);
  ParallelOptions parallel;
  parallel.threads = figures.threads;
  parallel.skip = [&archive](const std::string& id, std::uint64_t hash) {
    return archive.ContentHash(id) == hash;
  };
  Progress progress(std::cerr, StderrIsTerminal(), collection.files.size());
  std::uint64_t done = 0;
  common::ByteWriter record;
  AnalyzeInParallel(analyzer, collection.files, std::cin, parallel, [&](AnalyzedArticle&& result) {
    progress.Update(++done);
    if (result.error) {
      progress.Clear();
      policy.Fail(std::move(*result.error));
    } else if (result.skipped) {
      ++figures.already_present;
    } else if (archive.ContentHash(result.id)) {
      progress.Clear();
      policy.Fail(InputError(result.source, "an article with the id " + result.id +
                                                " is already in the graph, with other text"));
    } else {
      record.Clear();
      archive::EncodeArticle(*result.article, record);
      segment.Append(result.id, result.content_hash, record.bytes());
      ++figures.new_articles;
      figures.words += result.words;
    }
    return true;
  });
  figures.analysis_seconds = Seconds(start);
  const Clock::time_point writing = Clock::now();

  if (figures.new_articles == 0) {
    progress.Clear();
    ReportFailures(policy.failures(), std::cerr);
    if (options.update && policy.failures().empty()) {
      std::cout << "nothing new: all " << figures.already_present
                << " articles are already in the graph; " << folder_path.string()
                << " is unchanged\n";
      return kExitOk;
    }
    if (policy.failures().empty() && collection.files.empty()) {
      throw InputError("input", "no articles found");
    }
    std::cerr << "newskg build: no new usable article; nothing written\n";
    return kExitFailure;
  }
  segment.Finish();
  archive.Add(archive::SegmentReader(common::MappedFile::FromDescriptor(segment_fd, segment_name)));

  progress.Stage("writing outputs of " + std::to_string(archive.article_count()) + " articles");
  std::optional<fs::path> previous;
  if (options.update) previous = folder.current();
  graph::ExportOptions exports;
  exports.meetings = options.meetings == "edges" ? graph::MeetingsAs::Edges : graph::MeetingsAs::Nodes;
  figures.graph = ExportGraph(archive, iris, generation, previous, exports);

  archive::Manifest next;
  next.newskg_version = kNewskgVersion;
  next.base_iri = base_iri;
  next.data_fingerprint = analyzer.fingerprint();
  for (const archive::SegmentInfo& old : manifest.segments) {
    generation.Carry(*folder.current() / old.file, old.file);
    next.segments.push_back(old);
  }
  next.segments.push_back({segment_name, segment.article_count(), segment.bytes_written()});
  next.articles = archive.article_count();
  {
    const int fd = generation.Create(archive::kManifestFile);
    common::BufferedWriter out(fd, archive::kManifestFile);
    out.Write(archive::ToJson(next));
    out.Flush();
  }
  generation.Commit(kOutputFiles, options.force);
  progress.Clear();

  figures.writing_seconds = Seconds(writing);
  figures.peak_memory = PeakMemoryBytes();
  std::vector<fs::path> outputs;
  for (const std::string& name : kOutputFiles) outputs.push_back(folder_path / name);
  std::cout << FormatBuildSummary(figures, outputs);
  ReportFailures(policy.failures(), std::cerr);
  return policy.failures().empty() ? kExitOk : kExitFailure;
}

}  // namespace

Command AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Build the knowledge graph of German news articles, or add articles to one");
  command->footer(
      "Writes OUTDIR/graph.ttl, graph.nt, graph.graphml, graph.gexf and graph.index, all or none, "
      "and prints a summary. With --update, adds the articles to the graph already in OUTDIR: entities "
      "resolve against those there, IRIs stay, articles already in it are skipped. A bad input "
      "stops the run before anything is written, naming the file (and byte offset); with "
      "--keep-going it is skipped and reported at the end (exit 1).");
  command->add_option("-o,--output", options->output_dir, "output folder (default: newskg-out)")
      ->type_name("OUTDIR");
  command->add_option("--base", options->base_iri,
                      "base IRI of everything minted (absolute, ending in / or #; default " +
                          std::string(rdf::kDefaultBaseIri) + ")")
      ->type_name("IRI");
  command->add_flag("--force", options->force, "replace an existing graph in OUTDIR");
  command->add_flag("--update", options->update,
                    "add the articles to the graph in OUTDIR instead of building a new one");
  command->add_option("--meetings", options->meetings,
                      "how graph.graphml and graph.gexf show meetings: as nodes linked to their "
                      "attendees and place, or as edges between attendees")
      ->type_name("nodes|edges")
      ->check(CLI::IsMember({"nodes", "edges"}))
      ->capture_default_str();
  AddAnalysisOptions(*command, options->analysis);
  command->callback([command, options] {
    if (options->force && options->update) {
      throw CLI::ValidationError("--force and --update", "cannot be used together");
    }
  });
  return {command, [options] { return RunBuild(*options); }};
}

}  // namespace newskg::cli
