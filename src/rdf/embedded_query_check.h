// Which queries the embedded engine (Redland rasqal 0.9.33, Debian bookworm) answers correctly:
// a query is parsed with rasqal's own parser and every construct rasqal is known to evaluate
// wrongly is reported, so that `newskg sparql` refuses it instead of printing wrong rows.
// The constructs were found by running analyst queries on the seeds' graph through rasqal and
// through Virtuoso and rdflib (tests/e2e/sparql_differential_test.cpp keeps checking them).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/sparql_lexer.h"
#include "rdf/term.h"

namespace newskg::rdf {

// One construct the embedded engine cannot answer correctly.
struct Refusal {
  std::string construct;  // what the user wrote, e.g. "OPTIONAL", "UCASE", "COUNT(DISTINCT ...)"
  std::string reason;     // what rasqal does wrong with it here, and what to do instead
};

// What the check found out about a query the embedded engine can parse.
struct EmbeddedQueryCheck {
  QueryForm form = QueryForm::Unknown;
  // The projected variables of a SELECT, in order (the header of an empty result).
  std::vector<std::string> variables;
  std::vector<Refusal> refusals;
  // SPARQL: aggregates without GROUP BY form one group even when no solution matches, so the
  // answer is one row (COUNT 0, ...). rasqal returns no row. When the row can be computed from
  // the projection alone it is here; `empty_group_fixable` is false when it cannot (HAVING, or
  // an expression over aggregates) and an empty answer must be refused.
  bool implicit_group = false;
  bool empty_group_fixable = false;
  std::vector<std::optional<Term>> empty_group_row;
};

// A query newskg will not run: the embedded engine would answer it wrongly, or it would reach
// other hosts without --allow-remote. The message says why and what to do instead.
class QueryRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A query the embedded engine cannot even parse; the message names the SPARQL 1.1 constructs
// found in it that rasqal lacks (property paths, EXISTS) when there are any.
class QuerySyntaxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses `query` with rasqal ("sparql11-query") and checks it. Throws QuerySyntaxError.
EmbeddedQueryCheck CheckForEmbeddedEngine(std::string_view query);

// The text of the error for a refused query: the constructs, each with its reason, and where to
// run the query instead.
std::string RefusalMessage(const std::vector<Refusal>& refusals);

}  // namespace newskg::rdf
