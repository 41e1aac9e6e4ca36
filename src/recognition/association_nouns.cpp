#include "recognition/association_nouns.h"

namespace newskg::recognition {

bool IsAssociationCompound(std::string_view folded) {
  for (std::string_view kind : {"verband", "verein", "genossenschaft", "vereinigung"}) {
    if (folded.size() > kind.size() + 2 && folded.ends_with(kind)) return true;
  }
  return false;
}

}  // namespace newskg::recognition
