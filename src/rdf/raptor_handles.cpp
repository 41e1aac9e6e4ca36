#include "rdf/raptor_handles.h"

#include <stdexcept>

namespace newskg::rdf::detail {

Term RaptorTerm(const raptor_term* term) {
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::Iri(RaptorUriText(term->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term{Term::Kind::Blank, RaptorText(term->value.blank.string, term->value.blank.string_len), {}, {}};
    case RAPTOR_TERM_TYPE_LITERAL: {
      const raptor_term_literal_value& literal = term->value.literal;
      Term out = Term::Literal(RaptorText(literal.string, literal.string_len),
                               RaptorText(literal.language, literal.language_len));
      if (literal.datatype != nullptr) out.datatype = RaptorUriText(literal.datatype);
      return out;
    }
    default:
      throw std::runtime_error("an RDF term of unknown type");
  }
}

}  // namespace newskg::rdf::detail
