// Atomic output writing: complete files or none, no temporary files left, no silent overwrite.
#include <catch.hpp>

#include "cli/temp_dir.h"
#include "common/atomic_file.h"

using newskg::common::Overwrite;
using newskg::common::OutputExistsError;
using newskg::common::WriteFileAtomically;
using newskg::common::WriteFilesAtomically;
using newskg::testing::ListFolder;
using newskg::testing::ReadFile;
using newskg::testing::TempDir;

TEST_CASE("WriteFileAtomically writes the content and leaves no temporary file") {
  TempDir dir;
  WriteFileAtomically(dir / "graph.ttl", "Inhalt mit Umlauten: äöü\n");
  CHECK(ReadFile(dir / "graph.ttl") == "Inhalt mit Umlauten: äöü\n");
  CHECK(ListFolder(dir.path()) == std::vector<std::string>{"graph.ttl"});
}

TEST_CASE("WriteFileAtomically refuses to overwrite unless told to") {
  TempDir dir;
  dir.Write("graph.ttl", "alt");
  try {
    WriteFileAtomically(dir / "graph.ttl", "neu");
    FAIL("no OutputExistsError");
  } catch (const OutputExistsError& error) {
    CHECK(error.path() == dir / "graph.ttl");
    CHECK(std::string(error.what()).find((dir / "graph.ttl").string()) != std::string::npos);
    CHECK(std::string(error.what()).find("--force") != std::string::npos);
  }
  CHECK(ReadFile(dir / "graph.ttl") == "alt");
  CHECK(ListFolder(dir.path()) == std::vector<std::string>{"graph.ttl"});

  WriteFileAtomically(dir / "graph.ttl", "neu", Overwrite::kAllow);
  CHECK(ReadFile(dir / "graph.ttl") == "neu");
  CHECK(ListFolder(dir.path()) == std::vector<std::string>{"graph.ttl"});
}

TEST_CASE("WriteFileAtomically writes empty and large content") {
  TempDir dir;
  WriteFileAtomically(dir / "leer.nt", "");
  CHECK(ReadFile(dir / "leer.nt").empty());
  const std::string large(3 * 1024 * 1024 + 17, 'x');
  WriteFileAtomically(dir / "gross.nt", large);
  CHECK(ReadFile(dir / "gross.nt") == large);
}

TEST_CASE("WriteFileAtomically into a missing folder fails naming the file") {
  TempDir dir;
  try {
    WriteFileAtomically(dir / "fehlt" / "graph.ttl", "x");
    FAIL("no error");
  } catch (const std::runtime_error& error) {
    CHECK(std::string(error.what()).find("graph.ttl") != std::string::npos);
  }
  CHECK(ListFolder(dir.path()).empty());
}

TEST_CASE("WriteFilesAtomically writes all files or none") {
  TempDir dir;
  SECTION("all succeed") {
    WriteFilesAtomically({{dir / "a.ttl", "A"}, {dir / "b.nt", "B"}, {dir / "c.graphml", "C"}});
    CHECK(ListFolder(dir.path()) == std::vector<std::string>{"a.ttl", "b.nt", "c.graphml"});
    CHECK(ReadFile(dir / "b.nt") == "B");
  }
  SECTION("the last one cannot be written: none appears, no temporary is left") {
    CHECK_THROWS(WriteFilesAtomically(
        {{dir / "a.ttl", "A"}, {dir / "b.nt", "B"}, {dir / "fehlt" / "c.graphml", "C"}}));
    CHECK(ListFolder(dir.path()).empty());
  }
  SECTION("one exists: nothing is written, the existing one is untouched") {
    dir.Write("b.nt", "alt");
    CHECK_THROWS_AS(WriteFilesAtomically({{dir / "a.ttl", "A"}, {dir / "b.nt", "B"}}),
                    OutputExistsError);
    CHECK(ListFolder(dir.path()) == std::vector<std::string>{"b.nt"});
    CHECK(ReadFile(dir / "b.nt") == "alt");
  }
  SECTION("with kAllow existing files are replaced") {
    dir.Write("b.nt", "alt");
    WriteFilesAtomically({{dir / "a.ttl", "A"}, {dir / "b.nt", "B"}}, Overwrite::kAllow);
    CHECK(ReadFile(dir / "b.nt") == "B");
    CHECK(ListFolder(dir.path()) == std::vector<std::string>{"a.ttl", "b.nt"});
  }
}

TEST_CASE("RefuseExistingOutputs names the first existing file") {
  TempDir dir;
  dir.Write("b.nt", "alt");
  CHECK_NOTHROW(newskg::common::RefuseExistingOutputs({dir / "a.ttl"}));
  try {
    newskg::common::RefuseExistingOutputs({dir / "a.ttl", dir / "b.nt"});
    FAIL("no error");
  } catch (const OutputExistsError& error) {
    CHECK(error.path() == dir / "b.nt");
  }
}
