// IriMinter: the stable IRIs of articles, entities, posts, meetings and evidence under a base IRI.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rdf/prefixes.h"
#include "rdf/slug.h"
#include "resolution/knowledge_base.h"

namespace newskg::rdf {

inline constexpr std::string_view kDefaultBaseIri = "https://newskg.example.org/kg/";

class IriMinter {
 public:
  // Throws InputError (place "base IRI") unless base_iri is an absolute IRI ending in '/' or '#'.
  explicit IriMinter(std::string base_iri = std::string(kDefaultBaseIri));

  const std::string& base() const { return base_; }

  // {base}person/{key}, {base}organization/{key}, {base}place/{key}
  std::string Entity(const resolution::Entity& entity) const;
  // {base}article/{slug of id}
  std::string Article(std::string_view article_id) const;
  // {base}post/{person key}--{slug of label}[--{of key}]
  std::string Post(std::string_view person_key, std::string_view label,
                   std::optional<std::string_view> of_key) const;
  // {base}meeting/{article slug}-{char_begin}-{n}; n counts meetings read from the same place.
  std::string Meeting(std::string_view article_id, std::size_t char_begin, std::size_t n) const;
  // {base}evidence/{article slug}-{char_begin}-{char_end}
  std::string Evidence(std::string_view article_id, std::size_t char_begin,
                       std::size_t char_end) const;

  // One prefix per IRI kind ("person" -> {base}person/, ...), for readable Turtle.
  PrefixMap Prefixes() const;

  const Slugger& slugger() const { return slugger_; }

 private:
  std::string base_;
  Slugger slugger_;
};

}  // namespace newskg::rdf
