#include "cli/parallel_analysis.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "common/content_hash.h"

namespace newskg::cli {
namespace {

std::uint64_t CountWords(std::string_view text) {
  std::uint64_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Work shared by the workers and the consuming thread.
class Pipeline {
 public:
  Pipeline(const Analyzer& analyzer, const std::vector<common::InputFile>& inputs,
           std::istream& standard_input, const ParallelOptions& options)
      : analyzer_(analyzer),
        inputs_(inputs),
        stdin_(standard_input),
        options_(options),
        window_(4 * std::max<std::size_t>(options.threads, 1)) {}

  void Worker() {
    for (;;) {
      std::size_t sequence;
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return stop_ || next_input_ < delivered_ + window_; });
        if (stop_ || next_input_ >= inputs_.size()) return;
        sequence = next_input_++;
      }
      Slot slot;
      try {
        slot.result = Analyze(sequence);
      } catch (...) {
        slot.failure = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        done_.emplace(sequence, std::move(slot));
      }
      ready_.notify_all();
    }
  }

  // Delivers results in order until all are delivered or `consume` says stop.
  void Consume(const std::function<bool(AnalyzedArticle&&)>& consume) {
    for (std::size_t sequence = 0; sequence < inputs_.size(); ++sequence) {
      Slot slot;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return done_.count(sequence) > 0; });
        auto it = done_.find(sequence);
        slot = std::move(it->second);
        done_.erase(it);
        delivered_ = sequence + 1;
      }
      space_.notify_all();
      if (slot.failure) std::rethrow_exception(slot.failure);
      if (!consume(std::move(slot.result))) break;
    }
  }

  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
  }

 private:
  AnalyzedArticle Analyze(std::size_t sequence) {
    const common::InputFile& input = inputs_[sequence];
    AnalyzedArticle result;
    result.sequence = sequence;
    result.id = input.id;
    result.source = input.source;
    try {
      std::string bytes = common::ReadInput(input, stdin_);
      result.content_hash = common::Hash64(bytes);
      result.bytes = bytes.size();
      if (options_.skip && options_.skip(input.id, result.content_hash)) {
        result.skipped = true;
        return result;
      }
      result.words = CountWords(bytes);
      result.article =
          analyzer_.Analyze(input.id, input.source, std::move(bytes), options_.switches);
    } catch (InputError& error) {
      result.error = std::move(error);
    }
    return result;
  }

  const Analyzer& analyzer_;
  const std::vector<common::InputFile>& inputs_;
  std::istream& stdin_;
  const ParallelOptions& options_;
  const std::size_t window_;

  std::mutex mutex_;
  std::condition_variable ready_;  // a result was added
  std::condition_variable space_;  // a result was delivered, or stop
  struct Slot {
    AnalyzedArticle result;
    std::exception_ptr failure;  // anything but a bad input
  };
  std::map<std::size_t, Slot> done_;
  std::size_t next_input_ = 0;
  std::size_t delivered_ = 0;
  bool stop_ = false;
};

}  // namespace

std::size_t DefaultThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

void AnalyzeInParallel(const Analyzer& analyzer, const std::vector<common::InputFile>& inputs,
                       std::istream& standard_input, const ParallelOptions& options,
                       const std::function<bool(AnalyzedArticle&&)>& consume) {
  Pipeline pipeline(analyzer, inputs, standard_input, options);
  std::vector<std::thread> workers;
  const std::size_t threads = std::max<std::size_t>(1, std::min(options.threads, inputs.size()));
  for (std::size_t t = 0; t < threads; ++t) workers.emplace_back([&] { pipeline.Worker(); });
  try {
    pipeline.Consume(consume);
  } catch (...) {
    pipeline.Stop();
    for (auto& worker : workers) worker.join();
    throw;
  }
  pipeline.Stop();
  for (auto& worker : workers) worker.join();
}

}  // namespace newskg::cli
