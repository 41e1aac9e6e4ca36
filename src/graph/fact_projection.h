// FactProjection: the graph of an archive's resolved facts, fed to an IndexBuilder as it is
// streamed: every entity a vertex, roles with an organization as holds-post relations, meetings
// as relations between their attendees and to their place.
#pragma once

#include <vector>

#include "graph/index_builder.h"
#include "rdf/iris.h"
#include "resolution/entity_table.h"
#include "resolution/resolved_article.h"

namespace newskg::graph {

class FactProjection {
 public:
  // Adds every entity of the table as a vertex (in IRI order). Keeps references to all three.
  FactProjection(const resolution::EntityTable& entities, const rdf::IriMinter& iris,
                 IndexBuilder& builder);

  // The relations one article adds; any article order gives the same index.
  void AddArticle(const resolution::ResolvedArticle& article);

 private:
  const resolution::EntityTable& entities_;
  IndexBuilder& builder_;
  std::vector<std::uint32_t> vertex_of_;  // by entity index
};

}  // namespace newskg::graph
