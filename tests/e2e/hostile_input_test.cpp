// newskg build on hostile input (issues 12 and 13): the small committed corpus in
// tests/e2e/hostile/ and large payloads generated here. Each is either analysed (exit 0, the
// three outputs written) or refused with a message that names the file and says what it is.
// How fast they are analysed is measured by bench/hostile_bench.sh, not here.
#include <catch.hpp>

#include <string>
#include <vector>

#include "e2e/output_checks.h"
#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

const std::string kHostileDir = std::string(NEWSKG_SOURCE_DIR) + "/tests/e2e/hostile";

const char* const kSentence =
    "Außenministerin Katharina Lenz hat am Dienstag in Wien ihren Amtskollegen Florian Aigner "
    "getroffen. ";

// Whether a build wrote its three graph files into `folder`.
bool HasOutputs(const std::filesystem::path& folder) {
  for (const char* name : {"graph.graphml", "graph.nt", "graph.ttl"}) {
    if (!std::filesystem::exists(folder / name)) return false;
  }
  return true;
}

// Invented sentences with many different people, about `bytes` long, in paragraphs.
std::string OrdinaryArticle(std::size_t bytes) {
  const std::vector<std::string> first = {"Anna", "Thomas", "Julia", "Markus", "Sabine", "Peter"};
  const std::vector<std::string> heads = {"Brand", "Wend", "Lamp", "Berg", "Falk", "Lind", "Kron"};
  const std::vector<std::string> tails = {"horst", "ler", "mann", "bach", "hofer", "egger"};
  const std::vector<std::string> cities = {"Berlin", "Wien", "Prag", "Genf", "Oslo", "Madrid"};
  std::string text = "date 2025-03-14\n";
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    const std::string a = first[i % 6] + " " + heads[i % 7] + tails[(i / 7) % 6];
    const std::string b = first[(i + 3) % 6] + " " + heads[(i / 3) % 7] + tails[(i / 5) % 6];
    const std::string& city = cities[(i / 2) % 6];
    text += "Außenminister " + a + " ist am Montag in " + city + " mit Präsident " + b +
            " zusammengetroffen. " + b.substr(b.find(' ') + 1) +
            " sagte nach dem Gespräch, man sei sich einig. Ein weiteres Treffen in " + city +
            " ist geplant.\n\n";
  }
  return text;
}

// Every output of a build in `out`, read by independent readers and by newskg's own: Turtle and
// N-Triples parse (rapper) to the same number of triples, GraphML and GEXF are valid against
// their structure schemas (libxml2), and newskg's SPARQL engine (Redland) reads both RDF files.
void CheckOutputsParse(const std::filesystem::path& out) {
  CHECK(RapperCount("turtle", out / "graph.ttl") == RapperCount("ntriples", out / "graph.nt"));
  Xmllint("graphml-structure.xsd", out / "graph.graphml");
  Xmllint("gexf-structure.xsd", out / "graph.gexf");
  for (const char* file : {"graph.ttl", "graph.nt"}) {
    const RunResult ask = RunNewskg({"sparql", "--graph", (out / file).string(),
                                     "ASK { ?a a <http://schema.org/NewsArticle> }"}, "/");
    INFO(file << ": " << ask.err);
    CHECK(ask.exit_code == 0);
    CHECK(Contains(ask.out, "true"));
  }
}

}  // namespace

TEST_CASE("the hostile corpus: every output parses, by rapper, libxml2 and newskg itself") {
  std::vector<std::string> analysed;
  for (const auto& entry : std::filesystem::directory_iterator(kHostileDir)) {
    if (entry.path().extension() == ".txt") analysed.push_back(entry.path().string());
  }
  TempDir dir;
  // File names become article ids and IRIs: a carriage return and a Latin-1 byte in one.
  const std::string body = std::string("date 2025-03-14\n") + kSentence + "\n";
  dir.Write("names/zeile\rumbruch.txt", body);
  dir.Write("names/caf\xE9.txt", body);
  analysed.push_back((dir / "names").string());
  // --keep-going: the refused files of the corpus are skipped, the rest is one graph.
  analysed.insert(analysed.begin(), "--keep-going");
  std::vector<std::string> arguments = {"build", "-o", "out"};
  arguments.insert(arguments.end(), analysed.begin(), analysed.end());
  const RunResult run = RunNewskg(arguments, dir.path());
  INFO(run.err);
  CHECK(run.exit_code == 1);  // the corpus holds files that must be refused
  REQUIRE(HasOutputs(dir / "out"));
  CheckOutputsParse(dir / "out");
  const std::string nt = ReadFile(dir / "out" / "graph.nt");
  CHECK(Contains(nt, "zeile%0Dumbruch.txt"));
  CHECK(Contains(nt, "caf%E9.txt"));
}

