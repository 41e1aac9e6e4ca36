// ScoreArticle: entities, roles and meetings of one article against its gold file.
#pragma once

#include "eval/eval_result.h"
#include "eval/gold.h"
#include "eval/system_output.h"

namespace newskg::eval {

// `system` is the system's article with the same identifier, or nullptr when it has none (then
// every gold item is missed). `output` supplies the entity nodes' labels and types.
ArticleResult ScoreArticle(const GoldArticle& gold, const SystemArticle* system,
                           const SystemOutput& output);

}  // namespace newskg::eval
