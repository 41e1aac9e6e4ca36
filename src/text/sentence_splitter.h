// Sentence splitter: cuts an article's body into lines and sentences, marking headings.
#pragma once

#include <cstddef>

#include "text/article.h"

namespace newskg::text {

// A sentence has at most this many tokens; a longer one (a list without end, text without
// punctuation) is cut into pieces, so that the later stages, some of which look at every pair
// of a sentence's words, stay linear in the article's length. News sentences have far fewer.
inline constexpr std::size_t kMaxSentenceTokens = 200;

// Fills article.sentences from article.body_begin (replacing any already there).
// Every line break (line_breaks.h) ends a sentence; empty lines give none. Within a line a sentence ends
// at a token that is sentence-final punctuation (. ! ? … ...), together with any closing
// quotes or brackets glued to it, when whitespace follows and the next token starts with an
// upper-case letter, a digit or an opening quote or bracket. Abbreviations, initials and
// ordinals keep their period inside one token (tokenizer.h), so they never end a sentence.
// A line whose last token is neither final punctuation, ':' nor a closing quote or bracket
// after such is a heading; list items ("- ...", "• ...") are not headings. A sentence longer
// than kMaxSentenceTokens is cut after its last comma or semicolon that leaves a piece of at
// least half that length, else after kMaxSentenceTokens tokens.
void Segment(Article& article);

}  // namespace newskg::text
