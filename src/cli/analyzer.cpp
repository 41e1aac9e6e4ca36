#include "cli/analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

#include "common/content_hash.h"
#include "common/input_error.h"
#include "common/whole_file.h"
#include "extraction/extractor.h"
#include "recognition/lexicons.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include "resolution/article_resolver.h"
#include "text/decode.h"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;

// Every regular file under `folder` and the model, in a fixed order, hashed with their names.
std::string Fingerprint(const fs::path& folder, const fs::path& model) {
  std::vector<fs::path> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  if (!model.empty() && std::find(files.begin(), files.end(), model) == files.end()) {
    files.push_back(model);
  }
  common::StreamingHash hash;
  hash.Update(kNewskgVersion);
  for (const fs::path& file : files) {
    const std::string name = file.lexically_relative(folder).generic_string();
    hash.Update(name);
    hash.Update(std::string_view("\0", 1));
    hash.Update(common::ReadWholeFile(file, "a data file"));
  }
  return common::HashHex(hash.Digest());
}

}  // namespace

struct Analyzer::Impl {
  recognition::Lexicons lexicons;
  std::optional<recognition::ner::Tagger> tagger;
  std::unique_ptr<recognition::Recognizer> recognizer;
  std::string fingerprint;
};

Analyzer::Analyzer(const AnalyzerOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->lexicons = recognition::Lexicons::Load(options.data_dir);
  fs::path model = options.ner_model;
  const bool explicit_model = !model.empty();
  if (!explicit_model) model = options.data_dir / "ner" / "germeval.model";
  const bool use_model = explicit_model || fs::exists(model);
  if (use_model) impl_->tagger.emplace(recognition::ner::Tagger::Load(model));
  impl_->recognizer =
      recognition::MakeRecognizer(impl_->lexicons, impl_->tagger ? &*impl_->tagger : nullptr);
  impl_->fingerprint = Fingerprint(options.data_dir, use_model ? model : fs::path());
}

Analyzer::~Analyzer() = default;

resolution::ResolvedArticle Analyzer::Analyze(const std::string& id, const std::string& source,
                                              std::string bytes,
                                              const extraction::RuleSwitches& switches) const {
  text::Article article = text::DecodeArticle(id, source, std::move(bytes));
  auto mentions = impl_->recognizer->Recognize(article);
  const extraction::ArticleFacts facts =
      extraction::Extract(std::move(article), std::move(mentions), impl_->lexicons, switches);
  return resolution::ResolveArticle(facts);
}

const std::string& Analyzer::fingerprint() const { return impl_->fingerprint; }

std::filesystem::path DefaultDataDir() {
  if (const char* env = std::getenv("NEWSKG_DATA"); env && *env) return env;
  return NEWSKG_DATA_DIR;
}

}  // namespace newskg::cli
