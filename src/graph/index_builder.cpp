#include "graph/index_builder.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "common/buffered_writer.h"
#include "graph/index_format.h"
#include "graph/name_lookup.h"

namespace newskg::graph {
namespace {

index::VertexType TypeCode(const std::string& type) {
  if (type == "Person") return index::VertexType::Person;
  if (type == "Organization") return index::VertexType::Organization;
  if (type == "Place") return index::VertexType::Place;
  return index::VertexType::None;
}

struct RelationKey {
  std::uint32_t a, b, subject;
  std::uint8_t kind, directed;
  std::uint32_t label;  // interned
  bool operator==(const RelationKey&) const = default;
};

struct RelationKeyHash {
  std::size_t operator()(const RelationKey& k) const {
    std::uint64_t h = (std::uint64_t{k.a} << 32) ^ k.b;
    h = h * 0x9E3779B97F4A7C15ULL ^ (std::uint64_t{k.subject} << 16) ^ (k.kind << 8) ^ k.directed;
    h = h * 0x9E3779B97F4A7C15ULL ^ k.label;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

struct EvidenceRecord {
  std::uint32_t article;  // interned article id
  index::StrRef sentence;
  std::uint64_t start, end;
  std::uint32_t qualifier_begin, qualifier_count;  // into Impl::qualifier_ids
};

// Words of a folded name, for the surname table.
std::vector<std::string_view> SpaceWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

}  // namespace

struct IndexBuilder::Impl {
  Impl(int fd_in, std::string name_in) : fd(fd_in), name(name_in), out(fd_in, std::move(name_in)) {}

  int fd;
  std::string name;
  common::BufferedWriter out;
  std::uint64_t pool_size = 0;

  std::vector<index::Vertex> vertices;
  std::vector<index::StrRef> alt_labels;
  std::vector<std::vector<std::uint32_t>> vertex_roles;  // interned labels
  std::string last_iri;
  std::vector<std::pair<std::string, std::uint32_t>> names, surnames;

  std::unordered_map<std::string, std::uint32_t> intern_ids;
  std::vector<std::string> interned;
  std::vector<index::StrRef> interned_refs;

  std::uint32_t current_article = UINT32_MAX;
  std::unordered_map<std::string, index::StrRef> article_sentences;
  std::map<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t, std::vector<std::uint32_t>>,
           std::uint32_t>
      article_evidence;
  std::vector<EvidenceRecord> evidence;
  std::vector<std::uint32_t> qualifier_ids;

  std::unordered_map<RelationKey, std::vector<std::uint32_t>, RelationKeyHash> relations;
  std::size_t edges_written = 0;

  index::StrRef Put(std::string_view text) {
    index::StrRef ref{pool_size, static_cast<std::uint32_t>(text.size()), 0};
    out.Write(text);
    pool_size += text.size();
    return ref;
  }

