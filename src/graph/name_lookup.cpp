#include "graph/name_lookup.h"

#include <algorithm>
#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace newskg::graph {
namespace {

// The query without a German genitive ending, or empty if it has none.
std::string WithoutGenitive(const std::string& folded) {
  for (std::string_view ending : {"'s", "\u2019s", "'", "\u2019", "s"}) {
    if (folded.ends_with(ending) && folded.size() > ending.size() + 1) {
      return folded.substr(0, folded.size() - ending.size());
    }
  }
  return {};
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string FoldName(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold unavailable");
  const icu::UnicodeString folded = folder->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))),
      status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU case folding failed");
  std::string utf8;
  folded.toUTF8String(utf8);
  std::string out;
  bool space = false;
  for (char c : utf8) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<Vertex> NameLookup::Sorted(std::vector<Vertex> vertices) const {
  std::sort(vertices.begin(), vertices.end(), [this](Vertex a, Vertex b) {
    return std::make_pair(graph_.label(a), graph_.iri(a)) <
           std::make_pair(graph_.label(b), graph_.iri(b));
  });
  vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
  return vertices;
}

NameMatch NameLookup::Find(std::string_view query) const {
  NameMatch match;
  if (auto v = graph_.FindIri(query)) {
    match.how = NameMatch::How::Exact;
    match.candidates = {*v};
    return match;
  }
  const std::string folded = FoldName(query);
  if (folded.empty()) return match;
  std::vector<std::string> forms = {folded};
  if (auto stripped = WithoutGenitive(folded); !stripped.empty()) forms.push_back(stripped);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    match.genitive_removed = i > 0;
    if (auto exact = graph_.FindName(forms[i]); !exact.empty()) {
      match.how = NameMatch::How::Exact;
      match.candidates = Sorted(std::move(exact));
      return match;
    }
    if (auto surname = graph_.FindNameSuffix(forms[i]); !surname.empty()) {
      match.how = NameMatch::How::Surname;
      match.candidates = Sorted(std::move(surname));
      return match;
    }
  }
  match.genitive_removed = false;
  return match;
}

}  // namespace newskg::graph
