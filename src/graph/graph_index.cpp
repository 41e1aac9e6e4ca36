#include "graph/graph_index.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <tuple>

#include "common/input_error.h"
#include "graph/relations.h"

namespace newskg::graph {
namespace {

template <typename T>
std::span<const T> Table(std::string_view bytes, const index::SectionRef& section) {
  return {reinterpret_cast<const T*>(bytes.data() + section.offset), section.size / sizeof(T)};
}

}  // namespace

struct GraphIndex::Impl {
  common::MappedFile file;
  std::string_view pool;
  std::span<const index::Vertex> vertices;
  std::span<const index::StrRef> alt_labels, roles, qualifiers;
  std::span<const index::Edge> edges;
  std::span<const std::uint64_t> adjacency_begin;
  std::span<const index::Adjacent> adjacency;
  std::span<const std::uint32_t> edge_evidence;
  std::span<const index::Evidence> evidence;
  std::span<const index::Name> names, surnames;
  std::span<const index::Meeting> meetings;
  std::span<const std::uint32_t> meeting_attendees, fact_evidence;
  std::span<const index::Post> posts;
  mutable std::once_flag bfs_once;
  mutable std::unique_ptr<BfsGraph> bfs;

  [[noreturn]] void Fail(const std::string& message) const {
    throw InputError(file.name(), "not a usable graph index: " + message +
                                      " (rebuild it with `newskg build`)");
  }

  std::string_view Str(const index::StrRef& ref) const { return pool.substr(ref.offset, ref.length); }

  void CheckRef(const index::StrRef& ref, const char* what) const {
    if (ref.offset > pool.size() || ref.length > pool.size() - ref.offset) {
      Fail(std::string(what) + " points outside the string pool");
    }
  }

  void CheckRange(std::uint64_t begin, std::uint64_t count, std::size_t size,
                  const char* what) const {
    if (begin > size || count > size - begin) Fail(std::string(what) + " out of range");
  }

  void Load() {
    const std::string_view bytes = file.bytes();
    if (bytes.size() < index::kHeaderSize) Fail("file too short");
    index::Header header;
    std::memcpy(&header, bytes.data(), sizeof header);
    if (std::memcmp(header.magic, index::kMagic, sizeof header.magic) != 0) {
      Fail("no graph index header");
    }
    if (header.version != index::kVersion) {
      Fail("format version " + std::to_string(header.version) + ", this newskg reads version " +
           std::to_string(index::kVersion));
    }
    if (header.section_count != index::kSectionCount) Fail("unexpected section count");
    if (header.file_size != bytes.size()) Fail("truncated or extended (size differs from header)");
    const std::size_t record_sizes[index::kSectionCount] = {
        1, sizeof(index::Vertex), sizeof(index::StrRef), sizeof(index::StrRef),
        sizeof(index::Edge), sizeof(std::uint64_t), sizeof(index::Adjacent),
        sizeof(std::uint32_t), sizeof(index::Evidence), sizeof(index::StrRef),
        sizeof(index::Name), sizeof(index::Name), sizeof(index::Meeting),
        sizeof(std::uint32_t), sizeof(index::Post), sizeof(std::uint32_t)};
    for (std::uint32_t s = 0; s < index::kSectionCount; ++s) {
      const index::SectionRef& section = header.sections[s];
      if (section.offset < index::kHeaderSize || section.offset > bytes.size() ||
          section.size > bytes.size() - section.offset) {
        Fail("section " + std::to_string(s) + " lies outside the file");
      }
      if (s != index::kStrings && (section.offset % 8 != 0 || section.size % record_sizes[s] != 0)) {
        Fail("section " + std::to_string(s) + " is misaligned");
      }
    }
    const auto& sec = header.sections;
    pool = bytes.substr(sec[index::kStrings].offset, sec[index::kStrings].size);
    vertices = Table<index::Vertex>(bytes, sec[index::kVertices]);
    alt_labels = Table<index::StrRef>(bytes, sec[index::kAltLabels]);
    roles = Table<index::StrRef>(bytes, sec[index::kRoles]);
    edges = Table<index::Edge>(bytes, sec[index::kEdges]);
    adjacency_begin = Table<std::uint64_t>(bytes, sec[index::kAdjacencyBegin]);
    adjacency = Table<index::Adjacent>(bytes, sec[index::kAdjacency]);
    edge_evidence = Table<std::uint32_t>(bytes, sec[index::kEdgeEvidence]);
    evidence = Table<index::Evidence>(bytes, sec[index::kEvidence]);
    qualifiers = Table<index::StrRef>(bytes, sec[index::kQualifiers]);
    names = Table<index::Name>(bytes, sec[index::kNames]);
    surnames = Table<index::Name>(bytes, sec[index::kSurnames]);
    meetings = Table<index::Meeting>(bytes, sec[index::kMeetings]);
    meeting_attendees = Table<std::uint32_t>(bytes, sec[index::kMeetingAttendees]);
    posts = Table<index::Post>(bytes, sec[index::kPosts]);
    fact_evidence = Table<std::uint32_t>(bytes, sec[index::kFactEvidence]);
    Check();
  }