  std::uint32_t Intern(std::string_view text) {
    auto it = intern_ids.find(std::string(text));
    if (it != intern_ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(interned.size());
    interned.emplace_back(text);
    interned_refs.push_back(Put(text));
    intern_ids.emplace(std::string(text), id);
    return id;
  }

  void Pad() {
    static const char kZeros[8] = {};
    const std::uint64_t rest = (8 - out.bytes_written() % 8) % 8;
    out.Write(std::string_view(kZeros, rest));
  }

  template <typename T>
  index::SectionRef WriteTable(const std::vector<T>& records) {
    Pad();
    index::SectionRef section{out.bytes_written(), records.size() * sizeof(T)};
    out.Write(std::string_view(reinterpret_cast<const char*>(records.data()), section.size));
    return section;
  }

  std::vector<index::Name> NameTable(std::vector<std::pair<std::string, std::uint32_t>>& entries) {
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    std::vector<index::Name> table;
    table.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      index::StrRef folded = (i > 0 && entries[i].first == entries[i - 1].first)
                                 ? table.back().folded
                                 : Put(entries[i].first);
      table.push_back({folded, entries[i].second, 0});
    }
    return table;
  }
};

IndexBuilder::IndexBuilder(int fd, std::string name)
    : impl_(std::make_unique<Impl>(fd, std::move(name))) {
  const std::string header(index::kHeaderSize, '\0');  // written last, over these zeros
  impl_->out.Write(header);
}

IndexBuilder::~IndexBuilder() = default;

std::size_t IndexBuilder::vertex_count() const { return impl_->vertices.size(); }
std::size_t IndexBuilder::edge_count() const {
  return impl_->edges_written ? impl_->edges_written : impl_->relations.size();
}

std::uint32_t IndexBuilder::AddVertex(const VertexInput& input) {
  Impl& m = *impl_;
  if (!m.vertices.empty() && input.iri <= m.last_iri) {
    throw std::logic_error("graph index: vertices must come in IRI order");
  }
  m.last_iri = input.iri;
  const auto number = static_cast<std::uint32_t>(m.vertices.size());
  index::Vertex v;
  v.iri = m.Put(input.iri);
  v.label = m.Put(input.label);
  v.type = static_cast<std::uint8_t>(TypeCode(input.type));
  std::set<std::string> alts(input.alt_labels.begin(), input.alt_labels.end());
  alts.erase(input.label);
  v.alt_begin = static_cast<std::uint32_t>(m.alt_labels.size());
  v.alt_count = static_cast<std::uint32_t>(alts.size());
  for (const std::string& alt : alts) m.alt_labels.push_back(m.Put(alt));
  m.vertices.push_back(v);
  m.vertex_roles.emplace_back();
  for (const std::string& role : input.roles) AddRole(number, role);

  alts.insert(input.label);
  for (const std::string& name : alts) {
    const std::string folded = FoldName(name);
    if (folded.empty()) continue;
    m.names.emplace_back(folded, number);
    const auto words = SpaceWords(folded);
    for (std::size_t first = 1; first < words.size(); ++first) {
      const std::size_t from = static_cast<std::size_t>(words[first].data() - folded.data());
      m.surnames.emplace_back(folded.substr(from), number);
    }
  }
  return number;
}

void IndexBuilder::AddRole(std::uint32_t vertex, std::string_view label) {
  Impl& m = *impl_;
  if (vertex >= m.vertices.size()) throw std::logic_error("graph index: role of an unknown vertex");
  std::vector<std::uint32_t>& roles = m.vertex_roles[vertex];
  const std::uint32_t id = m.Intern(label);
  if (std::find(roles.begin(), roles.end(), id) == roles.end()) roles.push_back(id);
}

void IndexBuilder::AddRelation(std::uint32_t subject, std::uint32_t object, RelationKind kind,
                               std::string_view label, bool directed) {
  Impl& m = *impl_;
  if (subject >= m.vertices.size() || object >= m.vertices.size() || subject == object) {
    throw std::logic_error("graph index: a relation needs two different known vertices");
  }
  RelationKey key{std::min(subject, object), std::max(subject, object),
                  directed ? subject : std::min(subject, object), static_cast<std::uint8_t>(kind),
                  static_cast<std::uint8_t>(directed), m.Intern(label)};
  m.relations[key];
}

void IndexBuilder::AddRelation(std::uint32_t subject, std::uint32_t object, RelationKind kind,
                               std::string_view label, bool directed,
                               const EvidenceInput& evidence) {
  Impl& m = *impl_;
  if (subject >= m.vertices.size() || object >= m.vertices.size() || subject == object) {
    throw std::logic_error("graph index: a relation needs two different known vertices");
  }
  const std::uint32_t article = m.Intern(evidence.article_id);
  if (article != m.current_article) {
    m.current_article = article;
    m.article_sentences.clear();
    m.article_evidence.clear();
  }
  auto sentence = m.article_sentences.find(std::string(evidence.sentence));
  if (sentence == m.article_sentences.end()) {
    sentence = m.article_sentences
                   .emplace(std::string(evidence.sentence), m.Put(evidence.sentence))
                   .first;
  }
  std::vector<std::uint32_t> qualifiers;
  for (const std::string& q : evidence.qualifiers) qualifiers.push_back(m.Intern(q));
  const std::uint64_t start = evidence.char_start.value_or(index::kNone);
  const std::uint64_t end = evidence.char_end.value_or(index::kNone);
  auto [it, added] = m.article_evidence.emplace(
      std::make_tuple(sentence->second.offset, start, end, qualifiers),
      static_cast<std::uint32_t>(m.evidence.size()));
  if (added) {
    m.evidence.push_back({article, sentence->second, start, end,
                          static_cast<std::uint32_t>(m.qualifier_ids.size()),
                          static_cast<std::uint32_t>(qualifiers.size())});
    m.qualifier_ids.insert(m.qualifier_ids.end(), qualifiers.begin(), qualifiers.end());
  }
  RelationKey key{std::min(subject, object), std::max(subject, object),
                  directed ? subject : std::min(subject, object), static_cast<std::uint8_t>(kind),
                  static_cast<std::uint8_t>(directed), m.Intern(label)};
  m.relations[key].push_back(it->second);
}

void IndexBuilder::Finish() {
  Impl& m = *impl_;
  index::Header header;
  std::memcpy(header.magic, index::kMagic, sizeof header.magic);
  header.version = index::kVersion;
  header.section_count = index::kSectionCount;

  // The rest of the string pool: the folded names.
  const std::vector<index::Name> names = m.NameTable(m.names);
  const std::vector<index::Name> surnames = m.NameTable(m.surnames);
  header.sections[index::kStrings] = {index::kHeaderSize, m.pool_size};

  // Evidence in content order (article id, offsets, qualifiers), so that the order facts were
  // added in does not matter.
  std::vector<std::uint32_t> article_rank(m.interned.size(), 0);
  {
    std::vector<std::uint32_t> ids;
    for (const auto& e : m.evidence) ids.push_back(e.article);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::sort(ids.begin(), ids.end(),
              [&](std::uint32_t x, std::uint32_t y) { return m.interned[x] < m.interned[y]; });
    for (std::uint32_t r = 0; r < ids.size(); ++r) article_rank[ids[r]] = r;
  }
  struct SortKey {
    std::uint32_t rank;
    std::uint64_t start, end;
    std::string qualifiers;  // joined by U+001F
    std::uint64_t sentence;
    bool operator<(const SortKey& o) const {
      return std::tie(rank, start, end, qualifiers, sentence) <
             std::tie(o.rank, o.start, o.end, o.qualifiers, o.sentence);
    }
  };
  std::vector<SortKey> keys;
  keys.reserve(m.evidence.size());
  for (const EvidenceRecord& e : m.evidence) {
    SortKey key{article_rank[e.article], e.start, e.end, {}, e.sentence.offset};
    for (std::uint32_t i = 0; i < e.qualifier_count; ++i) {
      if (i > 0) key.qualifiers += '\x1f';
      key.qualifiers += m.interned[m.qualifier_ids[e.qualifier_begin + i]];
    }
    keys.push_back(std::move(key));
  }
  std::vector<std::uint32_t> order(m.evidence.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return keys[x] < keys[y]; });
  keys = {};
  std::vector<std::uint32_t> renumber(m.evidence.size());
  std::vector<index::Evidence> evidence_table;
  std::vector<index::StrRef> qualifier_table;
  evidence_table.reserve(order.size());
  for (std::uint32_t n = 0; n < order.size(); ++n) {
    const EvidenceRecord& e = m.evidence[order[n]];
    renumber[order[n]] = n;
    index::Evidence out;
    out.article_id = m.interned_refs[e.article];
    out.sentence = e.sentence;
    out.char_start = e.start;
    out.char_end = e.end;
    out.qualifier_begin = static_cast<std::uint32_t>(qualifier_table.size());
    out.qualifier_count = e.qualifier_count;
    for (std::uint32_t i = 0; i < e.qualifier_count; ++i) {
      qualifier_table.push_back(m.interned_refs[m.qualifier_ids[e.qualifier_begin + i]]);
    }
    evidence_table.push_back(out);
  }

