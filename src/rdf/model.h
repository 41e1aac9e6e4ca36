// Model: an in-memory RDF graph on Redland librdf. The only type outside src/rdf that touches
// librdf; it owns the world, storage and model and frees them (RAII).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/prefixes.h"
#include "rdf/term.h"

namespace newskg::rdf {

class Model {
 public:
  Model();
  ~Model();
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  void Add(const Triple& triple);
  std::size_t size() const;

  // All triples, sorted (deterministic).
  std::vector<Triple> Triples() const;

  // Parses a file ("turtle", "ntriples", "rdfxml"); throws InputError naming the file and the
  // place: the line and byte of bytes that are not UTF-8 (or a NUL byte), the line and column
  // of a syntax error, or that the graph does not fit in memory.
  void ParseFile(const std::string& path, std::string_view syntax = "turtle");
  void ParseString(std::string_view text, std::string_view syntax, const std::string& base_iri);

  // Serializes deterministically: the same triples give byte-identical text.
  // syntax: "turtle", "ntriples", "rdfxml".
  std::string Serialize(std::string_view syntax) const;

  // Declares a prefix for Turtle and RDF/XML output, beside StandardPrefixes() (which are always
  // declared). A later call with the same name replaces the namespace.
  void AddPrefix(const std::string& name, const std::string& namespace_iri);
  // StandardPrefixes() plus every AddPrefix.
  const PrefixMap& Prefixes() const;

  // SPARQL 1.1 query through rasqal (language "sparql11-query"). Throws std::runtime_error with the
  // parser's message on a bad query, and QueryLimitError when the answer has more than
  // `max_rows` rows or triples (0: no limit). rasqal evaluates some shapes wrongly: check a
  // query with CheckForEmbeddedEngine (rdf/embedded_query_check.h) before running it.
  QueryResult Query(std::string_view sparql, std::size_t max_rows = 0) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::rdf
