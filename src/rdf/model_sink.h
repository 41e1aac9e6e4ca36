// ModelSink: a TripleSink that adds every triple to an in-memory librdf Model (eval, tests).
#pragma once

#include <string>

#include "rdf/iris.h"
#include "rdf/model.h"
#include "rdf/triple_sink.h"
#include "resolution/knowledge_base.h"

namespace newskg::rdf {

class ModelSink : public TripleSink {
 public:
  explicit ModelSink(Model& model) : model_(model) {}
  void Add(const TermRef& subject, const TermRef& predicate, const TermRef& object) override;

 private:
  Model& model_;
};

// The whole knowledge base as an in-memory model (GraphEmitter into a ModelSink), with the
// prefixes of `base_iri` declared. For small sets: eval, tests.
Model BuildModel(const resolution::KnowledgeBase& kb,
                 const std::string& base_iri = std::string(kDefaultBaseIri));

// The owned Term for a TermRef.
Term ToTerm(const TermRef& term);

}  // namespace newskg::rdf
