// Conversions between Term/Triple values and librdf nodes/statements; internal to src/rdf.
#pragma once

#include "rdf/librdf_handles.h"
#include "rdf/term.h"

namespace newskg::rdf::detail {

// Throws std::invalid_argument when librdf refuses the term (e.g. an empty IRI).
NodeHandle ToNode(librdf_world* world, const Term& term);
StatementHandle ToStatement(librdf_world* world, const Triple& triple);

Term ToTerm(librdf_node* node);
Triple ToTriple(librdf_statement* statement);

}  // namespace newskg::rdf::detail
