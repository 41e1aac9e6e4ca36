#include <catch.hpp>

#include "eval/gold.h"
#include "eval/identity_scorer.h"
#include "eval/system_output.h"
#include "eval_fixtures.h"

using namespace newskg::eval;
using newskg::eval::testing::GraphBuilder;

namespace {

GoldSet TwoArticles() {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(R"({"article": "110_a.txt", "entities": [
      {"type": "Person", "name": "Jonas Petrow", "aliases": ["Petrow"]},
      {"type": "Person", "name": "Greta Weißmüller", "aliases": ["Weißmüller"]}]})", "110_a.json"));
  gold.articles.push_back(ParseGoldArticle(R"({"article": "111_b.txt", "entities": [
      {"type": "Person", "name": "Jonas Petrov"},
      {"type": "Person", "name": "Greta Weißmüller"},
      {"type": "Person", "name": "Ferdinand Hollerbach", "aliases": ["Hollerbach"]}]})", "111_b.json"));
  gold.corpus.same_entity = {{"Jonas Petrow", "Jonas Petrov"},
                             {"Greta Weißmüller", "Greta M. Weißmüller"},
                             {"Ottilie Brandt", "Ottilie Brand"}};
  return gold;
}

std::string Iri(const char* local) { return std::string(testing::kEx) + local; }

}  // namespace

TEST_CASE("identity: split groups and wrong merges are reported", "[eval][identity]") {
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Entity("", "n1", "Person", "Jonas Petrow", {"Petrow"});
  g.Entity("", "n2", "Person", "Jonas Petrov");
  g.Entity("", "n3", "Person", "Greta Weißmüller", {"Greta M. Weissmüller", "Hollerbach"});
  IdentityResult result = ScoreIdentity(TwoArticles(), ReadSystemOutput(model));
  CHECK(result.groups_total == 3);
  CHECK(result.groups_found == 2);
  CHECK(result.groups_merged == 1);
  REQUIRE(result.splits.size() == 1);
  CHECK(result.splits[0].names.front() == "Jonas Petrow");
  REQUIRE(result.splits[0].nodes_by_name.size() == 2);
  CHECK(result.splits[0].nodes_by_name[0].second == std::vector<std::string>{Iri("n1")});
  CHECK(result.splits[0].nodes_by_name[1].second == std::vector<std::string>{Iri("n2")});
  REQUIRE(result.wrong_merges.size() == 1);
  CHECK(result.wrong_merges[0].node == Iri("n3"));
  CHECK(result.wrong_merges[0].entities ==
        std::vector<std::string>{"Ferdinand Hollerbach", "Greta Weißmüller"});
}

TEST_CASE("identity: one node per group and no foreign names is clean", "[eval][identity]") {
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Entity("", "n1", "Person", "Jonas Petrow", {"Jonas Petrov", "Petrow"});
  g.Entity("", "n3", "Person", "Greta Weißmüller", {"Weißmüller"});
  g.Entity("", "n4", "Person", "Ferdinand Hollerbach");
  g.Add("untyped", testing::kLabel, newskg::rdf::Term::Literal("Ottilie Brandt"));
  IdentityResult result = ScoreIdentity(TwoArticles(), ReadSystemOutput(model));
  CHECK(result.groups_found == 2);
  CHECK(result.groups_merged == 2);
  CHECK(result.splits.empty());
  CHECK(result.wrong_merges.empty());
}

TEST_CASE("identity: an alias shared by two entities does not make a merge", "[eval][identity]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(R"({"article": "120_a.txt", "entities": [
      {"type": "Person", "name": "Greta Kranich", "aliases": ["Kranich"]}]})", "120_a.json"));
  gold.articles.push_back(ParseGoldArticle(R"({"article": "121_b.txt", "entities": [
      {"type": "Person", "name": "Tobias Kranich", "aliases": ["Kranich"]}]})", "121_b.json"));
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Entity("", "n1", "Person", "Tobias Kranich", {"Kranich"});
  g.Entity("", "n2", "Person", "Greta Kranich", {"Tobias Kranich"});
  IdentityResult result = ScoreIdentity(gold, ReadSystemOutput(model));
  REQUIRE(result.wrong_merges.size() == 1);
  CHECK(result.wrong_merges[0].node == Iri("n2"));
}

TEST_CASE("identity: a name counts for the gold of the articles that mention the node", "[eval][identity]") {
  GoldSet gold;
  gold.articles.push_back(ParseGoldArticle(R"({"article": "130_a.txt", "entities": [
      {"type": "Place", "name": "Elbe"}]})", "130_a.json"));
  gold.articles.push_back(ParseGoldArticle(R"({"article": "131_b.txt", "entities": [
      {"type": "Person", "name": "Marlene Elbe", "aliases": ["Elbe"]},
      {"type": "Organization", "name": "Elbe Logistik", "aliases": ["Logistik"]}]})", "131_b.json"));
  newskg::rdf::Model model;
  GraphBuilder g(model);
  g.Article("a", "130_a.txt");
  g.Article("b", "131_b.txt");
  g.Entity("a", "river", "Place", "Elbe");
  // The premier's node carries "Elbe", which the gold of article a names as the river: no merge.
  g.Entity("b", "premier", "Person", "Marlene Elbe", {"Elbe"});
  // A node carrying two names of its own article's gold is one.
  g.Entity("b", "firm", "Organization", "Elbe Logistik", {"Marlene Elbe"});
  IdentityResult result = ScoreIdentity(gold, ReadSystemOutput(model));
  REQUIRE(result.wrong_merges.size() == 1);
  CHECK(result.wrong_merges[0].node == Iri("firm"));
}
