// ScoreIdentity: does the merged graph give each corpus entity one node, and only one entity?
#pragma once

#include "eval/eval_result.h"
#include "eval/gold.h"
#include "eval/system_output.h"

namespace newskg::eval {

// Groups: for every corpus.json group, the typed system nodes carrying any of its names (label
// or alt label, by NameKey); the group is merged when they are exactly one node.
// Wrong merges: gold entities are clustered by canonical name across articles (same name = same
// entity) joined by the corpus groups; a node whose names hit two or more clusters is a wrong
// merge. Names hit a cluster through canonical names, or through aliases that belong to one
// cluster only.
// Meetings: each corpus.json same_meeting report is matched to the system meeting of its
// article with most of its participants (two at least); a group whose matched reports are one
// event node is merged. An event node that several gold articles derive, outside any merged
// group, is a wrong event merge.
IdentityResult ScoreIdentity(const GoldSet& gold, const SystemOutput& system);

}  // namespace newskg::eval
