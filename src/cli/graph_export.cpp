#include "cli/graph_export.h"

#include <exception>
#include <thread>

#include "common/buffered_writer.h"
#include "common/mapped_file.h"
#include "graph/fact_projection.h"
#include "graph/graph_index.h"
#include "graph/graphml_writer.h"
#include "graph/index_builder.h"
#include "rdf/graph_emitter.h"
#include "rdf/rdf_stream_writer.h"
#include "resolution/entity_registry.h"

namespace newskg::cli {
namespace {

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

}  // namespace

ExportSummary ExportGraph(const archive::ArchiveSet& archive, const rdf::IriMinter& iris,
                          archive::Generation& generation) {
  const std::vector<archive::ArticleRef> articles = archive.InIdOrder();
  resolution::EntityRegistry registry;
  for (const archive::ArticleRef& ref : articles) registry.Add(archive.ReadEntities(ref));
  const resolution::EntityTable entities = registry.Finish();

  const int turtle_fd = generation.Create("graph.ttl");
  const int ntriples_fd = generation.Create("graph.nt");
  const int index_fd = generation.Create("graph.index");
  const int graphml_fd = generation.Create("graph.graphml");

  rdf::EmitCounts counts;
  std::size_t edges = 0;
  // Turtle on one thread; N-Triples and the graph index on another.
  Task turtle([&] {
    common::BufferedWriter out(turtle_fd, "graph.ttl");
    rdf::RdfStreamWriter writer(rdf::RdfSyntax::Turtle, out, iris.Prefixes());
    rdf::GraphEmitter emitter(entities, iris, writer);
    emitter.EmitEntities();
    for (const archive::ArticleRef& ref : articles) emitter.EmitArticle(archive.Read(ref));
    writer.Finish();
    counts = emitter.counts();
  });
  Task ntriples([&] {
    common::BufferedWriter out(ntriples_fd, "graph.nt");
    rdf::RdfStreamWriter writer(rdf::RdfSyntax::NTriples, out);
    rdf::GraphEmitter emitter(entities, iris, writer);
    graph::IndexBuilder builder(index_fd, "graph.index");
    graph::FactProjection projection(entities, iris, builder);
    emitter.EmitEntities();
    for (const archive::ArticleRef& ref : articles) {
      const resolution::ResolvedArticle article = archive.Read(ref);
      emitter.EmitArticle(article);
      projection.AddArticle(article);
    }
    writer.Finish();
    builder.Finish();
    edges = builder.edge_count();
  });
  turtle.Join();
  ntriples.Join();

  const graph::GraphIndex index =
      graph::GraphIndex::FromMapped(common::MappedFile::FromDescriptor(index_fd, "graph.index"));
  common::BufferedWriter graphml(graphml_fd, "graph.graphml");
  graph::WriteGraphMl(index, graphml);

  ExportSummary summary;
  summary.articles = articles.size();
  for (const auto& entity : entities.entities()) {
    ++summary.entities[static_cast<std::size_t>(entity.type)];
  }
  summary.aliases = entities.aliases().size();
  summary.roles = counts.roles;
  summary.meetings = counts.meetings;
  summary.triples = counts.triples;
  summary.edges = edges;
  return summary;
}

}  // namespace newskg::cli
