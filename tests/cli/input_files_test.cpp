// Input collection: folders recursively and sorted, stdin, and clear failures naming the path.
#include <catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <sstream>

#include "cli/temp_dir.h"
#include "common/input_files.h"

using newskg::InputError;
using newskg::common::CollectInputs;
using newskg::common::InputCollection;
using newskg::common::InputFile;
using newskg::common::ReadInput;
using newskg::testing::TempDir;

namespace {

std::vector<std::string> Ids(const InputCollection& collection) {
  std::vector<std::string> ids;
  for (const InputFile& file : collection.files) ids.push_back(file.id);
  return ids;
}

bool Mentions(const InputError& error, const std::string& text) {
  return std::string(error.what()).find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("a folder gives every .txt below it, recursively, sorted by path") {
  TempDir dir;
  dir.Write("korpus/b.txt", "Text B.");
  dir.Write("korpus/a/z.txt", "Text Z.");
  dir.Write("korpus/a/c.txt", "Text C.");
  dir.Write("korpus/notizen.md", "keine Meldung");
  dir.Write("korpus/.versteckt.txt", "versteckt");
  dir.Write("korpus/.git/d.txt", "versteckt");
  const InputCollection collection = CollectInputs({(dir / "korpus").string()});
  CHECK(collection.failures.empty());
  CHECK(Ids(collection) == std::vector<std::string>{"c.txt", "z.txt", "b.txt"});
  REQUIRE(collection.files.size() == 3);
  CHECK(collection.files[0].path == dir / "korpus" / "a" / "c.txt");
  CHECK(collection.files[0].source == (dir / "korpus" / "a" / "c.txt").string());
  CHECK_FALSE(collection.files[0].is_stdin());
}

TEST_CASE("files keep the order given; the same file named twice is read once") {
  TempDir dir;
  const auto second = dir.Write("zweite.txt", "Zwei.");
  const auto first = dir.Write("erste.txt", "Eins.");
  const InputCollection collection =
      CollectInputs({second.string(), first.string(), dir.path().string()});
  CHECK(collection.failures.empty());
  CHECK(Ids(collection) == std::vector<std::string>{"zweite.txt", "erste.txt"});
}

TEST_CASE("a missing path is a failure naming it") {
  TempDir dir;
  const auto good = dir.Write("gut.txt", "Gut.");
  const std::string missing = (dir / "fehlt.txt").string();
  const InputCollection collection = CollectInputs({missing, good.string()});
  REQUIRE(collection.failures.size() == 1);
  CHECK(collection.failures[0].file() == missing);
  CHECK(Mentions(collection.failures[0], "no such file"));
  CHECK(Ids(collection) == std::vector<std::string>{"gut.txt"});
}

TEST_CASE("an empty folder, a second stdin and a clashing article id are failures") {
  TempDir dir;
  std::filesystem::create_directories(dir / "leer");
  dir.Write("a/meldung.txt", "Eins.");
  dir.Write("b/meldung.txt", "Zwei.");
  const InputCollection collection = CollectInputs(
      {(dir / "leer").string(), "-", "-", (dir / "a").string(), (dir / "b").string()});
  REQUIRE(collection.failures.size() == 3);
  CHECK(Mentions(collection.failures[0], "no *.txt"));
  CHECK(collection.failures[1].file() == "-");
  CHECK(collection.failures[2].file() == (dir / "b" / "meldung.txt").string());
  CHECK(Mentions(collection.failures[2], "already used"));
  CHECK(Ids(collection) == std::vector<std::string>{"stdin", "meldung.txt"});
  CHECK(collection.files[0].is_stdin());
  CHECK(collection.files[0].source == "-");
}

TEST_CASE("something that is neither file nor folder is a failure") {
  TempDir dir;
  const std::string fifo = (dir / "rohr.txt").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const InputCollection collection = CollectInputs({fifo, (dir.path()).string()});
  // Named directly: refused. The folder holding only the FIFO has no *.txt file to give.
  REQUIRE(collection.failures.size() == 2);
  CHECK(collection.failures[0].file() == fifo);
  CHECK(Mentions(collection.failures[0], "not a regular file"));
  CHECK(collection.files.empty());
}

TEST_CASE("an unreadable folder is a failure naming it") {
  TempDir dir;
  dir.Write("gesperrt/a.txt", "Eins.");
  std::filesystem::permissions(dir / "gesperrt", std::filesystem::perms::none);
  if (::geteuid() == 0) {
    WARN("running as root, which reads any folder: the unreadable-folder case cannot be tested");
    return;
  }
  const InputCollection collection = CollectInputs({(dir / "gesperrt").string()});
  REQUIRE(collection.failures.size() == 1);
  CHECK(collection.failures[0].file() == (dir / "gesperrt").string());
  CHECK(Mentions(collection.failures[0], "cannot read folder"));
}

TEST_CASE("ReadInput reads files and stdin whole, and refuses empty and oversized input") {
  TempDir dir;
  const auto good = dir.Write("gut.txt", "Berlin - Die Ministerin reiste ab.\n");
  std::istringstream no_input;
  CHECK(ReadInput({"gut.txt", good.string(), good}, no_input) ==
        "Berlin - Die Ministerin reiste ab.\n");

  std::istringstream standard_input("Genf - Die Konferenz begann.");
  CHECK(ReadInput({"stdin", "-", {}}, standard_input) == "Genf - Die Konferenz begann.");

  const auto empty = dir.Write("leer.txt", "");
  try {
    ReadInput({"leer.txt", empty.string(), empty}, no_input);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.file() == empty.string());
    CHECK(Mentions(error, "empty"));
  }
  std::istringstream empty_stdin;
  try {
    ReadInput({"stdin", "-", {}}, empty_stdin);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.file() == "-");
    CHECK(Mentions(error, "standard input is empty"));
  }

