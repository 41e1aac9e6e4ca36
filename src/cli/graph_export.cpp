#include "cli/graph_export.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <exception>
#include <thread>

#include "common/buffered_writer.h"
#include "common/mapped_file.h"
#include "common/whole_file.h"
#include "graph/fact_projection.h"
#include "graph/gexf_writer.h"
#include "graph/graph_index.h"
#include "graph/graphml_writer.h"
#include "graph/index_builder.h"
#include "rdf/block_output.h"
#include "rdf/graph_emitter.h"
#include "rdf/output_map.h"
#include "resolution/entity_registry.h"
#include "resolution/event_registry.h"
#include "resolution/role_owners.h"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;

// Runs `work` on a thread; Join() rethrows what it threw.
class Task {
 public:
  template <typename F>
  explicit Task(F work)
      : thread_([this, work = std::move(work)]() mutable {
          try {
            work();
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  ~Task() {
    if (thread_.joinable()) thread_.join();
  }
  void Join() {
    thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::exception_ptr error_;
  std::thread thread_;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The previous generation's Turtle and N-Triples with their map, when all three are readable;
// otherwise nothing is reused (the outputs are the same, only slower to make).
class Previous {
 public:
  explicit Previous(const std::optional<fs::path>& folder) {
    if (!folder) return;
    std::error_code error;
    const fs::path map_file = *folder / rdf::kOutputMapFile;
    if (!fs::exists(map_file, error)) return;
    map_ = rdf::OutputMap::Parse(common::ReadWholeFile(map_file, "the output map"), map_file.string());
    turtle_ = Open(*folder / "graph.ttl");
    ntriples_ = Open(*folder / "graph.nt");
  }
  ~Previous() {
    if (turtle_.fd >= 0) ::close(turtle_.fd);
    if (ntriples_.fd >= 0) ::close(ntriples_.fd);
  }
  Previous(const Previous&) = delete;
  Previous& operator=(const Previous&) = delete;

  const rdf::PreviousOutput* turtle() const { return turtle_.fd >= 0 ? &turtle_ : nullptr; }
  const rdf::PreviousOutput* ntriples() const { return ntriples_.fd >= 0 ? &ntriples_ : nullptr; }

 private:
  rdf::PreviousOutput Open(const fs::path& file) {
    rdf::PreviousOutput out;
    out.fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    out.name = file.string();
    out.map = &map_;
    return out;
  }

  rdf::OutputMap map_;
  rdf::PreviousOutput turtle_, ntriples_;
};

// Writes the entity, alias and article blocks of one RDF file; `also` sees every article as
// prepared for it.
template <typename AlsoFn>
void WriteRdf(rdf::BlockOutput& output, const resolution::EntityTable& entities,
              const resolution::EventTable& events, const resolution::RoleOwnerTable& owners,
              const rdf::IriMinter& iris, const archive::ArchiveSet& archive,
              const std::vector<archive::ArticleRef>& articles, rdf::EmitCounts& counts,
              AlsoFn also) {
  rdf::GraphEmitter emitter(entities, events, owners, iris, output.sink());
  for (std::uint32_t e = 0; e < emitter.entity_count(); ++e) {
    if (output.Begin(emitter.EntityBlock(e))) emitter.EmitEntity(e);
    output.End();
  }
  for (std::size_t a = 0; a < emitter.alias_count(); ++a) {
    if (output.Begin(emitter.AliasBlock(a))) emitter.EmitAlias(a);
    output.End();
  }
  for (const archive::ArticleRef& ref : articles) {
    const resolution::ResolvedArticle article = archive.Read(ref);
    const rdf::PreparedArticle prepared = emitter.Prepare(article, archive.RecordHash(ref));
    if (output.Begin(prepared.block)) emitter.EmitArticle(prepared);
    output.End();
    also(prepared);
  }
  output.Finish();
  counts = emitter.counts();
}

}  // namespace

ExportSummary ExportGraph(const archive::ArchiveSet& archive, const rdf::IriMinter& iris,
                          archive::Generation& generation,
                          const std::optional<std::filesystem::path>& previous_folder,
                          const graph::ExportOptions& exports) {
  ExportSummary summary;
  auto start = std::chrono::steady_clock::now();
  const std::vector<archive::ArticleRef> articles = archive.InIdOrder();
  resolution::EntityRegistry registry;
  for (const archive::ArticleRef& ref : articles) registry.Add(archive.ReadEntities(ref));
  const resolution::EntityTable entities = registry.Finish();
  // A second light pass (entities, meetings and roles, no text): the meetings several articles
  // report, and the owners of titles named without one.
  resolution::EventRegistry event_registry(entities);
  resolution::RoleOwnerRegistry owner_registry(entities);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const resolution::ResolvedArticle article = archive.ReadEntitiesAndRoles(articles[i]);
    event_registry.Add(static_cast<std::uint32_t>(i), article);
    owner_registry.Add(article);
  }
  const resolution::EventTable events = event_registry.Finish();
  const resolution::RoleOwnerTable owners = owner_registry.Finish();
  summary.resolve_seconds = SecondsSince(start);
  start = std::chrono::steady_clock::now();

  const Previous previous(previous_folder);
  const int turtle_fd = generation.Create("graph.ttl");
  const int ntriples_fd = generation.Create("graph.nt");
  const int index_fd = generation.Create("graph.index");
  const int graphml_fd = generation.Create("graph.graphml");
  const int gexf_fd = generation.Create("graph.gexf");
  const int map_fd = generation.Create(rdf::kOutputMapFile);

  rdf::EmitCounts counts, unused;
  std::size_t edges = 0;
  std::vector<rdf::PlacedBlock> turtle_blocks, ntriples_blocks;
  // Turtle on one thread; N-Triples and the graph index on another.
  Task turtle([&] {
    common::BufferedWriter out(turtle_fd, generation.Named("graph.ttl"));
    rdf::BlockOutput output(rdf::RdfSyntax::Turtle, out, iris.Prefixes(), previous.turtle());
    WriteRdf(output, entities, events, owners, iris, archive, articles, counts, [](const auto&) {});
    turtle_blocks = output.blocks();
  });
  Task ntriples([&] {
    common::BufferedWriter out(ntriples_fd, generation.Named("graph.nt"));
    rdf::BlockOutput output(rdf::RdfSyntax::NTriples, out, {}, previous.ntriples());
    graph::IndexBuilder builder(index_fd, generation.Named("graph.index"));
    graph::FactProjection projection(entities, events, owners, iris, builder);
    WriteRdf(output, entities, events, owners, iris, archive, articles, unused,
             [&](const rdf::PreparedArticle& prepared) { projection.AddPrepared(prepared); });
    ntriples_blocks = output.blocks();
    builder.Finish();
    edges = builder.edge_count();
  });
  turtle.Join();
  ntriples.Join();
  summary.rdf_seconds = SecondsSince(start);
  start = std::chrono::steady_clock::now();

  rdf::OutputMap map;
  for (std::size_t i = 0; i < turtle_blocks.size(); ++i) {
    const rdf::PlacedBlock& t = turtle_blocks[i];
    const rdf::PlacedBlock& n = ntriples_blocks.at(i);
    map.Add({t.id.key, t.id.hash, t.place, n.place, t.triples});
    summary.triples += t.triples;
    summary.copied_blocks += (t.copied ? 1 : 0) + (n.copied ? 1 : 0);
  }
  summary.blocks = turtle_blocks.size() + ntriples_blocks.size();
  {
    common::BufferedWriter out(map_fd, generation.Named(rdf::kOutputMapFile));
    out.Write(map.Serialize());
    out.Flush();
  }

  const graph::GraphIndex index =
      graph::GraphIndex::FromMapped(common::MappedFile::FromDescriptor(index_fd, generation.Named("graph.index")));
  // GraphML and GEXF read the mapped index only, on two threads.
  Task gexf([&] {
    common::BufferedWriter out(gexf_fd, generation.Named("graph.gexf"));
    graph::WriteGexf(index, exports, out);
  });
  {
    common::BufferedWriter out(graphml_fd, generation.Named("graph.graphml"));
    graph::WriteGraphMl(index, exports, out);
  }
  gexf.Join();
  summary.exports_seconds = SecondsSince(start);

  summary.articles = articles.size();
  for (const auto& entity : entities.entities()) {
    ++summary.entities[static_cast<std::size_t>(entity.type)];
  }
  summary.aliases = entities.aliases().size();
  summary.roles = counts.roles;
  summary.meetings = counts.meetings;
  summary.edges = edges;
  return summary;
}

}  // namespace newskg::cli
