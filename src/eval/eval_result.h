// EvalResult: the scores of a system output against the gold, per article and in total.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newskg::eval {

// True/false positives and false negatives; ratios are undefined (nullopt) on a zero denominator.
struct Counts {
  int tp = 0, fp = 0, fn = 0;
  std::optional<double> Precision() const;
  std::optional<double> Recall() const;
  std::optional<double> F1() const;
  Counts& operator+=(const Counts& other);
};

struct Accuracy {
  int correct = 0, total = 0;
  std::optional<double> Value() const;
  Accuracy& operator+=(const Accuracy& other);
};

// One line of the detail lists: a missed gold item, a false positive, a wrong attribute.
struct Finding {
  std::string category;  // "entity", "role", "role-of", "meeting", "meeting-place", ...
  std::string kind;      // "missed", "false positive", "duplicate", "wrong type", ...
  std::string text;      // human-readable description
};

struct Scores {
  Counts entities_typed, entities_untyped, roles, role_of, meetings;
  Accuracy role_of_accuracy, meeting_place, meeting_status, meeting_kind;
  Scores& operator+=(const Scores& other);
};

struct ArticleResult {
  std::string article;  // the gold "article" field
  std::string gold_file;
  bool in_system = false;  // the system output has an article with this identifier
  Scores scores;
  std::vector<Finding> findings;
};

struct SplitGroup {
  std::vector<std::string> names;  // the corpus.json group
  // Each found name with the system nodes that carry it (label or alt label).
  std::vector<std::pair<std::string, std::vector<std::string>>> nodes_by_name;
};

struct WrongMerge {
  std::string node;
  std::vector<std::string> labels;    // the node's label(s)
  std::vector<std::string> entities;  // canonical gold names of the distinct entities it carries
};

struct IdentityResult {
  int groups_total = 0;   // groups in corpus.json
  int groups_found = 0;   // groups with at least one name on some system node
  int groups_merged = 0;  // found groups whose found names all sit on one node
  std::vector<SplitGroup> splits;
  std::vector<WrongMerge> wrong_merges;
  // corpus.json same_meeting: a group is found when two of its reports match a system meeting
  // of their article, merged when all reports found are one event node.
  int meeting_groups_total = 0;
  int meeting_groups_found = 0;
  int meeting_groups_merged = 0;
  std::vector<std::string> meeting_splits;        // "<reports>: <event nodes>"
  std::vector<std::string> wrong_event_merges;    // event nodes of several articles, in no group
};

struct EvalResult {
  std::vector<ArticleResult> articles;  // in gold order
  Scores total;                         // micro average: the sum over articles
  IdentityResult identity;
  std::vector<std::string> unscored_system_articles;  // system identifiers with no gold file
};

}  // namespace newskg::eval
