// TripleSink: where the rdf stage sends triples, one at a time (a streaming file writer, an
// in-memory librdf model, a counter); TermRef: an RDF term that borrows its text.
#pragma once

#include <cstdint>
#include <string_view>

namespace newskg::rdf {

struct TermRef {
  enum class Kind : std::uint8_t { Iri, Literal, Blank };
  Kind kind = Kind::Iri;
  std::string_view value;     // IRI, lexical form or blank node id
  std::string_view language;  // literals only, may be empty
  std::string_view datatype;  // literals only, full IRI, may be empty

  static TermRef Iri(std::string_view iri) { return {Kind::Iri, iri, {}, {}}; }
  static TermRef Literal(std::string_view text, std::string_view language = {}) {
    return {Kind::Literal, text, language, {}};
  }
  static TermRef Typed(std::string_view text, std::string_view datatype) {
    return {Kind::Literal, text, {}, datatype};
  }
};

class TripleSink {
 public:
  virtual ~TripleSink() = default;
  // Throws std::runtime_error (naming the output) when the triple cannot be written.
  virtual void Add(const TermRef& subject, const TermRef& predicate, const TermRef& object) = 0;
};

// Sends every triple to several sinks, in the order given.
class TeeSink : public TripleSink {
 public:
  TeeSink(TripleSink& first, TripleSink& second) : first_(first), second_(second) {}
  void Add(const TermRef& s, const TermRef& p, const TermRef& o) override {
    first_.Add(s, p, o);
    second_.Add(s, p, o);
  }

 private:
  TripleSink& first_;
  TripleSink& second_;
};

}  // namespace newskg::rdf
