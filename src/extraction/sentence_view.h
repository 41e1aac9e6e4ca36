// SentenceView: one sentence with its mentions indexed by token, and the small word tests
// the role and meeting extractors share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extraction/facts.h"
#include "recognition/lexicons.h"

namespace newskg::extraction {

// The mentions of each sentence of facts.article, in mention order. Built once per article,
// so that a SentenceView need not scan all of the article's mentions.
std::vector<std::vector<std::size_t>> MentionsBySentence(const ArticleFacts& facts);

class SentenceView {
 public:
  // `in_sentence`: the sentence's mentions in mention order (see MentionsBySentence).
  SentenceView(const ArticleFacts& facts, std::size_t sentence, std::vector<std::size_t> in_sentence);
  // Finds the sentence's mentions itself: linear in the article's mentions.
  SentenceView(const ArticleFacts& facts, std::size_t sentence);

  std::size_t size() const { return tokens_->size(); }
  const std::string& word(std::size_t i) const { return (*tokens_)[i].text; }
  const std::string& folded(std::size_t i) const { return folded_[i]; }
  bool upper(std::size_t i) const { return upper_[i]; }
  // The Name mention starting at / covering token i (compound prefixes and adjectives aside).
  std::optional<std::size_t> NameAt(std::size_t i) const;
  std::optional<std::size_t> NameStartingAt(std::size_t i) const;
  // Any mention (of any kind) inside token i.
  std::vector<std::size_t> MentionsIn(std::size_t i) const;
  const std::vector<std::size_t>& mentions() const { return in_sentence_; }
  const recognition::Mention& mention(std::size_t m) const { return facts_->mentions[m]; }

  bool IsDeterminer(std::size_t i) const;
  bool IsPunct(std::size_t i) const;

 private:
  const ArticleFacts* facts_;
  const std::vector<text::Token>* tokens_;
  std::vector<std::string> folded_;
  std::vector<bool> upper_;
  std::vector<std::size_t> in_sentence_;
  // Per token: the first Name mention covering it (SIZE_MAX if none), and every mention
  // covering it, in mention order.
  std::vector<std::size_t> name_at_;
  std::vector<std::vector<std::size_t>> covering_;
};

}  // namespace newskg::extraction
