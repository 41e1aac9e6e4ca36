// Role extraction: "Kremlsprecher Dmitri Peskow", "Peskow, der Sprecher des Kremls",
// "der ukrainische Präsident Selenskyj", "Putins Berater Juri Uschakow".
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

std::vector<RoleFact> ExtractRoles(const std::vector<SentenceAnnotation>& sentences,
                                   const recognition::Lexicons& lexicons);

}  // namespace newskg::extraction
