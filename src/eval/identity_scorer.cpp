#include "eval/identity_scorer.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "eval/name_match.h"
#include "eval/scorer.h"

namespace newskg::eval {
namespace {

// Gold entities clustered by canonical name key, joined by corpus groups (union-find).
class Clusters {
 public:
  explicit Clusters(const GoldSet& gold) {
    for (const GoldArticle& article : gold.articles) {
      for (const GoldEntity& entity : article.entities) Register(entity.name);
    }
    for (const auto& group : gold.corpus.same_entity) {
      for (const std::string& name : group) Register(name);
      for (const std::string& name : group) Union(Id(NameKey(group.front())), Id(NameKey(name)));
    }
    // Aliases count only where they cannot stand for two entities, and never over a name.
    std::map<std::string, std::set<std::size_t>> alias_clusters;
    for (const GoldArticle& article : gold.articles) {
      for (const GoldEntity& entity : article.entities) {
        std::size_t cluster = Find(Id(NameKey(entity.name)));
        for (const std::string& alias : entity.aliases) {
          std::string key = NameKey(alias);
          if (!ids_.count(key)) alias_clusters[key].insert(cluster);
        }
      }
    }
    for (const auto& [key, clusters] : alias_clusters) {
      if (clusters.size() == 1) aliases_.emplace(key, *clusters.begin());
    }
  }

  std::optional<std::size_t> ClusterOf(const std::string& name) {
    std::string key = NameKey(name);
    auto id = ids_.find(key);
    if (id != ids_.end()) return Find(id->second);
    auto alias = aliases_.find(key);
    if (alias != aliases_.end()) return Find(alias->second);
    return std::nullopt;
  }

  // The first name registered in the cluster (gold order: articles, then corpus.json).
  const std::string& Display(std::size_t cluster) {
    std::size_t best = names_.size();
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (Find(i) == cluster) {
        best = i;
        break;
      }
    }
    return names_[best];
  }

