// A compact byte encoding of a QueryResult, to hand an answer from the child process that ran
// the embedded engine back to newskg.
#pragma once

#include <string>
#include <string_view>

#include "rdf/term.h"

namespace newskg::rdf {

std::string EncodeQueryResult(const QueryResult& result);

// Throws std::runtime_error on bytes EncodeQueryResult did not write.
QueryResult DecodeQueryResult(std::string_view bytes);

}  // namespace newskg::rdf
