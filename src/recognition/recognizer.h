// Recognizer: the replaceable component that finds mentions of persons, organizations and
// places in an article (rules over lexicons, optionally joined by a statistical tagger).
#pragma once

#include <memory>
#include <vector>

#include "recognition/lexicons.h"
#include "recognition/mention.h"
#include "text/article.h"

namespace newskg::recognition {

namespace ner {
class Tagger;
}

class Recognizer {
 public:
  virtual ~Recognizer() = default;
  // Mentions sorted by position, not overlapping.
  virtual std::vector<Mention> Recognize(const text::Article& article) const = 0;
};

// Rules over the lexicons; when `tagger` is given, its PER/LOC/ORG spans add names no lexicon
// knows. Both pointers must outlive the recognizer.
std::unique_ptr<Recognizer> MakeRecognizer(const Lexicons& lexicons, const ner::Tagger* tagger);

}  // namespace newskg::recognition
