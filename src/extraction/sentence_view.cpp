#include "extraction/sentence_view.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <utility>

#include "text/utf8.h"

namespace newskg::extraction {

std::vector<std::vector<std::size_t>> MentionsBySentence(const ArticleFacts& facts) {
  std::vector<std::vector<std::size_t>> by_sentence(facts.article.sentences.size());
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    const std::size_t sentence = facts.mentions[m].sentence;
    if (sentence < by_sentence.size()) by_sentence[sentence].push_back(m);
  }
  return by_sentence;
}

SentenceView::SentenceView(const ArticleFacts& facts, std::size_t sentence,
                           std::vector<std::size_t> in_sentence)
    : facts_(&facts), tokens_(&facts.article.sentences[sentence].tokens),
      in_sentence_(std::move(in_sentence)) {
  for (const auto& t : *tokens_) {
    folded_.push_back(text::FoldForMatch(t.text));
    upper_.push_back(text::StartsUpper(t.text));
  }
  name_at_.assign(tokens_->size(), SIZE_MAX);
  covering_.resize(tokens_->size());
  for (std::size_t m : in_sentence_) {
    const auto& men = facts.mentions[m];
    for (std::size_t i = men.first_token; i < men.last_token && i < tokens_->size(); ++i) {
      covering_[i].push_back(m);
      if (men.kind == recognition::MentionKind::Name && name_at_[i] == SIZE_MAX) name_at_[i] = m;
    }
  }
}

SentenceView::SentenceView(const ArticleFacts& facts, std::size_t sentence)
    : SentenceView(facts, sentence, [&] {
        std::vector<std::size_t> in_sentence;
        for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
          if (facts.mentions[m].sentence == sentence) in_sentence.push_back(m);
        }
        return in_sentence;
      }()) {}

std::optional<std::size_t> SentenceView::NameAt(std::size_t i) const {
  if (i >= name_at_.size() || name_at_[i] == SIZE_MAX) return std::nullopt;
  return name_at_[i];
}

std::optional<std::size_t> SentenceView::NameStartingAt(std::size_t i) const {
  auto m = NameAt(i);
  if (m && facts_->mentions[*m].first_token == i) return m;
  return std::nullopt;
}

std::vector<std::size_t> SentenceView::MentionsIn(std::size_t i) const {
  if (i >= covering_.size()) return {};
  return covering_[i];
}

bool SentenceView::IsDeterminer(std::size_t i) const {
  static constexpr std::string_view kDeterminers[] = {
      "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
      "sein", "seine", "seines", "seinem", "seinen", "seiner", "ihr", "ihre", "ihres", "ihrem",
      "ihren", "ihrer", "dessen", "deren", "dieser", "diese", "dieses", "diesem", "diesen"};
  for (auto d : kDeterminers) {
    if (folded_[i] == d) return true;
  }
  return false;
}

bool SentenceView::IsPunct(std::size_t i) const {
  const std::string& w = word(i);
  for (std::size_t k = 0; k < w.size();) {
    auto cp = text::DecodeAt(w, k);
    if (u_isalnum(cp.value)) return false;
    k += cp.length;
  }
  return true;
}

const char* ToString(MeetingStatus status) {
  switch (status) {
    case MeetingStatus::Held: return "held";
    case MeetingStatus::Ongoing: return "ongoing";
    case MeetingStatus::Planned: return "planned";
    case MeetingStatus::Considered: return "considered";
  }
  return "held";
}

const char* ToString(MeetingKind kind) {
  switch (kind) {
    case MeetingKind::Meeting: return "meeting";
    case MeetingKind::Talks: return "talks";
    case MeetingKind::Call: return "call";
    case MeetingKind::Visit: return "visit";
  }
  return "meeting";
}

}  // namespace newskg::extraction
