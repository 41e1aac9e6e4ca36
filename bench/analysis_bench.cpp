// analysis_bench: CPU time of each analysis stage (decode, recognition, extraction, resolution)
// for one article, and the peak memory of the process; nothing is written.
// Usage: analysis_bench FILE [DATA_DIR]; default DATA_DIR: the source tree's data/.
#include <sys/resource.h>

#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "common/whole_file.h"
#include "extraction/extractor.h"
#include "recognition/lexicons.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include "resolution/resolver.h"
#include "text/decode.h"

namespace {

double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

long PeakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newskg;
  if (argc < 2) {
    std::fprintf(stderr, "usage: analysis_bench FILE [DATA_DIR]\n");
    return 2;
  }
  const std::filesystem::path file = argv[1];
  const std::filesystem::path data = argc > 2 ? argv[2] : NEWSKG_DATA_DIR;
  try {
    double start = CpuSeconds();
    const recognition::Lexicons lexicons = recognition::Lexicons::Load(data);
    const recognition::ner::Tagger tagger = recognition::ner::Tagger::Load(data / "ner" / "germeval.model");
    const auto recognizer = recognition::MakeRecognizer(lexicons, &tagger);
    const double load = CpuSeconds() - start;
    const long load_kb = PeakKilobytes();

    std::string bytes = common::ReadWholeFile(file, "article");
    const std::size_t size = bytes.size();
    start = CpuSeconds();
    text::Article article = text::DecodeArticle(file.filename().string(), file.string(), std::move(bytes));
    const double decode = CpuSeconds() - start;
    std::size_t tokens = 0;
    for (const auto& sentence : article.sentences) tokens += sentence.tokens.size();
    const std::size_t sentences = article.sentences.size();

    start = CpuSeconds();
    std::vector<recognition::Mention> mentions = recognizer->Recognize(article);
    const double recognize = CpuSeconds() - start;
    const std::size_t mention_count = mentions.size();

    start = CpuSeconds();
    std::vector<extraction::ArticleFacts> facts;
    facts.push_back(extraction::Extract(std::move(article), std::move(mentions), lexicons));
    const double extract = CpuSeconds() - start;

    start = CpuSeconds();
    const resolution::KnowledgeBase kb = resolution::Resolve(facts);
    const double resolve = CpuSeconds() - start;

    std::printf("%s: %zu bytes, %zu sentences, %zu tokens, %zu mentions, %zu roles, %zu meetings, "
                "%zu entities\n",
                file.string().c_str(), size, sentences, tokens, mention_count, facts[0].roles.size(),
                facts[0].meetings.size(), kb.entities.size());
    std::printf("  CPU s: load %.2f, decode %.3f, recognize %.3f, extract %.3f, resolve %.3f, "
                "analysis %.3f\n",
                load, decode, recognize, extract, resolve, decode + recognize + extract + resolve);
    std::printf("  peak memory: %.0f MB (after loading: %.0f MB)\n", PeakKilobytes() / 1024.0,
                load_kb / 1024.0);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "analysis_bench: %s\n", error.what());
    return 1;
  }
  return 0;
}
