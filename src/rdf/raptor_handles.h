// RAII owners for raptor objects and conversion of raptor terms; internal to src/rdf.
#pragma once

#include <raptor2.h>

#include <string>

#include "rdf/c_handle.h"
#include "rdf/term.h"

namespace newskg::rdf::detail {

using RaptorWorldHandle = CHandle<raptor_world, raptor_free_world>;
using RaptorParserHandle = CHandle<raptor_parser, raptor_free_parser>;
using RaptorUriHandle = CHandle<raptor_uri, raptor_free_uri>;

inline std::string RaptorText(const unsigned char* text, std::size_t length) {
  return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text), length);
}

inline std::string RaptorUriText(raptor_uri* uri) {
  size_t length = 0;
  const unsigned char* text = raptor_uri_as_counted_string(uri, &length);
  return RaptorText(text, length);
}

// Throws std::runtime_error for a term of unknown type.
Term RaptorTerm(const raptor_term* term);

}  // namespace newskg::rdf::detail
