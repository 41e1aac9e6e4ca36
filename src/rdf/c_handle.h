// CHandle: a unique_ptr that frees a C library's object with that library's free function; the
// one deleter behind the librdf, raptor, rasqal, serd and libcurl handles. Internal to src/rdf.
#pragma once

#include <memory>

namespace newskg::rdf::detail {

template <typename T, void (*Free)(T*)>
struct FreeWith {
  void operator()(T* pointer) const {
    if (pointer != nullptr) Free(pointer);
  }
};

template <typename T, void (*Free)(T*)>
using CHandle = std::unique_ptr<T, FreeWith<T, Free>>;

}  // namespace newskg::rdf::detail
