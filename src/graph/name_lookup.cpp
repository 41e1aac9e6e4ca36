#include "graph/name_lookup.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace newskg::graph {
namespace {

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The query without a German genitive ending, or empty if it has none.
std::string WithoutGenitive(const std::string& folded) {
  for (std::string_view ending : {"'s", "\u2019s", "'", "\u2019", "s"}) {
    if (EndsWith(folded, ending) && folded.size() > ending.size() + 1) {
      return folded.substr(0, folded.size() - ending.size());
    }
  }
  return {};
}

}  // namespace

std::string FoldName(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold unavailable");
  icu::UnicodeString folded = folder->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))),
      status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU case folding failed");
  std::string utf8;
  folded.toUTF8String(utf8);
  std::string out;
  for (const auto& w : Words(utf8)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

NameLookup::NameLookup(const KnowledgeGraph& graph) : graph_(graph) {
  for (auto [it, end] = boost::vertices(graph.graph); it != end; ++it) {
    const auto& v = graph[*it];
    std::vector<std::string> labels = v.alt_labels;
    labels.push_back(v.label);
    for (const auto& label : labels) {
      std::string folded = FoldName(label);
      if (folded.empty()) continue;
      names_.push_back({folded, Words(folded), *it});
    }
  }
}

std::vector<Vertex> NameLookup::Sorted(std::vector<Vertex> vertices) const {
  std::sort(vertices.begin(), vertices.end(), [this](Vertex a, Vertex b) {
    return std::tie(graph_[a].label, graph_[a].iri) < std::tie(graph_[b].label, graph_[b].iri);
  });
  vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
  return vertices;
}

std::vector<Vertex> NameLookup::Exact(const std::string& folded) const {
  std::vector<Vertex> out;
  for (const auto& n : names_) {
    if (n.folded == folded) out.push_back(n.vertex);
  }
  return Sorted(std::move(out));
}

std::vector<Vertex> NameLookup::Surname(const std::string& folded) const {
  auto query = Words(folded);
  std::vector<Vertex> out;
  for (const auto& n : names_) {
    if (query.empty() || n.words.size() <= query.size()) continue;
    if (std::equal(query.rbegin(), query.rend(), n.words.rbegin())) out.push_back(n.vertex);
  }
  return Sorted(std::move(out));
}

NameMatch NameLookup::Find(std::string_view query) const {
  NameMatch match;
  if (auto v = graph_.FindIri(std::string(query))) {
    match.how = NameMatch::How::Exact;
    match.candidates = {*v};
    return match;
  }
  std::string folded = FoldName(query);
  if (folded.empty()) return match;
  std::vector<std::string> forms = {folded};
  if (auto stripped = WithoutGenitive(folded); !stripped.empty()) forms.push_back(stripped);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    match.genitive_removed = i > 0;
    if (auto exact = Exact(forms[i]); !exact.empty()) {
      match.how = NameMatch::How::Exact;
      match.candidates = std::move(exact);
      return match;
    }
    if (auto surname = Surname(forms[i]); !surname.empty()) {
      match.how = NameMatch::How::Surname;
      match.candidates = std::move(surname);
      return match;
    }
  }
  match.genitive_removed = false;
  return match;
}

}  // namespace newskg::graph
