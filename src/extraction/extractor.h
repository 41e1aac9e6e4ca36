// Extract: reads roles and meetings (with place, time and status) from a recognized article.
#pragma once

#include <vector>

#include "extraction/facts.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

ArticleFacts Extract(text::Article article, std::vector<recognition::Mention> mentions,
                     const recognition::Lexicons& lexicons);

}  // namespace newskg::extraction
