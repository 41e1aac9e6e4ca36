// The short report `newskg build` prints: articles, entities by type, roles, meetings, triples.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "resolution/knowledge_base.h"

namespace newskg::cli {

std::string FormatBuildSummary(const resolution::KnowledgeBase& kb, std::size_t triples,
                               const std::vector<std::filesystem::path>& outputs);

}  // namespace newskg::cli
