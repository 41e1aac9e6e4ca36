#include "extraction/sentence_view.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace newskg::extraction {

SentenceView::SentenceView(const ArticleFacts& facts, std::size_t sentence)
    : facts_(&facts), tokens_(&facts.article.sentences[sentence].tokens) {
  for (const auto& t : *tokens_) {
    folded_.push_back(text::FoldForMatch(t.text));
    upper_.push_back(text::StartsUpper(t.text));
  }
  for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
    if (facts.mentions[m].sentence == sentence) in_sentence_.push_back(m);
  }
}

std::optional<std::size_t> SentenceView::NameAt(std::size_t i) const {
  for (std::size_t m : in_sentence_) {
    const auto& men = facts_->mentions[m];
    if (men.kind == recognition::MentionKind::Name && men.first_token <= i && i < men.last_token) {
      return m;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> SentenceView::NameStartingAt(std::size_t i) const {
  auto m = NameAt(i);
  if (m && facts_->mentions[*m].first_token == i) return m;
  return std::nullopt;
}

std::vector<std::size_t> SentenceView::MentionsIn(std::size_t i) const {
  std::vector<std::size_t> out;
  for (std::size_t m : in_sentence_) {
    const auto& men = facts_->mentions[m];
    if (men.first_token <= i && i < men.last_token) out.push_back(m);
  }
  return out;
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
