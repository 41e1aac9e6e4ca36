// Evaluate: tags labelled sentences with a Tagger and scores them with the chunk metric.
#pragma once

#include <string>
#include <vector>

#include "recognition/ner/chunk_metric.h"
#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/tagger.h"

namespace newskg::recognition::ner {

// When `predictions` is given, it receives the predicted tags of each sentence.
ChunkMetric Evaluate(const Tagger& tagger, const std::vector<LabeledSentence>& sentences,
                     std::vector<std::vector<std::string>>* predictions = nullptr);

}  // namespace newskg::recognition::ner
