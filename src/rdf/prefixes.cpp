#include "rdf/prefixes.h"

#include "rdf/vocabulary.h"

namespace newskg::rdf {

const PrefixMap& StandardPrefixes() {
  static const PrefixMap prefixes = {
      {"schema", std::string(vocab::kSchemaNs)}, {"org", std::string(vocab::kOrgNs)},
      {"prov", std::string(vocab::kProvNs)},     {"rdf", std::string(vocab::kRdfNs)},
      {"rdfs", std::string(vocab::kRdfsNs)},     {"skos", std::string(vocab::kSkosNs)},
      {"xsd", std::string(vocab::kXsdNs)},       {"owl", std::string(vocab::kOwlNs)},
      {"nkg", std::string(vocab::kNkgNs)},
  };
  return prefixes;
}

namespace {

bool IsPlainLocalName(std::string_view local) {
  if (local.empty() || local.back() == '.' || local.front() == '.' || local.front() == '-') {
    return false;
  }
  for (char c : local) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string ShortenIri(std::string_view iri, const PrefixMap& prefixes) {
  const std::pair<const std::string, std::string>* best = nullptr;
  for (const auto& entry : prefixes) {
    const std::string& ns = entry.second;
    if (iri.size() > ns.size() && iri.substr(0, ns.size()) == ns &&
        IsPlainLocalName(iri.substr(ns.size())) &&
        (best == nullptr || ns.size() > best->second.size())) {
      best = &entry;
    }
  }
  if (best == nullptr) return {};
  return best->first + ":" + std::string(iri.substr(best->second.size()));
}

}  // namespace newskg::rdf
