// IndexBuilder: collects the graph's vertices and relations, with the sentences behind them, and
// writes the index file (index_format.h). Strings stream to the file as they come; memory holds
// the vertices, the relations and fixed-size evidence records, never the sentences.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/relations.h"

namespace newskg::graph {

struct VertexInput {
  std::string iri;
  std::string label;
  std::string type;  // "Person", "Organization", "Place" or ""
  std::vector<std::string> alt_labels;  // any order; the label itself and repeats are dropped
  std::vector<std::string> roles;       // labels of posts the entity holds (see also AddRole)
};

// One fact behind a relation: where it was read, and what it adds ("held", "Moskau", a date).
struct EvidenceInput {
  std::string_view article_id;
  std::string_view sentence;
  std::optional<std::uint64_t> char_start;
  std::optional<std::uint64_t> char_end;
  std::vector<std::string> qualifiers;
};

class IndexBuilder {
 public:
  // Writes to `fd` (from offset 0, which must be empty); `name` names it in messages.
  IndexBuilder(int fd, std::string name);
  ~IndexBuilder();
  IndexBuilder(const IndexBuilder&) = delete;
  IndexBuilder& operator=(const IndexBuilder&) = delete;

  // Vertices first, in IRI order (checked); returns the vertex number.
  std::uint32_t AddVertex(const VertexInput& vertex);

  // A post the vertex's entity holds (its label); any time before Finish, repeats ignored.
  void AddRole(std::uint32_t vertex, std::string_view label);

  // A relation between two vertices (subject first for directed ones); relations with the same
  // endpoints, kind, label and direction become one edge carrying all their evidence.
  void AddRelation(std::uint32_t subject, std::uint32_t object, RelationKind kind,
                   std::string_view label, bool directed, const EvidenceInput& evidence);
  // The same for a relation whose source the graph does not say (RDF without provenance).
  void AddRelation(std::uint32_t subject, std::uint32_t object, RelationKind kind,
                   std::string_view label, bool directed);

  // Writes the tables and the header; throws std::runtime_error on a write error.
  void Finish();

  std::size_t vertex_count() const;
  std::size_t edge_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::graph
