// Score: compares a system output with the gold set by the rules of shared/gold/FORMAT.md.
#pragma once

#include "eval/eval_result.h"
#include "eval/gold.h"
#include "eval/system_output.h"

namespace newskg::eval {

// Gold and system articles pair up by file name without extension ("000_x.txt" = "000_x").
// Totals are micro averages (counts summed over articles).
EvalResult Score(const GoldSet& gold, const SystemOutput& system);

// The article file name without folder and extension.
std::string ArticleStem(const std::string& name);

}  // namespace newskg::eval
