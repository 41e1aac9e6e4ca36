// libFuzzer target for the text stage: any bytes -> decoding (encoding checks, UTF-8, line
// lengths, date line) -> sentences -> tokens. An input is either refused with an InputError or
// decoded into an Article whose sentences and tokens are consistent; anything else (a crash,
// another exception, a broken invariant, a sanitizer report) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/input_error.h"
#include "text/decode.h"
#include "text/input_kind.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"

namespace {

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz_text: broken invariant: %s\n", what);
  std::abort();
}

void CheckArticle(const newskg::text::Article& article) {
  using namespace newskg::text;
  const std::string& text = article.text;
  Require(article.body_begin <= text.size(), "body_begin within the text");
  Require(!FindInvalidUtf8(text), "decoded text is valid UTF-8");
  const CharOffsets offsets(text);
  std::size_t previous_end = article.body_begin;
  for (const Sentence& sentence : article.sentences) {
    Require(!sentence.tokens.empty(), "a sentence has tokens");
    Require(sentence.tokens.size() <= kMaxSentenceTokens, "a sentence has at most kMaxSentenceTokens");
    Require(sentence.begin == sentence.tokens.front().begin, "a sentence starts at its first token");
    Require(sentence.end == sentence.tokens.back().end, "a sentence ends at its last token");
    Require(sentence.begin >= previous_end, "sentences are in order and do not overlap");
    for (const Token& token : sentence.tokens) {
      Require(token.begin < token.end && token.end <= text.size(), "a token is a non-empty range");
      Require(token.begin >= previous_end, "tokens are in order and do not overlap");
      Require(token.text == text.substr(token.begin, token.end - token.begin), "token text is its range");
      Require(!FindInvalidUtf8(token.text), "a token is whole characters");
      Require(offsets.At(token.begin) <= offsets.At(token.end), "character offsets grow");
      previous_end = token.end;
      // The case helpers later stages call on every token.
      FoldForMatch(token.text);
      StartsUpper(token.text);
      IsAllUpper(token.text);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  newskg::text::DetectUnicodeEncoding(bytes);
  newskg::text::DetectBinaryFormat(bytes);
  newskg::text::LooksSingleByteEncoded(bytes);
  try {
    const newskg::text::Article article = newskg::text::DecodeArticle("fuzz.txt", "fuzz.txt", bytes);
    CheckArticle(article);
  } catch (const newskg::InputError& error) {
    Require(error.file() == "fuzz.txt", "the error names the input");
    Require(!error.byte_offset() || *error.byte_offset() <= size, "the error offset is in the input");
  }
  return 0;
}
