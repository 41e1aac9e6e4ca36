// The janitor a build starts: when the build dies (SIGKILL runs no destructor) it removes what
// the build was making in OUTDIR/.newskg; when the build says it ended, it touches nothing.
// The dying build is played by the descriptor the janitor waits on: /dev/null is a pipe whose
// writer went away without a word, a file holding the "ended" byte is a build that finished.
#include <catch.hpp>

#include <fstream>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

namespace fs = std::filesystem;

// Runs the janitor on `out` with descriptor 3 read from `pipe_stand_in`.
RunResult RunJanitor(const fs::path& out, const std::string& pipe_stand_in, const fs::path& cwd) {
  return RunShell(ShellQuote(NEWSKG_BINARY) + " --internal-tidy-after-build " +
                      ShellQuote(out.string()) + " 3< " + ShellQuote(pipe_stand_in),
                  cwd);
}

// What a build killed while naming its generation leaves: a temporary folder being linked,
// a generation renamed but never made current, a link being made.
void LeaveDebris(const fs::path& out) {
  fs::create_directories(out / ".newskg" / "tmp-99999-7");
  std::ofstream(out / ".newskg" / "tmp-99999-7" / "graph.ttl") << "# half a graph\n";
  fs::create_directories(out / ".newskg" / "gen-000999");
  std::ofstream(out / ".newskg" / "gen-000999" / "graph.nt") << "# never current\n";
  fs::create_symlink(".newskg/current/graph.ttl", out / ".newskg-link-99999");
}

bool Debris(const fs::path& out) {
  return fs::exists(out / ".newskg" / "tmp-99999-7") || fs::exists(out / ".newskg" / "gen-000999") ||
         fs::is_symlink(out / ".newskg-link-99999");
}

}  // namespace

TEST_CASE("A killed build's janitor removes its debris and keeps the current graph") {
  TempDir dir;
  const fs::path out = dir / "out";
  REQUIRE(RunNewskg({"build", "-o", out.string(), ExamplesDir()}, dir.path()).exit_code == 0);
  const std::string graph = ReadFile(out / "graph.ttl");
  LeaveDebris(out);

  const fs::path ended = dir / "ended";
  std::ofstream(ended) << 'e';
  CHECK(RunJanitor(out, ended.string(), dir.path()).exit_code == 0);
  CHECK(Debris(out));  // the build said it ended: nothing is touched

  CHECK(RunJanitor(out, "/dev/null", dir.path()).exit_code == 0);
  CHECK_FALSE(Debris(out));
  CHECK(ReadFile(out / "graph.ttl") == graph);
  for (const char* name : {"graph.nt", "graph.graphml", "graph.gexf", "graph.index"}) {
    CHECK(fs::exists(out / name));  // every link still resolves into the current generation
  }
}

TEST_CASE("A first build killed before committing leaves no folder behind its janitor") {
  TempDir dir;
  const fs::path out = dir / "fresh";
  fs::create_directories(out / ".newskg" / "tmp-99999-1");
  std::ofstream(out / ".newskg" / "lock");
  std::ofstream(out / ".newskg" / "tmp-99999-1" / "graph.ttl") << "# half a graph\n";
  CHECK(RunJanitor(out, "/dev/null", dir.path()).exit_code == 0);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("A build's janitor exits with the build") {
  TempDir dir;
  const fs::path out = dir / "out";
  REQUIRE(RunNewskg({"build", "-o", out.string(), ExamplesDir()}, dir.path()).exit_code == 0);
  // "[i]": the pattern must not match the shell that runs pgrep.
  const RunResult janitors =
      RunShell("pgrep -f -- " + ShellQuote("[i]nternal-tidy-after-build " + out.string()), dir.path());
  CHECK(janitors.out.empty());
}
