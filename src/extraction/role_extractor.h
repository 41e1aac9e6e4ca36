// Role extraction: "Kremlsprecher Dmitri Peskow", "Peskow, der Sprecher des Kremls",
// "der ukrainische Präsident Selenskyj", "Putins Berater Juri Uschakow".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extraction/facts.h"
#include "extraction/sentence_annotation.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// A role noun read without its holder's name: "sagte der CDU-Vorsitzende", "Die Neos-Chefin
// ließ offen" (a definite singular, after no preposition, outside quotes).
struct RoleDescription {
  std::size_t sentence = 0;
  std::size_t first_token = 0;  // the label's first word (after the article)
  std::size_t token = 0;        // the role noun
  std::string label;            // nominative, without an owner's compound prefix
  std::optional<std::size_t> of;  // mention index: the prefix, adjective or complement
  bool feminine = false;
};

// The roles of the article, in sentence order; with `descriptions`, also the role nouns read
// without a holder (see AddDescribedRoles).
std::vector<RoleFact> ExtractRoles(const std::vector<SentenceAnnotation>& sentences,
                                   const recognition::Lexicons& lexicons,
                                   std::vector<RoleDescription>* descriptions = nullptr);

}  // namespace newskg::extraction