  // Every reference in bounds and every order the look-ups rely on holds, so that a damaged
  // file is refused here instead of answering wrongly later.
  void Check() const {
    const std::size_t v_count = vertices.size();
    for (std::size_t v = 0; v < v_count; ++v) {
      const index::Vertex& vertex = vertices[v];
      CheckRef(vertex.iri, "a vertex IRI");
      CheckRef(vertex.label, "a vertex label");
      CheckRange(vertex.alt_begin, vertex.alt_count, alt_labels.size(), "alternative labels");
      CheckRange(vertex.role_begin, vertex.role_count, roles.size(), "roles");
      if (vertex.type > static_cast<std::uint8_t>(index::VertexType::Place)) Fail("bad vertex type");
      if (v > 0 && !(Str(vertices[v - 1].iri) < Str(vertex.iri))) Fail("vertices out of IRI order");
    }
    for (const auto& ref : alt_labels) CheckRef(ref, "an alternative label");
    for (const auto& ref : roles) CheckRef(ref, "a role");
    for (const auto& ref : qualifiers) CheckRef(ref, "a qualifier");
    for (const index::Edge& e : edges) {
      if (e.a >= e.b || e.b >= v_count || (e.subject != e.a && e.subject != e.b)) {
        Fail("an edge with bad endpoints");
      }
      if (e.kind > static_cast<std::uint8_t>(index::EdgeKind::MeetingPlace)) Fail("bad edge kind");
      CheckRef(e.label, "an edge label");
      CheckRange(e.evidence_begin, e.evidence_count, edge_evidence.size(), "edge evidence");
    }
    for (std::uint32_t id : edge_evidence) {
      if (id >= evidence.size()) Fail("evidence number out of range");
    }
    for (const index::Evidence& e : evidence) {
      CheckRef(e.article_id, "an article id");
      CheckRef(e.sentence, "a sentence");
      CheckRange(e.qualifier_begin, e.qualifier_count, qualifiers.size(), "qualifiers");
    }
    if (adjacency_begin.size() != v_count + 1 || adjacency_begin.front() != 0 ||
        adjacency_begin.back() != adjacency.size() || adjacency.size() != 2 * edges.size()) {
      Fail("inconsistent adjacency");
    }
    for (std::size_t v = 0; v < v_count; ++v) {
      if (adjacency_begin[v] > adjacency_begin[v + 1]) Fail("inconsistent adjacency");
      for (std::uint64_t i = adjacency_begin[v] + 1; i < adjacency_begin[v + 1]; ++i) {
        const index::Adjacent& before = adjacency[i - 1];
        const index::Adjacent& here = adjacency[i];
        if (std::tie(before.neighbor, before.edge) >= std::tie(here.neighbor, here.edge)) {
          Fail("adjacency out of order");
        }
      }
    }
    for (const index::Adjacent& adjacent : adjacency) {
      if (adjacent.neighbor >= v_count || adjacent.edge >= edges.size()) {
        Fail("adjacency out of range");
      }
    }
    for (std::size_t m = 0; m < meetings.size(); ++m) {
      const index::Meeting& meeting = meetings[m];
      for (const index::StrRef* ref : {&meeting.iri, &meeting.kind, &meeting.status, &meeting.date,
                                       &meeting.time_text, &meeting.article_id, &meeting.article_date}) {
        CheckRef(*ref, "a meeting field");
      }
      if (meeting.place != index::kNoVertex && meeting.place >= v_count) Fail("a meeting at an unknown place");
      CheckRange(meeting.attendee_begin, meeting.attendee_count, meeting_attendees.size(), "attendees");
      CheckRange(meeting.evidence_begin, meeting.evidence_count, fact_evidence.size(), "meeting evidence");
      for (std::uint32_t i = 0; i < meeting.attendee_count; ++i) {
        const std::uint32_t a = meeting_attendees[meeting.attendee_begin + i];
        if (a >= v_count) Fail("a meeting attendee out of range");
        if (i > 0 && !(meeting_attendees[meeting.attendee_begin + i - 1] < a)) Fail("attendees out of order");
      }
      if (m > 0 && !(Str(meetings[m - 1].iri) < Str(meeting.iri))) Fail("meetings out of IRI order");
    }
    for (std::size_t p = 0; p < posts.size(); ++p) {
      const index::Post& post = posts[p];
      CheckRef(post.iri, "a post IRI");
      CheckRef(post.label, "a post label");
      if (post.holder >= v_count) Fail("a post of an unknown vertex");
      CheckRange(post.evidence_begin, post.evidence_count, fact_evidence.size(), "post evidence");
      if (p > 0 && !(Str(posts[p - 1].iri) < Str(post.iri))) Fail("posts out of IRI order");
    }
    for (std::uint32_t id : fact_evidence) {
      if (id >= evidence.size()) Fail("evidence number out of range");
    }
    for (auto table : {names, surnames}) {
      for (std::size_t i = 0; i < table.size(); ++i) {
        CheckRef(table[i].folded, "a name");
        if (table[i].vertex >= v_count) Fail("a name of an unknown vertex");
        if (i > 0 && std::make_pair(Str(table[i].folded), table[i].vertex) <
                         std::make_pair(Str(table[i - 1].folded), table[i - 1].vertex)) {
          Fail("names out of order");
        }
      }
    }
  }

