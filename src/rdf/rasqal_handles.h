// RAII owners for rasqal objects used to parse queries for inspection; internal to src/rdf.
#pragma once

#include <rasqal.h>

#include <memory>

namespace newskg::rdf::detail {

template <typename T, void (*Free)(T*)>
struct RasqalFree {
  void operator()(T* pointer) const {
    if (pointer != nullptr) Free(pointer);
  }
};

using RasqalWorldHandle = std::unique_ptr<rasqal_world, RasqalFree<rasqal_world, rasqal_free_world>>;
using RasqalQueryHandle = std::unique_ptr<rasqal_query, RasqalFree<rasqal_query, rasqal_free_query>>;

}  // namespace newskg::rdf::detail
