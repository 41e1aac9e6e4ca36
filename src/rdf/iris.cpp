#include "rdf/iris.h"

#include "common/input_error.h"
#include "rdf/slug.h"
#include "resolution/cluster_key.h"
#include "text/utf8.h"

namespace newskg::rdf {

namespace {

constexpr const char* kKinds[] = {"person", "entity", "article", "post", "meeting", "event", "evidence"};

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// RFC 3987 characters allowed in an IRI outside percent escapes: unreserved, sub-delims,
// gen-delims, and non-ASCII ucschar/iprivate code points.
bool AllowedCodePoint(char32_t c) {
  if (c < 0x80) {
    const char a = static_cast<char>(c);
    if (IsAlpha(a) || IsDigit(a)) return true;
    return std::string_view("-._~!$&'()*+,;=:/?#[]@").find(a) != std::string_view::npos;
  }
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;          // noncharacters
  if ((c & 0xFFFE) == 0xFFFE) return false;               // U+xFFFE, U+xFFFF
  if (c >= 0xD800 && c <= 0xDFFF) return false;           // surrogates
  if (c < 0xA0) return false;                             // C1 controls
  return true;
}

}  // namespace

std::string BaseIriProblem(std::string_view iri) {
  if (iri.empty()) return "is empty";
  if (iri.back() != '/' && iri.back() != '#') return "must end with '/' or '#'";
  const std::size_t colon = iri.find(':');
  bool scheme = colon != std::string_view::npos && colon > 0 && IsAlpha(iri[0]);
  for (std::size_t i = 1; scheme && i < colon; ++i) {
    const char c = iri[i];
    scheme = IsAlpha(c) || IsDigit(c) || c == '+' || c == '-' || c == '.';
  }
  if (!scheme) return "is not absolute (no scheme such as https:)";
  if (text::FindInvalidUtf8(iri)) return "is not valid UTF-8";
  std::size_t hashes = 0;
  for (std::size_t i = 0; i < iri.size();) {
    const text::CodePoint cp = text::DecodeAt(iri, i);
    if (cp.value == U'%') {
      if (i + 2 >= iri.size() || !IsHex(iri[i + 1]) || !IsHex(iri[i + 2])) {
        return "has a '%' not followed by two hexadecimal digits";
      }
      i += 3;
      continue;
    }
    if (cp.value == U'#' && ++hashes > 1) return "has more than one '#'";
    if (cp.value == U'[' || cp.value == U']') {
      // Allowed only around an IPv6 host, which a base IRI for newskg has no use for.
      return "contains '[' or ']'";
    }
    if (!AllowedCodePoint(cp.value)) return "contains a character not allowed in IRIs";
    i += cp.length;
  }
  return {};
}

IriMinter::IriMinter(std::string base_iri) : base_(std::move(base_iri)) {
  if (std::string problem = BaseIriProblem(base_); !problem.empty()) {
    throw InputError("base IRI", "'" + base_ + "' " + problem);
  }
}

std::string IriMinter::EntityKey(std::string_view cluster_key) const {
  const char* folder = resolution::IsPersonKey(cluster_key) ? "person/" : "entity/";
  return base_ + folder + PercentEncode(resolution::KeySlug(cluster_key));
}

std::string IriMinter::Article(std::string_view article_id) const {
  return base_ + "article/" + PercentEncode(article_id);
}

std::string IriMinter::Post(std::string_view person_key, std::string_view label_slug,
                            std::optional<std::string_view> of_key) const {
  std::string iri = base_ + "post/" + PercentEncode(resolution::KeySlug(person_key)) + "--" +
                    PercentEncode(label_slug);
  if (of_key) {
    iri += resolution::IsPersonKey(*of_key) ? "--~" : "--";
    iri += PercentEncode(resolution::KeySlug(*of_key));
  }
  return iri;
}

std::string IriMinter::Meeting(std::string_view article_id, std::size_t char_begin,
                               std::size_t n) const {
  return base_ + "meeting/" + PercentEncode(article_id) + "-" + std::to_string(char_begin) + "-" +
         std::to_string(n);
}

std::string IriMinter::Event(std::string_view slug) const {
  return base_ + "event/" + PercentEncode(slug);
}

std::string IriMinter::Evidence(std::string_view article_id, char kind, std::size_t n) const {
  return base_ + "evidence/" + PercentEncode(article_id) + "-" + kind + std::to_string(n);
}

PrefixMap IriMinter::Prefixes() const {
  PrefixMap prefixes;
  for (const char* kind : kKinds) prefixes[kind] = base_ + kind + "/";
  return prefixes;
}

}  // namespace newskg::rdf
