// Shared set-up for the recognition, extraction and resolution tests: the shipped lexicons and
// tagger (loaded once per test binary), invented German articles run through the pipeline, and
// small look-ups and dumps over the results for assertions and failure messages.
#pragma once

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
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

// As Analyze, with the statistical tagger too, which finds names the rules alone do not
// (a foreign name without a given name, a surname before its full name).
inline extraction::ArticleFacts AnalyzeTagged(std::string body, std::string id = "test.txt") {
  text::Article article = MakeArticle(std::move(body), std::move(id));
  auto mentions = RecognizeFull(article);
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

// A KnowledgeBase flattened into global entity indices, as the resolution tests read it.
struct FlatKb {
  struct Evidence {
    std::size_t article = 0;
    std::string sentence;
    std::size_t char_begin = 0, char_end = 0;
  };
  struct Article {
    std::string id;
    std::vector<std::size_t> mentions;  // sorted entity indices
  };
  struct Role {
    std::size_t person = 0;
    std::string label;
    std::optional<std::size_t> of;
    Evidence evidence;
  };
  struct Meeting {
    std::vector<std::size_t> attendees;  // sorted
    std::optional<std::size_t> location;
    std::string time_text, date;
    extraction::MeetingStatus status{};
    extraction::MeetingKind kind{};
    Evidence evidence;
  };
  std::vector<resolution::Entity> entities;
  std::vector<Article> articles;
  std::vector<Role> roles;
  std::vector<Meeting> meetings;
};

inline FlatKb Flatten(const resolution::KnowledgeBase& kb) {
  FlatKb flat;
  flat.entities = kb.entities.entities();
  for (std::size_t a = 0; a < kb.articles.size(); ++a) {
    const auto& article = kb.articles[a];
    std::vector<std::optional<std::size_t>> entity;
    std::set<std::size_t> mentions;
    for (const auto& local : article.entities) {
      auto e = kb.entities.Find(local.key);
      entity.push_back(e ? std::optional<std::size_t>(*e) : std::nullopt);
      if (e && local.named) mentions.insert(*e);
    }
    flat.articles.push_back({article.id, {mentions.begin(), mentions.end()}});
    auto evidence = [&](std::uint32_t s) {
      const auto& sentence = article.sentences.at(s);
      return FlatKb::Evidence{a, sentence.text, sentence.char_begin, sentence.char_end};
    };
    for (const auto& role : article.roles) {
      if (!entity[role.person]) continue;
      std::optional<std::size_t> of = role.of ? entity[*role.of] : std::nullopt;
      flat.roles.push_back({*entity[role.person], role.label, of, evidence(role.sentence)});
    }
    for (const auto& meeting : article.meetings) {
      std::set<std::size_t> attendees;
      for (auto local : meeting.attendees) {
        if (entity[local]) attendees.insert(*entity[local]);
      }
      if (attendees.size() < 2) continue;
      FlatKb::Meeting m;
      m.attendees.assign(attendees.begin(), attendees.end());
      if (meeting.location) m.location = entity[*meeting.location];
      m.time_text = meeting.time_text;
      m.date = meeting.date;
      m.status = meeting.status;
      m.kind = meeting.kind;
      m.evidence = evidence(meeting.sentence);
      flat.meetings.push_back(std::move(m));
    }
  }
  return flat;
}

inline std::string Dump(const FlatKb& kb) {
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

inline std::optional<std::size_t> EntityLabeled(const FlatKb& kb, const std::string& label) {
  for (std::size_t i = 0; i < kb.entities.size(); ++i) {
    if (kb.entities[i].label == label) return i;
  }
  return std::nullopt;
}

}  // namespace newskg::testing