  EvidenceView EvidenceAt(std::uint32_t id) const {
    const index::Evidence& record = evidence[id];
    EvidenceView view;
    view.article_id = Str(record.article_id);
    view.sentence = Str(record.sentence);
    if (record.char_start != index::kNone) view.char_start = record.char_start;
    if (record.char_end != index::kNone) view.char_end = record.char_end;
    for (std::uint32_t q = 0; q < record.qualifier_count; ++q) {
      view.qualifiers.push_back(Str(qualifiers[record.qualifier_begin + q]));
    }
    return view;
  }

  std::vector<Vertex> Find(std::span<const index::Name> table, std::string_view folded) const {
    auto lower = std::lower_bound(table.begin(), table.end(), folded,
                                  [&](const index::Name& n, std::string_view q) { return Str(n.folded) < q; });
    std::vector<Vertex> out;
    for (auto it = lower; it != table.end() && Str(it->folded) == folded; ++it) {
      out.push_back(it->vertex);
    }
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
};

GraphIndex::GraphIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphIndex::GraphIndex(GraphIndex&&) noexcept = default;
GraphIndex& GraphIndex::operator=(GraphIndex&&) noexcept = default;
GraphIndex::~GraphIndex() = default;

GraphIndex GraphIndex::Open(const std::filesystem::path& path) {
  return FromMapped(common::MappedFile::Open(path));
}

GraphIndex GraphIndex::FromMapped(common::MappedFile file) {
  auto impl = std::make_unique<Impl>();
  impl->file = std::move(file);
  impl->Load();
  return GraphIndex(std::move(impl));
}

const std::string& GraphIndex::name() const { return impl_->file.name(); }
std::size_t GraphIndex::vertex_count() const { return impl_->vertices.size(); }
std::size_t GraphIndex::edge_count() const { return impl_->edges.size(); }

std::string_view GraphIndex::iri(Vertex v) const { return impl_->Str(impl_->vertices[v].iri); }
std::string_view GraphIndex::label(Vertex v) const { return impl_->Str(impl_->vertices[v].label); }

std::string_view GraphIndex::type(Vertex v) const {
  switch (static_cast<index::VertexType>(impl_->vertices[v].type)) {
    case index::VertexType::Person:
      return "Person";
    case index::VertexType::Organization:
      return "Organization";
    case index::VertexType::Place:
      return "Place";
    case index::VertexType::None:
      break;
  }
  return "";
}

std::vector<std::string_view> GraphIndex::alt_labels(Vertex v) const {
  const index::Vertex& vertex = impl_->vertices[v];
  std::vector<std::string_view> out;
  for (std::uint32_t i = 0; i < vertex.alt_count; ++i) {
    out.push_back(impl_->Str(impl_->alt_labels[vertex.alt_begin + i]));
  }
  return out;
}

std::vector<std::string_view> GraphIndex::roles(Vertex v) const {
  const index::Vertex& vertex = impl_->vertices[v];
  std::vector<std::string_view> out;
  for (std::uint32_t i = 0; i < vertex.role_count; ++i) {
    out.push_back(impl_->Str(impl_->roles[vertex.role_begin + i]));
  }
  return out;
}

EdgeView GraphIndex::edge(Edge e) const {
  const index::Edge& edge = impl_->edges[e];
  EdgeView view;
  view.a = edge.a;
  view.b = edge.b;
  view.subject = edge.subject;
  view.directed = edge.directed != 0;
  switch (static_cast<index::EdgeKind>(edge.kind)) {
    case index::EdgeKind::HoldsPost:
      view.kind = kKindHoldsPost;
      break;
    case index::EdgeKind::Meeting:
      view.kind = kKindMeeting;
      break;
    case index::EdgeKind::MeetingPlace:
      view.kind = kKindMeetingPlace;
      break;
  }
  view.label = impl_->Str(edge.label);
  view.weight = edge.weight;
  view.evidence_count = edge.evidence_count;
  return view;
}

EvidenceView GraphIndex::evidence(Edge e, std::size_t i) const {
  const index::Edge& edge = impl_->edges[e];
  return impl_->EvidenceAt(impl_->edge_evidence[edge.evidence_begin + i]);
}

std::size_t GraphIndex::meeting_count() const { return impl_->meetings.size(); }

MeetingView GraphIndex::meeting(std::size_t m) const {
  const index::Meeting& meeting = impl_->meetings[m];
  MeetingView view;
  view.iri = impl_->Str(meeting.iri);
  view.kind = impl_->Str(meeting.kind);
  view.status = impl_->Str(meeting.status);
  view.date = impl_->Str(meeting.date);
  view.time_text = impl_->Str(meeting.time_text);
  view.article_id = impl_->Str(meeting.article_id);
  view.article_date = impl_->Str(meeting.article_date);
  if (meeting.place != index::kNoVertex) view.place = meeting.place;
  view.attendees = impl_->meeting_attendees.subspan(meeting.attendee_begin, meeting.attendee_count);
  view.evidence_count = meeting.evidence_count;
  return view;
}

EvidenceView GraphIndex::meeting_evidence(std::size_t m, std::size_t i) const {
  return impl_->EvidenceAt(impl_->fact_evidence[impl_->meetings[m].evidence_begin + i]);
}

std::size_t GraphIndex::post_count() const { return impl_->posts.size(); }

PostView GraphIndex::post(std::size_t p) const {
  const index::Post& post = impl_->posts[p];
  return {impl_->Str(post.iri), impl_->Str(post.label), post.holder, post.evidence_count};
}

EvidenceView GraphIndex::post_evidence(std::size_t p, std::size_t i) const {
  return impl_->EvidenceAt(impl_->fact_evidence[impl_->posts[p].evidence_begin + i]);
}

Vertex GraphIndex::Other(Edge e, Vertex v) const {
  const index::Edge& edge = impl_->edges[e];
  return edge.a == v ? edge.b : edge.a;
}

std::span<const index::Adjacent> GraphIndex::Adjacency(Vertex v) const {
  const std::uint64_t begin = impl_->adjacency_begin[v];
  return impl_->adjacency.subspan(begin, impl_->adjacency_begin[v + 1] - begin);
}

std::size_t GraphIndex::AdjacencyOffset(Vertex v) const { return impl_->adjacency_begin[v]; }

std::vector<Edge> GraphIndex::EdgesBetween(Vertex a, Vertex b) const {
  std::vector<Edge> out;
  // Adjacency is sorted by neighbor: a hub's thousands of neighbors are not scanned per pair.
  const std::span<const index::Adjacent> adjacency = Adjacency(a);
  auto first = std::lower_bound(adjacency.begin(), adjacency.end(), b,
                                [](const index::Adjacent& x, Vertex v) { return x.neighbor < v; });
  for (; first != adjacency.end() && first->neighbor == b; ++first) out.push_back(first->edge);
  std::sort(out.begin(), out.end(), [this](Edge x, Edge y) {
    const EdgeView ex = edge(x), ey = edge(y);
    return std::tie(ex.kind, ex.label, ex.subject) < std::tie(ey.kind, ey.label, ey.subject);
  });
  return out;
}

std::optional<Vertex> GraphIndex::FindIri(std::string_view iri_text) const {
  const auto& vertices = impl_->vertices;
  auto it = std::lower_bound(vertices.begin(), vertices.end(), iri_text,
                             [this](const index::Vertex& v, std::string_view q) {
                               return impl_->Str(v.iri) < q;
                             });
  if (it == vertices.end() || impl_->Str(it->iri) != iri_text) return std::nullopt;
  return static_cast<Vertex>(it - vertices.begin());
}

std::vector<Vertex> GraphIndex::FindName(std::string_view folded) const {
  return impl_->Find(impl_->names, folded);
}

std::vector<Vertex> GraphIndex::FindNameSuffix(std::string_view folded) const {
  return impl_->Find(impl_->surnames, folded);
}

const BfsGraph& GraphIndex::bfs_graph() const {
  std::call_once(impl_->bfs_once, [this] {
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    arcs.reserve(impl_->adjacency.size());
    for (Vertex v = 0; v < vertex_count(); ++v) {
      for (const index::Adjacent& adjacent : Adjacency(v)) arcs.emplace_back(v, adjacent.neighbor);
    }
    impl_->bfs = std::make_unique<BfsGraph>(boost::edges_are_sorted, arcs.begin(), arcs.end(),
                                            vertex_count());
  });
  return *impl_->bfs;
}

Edge GraphIndex::EdgeOf(const boost::graph_traits<BfsGraph>::edge_descriptor& e) const {
  return impl_->adjacency[e.idx].edge;
}

}  // namespace newskg::graph
