// RAII owners for rasqal objects used to parse queries for inspection; internal to src/rdf.
#pragma once

#include <rasqal.h>

#include "rdf/c_handle.h"

namespace newskg::rdf::detail {

using RasqalWorldHandle = CHandle<rasqal_world, rasqal_free_world>;
using RasqalQueryHandle = CHandle<rasqal_query, rasqal_free_query>;

}  // namespace newskg::rdf::detail
