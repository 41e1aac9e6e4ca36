#include "graph/relations.h"

namespace newskg::graph {

std::string MeetingLabel(std::string_view meeting_kind) {
  if (meeting_kind == "talks") return "Gespräche";
  if (meeting_kind == "call") return "Telefonat";
  if (meeting_kind == "visit") return "Besuch";
  return "Treffen";
}

}  // namespace newskg::graph
