// The Virtuoso the ctest fixture virtuoso_start runs for these tests, and the graph they load:
// the seeds' graph (../shared/seeds, when the shared folder is here) plus the project's own
// development-set articles (tests/e2e/devset/articles, which give dated meetings).
#pragma once

#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "e2e/run_newskg.h"

namespace newskg::testing {

struct Virtuoso {
  std::string sparql;         // SPARQL 1.1 Protocol endpoint
  std::string store;          // Graph Store HTTP Protocol endpoint
  std::string password_file;  // of the user dba
};

// Fails the test when the fixture's server is not running: a store test never passes without one.
inline Virtuoso RunningVirtuoso() {
  const std::filesystem::path env = std::filesystem::path(NEWSKG_VIRTUOSO_DIR) / "env";
  std::ifstream in(env);
  if (!in) {
    FAIL("no Virtuoso: " << env << " is missing. The ctest fixture virtuoso_start starts one "
                                   "(scripts/virtuoso-local, package virtuoso-opensource-7-bin)");
  }
  std::map<std::string, std::string> values;
  for (std::string line; std::getline(in, line);) {
    const std::size_t equals = line.find('=');
    if (equals != std::string::npos) values[line.substr(0, equals)] = line.substr(equals + 1);
  }
  Virtuoso virtuoso{values["NEWSKG_VIRTUOSO_SPARQL"], values["NEWSKG_VIRTUOSO_STORE"],
                    values["NEWSKG_VIRTUOSO_PASSWORD_FILE"]};
  REQUIRE_FALSE(virtuoso.sparql.empty());
  REQUIRE_FALSE(virtuoso.store.empty());
  return virtuoso;
}

struct BuiltGraph {
  TempDir dir;
  RunResult run;
  std::string sources;  // what it was built from, for messages
  std::filesystem::path out() const { return dir / "out"; }
  std::filesystem::path nt() const { return out() / "graph.nt"; }
};

// Built once per test run with the newskg binary under test.
inline const BuiltGraph& SeedsGraph() {
  static const std::unique_ptr<BuiltGraph> graph = [] {
    auto built = std::make_unique<BuiltGraph>();
    std::vector<std::string> arguments = {"build", "-o", "out"};
    const std::filesystem::path seeds = std::filesystem::path(NEWSKG_SHARED_DIR) / "seeds";
    if (std::filesystem::is_directory(seeds)) {
      arguments.push_back(seeds.string());
      built->sources = "the seeds and the development set";
    } else {
      built->sources = "the development set (no seeds at " + seeds.string() + ")";
    }
    arguments.push_back(std::string(NEWSKG_SOURCE_DIR) + "/tests/e2e/devset/articles");
    built->run = RunNewskg(arguments, built->dir.path());
    return built;
  }();
  return *graph;
}

// The distinct non-empty lines of an N-Triples file: its triples.
inline std::set<std::string> TriplesOf(const std::filesystem::path& file) {
  std::set<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') lines.insert(line);
  }
  return lines;
}

inline RunResult Load(const Virtuoso& virtuoso, const std::filesystem::path& input,
                      const std::string& graph, std::vector<std::string> extra = {}) {
  std::vector<std::string> arguments = {"load",   input.string(), "--store",         virtuoso.store,
                                        "--user", "dba",          "--password-file", virtuoso.password_file,
                                        "--graph", graph};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  return RunNewskg(arguments, "/");
}

inline RunResult StoreQuery(const Virtuoso& virtuoso, const std::string& graph,
                            std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"sparql", "--endpoint", virtuoso.sparql, "--default-graph", graph});
  return RunNewskg(arguments, "/");
}

}  // namespace newskg::testing
