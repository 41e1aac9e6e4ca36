// path and neighbors for scripts and shells: --format json (parsed with nlohmann), exit codes
// (no connection 1, usage errors 2) and plain messages for bad numbers.
#include <catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/run_newskg.h"

using namespace newskg::testing;
using nlohmann::json;

namespace {

// Two invented articles whose people have no connection between them.
struct SmallGraph {
  TempDir dir;
  RunResult run;
  SmallGraph() {
    dir.Write("in/a.txt",
              "date 2025-03-03\nBerlin - Die Ministerin Anna Roth hat am Montag in Berlin den "
              "Botschafter Paul Weber getroffen.\n");
    dir.Write("in/b.txt",
              "date 2025-03-05\nKöln - Bürgermeister Max Kuhn telefonierte am Mittwoch mit "
              "Landrat Jan Vogt.\n");
    run = RunNewskg({"build", "-o", "out", "in"}, dir.path());
  }
  std::string graph() const { return (dir / "out").string(); }
};

const SmallGraph& Graph() {
  static const SmallGraph graph;
  return graph;
}

}  // namespace

TEST_CASE("path --format json gives paths, hops, relations and evidence with offsets") {
  const SmallGraph& g = Graph();
  INFO(g.run.err);
  REQUIRE(g.run.exit_code == 0);
  const RunResult run = RunNewskg({"path", "Max Kuhn", "Jan Vogt", "--graph", g.graph(), "--format", "json"}, "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json out = json::parse(run.out);
  CHECK(out.at("connected") == true);
  CHECK(out.at("distance") == 1);
  CHECK(out.at("from").at("label") == "Max Kuhn");
  const json& relation = out.at("paths")[0].at("hops")[0].at("relations")[0];
  CHECK(relation.at("label") == "Telefonat");
  const json& evidence = relation.at("evidence")[0];
  CHECK(evidence.at("article") == "b.txt");
  CHECK(evidence.at("char_start").is_number_unsigned());
  CHECK(evidence.at("char_end").get<std::uint64_t>() > evidence.at("char_start").get<std::uint64_t>());
  CHECK(evidence.at("sentence").get<std::string>().find("telefonierte") != std::string::npos);
}

TEST_CASE("path with no connection exits 1 and says so; the JSON says connected false") {
  const SmallGraph& g = Graph();
  REQUIRE(g.run.exit_code == 0);
  const RunResult text = RunNewskg({"path", "Paul Weber", "Jan Vogt", "--graph", g.graph()}, "/");
  CHECK(text.exit_code == 1);
  CHECK(text.out.empty());
  CHECK(Contains(text.err, "no connection between Paul Weber and Jan Vogt"));
  const RunResult js = RunNewskg({"path", "Paul Weber", "Jan Vogt", "--graph", g.graph(), "--format", "json"}, "/");
  CHECK(js.exit_code == 1);
  const json out = json::parse(js.out);
  CHECK(out.at("connected") == false);
  CHECK(out.at("paths").empty());
}

TEST_CASE("neighbors --format json gives the entity, its roles and its relations") {
  const SmallGraph& g = Graph();
  REQUIRE(g.run.exit_code == 0);
  const RunResult run = RunNewskg({"neighbors", "Max Kuhn", "--graph", g.graph(), "--format", "json", "--evidence", "0"}, "/");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json out = json::parse(run.out);
  CHECK(out.at("entity").at("label") == "Max Kuhn");
  CHECK(out.at("entity").at("roles") == json{"Bürgermeister"});
  // The call with Jan Vogt, and the post in Köln (the dateline's town: a mayor's owner).
  REQUIRE(out.at("relations").size() == 2);
  const json& group = out.at("relations")[0].at("kind") == "meeting" ? out.at("relations")[0] : out.at("relations")[1];
  CHECK(group.at("kind") == "meeting");
  CHECK(group.at("neighbors")[0].at("entity").at("label") == "Jan Vogt");
  CHECK(group.at("neighbors")[0].at("relations")[0].at("evidence")[0].at("article") == "b.txt");
}

TEST_CASE("Bad numbers and other usage errors exit 2 with a plain message") {
  const SmallGraph& g = Graph();
  REQUIRE(g.run.exit_code == 0);
  struct Case {
    std::vector<std::string> arguments;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"path", "Max Kuhn", "Jan Vogt", "--max", "0"}, "--max: must be a whole number from 1 to 10000, not '0'"},
      {{"path", "Max Kuhn", "Jan Vogt", "--max", "abc"}, "--max: must be a whole number"},
      {{"path", "Max Kuhn", "Jan Vogt", "--max", "99999999999999999999999"}, "--max: must be a whole number"},
      {{"path", "Max Kuhn", "Jan Vogt", "--evidence", "-1"}, "--evidence: must be a whole number from 0"},
      {{"neighbors", "Max Kuhn", "--depth", "11"}, "--depth: must be a whole number from 1 to 10, not '11'"},
      {{"neighbors", "Max Kuhn", "--depth", "1.5"}, "--depth: must be a whole number"},
      {{"path", "Max Kuhn", "Jan Vogt", "--format", "xml"}, "--format"},
      {{"path", "Max Kuhn"}, "TO is required"},
      {{"neighbors"}, "NAME is required"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> arguments = c.arguments;
    arguments.insert(arguments.end(), {"--graph", g.graph()});
    const RunResult run = RunNewskg(arguments, "/");
    INFO(c.arguments[0] << " " << c.arguments.back() << ": " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(Contains(run.err, c.message));
    CHECK(run.err.size() < 200);  // no 300-digit numbers
  }
}

TEST_CASE("An unknown name exits 1 and names it") {
  const SmallGraph& g = Graph();
  REQUIRE(g.run.exit_code == 0);
  const RunResult run = RunNewskg({"neighbors", "Xaver Quastenflosser", "--graph", g.graph(), "--format", "json"}, "/");
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "Xaver Quastenflosser"));
}

TEST_CASE("path and neighbors print control characters from articles as visible escapes") {
  TempDir dir;
  dir.Write("in/a.txt",
            "date 2025-03-03\nBerlin - Die Ministerin Anna Roth hat am Montag in Berlin den "
            "Botschafter Paul Weber getroffen, \x1b[41mberichtete\x07 das Amt.\n");
  REQUIRE(RunNewskg({"build", "-o", "out", "in"}, dir.path()).exit_code == 0);
  const std::string graph = (dir / "out").string();
  const RunResult neighbors = RunNewskg({"neighbors", "Roth", "--graph", graph}, "/");
  const RunResult path = RunNewskg({"path", "Roth", "Weber", "--graph", graph}, "/");
  for (const RunResult* run : {&neighbors, &path}) {
    INFO(run->out);
    CHECK(run->exit_code == 0);
    CHECK(run->out.find('\x1b') == std::string::npos);
    CHECK(run->out.find('\x07') == std::string::npos);
    CHECK(Contains(run->out, "\\x1b[41mberichtete\\x07 das Amt"));
  }
  // Names and labels never keep a control character: only the evidence sentence does.
  std::istringstream triples(ReadFile(dir / "out" / "graph.nt"));
  for (std::string line; std::getline(triples, line);) {
    if (!Contains(line, "label>")) continue;
    INFO(line);
    CHECK_FALSE(Contains(line, "\\u00"));
  }
  // JSON keeps the sentence as it is, escaped by JSON itself.
  const RunResult json_path = RunNewskg({"path", "Roth", "Weber", "--graph", graph, "--format", "json"}, "/");
  CHECK(Contains(json_path.out, "\\u001b[41mberichtete\\u0007 das Amt"));
}
