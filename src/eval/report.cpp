#include "eval/report.h"

#include <cstdio>
#include "text/words.h"

namespace newskg::eval {
namespace {

std::string Number(std::optional<double> value) {
  if (!value) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", *value);
  return buffer;
}

std::string Pad(const std::string& text, std::size_t width, bool left) {
  if (text.size() >= width) return text;
  std::string fill(width - text.size(), ' ');
  return left ? text + fill : fill + text;
}

std::string CountsRow(const char* name, const Counts& c) {
  return Pad(name, 22, true) + Pad(std::to_string(c.tp), 6, false) +
         Pad(std::to_string(c.fp), 6, false) + Pad(std::to_string(c.fn), 6, false) +
         Pad(Number(c.Precision()), 8, false) + Pad(Number(c.Recall()), 8, false) +
         Pad(Number(c.F1()), 8, false) + "\n";
}

std::string AccuracyRow(const char* name, const Accuracy& a) {
  return Pad(name, 22, true) + Pad(std::to_string(a.correct) + "/" + std::to_string(a.total), 18, false) +
         Pad(Number(a.Value()), 16, false) + "\n";
}

std::string Table(const Scores& s) {
  std::string out = Pad("", 22, true) + "    TP    FP    FN       P       R      F1\n";
  out += CountsRow("entities (typed)", s.entities_typed);
  out += CountsRow("entities (untyped)", s.entities_untyped);
  out += CountsRow("roles", s.roles);
  out += CountsRow("role-of", s.role_of);
  out += CountsRow("meetings", s.meetings);
  out += Pad("", 22, true) + "     correct/total        accuracy\n";
  out += AccuracyRow("role-of", s.role_of_accuracy);
  out += AccuracyRow("meeting-place", s.meeting_place);
  out += AccuracyRow("meeting-status", s.meeting_status);
  out += AccuracyRow("meeting-kind", s.meeting_kind);
  return out;
}

constexpr const char* kLegend =
    "Legend: totals are micro averages (counts summed over articles). Optional gold items are\n"
    "  neither rewarded nor punished. entities: a system entity is an article's schema:mentions\n"
    "  node, mapped to the gold entity whose name or alias equals its label (else an alt label);\n"
    "  an unmapped node, or a second node for one gold entity, is FP; typed also needs every\n"
    "  Person/Organization/Place type of the node to be accepted (else FP + FN).\n"
    "  roles: same person, an accepted label contained in the post label after inflection\n"
    "  normalisation; one-to-one. role-of (P/R/F1): the unit is (person, role, of); a system role\n"
    "  with org:postIn is a prediction, a gold role with `of` is a truth, TP when a matched pair's\n"
    "  postIn maps to the gold `of`. role-of accuracy: over matched roles whose gold has `of`.\n"
    "  meetings: >= 2 gold participants among the attendees (all when the gold names two);\n"
    "  one-to-one, greedy by overlap; a meeting fitting a not_meeting better than any gold meeting\n"
    "  is FP. place/status/kind accuracy: over matched non-optional meetings where the gold has it.\n"
    "  identity: a corpus.json group is merged when all its names found in the graph sit on one\n"
    "  node; a wrong merge is a node carrying names of different gold entities (of the articles\n"
    "  that mention it, where any do).\n";

}  // namespace

std::string FormatReport(const EvalResult& result, bool per_article, bool details) {
  std::string out;
  int in_system = 0;
  for (const ArticleResult& article : result.articles) in_system += article.in_system ? 1 : 0;
  out += "Gold articles: " + std::to_string(result.articles.size()) + ", found in the graph: " +
         std::to_string(in_system) + "\n\n";
  out += "TOTAL\n" + Table(result.total);

  const IdentityResult& id = result.identity;
  out += "\nidentity: groups merged " + std::to_string(id.groups_merged) + "/" +
         std::to_string(id.groups_found) + " found (" + std::to_string(id.groups_total) +
         " in corpus.json), wrong merges " + std::to_string(id.wrong_merges.size()) + "\n";
  for (const SplitGroup& split : id.splits) {
    out += "  split: " + text::JoinWords(split.names, " = ") + "\n";
    for (const auto& [name, nodes] : split.nodes_by_name) {
      out += "    " + name + " -> " + text::JoinWords(nodes, ", ") + "\n";
    }
  }
  for (const WrongMerge& merge : id.wrong_merges) {
    out += "  wrong merge: <" + merge.node + "> " + text::JoinWords(merge.labels, ", ") + " carries " +
           text::JoinWords(merge.entities, " + ") + "\n";
  }
  if (id.meeting_groups_total > 0) {
    out += "events: meeting groups merged " + std::to_string(id.meeting_groups_merged) + "/" +
           std::to_string(id.meeting_groups_found) + " found (" + std::to_string(id.meeting_groups_total) +
           " in corpus.json), wrong event merges " + std::to_string(id.wrong_event_merges.size()) + "\n";
    for (const std::string& split : id.meeting_splits) out += "  split: " + split + "\n";
    for (const std::string& node : id.wrong_event_merges) out += "  wrong event merge: <" + node + ">\n";
  }
  if (!result.unscored_system_articles.empty()) {
    out += "\nSystem articles without gold (not scored): " +
           text::JoinWords(result.unscored_system_articles, ", ") + "\n";
  }

  for (const ArticleResult& article : result.articles) {
    if (!per_article && !details) break;
    out += "\n" + article.article + (article.in_system ? "" : " (not in the graph)") + "\n";
    if (per_article) out += Table(article.scores);
    if (details) {
      for (const Finding& finding : article.findings) {
        out += "  " + finding.category + " " + finding.kind + ": " + finding.text + "\n";
      }
    }
  }
  out += "\n";
  out += kLegend;
  return out;
}

namespace {

nlohmann::json Ratio(std::optional<double> value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json CountsJson(const Counts& c) {
  return {{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", Ratio(c.Precision())},
          {"recall", Ratio(c.Recall())}, {"f1", Ratio(c.F1())}};
}

nlohmann::json AccuracyJson(const Accuracy& a) {
  return {{"correct", a.correct}, {"total", a.total}, {"accuracy", Ratio(a.Value())}};
}

nlohmann::json ScoresJson(const Scores& s) {
  return {{"entities_typed", CountsJson(s.entities_typed)},
          {"entities_untyped", CountsJson(s.entities_untyped)},
          {"roles", CountsJson(s.roles)},
          {"role_of", CountsJson(s.role_of)},
          {"meetings", CountsJson(s.meetings)},
          {"role_of_accuracy", AccuracyJson(s.role_of_accuracy)},
          {"meeting_place", AccuracyJson(s.meeting_place)},
          {"meeting_status", AccuracyJson(s.meeting_status)},
          {"meeting_kind", AccuracyJson(s.meeting_kind)}};
}

}  // namespace

nlohmann::json ToJson(const EvalResult& result) {
  nlohmann::json articles = nlohmann::json::array();
  for (const ArticleResult& article : result.articles) {
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& f : article.findings) {
      findings.push_back({{"category", f.category}, {"kind", f.kind}, {"text", f.text}});
    }
    articles.push_back({{"article", article.article},
                        {"gold_file", article.gold_file},
                        {"in_system", article.in_system},
                        {"scores", ScoresJson(article.scores)},
                        {"findings", findings}});
  }
  const IdentityResult& id = result.identity;
  nlohmann::json splits = nlohmann::json::array();
  for (const SplitGroup& split : id.splits) {
    nlohmann::json nodes = nlohmann::json::object();
    for (const auto& [name, ids] : split.nodes_by_name) nodes[name] = ids;
    splits.push_back({{"names", split.names}, {"nodes_by_name", nodes}});
  }
  nlohmann::json merges = nlohmann::json::array();
  for (const WrongMerge& merge : id.wrong_merges) {
    merges.push_back({{"node", merge.node}, {"labels", merge.labels}, {"entities", merge.entities}});
  }
  return {{"total", ScoresJson(result.total)},
          {"articles", articles},
          {"identity",
           {{"groups_total", id.groups_total},
            {"groups_found", id.groups_found},
            {"groups_merged", id.groups_merged},
            {"splits", splits},
            {"wrong_merges", merges},
            {"meeting_groups_total", id.meeting_groups_total},
            {"meeting_groups_found", id.meeting_groups_found},
            {"meeting_groups_merged", id.meeting_groups_merged},
            {"meeting_splits", id.meeting_splits},
            {"wrong_event_merges", id.wrong_event_merges}}},
          {"unscored_system_articles", result.unscored_system_articles}};
}

}  // namespace newskg::eval
