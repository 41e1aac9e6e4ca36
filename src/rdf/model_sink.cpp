#include "rdf/model_sink.h"

#include "rdf/graph_emitter.h"

namespace newskg::rdf {

Term ToTerm(const TermRef& term) {
  Term out;
  switch (term.kind) {
    case TermRef::Kind::Iri:
      out.kind = Term::Kind::Iri;
      break;
    case TermRef::Kind::Literal:
      out.kind = Term::Kind::Literal;
      break;
    case TermRef::Kind::Blank:
      out.kind = Term::Kind::Blank;
      break;
  }
  out.value = term.value;
  out.language = term.language;
  out.datatype = term.datatype;
  return out;
}

void ModelSink::Add(const TermRef& subject, const TermRef& predicate, const TermRef& object) {
  model_.Add({ToTerm(subject), ToTerm(predicate), ToTerm(object)});
}

Model BuildModel(const resolution::KnowledgeBase& kb, const std::string& base_iri) {
  const IriMinter iris(base_iri);
  Model model;
  for (const auto& [name, iri] : iris.Prefixes()) model.AddPrefix(name, iri);
  ModelSink sink(model);
  EmitKnowledgeBase(kb, iris, sink);
  return model;
}

}  // namespace newskg::rdf
