// Analyzer: one article through text -> recognition -> extraction -> resolution within the
// article. Loads the lexicons and the NER model once; Analyze is const and thread-safe, so
// one Analyzer serves every worker thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "extraction/meeting_rules.h"
#include "resolution/resolved_article.h"

namespace newskg::cli {

struct AnalyzerOptions {
  std::filesystem::path data_dir;   // lexicons and the NER model
  std::filesystem::path ner_model;  // empty: data_dir / "ner/germeval.model"
};

class Analyzer {
 public:
  explicit Analyzer(const AnalyzerOptions& options);  // loads lexicons and model; throws on error
  ~Analyzer();

  // Decodes and analyses one article; throws InputError (naming source) on bad input.
  // `switches` turns meeting rules off (ablation).
  resolution::ResolvedArticle Analyze(const std::string& id, const std::string& source,
                                      std::string bytes,
                                      const extraction::RuleSwitches& switches = {}) const;

  // What the analysis depends on besides the text: newskg's version and the bytes of every
  // lexicon and of the model. Archives remember it, so that an update never mixes articles
  // analysed differently. 16 hex digits.
  const std::string& fingerprint() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The data folder: $NEWSKG_DATA if set; else, for an installed binary, the data installed beside
// it (<prefix>/share/newskg for <prefix>/bin/newskg); else the folder compiled in (the source
// tree's data/).
std::filesystem::path DefaultDataDir();

// newskg's version, as --version prints it.
inline constexpr const char* kNewskgVersion = "0.3.0";

}  // namespace newskg::cli
