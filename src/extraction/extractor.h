// Extract: reads roles and meetings (with place, time and status) from a recognized article.
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "extraction/meeting_rules.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// `switches` turns meeting rules off (ablation); by default all run.
ArticleFacts Extract(text::Article article, std::vector<recognition::Mention> mentions,
                     const recognition::Lexicons& lexicons, const RuleSwitches& switches = {});

}  // namespace newskg::extraction
