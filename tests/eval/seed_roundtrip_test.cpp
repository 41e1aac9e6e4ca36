// The seed gold, written back as a graph by the CONTRACT, must score perfectly: a check that the
// scorer and the real gold files agree with each other.
#include <catch.hpp>

#include <map>

#include "eval/gold.h"
#include "eval/name_match.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "eval/system_output.h"
#include "eval_fixtures.h"

using namespace newskg::eval;
using newskg::eval::testing::GraphBuilder;

namespace {

// One node per real entity: canonical names joined across articles and by corpus groups.
class PerfectGraph {
 public:
  PerfectGraph(const GoldSet& gold, newskg::rdf::Model& model) : gold_(gold), g_(model) {
    for (const auto& group : gold.corpus.same_entity) {
      for (const std::string& name : group) group_node_[NameKey(name)] = "e_" + NameKey(group.front());
    }
    for (std::size_t a = 0; a < gold.articles.size(); ++a) Article(a);
    for (const auto& [node, names] : names_) {
      g_.Add(node, testing::kLabel, newskg::rdf::Term::Literal(names.front(), "de"));
      for (std::size_t i = 1; i < names.size(); ++i) {
        g_.Add(node, testing::kAltLabel, newskg::rdf::Term::Literal(names[i], "de"));
      }
    }
  }

 private:
  std::string NodeOf(const GoldEntity& entity) {
    std::string key = NameKey(entity.name);
    auto grouped = group_node_.find(key);
    std::string node = grouped != group_node_.end() ? grouped->second : "e_" + key;
    for (char& c : node) {
      if (c == ' ') c = '_';
    }
    std::vector<std::string>& names = names_[node];
    auto add = [&](const std::string& name) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    };
    add(entity.name);
    for (const std::string& alias : entity.aliases) add(alias);
    return node;
  }

  void Article(std::size_t a) {
    const GoldArticle& article = gold_.articles[a];
    std::string doc = "doc" + std::to_string(a);
    g_.Add(doc, testing::kRdfType, newskg::rdf::Term::Iri(std::string(testing::kSchema) + "NewsArticle"));
    g_.Add(doc, std::string(testing::kSchema) + "identifier", newskg::rdf::Term::Literal(article.article));
    std::vector<std::string> nodes;
    for (const GoldEntity& entity : article.entities) {
      nodes.push_back(NodeOf(entity));
      g_.Add(nodes.back(), testing::kRdfType,
             newskg::rdf::Term::Iri(std::string(testing::kSchema) + TypeName(entity.type)));
      g_.Add(doc, std::string(testing::kSchema) + "mentions", GraphBuilder::Node(nodes.back()));
    }
    for (std::size_t r = 0; r < article.roles.size(); ++r) {
      const GoldRole& role = article.roles[r];
      g_.Role(doc, doc + "_post" + std::to_string(r), nodes[role.person], role.labels.front(),
              role.of ? nodes[*role.of] : std::string());
    }
    for (std::size_t m = 0; m < article.meetings.size(); ++m) {
      const GoldMeeting& meeting = article.meetings[m];
      std::vector<std::string> attendees;
      for (std::size_t p : meeting.participants) attendees.push_back(nodes[p]);
      for (std::size_t p : meeting.optional_participants) attendees.push_back(nodes[p]);
      g_.Meeting(doc, doc + "_meeting" + std::to_string(m), attendees,
                 meeting.place ? nodes[*meeting.place] : std::string(), meeting.status, meeting.kind);
    }
  }

  const GoldSet& gold_;
  GraphBuilder g_;
  std::map<std::string, std::string> group_node_;          // name key -> group's node
  std::map<std::string, std::vector<std::string>> names_;  // node -> names, first is the label
};

void CheckPerfect(const Counts& c) {
  CHECK(c.fp == 0);
  CHECK(c.fn == 0);
  CHECK(c.tp > 0);
}

void CheckPerfect(const Accuracy& a) { CHECK(a.correct == a.total); }

}  // namespace

TEST_CASE("the seed gold written as a graph scores perfectly", "[eval][seeds]") {
  GoldSet gold = LoadGoldDir(std::string(NEWSKG_SHARED_DIR) + "/gold/seeds");
  newskg::rdf::Model model;
  PerfectGraph(gold, model);
  EvalResult result = Score(gold, ReadSystemOutput(model));
  INFO(FormatReport(result, false, true));
  const Scores& s = result.total;
  CheckPerfect(s.entities_untyped);
  CheckPerfect(s.entities_typed);
  CheckPerfect(s.roles);
  CheckPerfect(s.role_of);
  CheckPerfect(s.meetings);
  CheckPerfect(s.role_of_accuracy);
  CheckPerfect(s.meeting_place);
  CheckPerfect(s.meeting_status);
  CheckPerfect(s.meeting_kind);
  CHECK(result.identity.groups_merged == result.identity.groups_found);
  CHECK(result.identity.wrong_merges.empty());
}
