// libFuzzer target for the whole analysis of one article: bytes -> text -> recognition (the
// shipped lexicons and NER model, loaded once per process) -> extraction -> resolution. An
// input is either refused with an InputError or gives facts and a knowledge base whose indices
// and offsets are consistent; anything else is a finding. The data folder is $NEWSKG_DATA or
// the source tree's data/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/input_error.h"
#include "extraction/extractor.h"
#include "recognition/lexicons.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include "resolution/resolver.h"
#include "text/decode.h"
#include "text/utf8.h"

namespace {

using namespace newskg;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz_article: broken invariant: %s\n", what);
  std::abort();
}

// What the pipeline needs, loaded once for the whole run (as the newskg binary does per run).
struct Pipeline {
  recognition::Lexicons lexicons;
  recognition::ner::Tagger tagger;
  std::unique_ptr<recognition::Recognizer> recognizer;

  static std::filesystem::path DataDir() {
    if (const char* env = std::getenv("NEWSKG_DATA"); env && *env) return env;
    return NEWSKG_DATA_DIR;
  }
  Pipeline()
      : lexicons(recognition::Lexicons::Load(DataDir())),
        tagger(recognition::ner::Tagger::Load(DataDir() / "ner" / "germeval.model")),
        recognizer(recognition::MakeRecognizer(lexicons, &tagger)) {}
};

const Pipeline& ThePipeline() {
  static const Pipeline pipeline;
  return pipeline;
}

void CheckFacts(const extraction::ArticleFacts& facts) {
  const auto& sentences = facts.article.sentences;
  const std::size_t mentions = facts.mentions.size();
  for (const recognition::Mention& m : facts.mentions) {
    Require(m.sentence < sentences.size(), "a mention's sentence exists");
    const auto& tokens = sentences[m.sentence].tokens;
    Require(m.first_token < m.last_token && m.last_token <= tokens.size(), "a mention's tokens exist");
    Require(m.begin < m.end && m.end <= facts.article.text.size(), "a mention is a non-empty range");
    Require(m.begin >= tokens[m.first_token].begin && m.end <= tokens[m.last_token - 1].end,
            "a mention lies within its tokens");
    Require(!m.canonical.empty(), "a mention has a canonical name");
  }
  for (const extraction::RoleFact& role : facts.roles) {
    Require(role.person < mentions && (!role.of || *role.of < mentions), "role mentions exist");
    Require(role.sentence < sentences.size(), "a role's sentence exists");
    Require(!role.label.empty(), "a role has a label");
  }
  for (const extraction::MeetingFact& meeting : facts.meetings) {
    Require(meeting.participants.size() + meeting.implied_states.size() >= 2,
            "a meeting has two parties");
    for (std::size_t p : meeting.participants) Require(p < mentions, "meeting participants exist");
    Require(!meeting.location || *meeting.location < mentions, "a meeting's place exists");
    Require(meeting.sentence < sentences.size(), "a meeting's sentence exists");
  }
}

void CheckKnowledgeBase(const resolution::KnowledgeBase& kb, std::size_t text_chars) {
  for (const auto& entity : kb.entities.entities()) Require(!entity.key.empty(), "an entity has a key");
  Require(kb.articles.size() == 1, "one resolved article");
  for (const auto& article : kb.articles) {
    const std::size_t local = article.entities.size();
    for (const auto& entity : article.entities) {
      Require(kb.entities.Find(entity.key).has_value(), "an article's entity is in the table");
    }
    for (const auto& sentence : article.sentences) {
      Require(sentence.char_begin <= sentence.char_end && sentence.char_end <= text_chars,
              "evidence offsets lie in the article");
    }
    const std::size_t sentences = article.sentences.size();
    for (const auto& role : article.roles) {
      Require(role.person < local && (!role.of || *role.of < local), "role entities exist");
      Require(role.sentence < sentences, "a role's evidence exists");
    }
    for (const auto& meeting : article.meetings) {
      Require(meeting.attendees.size() >= 2, "a meeting has two attendees");
      for (std::size_t a : meeting.attendees) Require(a < local, "attendees exist");
      Require(!meeting.location || *meeting.location < local, "a meeting's place exists");
      Require(meeting.sentence < sentences, "a meeting's evidence exists");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ThePipeline();  // load lexicons and model before the first input, once
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Pipeline& pipeline = ThePipeline();
  text::Article article;
  try {
    article = text::DecodeArticle("fuzz.txt", "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  } catch (const InputError&) {
    return 0;  // refused input: the text target checks the refusals
  }
  std::vector<recognition::Mention> mentions = pipeline.recognizer->Recognize(article);
  std::vector<extraction::ArticleFacts> facts;
  facts.push_back(extraction::Extract(std::move(article), std::move(mentions), pipeline.lexicons));
  CheckFacts(facts[0]);
  const resolution::KnowledgeBase kb = resolution::Resolve(facts);
  CheckKnowledgeBase(kb, text::CodePointCount(facts[0].article.text));
  return 0;
}