TEST_CASE("the hostile corpus: each file is analysed or refused with a message naming it") {
  struct Case {
    std::string file;
    int exit_code;
    std::string message;  // in stderr after the path when refused
  };
  const std::vector<Case> cases = {
      {"bindestriche.txt", 0, ""},
      {"cr_zeilenenden.txt", 0, ""},
      {"gepunktete_abkuerzung.txt", 0, ""},
      {"initialen.txt", 0, ""},
      {"klammern_und_zitate.txt", 0, ""},
      {"kyrillischer_name.txt", 0, ""},
      {"lange_zahl.txt", 0, ""},
      {"steuerzeichen.txt", 0, ""},
      {"nichtzeichen.txt", 0, ""},
      {"latin1.txt", 1, " (byte 13): invalid UTF-8; the text looks like Latin-1 or Windows-1252"},
      {"leer_mit_bom.txt", 1, ": empty file (only whitespace)"},
      {"nur_datumszeile.txt", 1, ": no article text after the date line"},
      {"utf16be_ohne_bom.txt", 1, ": looks like UTF-16BE text, not UTF-8; convert it to UTF-8 "
                                  "first, e.g. with iconv -f UTF-16BE -t UTF-8"},
      {"utf16le_bom.txt", 1, ": looks like UTF-16LE text (byte order mark FF FE)"},
      {"utf32le_bom.txt", 1, ": looks like UTF-32LE text (byte order mark FF FE 00 00)"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    TempDir dir;
    const RunResult run = RunNewskg({"build", "-o", "out", kHostileDir + "/" + c.file}, dir.path());
    CHECK(run.exit_code == c.exit_code);
    if (c.exit_code == 0) {
      CHECK(HasOutputs(dir / "out"));
      CHECK(run.err.empty());
    } else {
      CHECK(Contains(run.err, kHostileDir + "/" + c.file + c.message));
      CHECK_FALSE(std::filesystem::exists(dir / "out"));
    }
  }
}

TEST_CASE("a line of one 100,000-letter word is analysed") {
  TempDir dir;
  dir.Write("wort.txt", std::string(kSentence) + "\nVerhandlungs" + std::string(100000 - 12, 'n') +
                            "\n" + kSentence + "\n");
  const RunResult run = RunNewskg({"build", "-o", "out", "wort.txt"}, dir.path());
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "meetings:  1"));  // the same meeting, reported twice
}

TEST_CASE("over 100 kB of lines ended by CR, U+2028 or NEL is read line by line") {
  for (const std::string line_break : {"\r", "\u2028", "\xC2\x85"}) {
    INFO("line break of " << line_break.size() << " bytes");
    TempDir dir;
    std::string text;
    while (text.size() < 300000) text += kSentence + line_break;
    dir.Write("zeilen.txt", text);
    const RunResult run = RunNewskg({"build", "-o", "out", "zeilen.txt"}, dir.path());
    CHECK(run.exit_code == 0);
    CHECK(HasOutputs(dir / "out"));
  }
  // A line that is too long is still refused, counted the same way.
  TempDir dir;
  dir.Write("lang.txt", std::string(kSentence) + "\r" + std::string(100001, 'a') + "\r");
  const RunResult run = RunNewskg({"build", "-o", "out", "lang.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "lang.txt (byte " + std::to_string(std::string(kSentence).size() + 1) +
                              "): line 2 is longer than 100000 bytes"));
}

TEST_CASE("a sentence without end, 100 kB of names, is analysed") {
  TempDir dir;
  std::string line = "Am Treffen in Wien nahmen teil";
  while (line.size() < 99000) line += ", Ministerin Anna Berger, Minister Thomas Keller und Jana Wolf";
  dir.Write("liste.txt", line + "\n" + kSentence + "\n");
  const RunResult run = RunNewskg({"build", "-o", "out", "liste.txt"}, dir.path());
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "entities:"));
}

TEST_CASE("an article of many ordinary sentences is analysed") {
  TempDir dir;
  dir.Write("lang.txt", OrdinaryArticle(256 * 1024));
  const RunResult run = RunNewskg({"build", "-o", "out", "lang.txt"}, dir.path());
  CHECK(run.exit_code == 0);
  CHECK(HasOutputs(dir / "out"));
  CHECK_FALSE(Contains(run.out, "meetings:  0"));
}

TEST_CASE("a file over 8 MiB is refused") {
  TempDir dir;
  const auto path = dir.Write("riesig.txt", kSentence);
  std::filesystem::resize_file(path, 8 * 1024 * 1024 + 1);  // sparse: cheap to make
  const RunResult run = RunNewskg({"build", "-o", "out", "riesig.txt"}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "riesig.txt: 8388609 bytes, more than 8 MiB (8388608 bytes)"));
}

TEST_CASE("standard input: endless, empty, closed") {
  TempDir dir;
  SECTION("an endless stream is refused at the size limit") {
    const RunResult run = RunShell(
        "sh -c " + ShellQuote("yes 'Die Ministerin sprach.' | exec " + ShellQuote(NEWSKG_BINARY) +
                              " build -o out -"),
        dir.path());
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "-: standard input holds more than 8 MiB (8388608 bytes), the limit "
                            "for one article"));
  }
  SECTION("empty") {
    const RunResult run = RunNewskg({"build", "-o", "out", "-"}, dir.path());  // from /dev/null
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "-: standard input is empty"));
  }
  SECTION("closed") {
    const RunResult run =
        RunShell("sh -c " + ShellQuote("exec " + ShellQuote(NEWSKG_BINARY) + " build -o out - <&-"),
                 dir.path());
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "-: standard input is closed"));
  }
  SECTION("closed standard output: nothing is written into the outputs instead") {
    dir.Write("artikel.txt", kSentence);
    const RunResult run = RunShell(
        "sh -c " + ShellQuote("exec " + ShellQuote(NEWSKG_BINARY) + " build -o out artikel.txt >&-"),
        dir.path());
    CHECK(run.exit_code == 0);
    REQUIRE(HasOutputs(dir / "out"));
    CHECK_FALSE(Contains(ReadFile(dir / "out" / "graph.ttl"), "articles:"));
    CHECK_FALSE(Contains(ReadFile(dir / "out" / "graph.nt"), "articles:"));
  }
  SECTION("an article piped in is read") {
    const auto article = dir.Write("artikel.txt", kSentence);
    const RunResult run = RunNewskg({"build", "-o", "out", "-"}, dir.path(), article.string());
    CHECK(run.exit_code == 0);
    CHECK(Contains(run.out, "meetings:  1"));
  }
  CHECK_FALSE(std::filesystem::exists(dir / "out" / "graph.ttl.tmp"));
}
