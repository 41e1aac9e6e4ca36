// IriMinter: the IRIs of articles, entities, posts, meetings and evidence under a base IRI.
// Every IRI is a function of what it names (an entity's cluster key, an article's id), never of
// the order or batching of the input, so it stays the same when articles are added.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rdf/prefixes.h"
#include "resolution/entity_table.h"

namespace newskg::rdf {

inline constexpr std::string_view kDefaultBaseIri = "https://newskg.example.org/kg/";

// Why `iri` is not usable as a base IRI (an absolute RFC 3987 IRI ending in '/' or '#', with
// well-formed percent escapes and at most one '#'), or empty when it is.
std::string BaseIriProblem(std::string_view iri);

class IriMinter {
 public:
  // Throws InputError (place "base IRI") when BaseIriProblem finds one.
  explicit IriMinter(std::string base_iri = std::string(kDefaultBaseIri));

  const std::string& base() const { return base_; }

  // {base}person/{slug} for persons, {base}entity/{slug} for organizations and places (their
  // type is voted, and may change as articles are added; their IRI may not).
  std::string Entity(const resolution::Entity& entity) const { return EntityKey(entity.key); }
  std::string EntityKey(std::string_view cluster_key) const;
  // {base}article/{percent-encoded id}
  std::string Article(std::string_view article_id) const;
  // {base}post/{person slug}--{label slug}[--{of slug}]; an `of` that is a person is marked
  // with '~' ("--~dnld-trump"), so persons and things never share a post IRI.
  std::string Post(std::string_view person_key, std::string_view label_slug,
                   std::optional<std::string_view> of_key) const;
  // {base}meeting/{article}-{char_begin}-{n}; n counts meetings read from the same place.
  std::string Meeting(std::string_view article_id, std::size_t char_begin, std::size_t n) const;
  // {base}event/{slug}: a meeting that several articles report (resolution/event_registry.h).
  std::string Event(std::string_view slug) const;
  // {base}evidence/{article}-{kind}{n}: the evidence of the article's n-th role (kind 'r') or
  // meeting ('m'), one node per fact.
  std::string Evidence(std::string_view article_id, char kind, std::size_t n) const;

  // One prefix per IRI kind ("person" -> {base}person/, ...), for readable Turtle.
  PrefixMap Prefixes() const;

 private:
  std::string base_;
};

}  // namespace newskg::rdf
