#include "recognition/ner/evaluation.h"

namespace newskg::recognition::ner {

ChunkMetric Evaluate(const Tagger& tagger, const std::vector<LabeledSentence>& sentences,
                     std::vector<std::vector<std::string>>* predictions) {
  ChunkMetric metric;
  if (predictions) predictions->clear();
  for (const LabeledSentence& sentence : sentences) {
    std::vector<std::string> tags = tagger.Tag(sentence.tokens);
    metric.Add(sentence.tags, tags);
    if (predictions) predictions->push_back(std::move(tags));
  }
  return metric;
}

}  // namespace newskg::recognition::ner
