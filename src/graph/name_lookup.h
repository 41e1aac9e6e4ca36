// NameLookup: finds graph vertices by a name as a user types it (any label, any case, ß/ss,
// genitive "s", surname only), through the index's sorted name tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_index.h"

namespace newskg::graph {

struct NameMatch {
  enum class How { None, Exact, Surname };
  How how = How::None;
  bool genitive_removed = false;  // matched only after dropping a trailing "s" / "'s" / "'"
  std::vector<Vertex> candidates;  // sorted by label, then IRI; more than one: ambiguous

  bool found() const { return !candidates.empty(); }
  bool ambiguous() const { return candidates.size() > 1; }
};

// Folds a name for comparison: NFKC case folding (so "ß" equals "ss"), whitespace collapsed
// to single spaces, trimmed.
std::string FoldName(std::string_view name);

class NameLookup {
 public:
  // Keeps a reference to graph, which must outlive the lookup.
  explicit NameLookup(const GraphIndex& graph) : graph_(graph) {}

  // Tries, in order, and returns the first tier with any match: the query as an IRI, as typed
  // against whole labels (rdfs:label, skos:altLabel), the query as the last word(s) of a label,
  // then the same two with a genitive ending removed.
  NameMatch Find(std::string_view query) const;

 private:
  std::vector<Vertex> Sorted(std::vector<Vertex> vertices) const;

  const GraphIndex& graph_;
};

}  // namespace newskg::graph
