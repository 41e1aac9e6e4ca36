// EntityRegistry: merges the entities of resolved articles, one at a time, into clusters by key,
// and finishes them into the archive's EntityTable. Holds only names and counts, never text, so
// its memory grows with the number of distinct entities, not with the archive.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "resolution/entity_table.h"
#include "resolution/resolved_article.h"

namespace newskg::resolution {

class EntityRegistry {
 public:
  // Adding is commutative: the same set of articles in any order gives the same table.
  void Add(const ResolvedArticle& article);

  std::size_t cluster_count() const { return clusters_.size(); }

  // Across articles, a short first name joins the one longer first name it begins with the
  // same surname ("Alex Stubb" -> "Alexander Stubb") unless one article names both, and a
  // surname alone the one person with that surname (when there is exactly one). Labels: the most
  // frequent canonical form, a full name over a surname, a form without initials on ties. Types:
  // persons by key, others by votes.
  EntityTable Finish() const;

 private:
  struct Cluster {
    TypeVotes type_votes{};
    bool is_country = false;
    std::map<std::string, std::uint32_t> names;
    std::set<std::string> surfaces;
    // Full names of the same surname that some article names beside this one: two people there.
    std::set<std::string> apart;
  };
  std::unordered_map<std::string, Cluster> clusters_;
};

}  // namespace newskg::resolution
