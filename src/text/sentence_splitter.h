// Sentence splitter: cuts an article's body into lines and sentences, marking headings.
#pragma once

#include "text/article.h"

namespace newskg::text {

// Fills article.sentences from article.body_begin (replacing any already there).
// Every line break ends a sentence; empty lines give none. Within a line a sentence ends
// at a token that is sentence-final punctuation (. ! ? … ...), together with any closing
// quotes or brackets glued to it, when whitespace follows and the next token starts with an
// upper-case letter, a digit or an opening quote or bracket. Abbreviations, initials and
// ordinals keep their period inside one token (tokenizer.h), so they never end a sentence.
// A line whose last token is neither final punctuation, ':' nor a closing quote or bracket
// after such is a heading; list items ("- ...", "• ...") are not headings.
void Segment(Article& article);

}  // namespace newskg::text