  // Edges in (a, b, kind, label, subject, direction) order.
  std::vector<const std::pair<const RelationKey, std::vector<std::uint32_t>>*> relations;
  relations.reserve(m.relations.size());
  for (const auto& entry : m.relations) relations.push_back(&entry);
  std::sort(relations.begin(), relations.end(), [&](auto* x, auto* y) {
    const RelationKey& a = x->first;
    const RelationKey& b = y->first;
    return std::forward_as_tuple(a.a, a.b, a.kind, m.interned[a.label], a.subject, a.directed) <
           std::forward_as_tuple(b.a, b.b, b.kind, m.interned[b.label], b.subject, b.directed);
  });
  std::vector<index::Edge> edges;
  std::vector<std::uint32_t> edge_evidence;
  edges.reserve(relations.size());
  for (const auto* relation : relations) {
    const RelationKey& key = relation->first;
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id : relation->second) ids.push_back(renumber[id]);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::set<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>> sentences;
    for (std::uint32_t id : ids) {
      const index::Evidence& e = evidence_table[id];
      sentences.emplace(e.sentence.offset, e.char_start, e.char_end);
    }
    index::Edge edge;
    edge.a = key.a;
    edge.b = key.b;
    edge.subject = key.subject;
    edge.kind = key.kind;
    edge.directed = key.directed;
    edge.label = m.interned_refs[key.label];
    edge.evidence_begin = edge_evidence.size();
    edge.evidence_count = static_cast<std::uint32_t>(ids.size());
    edge.weight = static_cast<std::uint32_t>(sentences.size());
    edge_evidence.insert(edge_evidence.end(), ids.begin(), ids.end());
    edges.push_back(edge);
  }
  m.relations.clear();
  m.edges_written = edges.size();

