#include "text/sentence_splitter.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "text/line_breaks.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace newskg::text {
namespace {

constexpr auto kClosers = std::to_array<std::string_view>({
    "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u203A", "\u2039", "\"", "'", ")", "]", "}",
});
constexpr auto kOpeners = std::to_array<std::string_view>({
    "\u201E", "\u201A", "\u201C", "\u2018", "\u00BB", "\u00AB", "\u203A", "\u2039", "\"", "'", "(", "[",
});
constexpr auto kListMarkers = std::to_array<std::string_view>({"-", "\u2013", "\u2022", "*"});

bool OneOf(auto const& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool IsFinal(const Token& t) {
  if (t.text == "!" || t.text == "?" || t.text == "\u2026") return true;
  return !t.text.empty() && std::all_of(t.text.begin(), t.text.end(), [](char ch) { return ch == '.'; });
}

bool IsClosing(const Token& t) { return OneOf(kClosers, t.text); }

bool StartsSentence(const Token& t) {
  if (OneOf(kOpeners, t.text)) return true;
  const CodePoint first = DecodeAt(t.text, 0);
  return StartsUpper(t.text) || u_isdigit(static_cast<UChar32>(first.value));
}

// A line with final punctuation, a colon, or closing quotes/brackets right after either.
bool EndsLikeSentence(const std::vector<Token>& tokens) {
  auto last = tokens.size();
  while (last > 0 && IsClosing(tokens[last - 1])) --last;
  if (last == 0) return false;
  const Token& t = tokens[last - 1];
  return IsFinal(t) || t.text == ":";
}

bool IsListItem(const std::vector<Token>& tokens) {
  return tokens.size() > 1 && OneOf(kListMarkers, tokens[0].text) && tokens[1].begin > tokens[0].end;
}

bool IsClauseBreak(const Token& t) { return t.text == "," || t.text == ";"; }

// Adds tokens [first, last) as one sentence, or as several when there are more than
// kMaxSentenceTokens, cut after the last comma or semicolon in the second half of each piece
// (else after the piece's last token).
void AddSentence(Article& article, std::vector<Token>::const_iterator first,
                 std::vector<Token>::const_iterator last) {
  while (first != last) {
    auto end = last;
    if (last - first > static_cast<std::ptrdiff_t>(kMaxSentenceTokens)) {
      end = first + static_cast<std::ptrdiff_t>(kMaxSentenceTokens);
      for (auto cut = end; cut - first > static_cast<std::ptrdiff_t>(kMaxSentenceTokens / 2); --cut) {
        if (IsClauseBreak(*(cut - 1))) {
          end = cut;
          break;
        }
      }
    }
    Sentence sentence;
    sentence.begin = first->begin;
    sentence.end = (end - 1)->end;
    sentence.tokens.assign(first, end);
    article.sentences.push_back(std::move(sentence));
    first = end;
  }
}

void SegmentLine(Article& article, std::size_t begin, std::size_t end) {
  const std::vector<Token> tokens = Tokenize(article.text, begin, end);
  if (tokens.empty()) return;
  std::size_t start = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!IsFinal(tokens[i])) continue;
    std::size_t next = i + 1;
    while (next < tokens.size() && tokens[next].begin == tokens[next - 1].end &&
           (IsFinal(tokens[next]) || IsClosing(tokens[next]))) {
      ++next;
    }
    i = next - 1;
    if (next < tokens.size() && tokens[next].begin > tokens[next - 1].end &&
        StartsSentence(tokens[next])) {
      AddSentence(article, tokens.begin() + start, tokens.begin() + next);
      start = next;
    }
  }
  AddSentence(article, tokens.begin() + start, tokens.end());
  article.sentences.back().is_heading = !EndsLikeSentence(tokens) && !IsListItem(tokens);
}

}  // namespace

void Segment(Article& article) {
  article.sentences.clear();
  const std::string_view text = article.text;
  std::size_t line_begin = std::min(article.body_begin, text.size());
  for (std::size_t pos = line_begin; pos < text.size();) {
    if (const std::size_t length = LineBreakLength(text, pos); length > 0) {
      SegmentLine(article, line_begin, pos);
      pos += length;
      line_begin = pos;
    } else {
      ++pos;
    }
  }
  SegmentLine(article, line_begin, text.size());
}

}  // namespace newskg::text
