// The build at archive scale: outputs that do not depend on threads, input order or batching
// (-j, shuffled inputs, --update against one joint build), IRIs that survive updates, a
// damaged archive refused, and memory bounded under a hard limit. Corpora are generated into
// temporary folders by ../shared/bench/make_corpus.py.
#include <catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <regex>
#include <set>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kOutputs = {"graph.ttl", "graph.nt", "graph.graphml", "graph.gexf",
                                          "graph.index"};

// A generated corpus of n articles (seed 1), its files listed by path.
struct Corpus {
  TempDir dir;
  std::vector<fs::path> files;
};

const Corpus& Generated(std::size_t n) {
  static std::map<std::size_t, std::unique_ptr<Corpus>> corpora;
  auto& cached = corpora[n];
  if (cached) return *cached;
  // Kept only when complete: a failed generation fails every test that asks again.
  auto corpus = std::make_unique<Corpus>();
  const std::string script = std::string(NEWSKG_SHARED_DIR) + "/bench/make_corpus.py";
  const RunResult run = RunShell("python3 " + ShellQuote(script) + " " + std::to_string(n) + " " +
                                     ShellQuote((corpus->dir / "articles").string()),
                                 NEWSKG_SOURCE_DIR);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  for (const auto& entry : fs::recursive_directory_iterator(corpus->dir / "articles")) {
    if (entry.path().extension() == ".txt") corpus->files.push_back(entry.path());
  }
  std::sort(corpus->files.begin(), corpus->files.end());
  REQUIRE(corpus->files.size() == n);
  cached = std::move(corpus);
  return *cached;
}

// Links the given files into a fresh folder (the same ids, another collection).
fs::path Subset(const TempDir& dir, const std::string& name, const std::vector<fs::path>& files) {
  const fs::path folder = dir / name;
  fs::create_directories(folder);
  for (const fs::path& file : files) fs::create_symlink(file, folder / file.filename());
  return folder;
}

void RequireSameOutputs(const fs::path& a, const fs::path& b) {
  for (const std::string& name : kOutputs) {
    INFO(name);
    CHECK(ReadFile(a / name) == ReadFile(b / name));
  }
}

// Subjects of the N-Triples that are entity IRIs (persons, organizations, places, aliases).
std::set<std::string> EntityIris(const fs::path& nt) {
  std::set<std::string> iris;
  std::ifstream in(nt);
  const std::regex subject("^<([^>]*/(person|entity)/[^>]*)> ");
  std::smatch match;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, match, subject)) iris.insert(match[1]);
  }
  return iris;
}

}  // namespace

TEST_CASE("the output does not depend on the number of threads or the order of the inputs") {
  const Corpus& corpus = Generated(300);
  TempDir dir;
  const RunResult one = RunNewskg({"build", "-j", "1", "-o", "one", (corpus.dir / "articles").string()},
                                  dir.path());
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  const RunResult two = RunNewskg({"build", "-j", "2", "-o", "two", (corpus.dir / "articles").string()},
                                  dir.path());
  REQUIRE(two.exit_code == 0);
  RequireSameOutputs(dir / "one", dir / "two");

  // The same files named one by one, in reverse order.
  std::vector<std::string> reversed = {"build", "-j", "3", "-o", "reversed"};
  for (auto it = corpus.files.rbegin(); it != corpus.files.rend(); ++it) reversed.push_back(it->string());
  const RunResult backwards = RunNewskg(reversed, dir.path());
  REQUIRE(backwards.exit_code == 0);
  RequireSameOutputs(dir / "one", dir / "reversed");

  // And in a shuffled order (a fixed seed, so a failure can be replayed).
  std::vector<fs::path> shuffled_files = corpus.files;
  std::shuffle(shuffled_files.begin(), shuffled_files.end(), std::mt19937(20261201));
  std::vector<std::string> shuffled = {"build", "-j", "2", "-o", "shuffled"};
  for (const fs::path& file : shuffled_files) shuffled.push_back(file.string());
  REQUIRE(RunNewskg(shuffled, dir.path()).exit_code == 0);
  RequireSameOutputs(dir / "one", dir / "shuffled");
}

TEST_CASE("--update gives the outputs of one build of all articles, and IRIs stay") {
  const Corpus& corpus = Generated(300);
  TempDir dir;
  const std::vector<fs::path> first(corpus.files.begin() + 100, corpus.files.end());
  const std::vector<fs::path> second(corpus.files.begin(), corpus.files.begin() + 100);
  const fs::path later = Subset(dir, "later", first);
  const fs::path earlier = Subset(dir, "earlier", second);

  REQUIRE(RunNewskg({"build", "-o", "archive", later.string()}, dir.path()).exit_code == 0);
  const std::set<std::string> before = EntityIris(dir / "archive" / "graph.nt");
  REQUIRE(before.size() > 50);
  const RunResult update = RunNewskg({"build", "--update", "-o", "archive", earlier.string()}, dir.path());
  INFO(update.err);
  REQUIRE(update.exit_code == 0);
  CHECK(Contains(update.out, "articles:  300 (100 new)"));

  REQUIRE(RunNewskg({"build", "-o", "joint", (corpus.dir / "articles").string()}, dir.path()).exit_code == 0);
  RequireSameOutputs(dir / "archive", dir / "joint");

  // Every entity IRI of the first build is still there: as an entity, or as an owl:sameAs alias.
  const std::set<std::string> after = EntityIris(dir / "archive" / "graph.nt");
  for (const std::string& iri : before) {
    INFO(iri);
    CHECK(after.count(iri) == 1);
  }

  // The same articles again: nothing new, nothing rewritten.
  const std::string turtle = ReadFile(dir / "archive" / "graph.ttl");
  const RunResult again = RunNewskg({"build", "--update", "-o", "archive", earlier.string()}, dir.path());
  CHECK(again.exit_code == 0);
  CHECK(Contains(again.out, "nothing new"));
  CHECK(ReadFile(dir / "archive" / "graph.ttl") == turtle);
}

