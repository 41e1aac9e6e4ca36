// Graph files that are not UTF-8, contain NUL bytes or do not parse are errors naming the place.
#include <catch.hpp>

#include <filesystem>
#include <fstream>

#include "common/input_error.h"
#include "rdf/model.h"
#include "rdf/utf8_file.h"

namespace newskg::rdf {
namespace {

std::string Temp(const std::string& name, const std::string& bytes) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string ErrorOf(const std::string& path, const std::string& syntax = "turtle") {
  Model model;
  try {
    model.ParseFile(path, syntax);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST_CASE("a graph file starting with 0xFF is an error, not an empty graph") {
  const std::string path = Temp("newskg-ff.ttl", "\xff<a:b> <a:c> <a:d> .\n");
  const std::string error = ErrorOf(path);
  CHECK(error.find(path) != std::string::npos);
  CHECK(error.find("byte 0") != std::string::npos);
  CHECK(error.find("not UTF-8") != std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("bad bytes and NUL bytes are found on their line, past the first block too") {
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "<a:s" + std::to_string(i) + "> <a:p> \"Grüße\" .\n";
  const std::size_t offset = text.size();
  const std::string path = Temp("newskg-late.nt", text + "<a:x> <a:p> \"\xc3\" .\n");
  const std::string error = ErrorOf(path, "ntriples");
  CHECK(error.find("line 30001") != std::string::npos);
  CHECK(error.find("byte " + std::to_string(offset + 13)) != std::string::npos);
  const std::string nul = Temp("newskg-nul.nt", std::string("<a:x> <a:p> \"a\0b\" .\n", 20));
  CHECK(ErrorOf(nul, "ntriples").find("NUL byte") != std::string::npos);
  std::filesystem::remove(path);
  std::filesystem::remove(nul);
}

TEST_CASE("a multi-byte character split across blocks is fine") {
  std::string text(1 << 20, ' ');
  text[(1 << 20) - 1] = '\xc3';
  text += "\xbc";  // ü across the block boundary, inside a comment
  text[0] = '#';
  const std::string path = Temp("newskg-split.ttl", text + "\n<a:b> <a:c> <a:d> .\n");
  CHECK_NOTHROW(RequireUtf8File(path));
  Model model;
  model.ParseFile(path, "turtle");
  CHECK(model.size() == 1);
  std::filesystem::remove(path);
}

TEST_CASE("a syntax error names file and line") {
  const std::string path = Temp("newskg-bad.ttl", "<a:b> <a:c> <a:d> .\n<a:b> <a:c> .\n");
  const std::string error = ErrorOf(path);
  CHECK(error.find(path) != std::string::npos);
  CHECK(error.find("line 2") != std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace newskg::rdf
