// Which SPARQL expressions can never raise an error, whatever the solution: rasqal 0.9.33 drops a
// row when a BIND expression fails (SPARQL keeps the row with the variable unbound), so the
// embedded engine accepts BIND only over such expressions. Internal to src/rdf.
#pragma once

#include <rasqal.h>

#include <set>
#include <string>

namespace newskg::rdf::detail {

// `bound`: the variables every solution binds. True for constants, those variables, STR of
// expressions that cannot fail, string functions over strings, and tests and choices (IF,
// COALESCE with one argument that cannot fail, BOUND, &&, ||, !) built from these. On graphs
// without blank nodes (STR of a blank node fails), which newskg never writes.
bool CannotFail(rasqal_expression* e, const std::set<std::string>& bound);

// A simple string (no language tag) every time: a string constant, or STR, CONCAT, SUBSTR, ...
// of such strings.
bool IsString(rasqal_expression* e, const std::set<std::string>& bound);

// A variable of `bound` that is not a computed (SELECT expression) variable.
bool IsBoundVariable(rasqal_expression* e, const std::set<std::string>& bound);

// An integer constant from `low` to `high` (high < low: no upper bound).
bool IsIntegerConstant(rasqal_expression* e, int low, int high);
bool IsNumberConstant(rasqal_expression* e);

}  // namespace newskg::rdf::detail