  // Adjacency: both directions of every edge, per vertex by (neighbour, edge).
  std::vector<std::uint64_t> adjacency_begin(m.vertices.size() + 1, 0);
  for (const auto& e : edges) {
    ++adjacency_begin[e.a + 1];
    ++adjacency_begin[e.b + 1];
  }
  for (std::size_t v = 0; v < m.vertices.size(); ++v) adjacency_begin[v + 1] += adjacency_begin[v];
  std::vector<index::Adjacent> adjacency(adjacency_begin.back());
  {
    std::vector<std::uint64_t> fill(adjacency_begin.begin(), adjacency_begin.end() - 1);
    for (std::uint32_t e = 0; e < edges.size(); ++e) {
      adjacency[fill[edges[e].a]++] = {edges[e].b, e};
      adjacency[fill[edges[e].b]++] = {edges[e].a, e};
    }
    for (std::size_t v = 0; v < m.vertices.size(); ++v) {
      std::sort(adjacency.begin() + static_cast<std::ptrdiff_t>(adjacency_begin[v]),
                adjacency.begin() + static_cast<std::ptrdiff_t>(adjacency_begin[v + 1]),
                [](const index::Adjacent& x, const index::Adjacent& y) {
                  return std::tie(x.neighbor, x.edge) < std::tie(y.neighbor, y.edge);
                });
    }
  }

  std::vector<index::StrRef> roles;
  for (std::size_t v = 0; v < m.vertices.size(); ++v) {
    std::vector<std::uint32_t>& ids = m.vertex_roles[v];
    std::sort(ids.begin(), ids.end(),
              [&](std::uint32_t x, std::uint32_t y) { return m.interned[x] < m.interned[y]; });
    m.vertices[v].role_begin = static_cast<std::uint32_t>(roles.size());
    m.vertices[v].role_count = static_cast<std::uint32_t>(ids.size());
    for (std::uint32_t id : ids) roles.push_back(m.interned_refs[id]);
  }
  header.sections[index::kVertices] = m.WriteTable(m.vertices);
  header.sections[index::kAltLabels] = m.WriteTable(m.alt_labels);
  header.sections[index::kRoles] = m.WriteTable(roles);
  header.sections[index::kEdges] = m.WriteTable(edges);
  header.sections[index::kAdjacencyBegin] = m.WriteTable(adjacency_begin);
  header.sections[index::kAdjacency] = m.WriteTable(adjacency);
  header.sections[index::kEdgeEvidence] = m.WriteTable(edge_evidence);
  header.sections[index::kEvidence] = m.WriteTable(evidence_table);
  header.sections[index::kQualifiers] = m.WriteTable(qualifier_table);
  header.sections[index::kNames] = m.WriteTable(names);
  header.sections[index::kSurnames] = m.WriteTable(surnames);
  m.Pad();
  header.file_size = m.out.bytes_written();
  m.out.Flush();

  const char* bytes = reinterpret_cast<const char*>(&header);
  std::size_t done = 0;
  while (done < sizeof header) {
    const ssize_t n = ::pwrite(m.fd, bytes + done, sizeof header - done, static_cast<off_t>(done));
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(m.name + ": cannot write: " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace newskg::graph
