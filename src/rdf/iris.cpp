#include "rdf/iris.h"

#include "common/input_error.h"

namespace newskg::rdf {

namespace {

constexpr const char* kKinds[] = {"person", "organization", "place", "article",
                                  "post",   "meeting",      "evidence"};

const char* EntityFolder(recognition::EntityType type) {
  switch (type) {
    case recognition::EntityType::Person:
      return "person";
    case recognition::EntityType::Organization:
      return "organization";
    case recognition::EntityType::Place:
      return "place";
  }
  return "entity";
}

bool HasScheme(std::string_view iri) {
  std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = iri[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

IriMinter::IriMinter(std::string base_iri) : base_(std::move(base_iri)) {
  if (base_.empty() || (base_.back() != '/' && base_.back() != '#')) {
    throw InputError("base IRI", "'" + base_ + "' must end with '/' or '#'");
  }
  if (!HasScheme(base_)) {
    throw InputError("base IRI", "'" + base_ + "' is not absolute (no scheme such as https:)");
  }
  for (char c : base_) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' ||
        c == '}' || c == '|' || c == '\\' || c == '^' || c == '`') {
      throw InputError("base IRI", "'" + base_ + "' contains a character not allowed in IRIs");
    }
  }
}

std::string IriMinter::Entity(const resolution::Entity& entity) const {
  return base_ + EntityFolder(entity.type) + "/" + PercentEncode(entity.key);
}

std::string IriMinter::Article(std::string_view article_id) const {
  return base_ + "article/" + slugger_.Slug(article_id);
}

std::string IriMinter::Post(std::string_view person_key, std::string_view label,
                            std::optional<std::string_view> of_key) const {
  std::string iri = base_ + "post/" + PercentEncode(person_key) + "--" + slugger_.Slug(label);
  if (of_key) iri += "--" + PercentEncode(*of_key);
  return iri;
}

std::string IriMinter::Meeting(std::string_view article_id, std::size_t char_begin,
                               std::size_t n) const {
  return base_ + "meeting/" + slugger_.Slug(article_id) + "-" + std::to_string(char_begin) + "-" +
         std::to_string(n);
}

std::string IriMinter::Evidence(std::string_view article_id, std::size_t char_begin,
                                std::size_t char_end) const {
  return base_ + "evidence/" + slugger_.Slug(article_id) + "-" + std::to_string(char_begin) +
         "-" + std::to_string(char_end);
}

PrefixMap IriMinter::Prefixes() const {
  PrefixMap prefixes;
  for (const char* kind : kKinds) prefixes[kind] = base_ + kind + "/";
  return prefixes;
}

}  // namespace newskg::rdf
