// ner_bench: NER model load time and tagging speed (tokens/s, one thread).
// Usage: ner_bench [MODEL] [GERMEVAL_TSV]; defaults: the shipped model and GermEval dev.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "recognition/ner/germeval_reader.h"
#include "recognition/ner/tagger.h"

namespace ner = newskg::recognition::ner;

// CPU time of this thread: on a shared machine wall time also counts other processes' turns.
static double ThreadSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

int main(int argc, char** argv) {
  const std::string model_path = argc > 1 ? argv[1] : NEWSKG_DATA_DIR "/ner/germeval.model";
  const std::string corpus_path =
      argc > 2 ? argv[2] : NEWSKG_DATA_DIR "/../../shared/data/germeval2014/NER-de-dev.tsv";
  using Clock = std::chrono::steady_clock;
  try {
    double best_load = 1e9;
    for (int run = 0; run < 5; ++run) {
      auto start = Clock::now();
      ner::Tagger loaded = ner::Tagger::Load(model_path);
      best_load = std::min(best_load, std::chrono::duration<double>(Clock::now() - start).count());
    }
    auto start = Clock::now();
    ner::Tagger tagger = ner::Tagger::Load(model_path);
    const double first_load = std::chrono::duration<double>(Clock::now() - start).count();

    std::vector<ner::LabeledSentence> sentences = ner::ReadGermEval(corpus_path);
    std::size_t tokens = 0, tagged = 0, passes = 0;
    for (const auto& s : sentences) tokens += s.tokens.size();
    start = Clock::now();
    const double cpu_start = ThreadSeconds();
    double seconds = 0;
    while (seconds < 3.0) {
      for (const auto& s : sentences) tagged += tagger.Tag(s.tokens).size();
      ++passes;
      seconds = std::chrono::duration<double>(Clock::now() - start).count();
    }
    const double cpu_seconds = ThreadSeconds() - cpu_start;
    std::printf("model %s\n", model_path.c_str());
    std::printf("load time: %.3f s (best of 5: %.3f s)\n", first_load, best_load);
    std::printf("tagging: %zu tokens in %zu sentences x %zu passes, %.2f s: %.0f tokens/s\n", tokens,
                sentences.size(), passes, seconds, static_cast<double>(tagged) / seconds);
    std::printf("tagging per CPU second (one thread): %.0f tokens/s\n",
                static_cast<double>(tagged) / cpu_seconds);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
  return 0;
}
