#include "rdf/librdf_terms.h"

#include <stdexcept>

namespace newskg::rdf::detail {

NodeHandle ToNode(librdf_world* world, const Term& term) {
  NodeHandle node;
  switch (term.kind) {
    case Term::Kind::Iri:
      if (!term.value.empty()) node.reset(librdf_new_node_from_uri_string(world, Utf8(term.value.c_str())));
      break;
    case Term::Kind::Blank:
      node.reset(librdf_new_node_from_blank_identifier(
          world, term.value.empty() ? nullptr : Utf8(term.value.c_str())));
      break;
    case Term::Kind::Literal: {
      UriHandle datatype;
      if (!term.datatype.empty()) {
        datatype.reset(librdf_new_uri(world, Utf8(term.datatype.c_str())));
        if (!datatype) throw std::invalid_argument("bad datatype IRI <" + term.datatype + ">");
      }
      const char* language = term.language.empty() ? nullptr : term.language.c_str();
      node.reset(librdf_new_node_from_typed_counted_literal(
          world, Utf8(term.value.data()), term.value.size(), language,
          language == nullptr ? 0 : term.language.size(), datatype.get()));
      break;
    }
  }
  if (!node) throw std::invalid_argument("librdf refused the RDF term \"" + term.value + "\"");
  return node;
}

StatementHandle ToStatement(librdf_world* world, const Triple& triple) {
  NodeHandle subject = ToNode(world, triple.subject);
  NodeHandle predicate = ToNode(world, triple.predicate);
  NodeHandle object = ToNode(world, triple.object);
  // librdf_new_statement_from_nodes owns the nodes from here on, even when it fails.
  StatementHandle statement(librdf_new_statement_from_nodes(world, subject.release(),
                                                            predicate.release(), object.release()));
  if (!statement) throw std::invalid_argument("librdf refused a statement");
  return statement;
}

Term ToTerm(librdf_node* node) {
  Term term;
  if (librdf_node_is_resource(node)) {
    term.kind = Term::Kind::Iri;
    term.value = Chars(librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    term.kind = Term::Kind::Blank;
    term.value = Chars(librdf_node_get_blank_identifier(node));
  } else {
    term.kind = Term::Kind::Literal;
    size_t length = 0;
    const unsigned char* value = librdf_node_get_literal_value_as_counted_string(node, &length);
    term.value.assign(Chars(value), length);
    if (const char* language = librdf_node_get_literal_value_language(node)) {
      term.language = language;
    }
    if (librdf_uri* datatype = librdf_node_get_literal_value_datatype_uri(node)) {
      term.datatype = Chars(librdf_uri_as_string(datatype));
    }
  }
  return term;
}

Triple ToTriple(librdf_statement* statement) {
  return {ToTerm(librdf_statement_get_subject(statement)),
          ToTerm(librdf_statement_get_predicate(statement)),
          ToTerm(librdf_statement_get_object(statement))};
}

}  // namespace newskg::rdf::detail
