// EntityMapper: maps system entity nodes to the gold entities of one article by name.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/system_output.h"

namespace newskg::eval {

class EntityMapper {
 public:
  EntityMapper(const GoldArticle& gold, const SystemOutput& system);

  // The gold entity a node stands for, or nullopt. Preference: the node's rdfs:label equals a
  // gold name, then a gold alias, then one of its alt labels equals a gold name, then an alias;
  // ties go to the gold entity listed first. Names compare by NameKey.
  std::optional<std::size_t> Map(const std::string& node) const;

  // The node's display name: its first label, else its first alt label, else its id.
  std::string Describe(const std::string& node) const;

 private:
  const SystemOutput& system_;
  std::vector<std::string> name_keys_;               // per gold entity
  std::vector<std::vector<std::string>> alias_keys_;  // per gold entity
  mutable std::map<std::string, std::optional<std::size_t>> cache_;
};

}  // namespace newskg::eval
