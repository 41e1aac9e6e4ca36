// Report: an EvalResult as a text table for people, or as JSON for machines.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "eval/eval_result.h"

namespace newskg::eval {

// The totals table, the identity summary and a legend; per_article adds one table per article;
// details adds the lists of missed gold items, false positives and wrong attributes.
std::string FormatReport(const EvalResult& result, bool per_article, bool details = false);

// {"total": scores, "articles": [{article, gold_file, in_system, scores, findings}],
//  "identity": {...}, "unscored_system_articles": [...]}; undefined ratios are null.
nlohmann::json ToJson(const EvalResult& result);

}  // namespace newskg::eval