TEST_CASE("an update refuses an article id that is in the graph with other text") {
  TempDir dir;
  dir.Write("a/bericht.txt", "Berlin - Die Kanzlerin Helga Brandt traf am Montag den Minister Karl Sommer.\n");
  dir.Write("b/bericht.txt", "Wien - Der Kanzler Paul Auer telefonierte am Dienstag mit Ida Roth.\n");
  REQUIRE(RunNewskg({"build", "-o", "out", "a"}, dir.path()).exit_code == 0);
  const std::string before = ReadFile(dir / "out" / "graph.nt");
  const RunResult run = RunNewskg({"build", "--update", "-o", "out", "b"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "bericht.txt"));
  CHECK(Contains(run.err, "already in the graph"));
  CHECK(ReadFile(dir / "out" / "graph.nt") == before);
}

TEST_CASE("a damaged or foreign archive is refused with an error naming the file") {
  const Corpus& corpus = Generated(300);
  TempDir dir;
  const fs::path some = Subset(dir, "some", {corpus.files.begin(), corpus.files.begin() + 20});
  const fs::path more = Subset(dir, "more", {corpus.files.begin() + 20, corpus.files.begin() + 30});
  REQUIRE(RunNewskg({"build", "-o", "out", some.string()}, dir.path()).exit_code == 0);
  const fs::path generation = fs::canonical(dir / "out" / ".newskg" / "current");
  const std::string nt = ReadFile(dir / "out" / "graph.nt");

  auto refused = [&](const std::string& expected) {
    const RunResult run = RunNewskg({"build", "--update", "-o", "out", more.string()}, dir.path());
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, expected));
    CHECK(ReadFile(dir / "out" / "graph.nt") == nt);
  };
  fs::path segment;
  for (const auto& entry : fs::directory_iterator(generation)) {
    if (entry.path().extension() == ".segment") segment = entry.path();
  }
  REQUIRE(!segment.empty());
  const std::string segment_bytes = ReadFile(segment);
  const std::string manifest = ReadFile(generation / "manifest.json");

  SECTION("a truncated segment") {
    fs::remove(segment);  // the generation holds hard links: write a new file, not through them
    std::ofstream(segment, std::ios::binary) << segment_bytes.substr(0, segment_bytes.size() / 2);
    refused(segment.filename().string());
  }
  SECTION("a segment with a changed byte") {
    std::string damaged = segment_bytes;
    damaged[damaged.size() / 3] ^= 0x20;
    fs::remove(segment);
    std::ofstream(segment, std::ios::binary) << damaged;
    refused(segment.filename().string());
  }
  SECTION("a manifest that is not JSON") {
    fs::remove(generation / "manifest.json");
    std::ofstream(generation / "manifest.json") << "{ kaputt";
    refused("manifest.json");
  }
  SECTION("a manifest of another format version") {
    std::string other = manifest;
    other.replace(other.find("\"version\": 1"), 12, "\"version\": 99");
    fs::remove(generation / "manifest.json");
    std::ofstream(generation / "manifest.json") << other;
    refused("version 99");
  }
  SECTION("an update into a folder without a build") {
    const RunResult run = RunNewskg({"build", "--update", "-o", "leer", more.string()}, dir.path());
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "no newskg build to update"));
    CHECK_FALSE(fs::exists(dir / "leer"));
  }
}

TEST_CASE("memory stays bounded: 3,000 articles build under a 700 MB address-space limit") {
  const Corpus& corpus = Generated(3000);
  TempDir dir;
  // RLIMIT_AS counts every mapping (code, ICU data, thread stacks and malloc arenas), so the
  // limit is well above what the build touches; the pre-streaming build needed 1.35 GB of
  // resident memory for 1,000 articles.
  const RunResult run = RunShell("prlimit --as=734003200 " + ShellQuote(NEWSKG_BINARY) +
                                     " build -j 2 -o out " + ShellQuote((corpus.dir / "articles").string()),
                                 dir.path());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "articles:  3000"));
  // No triple is written twice (an event two reports of one article tell was, once).
  std::ifstream in(dir / "out" / "graph.nt");
  std::set<std::string> seen;
  std::size_t repeated = 0;
  for (std::string line; std::getline(in, line);) repeated += seen.insert(line).second ? 0 : 1;
  CHECK(seen.size() > 100000);
  CHECK(repeated == 0);
}

TEST_CASE("a folder of many tiny files stays within bounds") {
  TempDir dir;
  for (int i = 0; i < 4000; ++i) {
    dir.Write("kurz/" + std::to_string(i / 1000) + "/meldung-" + std::to_string(i) + ".txt",
              "Bonn - Die Ministerin Eva Lind traf am Montag den Botschafter Jan Kohl " +
                  std::to_string(i) + ".\n");
  }
  const RunResult run = RunShell("prlimit --as=734003200 " + ShellQuote(NEWSKG_BINARY) +
                                     " build -o out kurz",
                                 dir.path());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "articles:  4000"));
}
