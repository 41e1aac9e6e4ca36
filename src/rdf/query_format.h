// Query result formatters: an aligned text table, CSV (RFC 4180), TSV and JSON as in the SPARQL 1.1
// results formats, and Turtle or N-Triples for the graphs of CONSTRUCT and DESCRIBE.
#pragma once

#include <string>
#include <string_view>

#include "rdf/prefixes.h"
#include "rdf/term.h"

namespace newskg::rdf {

// Aligned columns with a header rule; IRIs shortened with `prefixes` (else <iri>), literals as
// their text, unbound cells empty, line breaks in values shown as spaces and every other control
// character escaped for the terminal (common::EscapeForTerminal). Widths count code points.
// ASK prints "true"/"false"; a graph prints subject/predicate/object columns.
std::string FormatTable(const QueryResult& result);
std::string FormatTable(const QueryResult& result, const PrefixMap& prefixes);

// RFC 4180: CRLF line ends, fields with ',', '"', CR or LF quoted, quotes doubled. Values as in
// the SPARQL 1.1 CSV results format (full IRIs, literal text, _:blank). ASK gives "true"/"false".
std::string FormatCsv(const QueryResult& result);

// SPARQL 1.1 Query Results TSV: a header of ?variables, values in Turtle syntax (<iri>,
// "text"@lang, "text"^^<datatype>, _:blank) with \t \n \r \" \\ escaped, unbound values
// empty, LF line ends. ASK gives "true"/"false".
std::string FormatTsv(const QueryResult& result);

// SPARQL 1.1 Query Results JSON. CONSTRUCT results use the variables subject, predicate, object.
std::string FormatJson(const QueryResult& result);

// The triples of a graph result (CONSTRUCT, DESCRIBE) as "turtle" (with `prefixes`) or
// "ntriples", sorted: the same triples give the same bytes.
std::string FormatGraph(const QueryResult& result, std::string_view syntax, const PrefixMap& prefixes);

}  // namespace newskg::rdf
