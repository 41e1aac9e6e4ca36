// Parsing RDF text into triples in the order the document writes them, with raptor directly
// (librdf's parser streams do not keep that order).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rdf/term.h"

namespace newskg::rdf {

// `syntax` is a raptor parser name ("turtle", "ntriples"). Throws std::runtime_error with the
// parser's first error and its line.
std::vector<Triple> ParseInDocumentOrder(std::string_view text, std::string_view syntax,
                                         const std::string& base_iri);

}  // namespace newskg::rdf
