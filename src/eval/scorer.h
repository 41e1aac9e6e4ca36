// Score: compares a system output with the gold set by the rules of shared/gold/FORMAT.md.
#pragma once

#include "eval/eval_result.h"
#include "eval/gold.h"
#include "eval/system_output.h"

namespace newskg::eval {

// Gold and system articles pair up by file name without extension ("000_x.txt" = "000_x").
// Totals are micro averages (counts summed over articles). A gold article the system did not
// read counts as all missed, unless `only_read` (scoring a chosen part of a gold set).
EvalResult Score(const GoldSet& gold, const SystemOutput& system, bool only_read = false);

// The article file name without folder and extension.
std::string ArticleStem(const std::string& name);

}  // namespace newskg::eval
