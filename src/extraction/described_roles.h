// Described holders: a role noun read without a name ("sagte der CDU-Vorsitzende", "Die
// Neos-Chefin ließ offen") is an office of the person it stands for. Runs after the meetings
// are read, so it changes no meeting; its rule can be switched off (ablation).
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_rules.h"
#include "extraction/role_extractor.h"
#include "extraction/sentence_annotation.h"

namespace newskg::extraction {

// The rules that add roles (for --list-rules and ablation).
const std::vector<const Rule*>& RoleRules();

// Appends to `roles` the office of each description whose holder it finds: whom the article
// marks with the office's organization ("Anna Kessler (SPD)" for "der SPD-Chef"), else the one
// person of the noun's gender named last before it (in its sentence, else up to two before).
// Leaves a description alone that names an office someone already holds in the article, a
// generic one ("der Politiker"), and, found by nearness alone, whom the article gives an office.
void AddDescribedRoles(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                       const std::vector<RoleDescription>& descriptions, const ArticleIndex& index,
                       const recognition::Lexicons& lexicons, const RuleSwitches& switches,
                       std::vector<RoleFact>& roles);

}  // namespace newskg::extraction
