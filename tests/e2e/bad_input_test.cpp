// newskg build on bad input: clear errors naming the file (and byte offset), exit codes, no
// partial output, and --keep-going.
#include <catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

const char* const kGoodArticle =
    "Bildungsministerin empfängt Amtskollegen aus Wien\n\n"
    "Berlin - Bundesbildungsministerin Ingrid Lamprecht hat am Dienstag ihren österreichischen "
    "Amtskollegen Florian Aigner in Berlin empfangen. Beide sprachen über die gegenseitige "
    "Anerkennung von Berufsabschlüssen, wie eine Sprecherin des Ministeriums mitteilte.\n";

const char* const kOtherGoodArticle =
    "Wien - Bundeskanzlerin Verena Hollerer hat am Freitag mit dem slowakischen "
    "Ministerpräsidenten Juraj Kováč telefoniert. Thema des Gesprächs war der Ausbau der "
    "Bahnstrecke zwischen Wien und Bratislava.\n";

// No output folder, or an empty one: nothing of a failed run may remain.
void RequireNoOutput(const std::filesystem::path& folder) {
  if (std::filesystem::exists(folder)) CHECK(ListFolder(folder).empty());
}

}  // namespace

TEST_CASE("invalid UTF-8: the error names the file and the byte offset; nothing is written") {
  TempDir dir;
  const std::string prefix = "Genf - Der Aussenminister sagte: ";
  dir.Write("kaputt.txt", prefix + "\xff" + "Ende.\n");
  dir.Write("gut.txt", kGoodArticle);
  const RunResult run = RunNewskg({"build", "-o", "out", "gut.txt", "kaputt.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "kaputt.txt"));
  CHECK(Contains(run.err, "byte " + std::to_string(prefix.size())));
  RequireNoOutput(dir / "out");
  CHECK(ListFolder(dir.path()) == std::vector<std::string>{"gut.txt", "kaputt.txt"});
}

TEST_CASE("an empty file, a binary file and a huge single line are refused naming the file") {
  TempDir dir;
  std::string name;
  SECTION("empty") {
    name = "leer.txt";
    dir.Write(name, "");
  }
  SECTION("binary") {
    name = "bild.txt";
    dir.Write(name, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  }
  SECTION("huge single line") {
    name = "eine_zeile.txt";
    std::string line;
    while (line.size() <= 120000) line += "Die Ministerin sprach lange und ausführlich. ";
    dir.Write(name, line);
  }
  const RunResult run = RunNewskg({"build", "-o", "out", name}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, name));
  RequireNoOutput(dir / "out");
}

TEST_CASE("a missing path is refused naming it") {
  TempDir dir;
  dir.Write("gut.txt", kGoodArticle);
  const RunResult run = RunNewskg({"build", "-o", "out", "gut.txt", "gibt_es_nicht.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "gibt_es_nicht.txt"));
  CHECK(Contains(run.err, "no such file"));
  RequireNoOutput(dir / "out");
}

TEST_CASE("an unreadable folder is refused naming it") {
  TempDir dir;
  dir.Write("gesperrt/a.txt", kGoodArticle);
  std::filesystem::permissions(dir / "gesperrt", std::filesystem::perms::none);
  if (::geteuid() == 0) {
    WARN("running as root, which can read a chmod 000 folder; testing a path that is neither "
         "file nor folder (a FIFO) instead");
    REQUIRE(::mkfifo((dir / "rohr.txt").c_str(), 0600) == 0);
    const RunResult run = RunNewskg({"build", "-o", "out", "rohr.txt"}, dir.path());
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "rohr.txt"));
    RequireNoOutput(dir / "out");
    return;
  }
  const RunResult run = RunNewskg({"build", "-o", "out", "gesperrt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "gesperrt"));
  RequireNoOutput(dir / "out");
}

TEST_CASE("--keep-going writes the good articles, reports the bad ones and exits 1") {
  TempDir dir;
  dir.Write("artikel/1_gut.txt", kGoodArticle);
  dir.Write("artikel/2_kaputt.txt", "Bern - Die Bundesr\xe4tin sprach.\n");  // Latin-1 ä
  dir.Write("artikel/3_leer.txt", "");
  dir.Write("artikel/4_gut.txt", kOtherGoodArticle);
  const RunResult run =
      RunNewskg({"build", "--keep-going", "-o", "out", "artikel", "fehlt.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "2_kaputt.txt"));
  CHECK(Contains(run.err, "3_leer.txt"));
  CHECK(Contains(run.err, "fehlt.txt"));
  CHECK_FALSE(Contains(run.err, "1_gut.txt"));
  REQUIRE(ListFolder(dir / "out") ==
          std::vector<std::string>{".newskg", "graph.graphml", "graph.index", "graph.nt", "graph.ttl"});
  const std::string turtle = ReadFile(dir / "out" / "graph.ttl");
  CHECK(Contains(turtle, "\"1_gut.txt\""));
  CHECK(Contains(turtle, "\"4_gut.txt\""));
  CHECK_FALSE(Contains(turtle, "2_kaputt"));
  CHECK_FALSE(Contains(turtle, "3_leer"));
}

TEST_CASE("--keep-going with nothing usable writes nothing and exits 1") {
  TempDir dir;
  dir.Write("leer.txt", "");
  const RunResult run = RunNewskg({"build", "--keep-going", "-o", "out", "leer.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "leer.txt"));
  RequireNoOutput(dir / "out");
}

TEST_CASE("existing outputs are kept unless --force, and the error names the file") {
  TempDir dir;
  dir.Write("gut.txt", kGoodArticle);
  dir.Write("out/graph.nt", "alt\n");
  const RunResult refused = RunNewskg({"build", "-o", "out", "gut.txt"}, dir.path());
  CHECK(refused.exit_code == 1);
  CHECK(Contains(refused.err, "graph.nt"));
  CHECK(Contains(refused.err, "--force"));
  CHECK(ListFolder(dir / "out") == std::vector<std::string>{"graph.nt"});
  CHECK(ReadFile(dir / "out" / "graph.nt") == "alt\n");

  const RunResult forced = RunNewskg({"build", "--force", "-o", "out", "gut.txt"}, dir.path());
  CHECK(forced.exit_code == 0);
  CHECK(ListFolder(dir / "out") ==
        std::vector<std::string>{".newskg", "graph.graphml", "graph.index", "graph.nt", "graph.ttl"});
  CHECK(ReadFile(dir / "out" / "graph.nt") != "alt\n");
}

TEST_CASE("an output folder that is a file is an error, not a crash") {
  TempDir dir;
  dir.Write("gut.txt", kGoodArticle);
  dir.Write("out", "eine Datei");
  const RunResult run = RunNewskg({"build", "-o", "out", "gut.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "out"));
  CHECK(ReadFile(dir / "out") == "eine Datei");
}

TEST_CASE("usage errors exit 2") {
  TempDir dir;
  CHECK(RunNewskg({}, dir.path()).exit_code == 2);
  CHECK(RunNewskg({"bauen"}, dir.path()).exit_code == 2);
  CHECK(RunNewskg({"build"}, dir.path()).exit_code == 2);
  CHECK(RunNewskg({"build", "--gibt-es-nicht", "x.txt"}, dir.path()).exit_code == 2);
  CHECK(RunNewskg({"sparql", "--format", "xml", "ASK {}"}, dir.path()).exit_code == 2);
  CHECK(RunNewskg({"path", "nur_einer"}, dir.path()).exit_code == 2);
  const RunResult help = RunNewskg({"--help"}, dir.path());
  CHECK(help.exit_code == 0);
  CHECK(Contains(help.out, "build"));
}
