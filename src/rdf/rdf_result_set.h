// SELECT answers written as RDF in the result-set vocabulary of the SPARQL test suite
// (http://www.w3.org/2005/sparql-results#), which Virtuoso writes as Turtle about ten times
// faster than SPARQL JSON results.
#pragma once

#include <string_view>
#include <vector>

#include "rdf/term.h"

namespace newskg::rdf {

// The rows of the result set in `triples` (in the order the document lists the solutions, or by
// res:index when every solution has one), the variables in the order of res:resultVariable.
// Throws std::runtime_error when there is no res:ResultSet or a binding is incomplete.
QueryResult ReadRdfResultSet(const std::vector<Triple>& triples);

}  // namespace newskg::rdf
