// SELECT answers written as RDF in the result-set vocabulary of the SPARQL test suite
// (http://www.w3.org/2005/sparql-results#), which Virtuoso writes as Turtle about ten times
// faster than SPARQL JSON results.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "rdf/term.h"

namespace newskg::rdf {

// Reads the result set from Turtle `text` as it streams through the parser: the rows in the
// order the document lists the solutions (or by res:index when every solution has one), the
// variables in the order of res:resultVariable. Throws std::runtime_error when the text does
// not parse, has no res:ResultSet, or a binding is incomplete.
QueryResult ReadRdfResultSet(std::string_view text, const std::string& base_iri);

// The same, read on a thread of its own while the document arrives in pieces, so that parsing
// overlaps the store's work and the transfer, and the whole text is never held at once.
class RdfResultSetStream {
 public:
  explicit RdfResultSetStream(std::string base_iri);
  ~RdfResultSetStream();  // ends the document and waits for the parser
  RdfResultSetStream(const RdfResultSetStream&) = delete;
  RdfResultSetStream& operator=(const RdfResultSetStream&) = delete;

  // Starts the parser (once; Take and Finish start it too when needed).
  void Start();
  // The next piece of the document. Blocks while much is queued; false once the parser has
  // stopped (an error, which Finish throws), when no more is needed.
  bool Take(std::string_view piece);
  // Ends the document, waits for the parser, and returns what ReadRdfResultSet would return
  // for the whole text, or throws what it would throw.
  QueryResult Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace newskg::rdf
