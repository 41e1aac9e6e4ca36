// RAII owners for Redland (librdf) objects; internal to src/rdf, never included outside it.
#pragma once

#include <redland.h>

#include "rdf/c_handle.h"

namespace newskg::rdf::detail {

template <typename T, void (*Free)(T*)>
using Handle = CHandle<T, Free>;

using WorldHandle = Handle<librdf_world, librdf_free_world>;
using StorageHandle = Handle<librdf_storage, librdf_free_storage>;
using ModelHandle = Handle<librdf_model, librdf_free_model>;
using NodeHandle = Handle<librdf_node, librdf_free_node>;
using StatementHandle = Handle<librdf_statement, librdf_free_statement>;
using StreamHandle = Handle<librdf_stream, librdf_free_stream>;
using IteratorHandle = Handle<librdf_iterator, librdf_free_iterator>;
using SerializerHandle = Handle<librdf_serializer, librdf_free_serializer>;
using ParserHandle = Handle<librdf_parser, librdf_free_parser>;
using QueryHandle = Handle<librdf_query, librdf_free_query>;
using QueryResultsHandle = Handle<librdf_query_results, librdf_free_query_results>;
using UriHandle = Handle<librdf_uri, librdf_free_uri>;

// Memory that librdf allocated and documents as "free with librdf_free_memory".
inline void FreeLibrdfMemory(unsigned char* memory) { librdf_free_memory(memory); }
using LibrdfString = Handle<unsigned char, FreeLibrdfMemory>;

// librdf takes UTF-8 as unsigned char*.
inline const unsigned char* Utf8(const char* text) {
  return reinterpret_cast<const unsigned char*>(text);
}
inline const char* Chars(const unsigned char* text) {
  return reinterpret_cast<const char*>(text);
}

}  // namespace newskg::rdf::detail
