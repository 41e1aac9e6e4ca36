// `cmake --install` into a fresh prefix: the binary, its data and the man page; the installed
// binary builds the examples with no environment variable set, finding its data beside itself
// (also after the prefix is moved), and gives the same graph as the build tree's binary.
#include <catch.hpp>

#include <regex>
#include <set>

#include "e2e/run_newskg.h"

using namespace newskg::testing;
namespace fs = std::filesystem;

namespace {

struct Installed {
  TempDir dir;
  RunResult install;
  Installed() {
    install = RunShell(ShellQuote(NEWSKG_CMAKE) + " --install " + ShellQuote(NEWSKG_BUILD_DIR) +
                           " --prefix " + ShellQuote((dir / "prefix").string()),
                       dir.path());
  }
  fs::path prefix() const { return dir / "prefix"; }
};

const Installed& Install() {
  static const Installed installed;
  return installed;
}

// Runs a binary with NEWSKG_DATA unset.
RunResult RunWithoutDataVariable(const fs::path& binary, const std::vector<std::string>& arguments,
                                 const fs::path& cwd) {
  std::string command = "env -u NEWSKG_DATA " + ShellQuote(binary.string());
  for (const std::string& argument : arguments) command += " " + ShellQuote(argument);
  return RunShell(command, cwd);
}

std::string ManPage() {
  return ReadFile(std::string(NEWSKG_SOURCE_DIR) + "/doc/newskg.1");
}

}  // namespace

TEST_CASE("cmake --install puts the binary, its data and the man page under the prefix") {
  const Installed& installed = Install();
  INFO(installed.install.out << installed.install.err);
  REQUIRE(installed.install.exit_code == 0);
  const fs::path p = installed.prefix();
  CHECK(fs::is_regular_file(p / "bin/newskg"));
  CHECK(fs::is_regular_file(p / "share/newskg/ner/germeval.model"));
  CHECK(fs::is_regular_file(p / "share/newskg/lexicons/role_nouns.tsv"));
  CHECK(fs::is_regular_file(p / "share/newskg/gazetteers/LICENSE-Unicode-DFS-2016.txt"));
  CHECK(fs::is_regular_file(p / "share/man/man1/newskg.1"));
  // Training helpers and the locally derived training inputs are not shipped.
  for (const auto& entry : fs::recursive_directory_iterator(p / "share/newskg")) {
    CHECK(entry.path().extension() != ".py");
    CHECK(entry.path().filename() != "smartdata_names.tsv");
  }
}

TEST_CASE("The installed binary builds the examples with no NEWSKG_DATA, like the build tree's") {
  const Installed& installed = Install();
  REQUIRE(installed.install.exit_code == 0);
  TempDir work;
  const RunResult ours = RunWithoutDataVariable(installed.prefix() / "bin/newskg",
                                                {"build", "-o", "installed", ExamplesDir()}, work.path());
  INFO(ours.err);
  REQUIRE(ours.exit_code == 0);
  const RunResult tree = RunWithoutDataVariable(NEWSKG_BINARY, {"build", "-o", "tree", ExamplesDir()},
                                                work.path());
  REQUIRE(tree.exit_code == 0);
  for (const char* name : {"graph.nt", "graph.gexf", "graph.graphml"}) {
    INFO(name);
    CHECK(ReadFile(work / "installed" / name) == ReadFile(work / "tree" / name));
  }

  // The prefix moved elsewhere still works: the data is found from the binary's own folder.
  const fs::path moved = work / "moved";
  fs::create_directories(moved);
  RunShell("cp -a " + ShellQuote(installed.prefix().string()) + " " + ShellQuote(moved.string()), "/");
  const RunResult again = RunWithoutDataVariable(moved / "prefix/bin/newskg",
                                                 {"build", "-o", "again", ExamplesDir()}, work.path());
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(ReadFile(work / "again/graph.nt") == ReadFile(work / "tree/graph.nt"));

  // It reads the installed data, not the source tree's: a damaged copy is named in the error.
  fs::remove(moved / "prefix/share/newskg/lexicons/role_nouns.tsv");
  const RunResult damaged = RunWithoutDataVariable(moved / "prefix/bin/newskg",
                                                   {"build", "-o", "damaged", ExamplesDir()}, work.path());
  CHECK(damaged.exit_code == 1);
  CHECK(Contains(damaged.err, (moved / "prefix/share/newskg").string()));
  // NEWSKG_DATA still overrides.
  const RunResult overridden = RunShell(
      "env NEWSKG_DATA=" + ShellQuote(std::string(NEWSKG_SOURCE_DIR) + "/data") + " " +
          ShellQuote((moved / "prefix/bin/newskg").string()) + " build -o overridden " +
          ShellQuote(ExamplesDir()),
      work.path());
  INFO(overridden.err);
  CHECK(overridden.exit_code == 0);
}

TEST_CASE("The man page renders without warnings and names every command and option") {
  // groff (Debian's groff-base) is a declared test dependency: missing, this fails.
  const RunResult render = RunShell(
      "groff -man -Tutf8 -ww -z " + ShellQuote(std::string(NEWSKG_SOURCE_DIR) + "/doc/newskg.1"), "/");
  CHECK(render.exit_code == 0);
  CHECK(render.err.empty());

  std::string man = ManPage();
  man = std::regex_replace(man, std::regex(R"(\\-)"), "-");
  const std::vector<std::vector<std::string>> commands = {
      {}, {"build"}, {"path"}, {"neighbors"}, {"sparql"}, {"load"}, {"eval"}, {"ner", "train"},
      {"ner", "clusters"}, {"ner", "eval"}};
  const std::regex option(R"((?:^|[\s,])(--?[a-z][a-z-]*))");
  for (const auto& command : commands) {
    std::vector<std::string> arguments = command;
    arguments.push_back("--help");
    const RunResult help = RunNewskg(arguments, "/");
    REQUIRE(help.exit_code == 0);
    for (const std::string& word : command) CHECK(Contains(man, word));
    const std::size_t options_at = help.out.find("Options:");
    REQUIRE(options_at != std::string::npos);
    std::string options = help.out.substr(options_at);
    // Only the option column: the first 30 characters of each line.
    std::istringstream lines(options);
    std::set<std::string> names;
    for (std::string line; std::getline(lines, line);) {
      const std::string column = line.substr(0, std::min<std::size_t>(line.size(), 30));
      for (std::sregex_iterator it(column.begin(), column.end(), option), end; it != end; ++it) {
        names.insert((*it)[1]);
      }
    }
    names.erase("-h");
    names.erase("--help");
    CHECK_FALSE(names.empty());
    for (const std::string& name : names) {
      INFO((command.empty() ? std::string("newskg") : command.back()) << " " << name);
      CHECK(Contains(man, name));
    }
  }
}
