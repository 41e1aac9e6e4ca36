// Query result formatters: an aligned text table, CSV (RFC 4180) and SPARQL 1.1 Results JSON.
#pragma once

#include <string>

#include "rdf/prefixes.h"
#include "rdf/term.h"

namespace newskg::rdf {

// Aligned columns with a header rule; IRIs shortened with `prefixes` (else <iri>), literals as
// their text, unbound cells empty, line breaks in values shown as spaces. Widths count code
// points. ASK prints "true"/"false"; CONSTRUCT prints subject/predicate/object columns.
std::string FormatTable(const QueryResult& result);
std::string FormatTable(const QueryResult& result, const PrefixMap& prefixes);

// RFC 4180: CRLF line ends, fields with ',', '"', CR or LF quoted, quotes doubled. Values as in
// the SPARQL 1.1 CSV results format (full IRIs, literal text, _:blank). ASK gives "true"/"false".
std::string FormatCsv(const QueryResult& result);

// SPARQL 1.1 Query Results JSON. CONSTRUCT results use the variables subject, predicate, object.
std::string FormatJson(const QueryResult& result);

}  // namespace newskg::rdf
