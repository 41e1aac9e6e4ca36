// BuildModel: turns a resolved KnowledgeBase into the RDF graph described in CONTRACT.md and
// schema/newskg.ttl.
#pragma once

#include <string>

#include "rdf/iris.h"
#include "rdf/model.h"
#include "resolution/knowledge_base.h"

namespace newskg::rdf {

// Throws InputError for a bad base IRI, std::out_of_range for an index that points outside kb.
Model BuildModel(const resolution::KnowledgeBase& kb,
                 const std::string& base_iri = std::string(kDefaultBaseIri));

}  // namespace newskg::rdf
