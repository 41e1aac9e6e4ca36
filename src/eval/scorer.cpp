#include "eval/scorer.h"

#include <filesystem>
#include <map>
#include <set>

#include "eval/article_scorer.h"
#include "eval/identity_scorer.h"

namespace newskg::eval {

std::string ArticleStem(const std::string& name) {
  return std::filesystem::path(name).stem().string();
}

EvalResult Score(const GoldSet& gold, const SystemOutput& system, bool only_read) {
  EvalResult result;
  std::map<std::string, const SystemArticle*> by_stem;
  for (const SystemArticle& article : system.articles) {
    by_stem.emplace(ArticleStem(article.identifier), &article);  // first (sorted) one wins
  }
  std::set<std::string> scored;
  for (const GoldArticle& article : gold.articles) {
    std::string stem = ArticleStem(article.article);
    auto it = by_stem.find(stem);
    const SystemArticle* match = it == by_stem.end() ? nullptr : it->second;
    if (!match && only_read) continue;
    if (match) scored.insert(stem);
    result.articles.push_back(ScoreArticle(article, match, system));
    result.total += result.articles.back().scores;
  }
  for (const SystemArticle& article : system.articles) {
    if (!scored.count(ArticleStem(article.identifier))) {
      result.unscored_system_articles.push_back(article.identifier);
    }
  }
  result.identity = ScoreIdentity(gold, system);
  return result;
}

}  // namespace newskg::eval
