// Shared set-up for the recognition, extraction and resolution tests: the shipped lexicons and
// tagger (loaded once per test binary), invented German articles run through the pipeline, and
// small look-ups and dumps over the results for assertions and failure messages.
#pragma once

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extraction/extractor.h"
#include "recognition/lexicons.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include "resolution/knowledge_base.h"
#include "resolution/resolver.h"
#include "text/decode.h"

namespace newskg::testing {

inline const recognition::Lexicons& TestLexicons() {
  static const recognition::Lexicons lexicons =
      recognition::Lexicons::Load(std::filesystem::path(NEWSKG_SOURCE_DIR) / "data");
  return lexicons;
}

inline const recognition::ner::Tagger& TestTagger() {
  static const recognition::ner::Tagger tagger =
      recognition::ner::Tagger::Load(NEWSKG_SOURCE_DIR "/data/ner/germeval.model");
  return tagger;
}

inline text::Article MakeArticle(std::string body, std::string id = "test.txt") {
  std::string source = "tests/" + id;
  return text::DecodeArticle(std::move(id), std::move(source), std::move(body));
}

// Rules over the lexicons only.
inline std::vector<recognition::Mention> RecognizeRules(const text::Article& article) {
  static const auto recognizer = recognition::MakeRecognizer(TestLexicons(), nullptr);
  return recognizer->Recognize(article);
}

// Rules joined by the shipped tagger, as the newskg binary runs.
inline std::vector<recognition::Mention> RecognizeFull(const text::Article& article) {
  static const auto recognizer = recognition::MakeRecognizer(TestLexicons(), &TestTagger());
  return recognizer->Recognize(article);
}

// The whole way up to extraction. Rules only, so that extraction and resolution tests do not
// depend on the statistical model (retrained from time to time); every name in the fixtures
// is introduced by a first name, a title or a role noun the rules know.
inline extraction::ArticleFacts Analyze(std::string body, std::string id = "test.txt") {
  text::Article article = MakeArticle(std::move(body), std::move(id));
  auto mentions = RecognizeRules(article);
  return extraction::Extract(std::move(article), std::move(mentions), TestLexicons());
}

inline const recognition::Mention* FindBySurface(const std::vector<recognition::Mention>& mentions,
                                                 const std::string& surface) {
  for (const auto& m : mentions) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

inline const char* KindName(recognition::MentionKind kind) {
  switch (kind) {
    case recognition::MentionKind::Name: return "Name";
    case recognition::MentionKind::CompoundPrefix: return "CompoundPrefix";
    case recognition::MentionKind::Adjective: return "Adjective";
  }
  return "?";
}

inline std::string Dump(const std::vector<recognition::Mention>& mentions) {
  std::ostringstream out;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    out << "  [" << i << "] s" << m.sentence << " '" << m.surface << "' -> '" << m.canonical << "' "
        << recognition::ToString(m.type) << " " << KindName(m.kind) << (m.is_country ? " country" : "")
        << "\n";
  }
  return out.str();
}

inline std::string Dump(const extraction::ArticleFacts& facts) {
  std::ostringstream out;
  out << "mentions:\n" << Dump(facts.mentions);
  auto name = [&](std::size_t m) { return "'" + facts.mentions[m].canonical + "'"; };
  out << "roles:\n";
  for (const auto& r : facts.roles) {
    out << "  " << name(r.person) << " " << r.label << (r.of ? " of " + name(*r.of) : "") << "\n";
  }
  out << "meetings:\n";
  for (const auto& mf : facts.meetings) {
    out << "  s" << mf.sentence << " " << extraction::ToString(mf.kind) << " "
        << extraction::ToString(mf.status) << ":";
    for (std::size_t p : mf.participants) out << " " << name(p);
    if (mf.location) out << " in " << name(*mf.location);
    if (!mf.time_text.empty()) out << " time '" << mf.time_text << "'";
    if (!mf.date.empty()) out << " date " << mf.date;
    out << "\n";
  }
  return out.str();
}

inline std::string Dump(const resolution::KnowledgeBase& kb) {
  std::ostringstream out;
  for (std::size_t i = 0; i < kb.entities.size(); ++i) {
    const auto& e = kb.entities[i];
    out << "  [" << i << "] " << e.key << " " << recognition::ToString(e.type) << " '" << e.label << "' alt:";
    for (const auto& a : e.alt_labels) out << " '" << a << "'";
    out << "\n";
  }
  return out.str();
}

// The canonical names of a meeting's participants, sorted.
inline std::vector<std::string> ParticipantNames(const extraction::ArticleFacts& facts,
                                                 const extraction::MeetingFact& meeting) {
  std::vector<std::string> names;
  for (std::size_t p : meeting.participants) names.push_back(facts.mentions[p].canonical);
  std::sort(names.begin(), names.end());
  return names;
}

// The roles whose holder's canonical name is `person`.
inline std::vector<const extraction::RoleFact*> RolesOf(const extraction::ArticleFacts& facts,
                                                        const std::string& person) {
  std::vector<const extraction::RoleFact*> out;
  for (const auto& r : facts.roles) {
    if (facts.mentions[r.person].canonical == person) out.push_back(&r);
  }
  return out;
}

inline std::optional<std::size_t> EntityLabeled(const resolution::KnowledgeBase& kb, const std::string& label) {
  for (std::size_t i = 0; i < kb.entities.size(); ++i) {
    if (kb.entities[i].label == label) return i;
  }
  return std::nullopt;
}

}  // namespace newskg::testing
