// Term, Triple and QueryResult: plain values that carry RDF data out of librdf.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newskg::rdf {

struct Term {
  enum class Kind { Iri, Literal, Blank };
  Kind kind = Kind::Iri;
  std::string value;     // IRI, lexical form, or blank node id
  std::string language;  // literals only, may be empty
  std::string datatype;  // literals only, full IRI, may be empty

  static Term Iri(std::string iri) { return {Kind::Iri, std::move(iri), {}, {}}; }
  static Term Literal(std::string text, std::string lang = {}) {
    return {Kind::Literal, std::move(text), std::move(lang), {}};
  }
  static Term Typed(std::string text, std::string datatype) {
    return {Kind::Literal, std::move(text), {}, std::move(datatype)};
  }
  bool operator==(const Term&) const = default;
  auto operator<=>(const Term&) const = default;
};

struct Triple {
  Term subject, predicate, object;
  bool operator==(const Triple&) const = default;
  auto operator<=>(const Triple&) const = default;
};

// The answer to a SPARQL query: variable bindings (SELECT), a boolean (ASK), or triples
// (CONSTRUCT/DESCRIBE).
struct QueryResult {
  enum class Kind { Bindings, Boolean, Graph };
  Kind kind = Kind::Bindings;
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<Term>>> rows;  // unbound values are nullopt
  bool boolean = false;
  std::vector<Triple> triples;
};

}  // namespace newskg::rdf
