// Association nouns: the compounds that name a club, an association or a cooperative by its
// kind ("Weinbauverband", "Winzerverein", "Obstbaugenossenschaft"), which a region's adjective
// ("der Rheingauer Weinbauverband") or a region after it ("Weinbauverband Rheingau") names.
#pragma once

#include <string_view>

namespace newskg::recognition {

// `folded` is lower case (text::FoldForMatch); the bare nouns ("Verband", "Verein") are none.
bool IsAssociationCompound(std::string_view folded);

}  // namespace newskg::recognition