 private:
  void Register(const std::string& name) {
    std::string key = NameKey(name);
    if (ids_.count(key)) return;
    ids_.emplace(key, names_.size());
    names_.push_back(name);
    parent_.push_back(parent_.size());
  }
  std::size_t Id(const std::string& key) const { return ids_.at(key); }
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Union(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

  std::map<std::string, std::size_t> ids_;  // canonical name key -> id
  std::vector<std::string> names_;          // id -> name as first seen
  std::vector<std::size_t> parent_;
  std::map<std::string, std::size_t> aliases_;  // unambiguous alias key -> id
};

std::vector<std::string> AllNames(const SystemEntity& entity) {
  std::vector<std::string> names = entity.labels;
  names.insert(names.end(), entity.alt_labels.begin(), entity.alt_labels.end());
  return names;
}

// The system meeting of `article` that best fits a gold report: most of its participants among
// the attendees (by name), at least two, and no other day than the report's.
const SystemMeeting* MatchReport(const SystemArticle& article, const GoldMeetingReport& report,
                                 const std::map<std::string, std::set<std::string>>& nodes_by_key) {
  const SystemMeeting* best = nullptr;
  std::size_t best_hits = 0;
  for (const SystemMeeting& meeting : article.meetings) {
    std::size_t hits = 0;
    for (const std::string& name : report.participants) {
      auto it = nodes_by_key.find(NameKey(name));
      if (it == nodes_by_key.end()) continue;
      const bool attends = std::any_of(it->second.begin(), it->second.end(), [&](const std::string& node) {
        return std::binary_search(meeting.attendees.begin(), meeting.attendees.end(), node);
      });
      hits += attends ? 1 : 0;
    }
    // A report dated to the day does not fit a meeting dated to another day.
    const bool dated = report.time.size() == 10 && report.time[4] == '-';
    if (dated && !meeting.dates.empty() &&
        std::find(meeting.dates.begin(), meeting.dates.end(), report.time) == meeting.dates.end()) {
      continue;
    }
    if (hits >= 2 && hits > best_hits) {
      best = &meeting;
      best_hits = hits;
    }
  }
  return best;
}

void ScoreEvents(const GoldSet& gold, const SystemOutput& system,
                 const std::map<std::string, std::set<std::string>>& nodes_by_key,
                 IdentityResult& result) {
  result.meeting_groups_total = static_cast<int>(gold.corpus.same_meeting.size());
  std::map<std::string, const SystemArticle*> by_stem;
  for (const SystemArticle& article : system.articles) by_stem.emplace(ArticleStem(article.identifier), &article);
  std::set<std::string> grouped;  // event nodes that a group's reports share
  for (const auto& group : gold.corpus.same_meeting) {
    std::set<std::string> nodes;
    std::map<std::string, int> reports_of_node;
    std::string found;
    int reports = 0;
    for (const GoldMeetingReport& report : group) {
      auto it = by_stem.find(ArticleStem(report.article));
      if (it == by_stem.end()) continue;
      const SystemMeeting* meeting = MatchReport(*it->second, report, nodes_by_key);
      if (!meeting) continue;
      ++reports;
      nodes.insert(meeting->id);
      if (++reports_of_node[meeting->id] == 2) grouped.insert(meeting->id);
      found += (found.empty() ? "" : ", ") + report.article + " -> " + meeting->id;
    }
    if (reports < 2) continue;
    ++result.meeting_groups_found;
    if (nodes.size() == 1) {
      ++result.meeting_groups_merged;
    } else {
      result.meeting_splits.push_back(found);
    }
  }
  // An event told by several articles that no group says are one meeting, where the gold has
  // those articles.
  std::set<std::string> gold_stems;
  for (const GoldArticle& article : gold.articles) gold_stems.insert(ArticleStem(article.article));
  std::map<std::string, int> articles_of_event;
  for (const SystemArticle& article : system.articles) {
    if (!gold_stems.count(ArticleStem(article.identifier))) continue;
    for (const SystemMeeting& meeting : article.meetings) ++articles_of_event[meeting.id];
  }
  for (const auto& [node, count] : articles_of_event) {
    if (count >= 2 && !grouped.count(node)) result.wrong_event_merges.push_back(node);
  }
}

}  // namespace

IdentityResult ScoreIdentity(const GoldSet& gold, const SystemOutput& system) {
  IdentityResult result;
  result.groups_total = static_cast<int>(gold.corpus.same_entity.size());

  std::map<std::string, std::set<std::string>> nodes_by_key;
  for (const auto& [id, entity] : system.entities) {
    if (entity.types.empty()) continue;
    for (const std::string& name : AllNames(entity)) nodes_by_key[NameKey(name)].insert(id);
  }

  for (const auto& group : gold.corpus.same_entity) {
    SplitGroup split{group, {}};
    std::set<std::string> nodes;
    for (const std::string& name : group) {
      auto it = nodes_by_key.find(NameKey(name));
      if (it == nodes_by_key.end()) continue;
      split.nodes_by_name.emplace_back(name, std::vector<std::string>(it->second.begin(), it->second.end()));
      nodes.insert(it->second.begin(), it->second.end());
    }
    if (nodes.empty()) continue;
    ++result.groups_found;
    if (nodes.size() == 1) {
      ++result.groups_merged;
    } else {
      result.splits.push_back(std::move(split));
    }
  }

  Clusters clusters(gold);
  // A name counts for the gold entities of the articles that mention the node: "Elbe" on the
  // node of a premier named Elbe is no merge with the river another article's gold names.
  std::map<std::string, std::set<std::size_t>> clusters_of_stem;
  for (const GoldArticle& article : gold.articles) {
    auto& of_article = clusters_of_stem[ArticleStem(article.article)];
    for (const GoldEntity& entity : article.entities) {
      if (auto cluster = clusters.ClusterOf(entity.name)) of_article.insert(*cluster);
    }
  }
  std::map<std::string, std::set<std::size_t>> gold_clusters_of_node;
  for (const SystemArticle& article : system.articles) {
    auto it = clusters_of_stem.find(ArticleStem(article.identifier));
    if (it == clusters_of_stem.end()) continue;
    for (const std::string& node : article.mentions) {
      gold_clusters_of_node[node].insert(it->second.begin(), it->second.end());
    }
  }
  for (const auto& [id, entity] : system.entities) {
    if (entity.types.empty()) continue;
    const auto in_articles = gold_clusters_of_node.find(id);
    std::set<std::size_t> hit;
    for (const std::string& name : AllNames(entity)) {
      const auto cluster = clusters.ClusterOf(name);
      if (cluster && (in_articles == gold_clusters_of_node.end() || in_articles->second.count(*cluster))) {
        hit.insert(*cluster);
      }
    }
    if (hit.size() < 2) continue;
    WrongMerge merge{id, entity.labels, {}};
    for (std::size_t cluster : hit) merge.entities.push_back(clusters.Display(cluster));
    std::sort(merge.entities.begin(), merge.entities.end());
    result.wrong_merges.push_back(std::move(merge));
  }
  ScoreEvents(gold, system, nodes_by_key, result);
  return result;
}

}  // namespace newskg::eval
