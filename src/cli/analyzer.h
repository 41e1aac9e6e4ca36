// Analyzer: runs text -> recognition -> extraction -> resolution over a set of articles.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "resolution/knowledge_base.h"
#include "text/article.h"

namespace newskg::cli {

struct AnalyzerOptions {
  std::filesystem::path data_dir;   // lexicons and the NER model
  std::filesystem::path ner_model;  // empty: data_dir / "ner/germeval.model"
};

class Analyzer {
 public:
  explicit Analyzer(const AnalyzerOptions& options);  // loads lexicons and model; throws on error
  ~Analyzer();

  // Decodes and analyses one article; throws InputError (naming source) on bad input, in
  // which case nothing of it is kept.
  void Add(const std::string& id, const std::string& source, std::string bytes);

  std::size_t article_count() const;

  // Resolves entities within and across all added articles.
  resolution::KnowledgeBase Resolve() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The data folder: $NEWSKG_DATA if set, else the folder compiled in (the source tree's data/).
std::filesystem::path DefaultDataDir();

}  // namespace newskg::cli
