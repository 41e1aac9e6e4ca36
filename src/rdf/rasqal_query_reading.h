// Reading rasqal's parsed query: variables, triples, graph patterns and operator names, for the
// checks of what the embedded engine answers right; internal to src/rdf.
#pragma once

#include <rasqal.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace newskg::rdf::detail {

// The variable a literal stands for, or nullptr.
rasqal_variable* VariableOf(rasqal_literal* literal);
std::string NameOf(const rasqal_variable* variable);
std::string StringOf(rasqal_literal* literal);

// A constant string argument (the pattern of REGEX, the separator of GROUP_CONCAT).
std::optional<std::string> ConstantString(rasqal_expression* expression);

std::vector<rasqal_graph_pattern*> SubPatterns(rasqal_graph_pattern* gp);
std::vector<rasqal_triple*> Triples(rasqal_graph_pattern* gp);
std::vector<std::string> TripleVariables(const rasqal_triple* triple);

// Every variable a pattern binds by matching triples (or naming a graph), at any depth.
void CollectPatternVariables(rasqal_graph_pattern* gp, std::set<std::string>& names);
void CollectBasicPatterns(rasqal_graph_pattern* gp, std::vector<rasqal_graph_pattern*>& basics);

// Variables a basic pattern binds in a triple before its last one. rasqal reads such a pattern
// lazily and takes these variables' values from one shared table when it builds each row; a
// pattern joined after it that mentions the same variable overwrites the table entry, so the
// rows that follow carry the wrong value (e.g. a meeting paired with another meeting's
// attendees: 32,155 rows instead of 18 on the seeds' graph).
std::set<std::string> EarlyBoundVariables(rasqal_graph_pattern* basic);

// rasqal's label of an operator ("year", "count") as SPARQL writes it ("YEAR").
std::string OpName(rasqal_op op);
// "OPTIONAL", "UNION", ... for a graph pattern.
std::string OperatorName(rasqal_graph_pattern* gp);

}  // namespace newskg::rdf::detail
