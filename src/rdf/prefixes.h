// Prefixes: the namespace prefixes newskg writes in Turtle and uses to shorten IRIs in tables.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace newskg::rdf {

// prefix name -> namespace IRI, ordered by name.
using PrefixMap = std::map<std::string, std::string>;

// schema, org, prov, rdf, rdfs, skos, xsd, owl, nkg.
const PrefixMap& StandardPrefixes();

// "prefix:local" when an entry's namespace starts the IRI and the rest is a plain local name
// (letters, digits, '-', '_', '.' not at the end), else empty. The longest namespace wins.
std::string ShortenIri(std::string_view iri, const PrefixMap& prefixes);

}  // namespace newskg::rdf
