// Node colours of the GEXF and GraphML exports, by node type (Tableau 10, colour-blind safe
// enough to tell the five types apart).
#pragma once

#include <string_view>

namespace newskg::graph {

struct Rgb {
  int r = 0, g = 0, b = 0;
};

inline Rgb ColourOf(std::string_view type) {
  if (type == "Person") return {31, 119, 180};
  if (type == "Organization") return {255, 127, 14};
  if (type == "Place") return {44, 160, 44};
  if (type == "Meeting") return {214, 39, 40};
  if (type == "Post") return {148, 103, 189};
  return {127, 127, 127};
}

}  // namespace newskg::graph
