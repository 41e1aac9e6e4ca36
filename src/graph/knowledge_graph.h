// KnowledgeGraph: the Boost.Graph projection of the RDF model (entities as vertices, roles and
// meetings as edges carrying the sentences they were read from).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "rdf/model.h"

namespace newskg::graph {

// One sentence supporting an edge.
struct Evidence {
  std::string article_id;  // schema:identifier of the article, e.g. "000_91a7.txt"
  std::string sentence;    // may be empty when the RDF carries only prov:wasDerivedFrom
  std::optional<std::size_t> char_start;  // character (code point) offsets in the article
  std::optional<std::size_t> char_end;
  // What the fact adds to the relation, in order: for meetings status, place label (not on the
  // edge to the place itself), date or time expression, each when known; empty for roles.
  std::vector<std::string> qualifiers;

  bool operator==(const Evidence&) const = default;
  auto operator<=>(const Evidence&) const = default;
};

struct VertexProperties {
  std::string iri;
  std::string label;                    // rdfs:label (German preferred)
  std::string type;                     // "Person", "Organization", "Place", or "" if untyped
  std::vector<std::string> alt_labels;  // skos:altLabel, sorted, without the label itself
  std::vector<std::string> roles;       // labels of every org:Post the entity holds, sorted
};

// Edge kinds.
inline constexpr const char* kKindHoldsPost = "holds post";
inline constexpr const char* kKindMeeting = "meeting";
inline constexpr const char* kKindMeetingPlace = "meeting place";

struct EdgeProperties {
  std::string label;  // the relation: a role ("Sprecher"), "Treffen", "Telefonat", "Treffen in"…
  std::string kind;   // kKindHoldsPost, kKindMeeting, kKindMeetingPlace
  // Roles and meeting places read from subject to object (person -> organisation,
  // attendee -> place); meetings between attendees have no direction.
  bool directed = false;
  std::size_t subject = 0;  // the vertex the relation reads from (the lower one if undirected)
  std::vector<Evidence> evidence;  // sorted, without duplicates
  double weight = 0;               // number of distinct supporting sentences
};

// Undirected, because every question the cli asks (paths, neighbours) walks relations both
// ways; the direction of roles and meeting places is kept in EdgeProperties::subject.
// vecS everywhere: vertex descriptors are indices, ordered by IRI.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexProperties,
                                    EdgeProperties>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct KnowledgeGraph {
  Graph graph;
  std::map<std::string, Vertex> by_iri;

  std::optional<Vertex> FindIri(const std::string& iri) const;
  const VertexProperties& operator[](Vertex v) const { return graph[v]; }
  const EdgeProperties& operator[](Edge e) const { return graph[e]; }
  // The vertex at the other end of e, seen from v.
  Vertex Other(Edge e, Vertex v) const;
  // All edges between a and b, ordered by kind and label.
  std::vector<Edge> EdgesBetween(Vertex a, Vertex b) const;
};

// Projects entities, roles and meetings. Vertices are ordered by IRI and edges by (subject IRI,
// object IRI, kind, label), so the same model always gives the same graph. source names the
// model in error messages (InputError) about malformed evidence.
KnowledgeGraph Project(const rdf::Model& model, const std::string& source = "RDF model");

// Parses a Turtle file and projects it; throws InputError naming the file.
KnowledgeGraph LoadTurtle(const std::string& path);

// German name of a meeting kind ("talks" -> "Gespräche"); unknown kinds give "Treffen".
std::string MeetingLabel(const std::string& meeting_kind);

}  // namespace newskg::graph
