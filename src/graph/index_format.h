// The graph index file (graph.index): the layout `build` writes and `path`/`neighbors` map
// into memory, so that a query opens the graph instead of parsing it. Little-endian, fixed-size
// records, 8-byte aligned sections; strings live in one pool and are referenced by offset.
//
//   header (kHeaderSize bytes) | string pool | tables, at the offsets the header gives
//
// Version history: 1 (newskg 0.2).
#pragma once

#include <cstdint>

namespace newskg::graph::index {

inline constexpr char kMagic[8] = {'N', 'K', 'G', 'I', 'N', 'D', 'E', 'X'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint64_t kHeaderSize = 4096;
inline constexpr std::uint64_t kNone = ~std::uint64_t{0};  // an absent offset or number

struct StrRef {
  std::uint64_t offset = 0;  // into the string pool
  std::uint32_t length = 0;
  std::uint32_t pad = 0;
};

enum class VertexType : std::uint8_t { None = 0, Person = 1, Organization = 2, Place = 3 };
enum class EdgeKind : std::uint8_t { HoldsPost = 0, Meeting = 1, MeetingPlace = 2 };

struct Vertex {  // sorted by IRI
  StrRef iri;
  StrRef label;
  std::uint32_t alt_begin = 0;  // into alt_labels
  std::uint32_t alt_count = 0;
  std::uint32_t role_begin = 0;  // into roles
  std::uint32_t role_count = 0;
  std::uint8_t type = 0;  // VertexType
  std::uint8_t pad[7] = {};
};

struct Edge {  // sorted by (a, b, kind, label, subject)
  std::uint32_t a = 0;  // a < b, vertex indices
  std::uint32_t b = 0;
  std::uint32_t subject = 0;  // for directed relations, the vertex it reads from
  std::uint8_t kind = 0;      // EdgeKind
  std::uint8_t directed = 0;
  std::uint16_t pad = 0;
  StrRef label;
  std::uint64_t evidence_begin = 0;  // into edge_evidence
  std::uint32_t evidence_count = 0;
  std::uint32_t weight = 0;  // distinct supporting sentences
};

struct Adjacent {  // per vertex, sorted by (neighbor, edge)
  std::uint32_t neighbor = 0;
  std::uint32_t edge = 0;
};

struct Evidence {
  StrRef article_id;
  StrRef sentence;
  std::uint64_t char_start = kNone;
  std::uint64_t char_end = kNone;
  std::uint32_t qualifier_begin = 0;  // into qualifiers
  std::uint32_t qualifier_count = 0;
};

struct Name {  // sorted by (folded text, vertex)
  StrRef folded;
  std::uint32_t vertex = 0;
  std::uint32_t pad = 0;
};

enum Section : std::uint32_t {
  kStrings,        // bytes
  kVertices,       // Vertex[]
  kAltLabels,      // StrRef[]
  kRoles,          // StrRef[]
  kEdges,          // Edge[]
  kAdjacencyBegin, // uint64_t[vertices + 1] into kAdjacency
  kAdjacency,      // Adjacent[]
  kEdgeEvidence,   // uint32_t[] evidence ids
  kEvidence,       // Evidence[]
  kQualifiers,     // StrRef[]
  kNames,          // Name[]: every label and alternative label, folded
  kSurnames,       // Name[]: every proper word-suffix of those ("donald trump" -> "trump")
  kSectionCount,
};

struct SectionRef {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;  // bytes
};

struct Header {
  char magic[8] = {};
  std::uint32_t version = 0;
  std::uint32_t section_count = 0;
  std::uint64_t file_size = 0;
  SectionRef sections[kSectionCount];
};

static_assert(sizeof(StrRef) == 16 && sizeof(Vertex) == 56 && sizeof(Edge) == 48 &&
              sizeof(Adjacent) == 8 && sizeof(Evidence) == 56 && sizeof(Name) == 24);
static_assert(sizeof(Header) <= kHeaderSize);

}  // namespace newskg::graph::index
