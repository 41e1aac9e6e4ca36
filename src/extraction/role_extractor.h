// Role extraction: "Kremlsprecher Dmitri Peskow", "Peskow, der Sprecher des Kremls",
// "der ukrainische Präsident Selenskyj", "Putins Berater Juri Uschakow".
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

std::vector<RoleFact> ExtractRoles(const ArticleFacts& facts, const recognition::Lexicons& lexicons);

}  // namespace newskg::extraction
