// SELECT answers written as RDF in the result-set vocabulary of the SPARQL test suite
// (http://www.w3.org/2005/sparql-results#), which Virtuoso writes as Turtle about ten times
// faster than SPARQL JSON results.
#pragma once

#include <string>
#include <string_view>

#include "rdf/term.h"

namespace newskg::rdf {

// Reads the result set from Turtle `text` as it streams through the parser: the rows in the
// order the document lists the solutions (or by res:index when every solution has one), the
// variables in the order of res:resultVariable. Throws std::runtime_error when the text does
// not parse, has no res:ResultSet, or a binding is incomplete.
QueryResult ReadRdfResultSet(std::string_view text, const std::string& base_iri);

}  // namespace newskg::rdf