  const auto huge = dir.Write("riesig.txt", "x");
  std::filesystem::resize_file(huge, newskg::common::kMaxInputBytes + 1);  // sparse, cheap
  try {
    ReadInput({"riesig.txt", huge.string(), huge}, no_input);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.file() == huge.string());
    CHECK(Mentions(error, "bytes"));
  }
}

// Issue 12: standard input had no limit (an endless stream filled the memory).
TEST_CASE("standard input is read up to the size limit and refused beyond it") {
  using newskg::common::kMaxInputBytes;
  std::istringstream at_limit(std::string(kMaxInputBytes, 'a'));
  CHECK(ReadInput({"stdin", "-", {}}, at_limit).size() == kMaxInputBytes);

  std::istringstream over_limit(std::string(kMaxInputBytes + 1, 'a'));
  try {
    ReadInput({"stdin", "-", {}}, over_limit);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.file() == "-");
    CHECK(Mentions(error, "standard input holds more than 8 MiB"));
  }
  // Not read further than one byte over the limit.
  std::istringstream far_over(std::string(kMaxInputBytes + 100000, 'a'));
  CHECK_THROWS_AS(ReadInput({"stdin", "-", {}}, far_over), InputError);
  CHECK(far_over.tellg() == static_cast<std::streamoff>(kMaxInputBytes + 1));
}

TEST_CASE("article ids: names that are not UTF-8 text are percent-encoded, never lost", "[common][inputs]") {
  using newskg::common::ArticleIdOf;
  CHECK(ArticleIdOf("bericht-2025.txt") == "bericht-2025.txt");
  CHECK(ArticleIdOf("Ärger über 100%.txt") == "Ärger über 100%.txt");  // UTF-8 text stays
  CHECK(ArticleIdOf("caf\xe9.txt") == "caf%E9.txt");                   // Latin-1
  CHECK(ArticleIdOf("a\rb.txt") == "a%0Db.txt");                       // a control character
  CHECK(ArticleIdOf("100%\xff.txt") == "100%25%FF.txt");               // '%' too, then
  CHECK(ArticleIdOf("\xed\xa0\x80.txt") == "%ED%A0%80.txt");           // a surrogate
  CHECK(ArticleIdOf("caf\xe9.txt") != ArticleIdOf("caf\xe8.txt"));
}
