// graph.gexf and graph.graphml of real builds (the examples and the development set): valid
// against the structure schemas (xmllint), clean by Gephi's importer rules, readable by
// networkx, every meeting of the RDF present with kind, status and time, no role holder left
// without an edge.
#include <catch.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "e2e/output_checks.h"
#include "e2e/run_newskg.h"
#include "gephi_rules.h"
#include "graph/export_view.h"

using namespace newskg::testing;

namespace {

struct Build {
  TempDir dir;
  RunResult run;
  Build(const std::string& input, const std::vector<std::string>& extra) {
    std::vector<std::string> arguments = {"build", "-o", "out"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    arguments.push_back(input);
    run = RunNewskg(arguments, dir.path());
  }
  std::filesystem::path out() const { return dir / "out"; }
};

std::string DevsetArticles() {
  return std::string(NEWSKG_SOURCE_DIR) + "/tests/e2e/devset/articles";
}

// Builds made once for all test cases of this file.
const Build& ExamplesNodes() {
  static const Build build(ExamplesDir(), {});
  return build;
}
const Build& ExamplesEdges() {
  static const Build build(ExamplesDir(), {"--meetings", "edges"});
  return build;
}
const Build& DevsetNodes() {
  static const Build build(DevsetArticles(), {});
  return build;
}
const Build& DevsetEdges() {
  static const Build build(DevsetArticles(), {"--meetings", "edges"});
  return build;
}

std::vector<const Build*> AllBuilds() {
  return {&ExamplesNodes(), &ExamplesEdges(), &DevsetNodes(), &DevsetEdges()};
}

// networkx's reading of a GEXF file (tests/e2e/read_gexf.py), with Debian's python3-networkx.
nlohmann::json ReadWithNetworkx(const std::filesystem::path& file) {
  const std::string script = std::string(NEWSKG_SOURCE_DIR) + "/tests/e2e/read_gexf.py";
  const RunResult run = RunShell("/usr/bin/python3 " + ShellQuote(script) + " " +
                                     ShellQuote(file.string()), "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.out);
}

// SELECT results of a query on a Turtle file, as rows of variable -> value.
std::vector<std::map<std::string, std::string>> Select(const std::filesystem::path& graph,
                                                       const std::string& query) {
  const RunResult run = RunNewskg({"sparql", "--graph", graph.string(), "--format", "json", query}, "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const nlohmann::json parsed = nlohmann::json::parse(run.out);
  std::vector<std::map<std::string, std::string>> rows;
  for (const auto& binding : parsed.at("results").at("bindings")) {
    std::map<std::string, std::string> row;
    for (const auto& [name, value] : binding.items()) row[name] = value.at("value").get<std::string>();
    rows.push_back(std::move(row));
  }
  return rows;
}

constexpr const char* kPrefixes =
    "PREFIX schema: <http://schema.org/> PREFIX nkg: <https://newskg.example.org/ns#> ";

}  // namespace

TEST_CASE("build writes graph.gexf beside graph.graphml, in both meeting layouts") {
  for (const Build* build : AllBuilds()) {
    INFO(build->run.err);
    REQUIRE(build->run.exit_code == 0);
    CHECK(std::filesystem::is_regular_file(build->out() / "graph.gexf"));
    CHECK(Contains(build->run.out, "graph.gexf"));
  }
  const RunResult bad = RunNewskg({"build", "-o", "x", "--meetings", "cliques", ExamplesDir()}, "/tmp");
  CHECK(bad.exit_code == 2);
  CHECK(Contains(bad.err, "--meetings"));
}

TEST_CASE("graph.gexf and graph.graphml are valid against their structure schemas (xmllint)") {
  for (const Build* build : AllBuilds()) {
    REQUIRE(build->run.exit_code == 0);
    Xmllint("gexf-structure.xsd", build->out() / "graph.gexf");
    Xmllint("graphml-structure.xsd", build->out() / "graph.graphml");
  }
}

TEST_CASE("graph.gexf and graph.graphml break none of Gephi's importer rules") {
  for (const Build* build : AllBuilds()) {
    REQUIRE(build->run.exit_code == 0);
    for (const auto& [name, issues] :
         {std::pair{"graph.gexf", GephiGexfIssues(ReadFile(build->out() / "graph.gexf"))},
          std::pair{"graph.graphml", GephiGraphMlIssues(ReadFile(build->out() / "graph.graphml"))}}) {
      INFO(build->out() / name << ": " << (issues.empty() ? std::string() : issues.front()));
      CHECK(issues.empty());
    }
  }
}

TEST_CASE("networkx reads graph.gexf: every meeting of the RDF with kind, status and time") {
  for (const Build* build : {&ExamplesNodes(), &DevsetNodes()}) {
    REQUIRE(build->run.exit_code == 0);
    const nlohmann::json read = ReadWithNetworkx(build->out() / "graph.gexf");
    INFO(read.dump());
    CHECK(read.at("directed").get<bool>());
    CHECK(read.at("isolated_role_holders").empty());
    const auto& meetings = read.at("meetings");

    const auto graph = build->out() / "graph.ttl";
    const auto events = Select(graph, std::string(kPrefixes) +
                                          "SELECT ?m ?kind ?status WHERE { ?m a schema:Event ; "
                                          "nkg:meetingKind ?kind ; nkg:status ?status }");
    REQUIRE_FALSE(events.empty());
    CHECK(meetings.size() == events.size());
    for (const auto& event : events) {
      INFO(event.at("m"));
      REQUIRE(meetings.contains(event.at("m")));
      const auto& node = meetings.at(event.at("m"));
      CHECK(node.at("kind") == event.at("kind"));
      CHECK(node.at("status") == event.at("status"));
    }
    // Where the text gives the date, the node's time starts on it (and lasts the day, or the
    // month or year when the date is that vague).
    const auto dated = Select(graph, std::string(kPrefixes) +
                                         "SELECT ?m ?date WHERE { ?m a schema:Event ; schema:startDate ?date }");
    for (const auto& event : dated) {
      INFO(event.at("m") << " " << event.at("date"));
      const auto& node = meetings.at(event.at("m"));
      const auto span = newskg::graph::ParseDateSpan(event.at("date"));
      REQUIRE(span);
      CHECK(node.at("start") == span->start);
      CHECK(node.at("end").get<std::string>() >= span->end);
      CHECK(node.at("date_source") == "text");
    }
    // Articles with a date give every meeting a time.
    const auto published = Select(graph, std::string(kPrefixes) +
                                             "SELECT ?m WHERE { ?m a schema:Event ; "
                                             "<http://www.w3.org/ns/prov#wasDerivedFrom> ?a . "
                                             "?a schema:datePublished ?d }");
    for (const auto& event : published) {
      INFO(event.at("m"));
      CHECK(meetings.at(event.at("m")).at("start").is_string());
    }
  }
}

TEST_CASE("No role holder is left without an edge in graph.gexf or graph.graphml") {
  for (const Build* build : AllBuilds()) {
    REQUIRE(build->run.exit_code == 0);
    auto linked_and_roles = [](const std::string& text, const char* edge, const char* roles_marker) {
      // Counts nodes carrying roles whose id is no edge's end, by plain text search: the files
      // are checked for structure elsewhere.
      std::set<std::string> ends;
      for (std::size_t at = text.find(std::string("<") + edge + " "); at != std::string::npos;
           at = text.find(std::string("<") + edge + " ", at + 1)) {
        const std::size_t close = text.find('>', at);
        const std::string tag = text.substr(at, close - at);
        for (const char* end : {"source=\"", "target=\""}) {
          const std::size_t s = tag.find(end) + std::string(end).size();
          ends.insert(tag.substr(s, tag.find('"', s) - s));
        }
      }
      std::size_t isolated = 0, holders = 0;
      for (std::size_t at = text.find("<node id=\""); at != std::string::npos;
           at = text.find("<node id=\"", at + 1)) {
        const std::size_t s = at + 10;
        const std::string id = text.substr(s, text.find('"', s) - s);
        const std::size_t end = text.find("</node>", at);
        if (text.substr(at, end - at).find(roles_marker) == std::string::npos) continue;
        ++holders;
        if (!ends.count(id)) ++isolated;
      }
      return std::pair{holders, isolated};
    };
    const auto gexf = linked_and_roles(ReadFile(build->out() / "graph.gexf"), "edge", "for=\"roles\"");
    const auto graphml = linked_and_roles(ReadFile(build->out() / "graph.graphml"), "edge", "key=\"v_roles\"");
    INFO(build->out());
    CHECK(gexf.first > 0);
    CHECK(gexf.second == 0);
    CHECK(graphml.first == gexf.first);
    CHECK(graphml.second == 0);
  }
}
