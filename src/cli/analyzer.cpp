#include "cli/analyzer.h"

#include <cstdlib>
#include <optional>

#include "common/input_error.h"
#include "extraction/extractor.h"
#include "recognition/lexicons.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include "resolution/resolver.h"
#include "text/decode.h"

namespace newskg::cli {

struct Analyzer::Impl {
  recognition::Lexicons lexicons;
  std::optional<recognition::ner::Tagger> tagger;
  std::unique_ptr<recognition::Recognizer> recognizer;
  std::vector<extraction::ArticleFacts> articles;
};

Analyzer::Analyzer(const AnalyzerOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->lexicons = recognition::Lexicons::Load(options.data_dir);
  std::filesystem::path model = options.ner_model;
  bool explicit_model = !model.empty();
  if (!explicit_model) model = options.data_dir / "ner" / "germeval.model";
  if (explicit_model || std::filesystem::exists(model)) {
    impl_->tagger.emplace(recognition::ner::Tagger::Load(model));
  }
  impl_->recognizer = recognition::MakeRecognizer(impl_->lexicons, impl_->tagger ? &*impl_->tagger : nullptr);
}

Analyzer::~Analyzer() = default;

void Analyzer::Add(const std::string& id, const std::string& source, std::string bytes) {
  text::Article article = text::DecodeArticle(id, source, std::move(bytes));
  auto mentions = impl_->recognizer->Recognize(article);
  impl_->articles.push_back(extraction::Extract(std::move(article), std::move(mentions), impl_->lexicons));
}

std::size_t Analyzer::article_count() const { return impl_->articles.size(); }

resolution::KnowledgeBase Analyzer::Resolve() const { return resolution::Resolve(impl_->articles); }

std::filesystem::path DefaultDataDir() {
  if (const char* env = std::getenv("NEWSKG_DATA"); env && *env) return env;
  return NEWSKG_DATA_DIR;
}

}  // namespace newskg::cli
