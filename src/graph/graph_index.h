// GraphIndex: the graph's index file (index_format.h) mapped into memory and checked once on
// opening; vertices, relations and their evidence are read from it in place, and a Boost.Graph
// view of the relations serves the breadth-first searches behind `path` and `neighbors`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "common/mapped_file.h"
#include "graph/index_format.h"

namespace newskg::graph {

using Vertex = std::uint32_t;
using Edge = std::uint32_t;

// Relations as Boost.Graph sees them: each edge in both directions; the CSR edge index is the
// position in GraphIndex::Adjacency order, which maps back to the relation.
using BfsGraph = boost::compressed_sparse_row_graph<boost::directedS>;

struct EvidenceView {
  std::string_view article_id;
  std::string_view sentence;
  std::optional<std::uint64_t> char_start;
  std::optional<std::uint64_t> char_end;
  std::vector<std::string_view> qualifiers;  // status, place, date or time, when known
};

struct EdgeView {
  Vertex a = 0, b = 0;  // a < b
  Vertex subject = 0;   // directed relations read from subject (person -> organization)
  bool directed = false;
  std::string_view kind;   // kKindHoldsPost, kKindMeeting, kKindMeetingPlace
  std::string_view label;  // a role ("Sprecher"), "Treffen", "Telefonat", "Treffen in", ...
  std::uint32_t weight = 0;  // distinct supporting sentences
  std::size_t evidence_count = 0;
};

class GraphIndex {
 public:
  // Throws InputError naming the file when it is missing, not an index, of another version,
  // truncated or inconsistent.
  static GraphIndex Open(const std::filesystem::path& path);
  static GraphIndex FromMapped(common::MappedFile file);

  GraphIndex(GraphIndex&&) noexcept;
  GraphIndex& operator=(GraphIndex&&) noexcept;
  ~GraphIndex();

  std::size_t vertex_count() const;
  std::size_t edge_count() const;

  std::string_view iri(Vertex v) const;
  std::string_view label(Vertex v) const;
  std::string_view type(Vertex v) const;  // "Person", "Organization", "Place" or ""
  std::vector<std::string_view> alt_labels(Vertex v) const;  // sorted
  std::vector<std::string_view> roles(Vertex v) const;       // sorted

  EdgeView edge(Edge e) const;
  EvidenceView evidence(Edge e, std::size_t i) const;  // i < edge(e).evidence_count
  Vertex Other(Edge e, Vertex v) const;

  // Every (neighbour, edge) of v, by neighbour.
  std::span<const index::Adjacent> Adjacency(Vertex v) const;
  std::size_t AdjacencyOffset(Vertex v) const;  // position of Adjacency(v)[0] overall
  // All edges between a and b, ordered by kind, label, subject.
  std::vector<Edge> EdgesBetween(Vertex a, Vertex b) const;

  std::optional<Vertex> FindIri(std::string_view iri) const;
  // Vertices with a label or alternative label whose FoldName is `folded`, by vertex.
  std::vector<Vertex> FindName(std::string_view folded) const;
  // Vertices with a label whose last words are `folded` ("trump" for "donald trump").
  std::vector<Vertex> FindNameSuffix(std::string_view folded) const;

  // The Boost.Graph view, built on first use.
  const BfsGraph& bfs_graph() const;
  // The relation behind a BfsGraph edge.
  Edge EdgeOf(const boost::graph_traits<BfsGraph>::edge_descriptor& e) const;

  const std::string& name() const;

 private:
  struct Impl;
  explicit GraphIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::graph
