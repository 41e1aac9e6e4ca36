// FactProjection: the graph of an archive's resolved facts, fed to an IndexBuilder as it is
// streamed: every entity a vertex, roles with an organization as holds-post relations, meetings
// as relations between their attendees and to their place, and, for exports, every meeting and
// every post of no organization as a record of its own. IRIs and the choice of facts come from
// the RDF emitter's preparation of each article, so the index states what the RDF states.
#pragma once

#include <optional>
#include <vector>

#include "graph/index_builder.h"
#include "rdf/graph_emitter.h"
#include "rdf/iris.h"
#include "resolution/entity_table.h"
#include "resolution/event_registry.h"
#include "resolution/resolved_article.h"
#include "resolution/role_owners.h"

namespace newskg::graph {

class FactProjection {
 public:
  // Adds every entity of the table as a vertex (in IRI order). Keeps references to all five.
  FactProjection(const resolution::EntityTable& entities, const resolution::EventTable& events,
                 const resolution::RoleOwnerTable& owners, const rdf::IriMinter& iris,
                 IndexBuilder& builder);
  ~FactProjection();

  // The facts one article adds, as prepared for the RDF output by a GraphEmitter over the same
  // entities and IRIs; any article order gives the same index.
  void AddPrepared(const rdf::PreparedArticle& prepared);
  // The same, preparing the article itself.
  void AddArticle(const resolution::ResolvedArticle& article);

 private:
  const resolution::EntityTable& entities_;
  const resolution::EventTable& events_;
  const resolution::RoleOwnerTable& owners_;
  const rdf::IriMinter& iris_;
  IndexBuilder& builder_;
  std::vector<std::uint32_t> vertex_of_;  // by entity index
  class NullSink : public rdf::TripleSink {
   public:
    void Add(const rdf::TermRef&, const rdf::TermRef&, const rdf::TermRef&) override {}
  };
  NullSink null_sink_;
  // Prepares articles given to AddArticle, made on first use (it holds every entity's IRI);
  // emits nothing.
  std::optional<rdf::GraphEmitter> emitter_;
};

}  // namespace newskg::graph
