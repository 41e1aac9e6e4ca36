// A tokenizer for SPARQL query text and what newskg reads from the tokens alone, before any
// engine sees the query: the query form, SERVICE, FROM, store pragmas, and syntax the embedded
// engine cannot parse (property paths, EXISTS), so that errors can name it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::rdf {

struct SparqlToken {
  enum class Kind {
    Word,          // a keyword or bare name: SELECT, a, true
    PrefixedName,  // schema:attendee, :local, xsd:
    Iri,           // <http://...>, text without the brackets
    Variable,      // ?x or $x, text without the sigil
    String,        // a string literal, text as written (quotes included)
    Number,
    LangTag,       // @de, text without the @
    BlankNode,     // _:b1
    Punct,         // { } ( ) . ; , * / | ^ ^^ + ? ! = != < <= > >= && || and any other byte
  };
  Kind kind = Kind::Punct;
  std::string text;
  std::size_t offset = 0;  // byte offset in the query text
};

// Splits `text` into tokens, skipping white space and comments. Never fails: an unterminated
// string or IRI ends at the end of the text, unknown bytes become Punct tokens.
std::vector<SparqlToken> TokenizeSparql(std::string_view text);

enum class QueryForm { Select, Ask, Construct, Describe, Update, Unknown };

// "SELECT", "ASK", ... ("an update" for Update, "unknown" for Unknown).
std::string QueryFormName(QueryForm form);

// What the tokens say about a query.
struct LexicalFacts {
  QueryForm form = QueryForm::Unknown;
  std::string form_keyword;              // the word that decided the form, as written
  std::vector<std::string> services;     // the target of each SERVICE (an IRI or ?var)
  std::vector<std::string> from;         // FROM <iri>
  std::vector<std::string> from_named;   // FROM NAMED <iri>
  std::vector<std::string> remote_pragmas;  // Virtuoso DEFINE get:... / input:grab-... (fetching)
  std::vector<std::string> property_paths;  // e.g. "schema:attendee+", "org:holds/rdfs:label"
  bool exists = false;                   // EXISTS or NOT EXISTS
};

// Reads the facts above from `text`. The property paths are found by a heuristic (an IRI
// followed by a path operator where an expression could not have one) and serve only to name
// a construct in an error message.
LexicalFacts InspectSparql(std::string_view text);

}  // namespace newskg::rdf
