#include "rdf/graph_store_loader.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "common/input_error.h"
#include "common/terminal_text.h"
#include "rdf/utf8_file.h"

namespace newskg::rdf {
namespace {

constexpr std::size_t kMaxErrorText = 2000;

struct FileFacts {
  std::size_t triples = 0;
  std::size_t bytes = 0;
  std::size_t first_blank_node_line = 0;  // 0: none
};

std::size_t SkipSpace(const std::string& line, std::size_t pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  return pos;
}

// Whether an N-Triples line has a blank node as subject or object.
bool HasBlankNode(const std::string& line, std::size_t start) {
  if (line.compare(start, 2, "_:") == 0) return true;
  std::size_t pos = line.find_first_of(" \t", start);  // end of the subject
  if (pos == std::string::npos) return false;
  pos = SkipSpace(line, pos);
  pos = line.find('>', pos);  // end of the predicate IRI
  if (pos == std::string::npos) return false;
  pos = SkipSpace(line, pos + 1);
  return line.compare(pos, 2, "_:") == 0;
}

FileFacts ScanNTriples(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), "cannot open");
  FileFacts facts;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    facts.bytes += line.size() + 1;
    const std::size_t start = SkipSpace(line, 0);
    if (start == line.size() || line[start] == '#' || line[start] == '\r') continue;
    ++facts.triples;
    if (facts.first_blank_node_line == 0 && HasBlankNode(line, start)) {
      facts.first_blank_node_line = number;
    }
  }
  if (in.bad()) throw InputError(file.string(), "cannot read");
  return facts;
}

std::string WithGraph(HttpClient& client, const GraphStoreTarget& target) {
  return target.url + (target.url.find('?') == std::string::npos ? "?" : "&") +
         "graph=" + client.Escape(target.graph);
}

std::string Failure(const GraphStoreTarget& target, const std::string& what,
                    const HttpResponse& response) {
  std::string text = response.body.substr(0, kMaxErrorText);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  std::string message = "the graph store " + target.url + " refused to " + what + " (HTTP " +
                        std::to_string(response.status) + ")";
  if (response.status == 401 || response.status == 403) {
    message += "; log in with --user NAME and --password-file FILE";
  }
  if (!text.empty()) message += ":\n" + common::EscapeLinesForTerminal(text);
  return message;
}

HttpRequest Request(const GraphStoreTarget& target, const GraphLoadOptions& options,
                    std::string method, std::string url) {
  HttpRequest request;
  request.method = std::move(method);
  request.url = std::move(url);
  request.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(options.timeout);
  request.credentials = target.credentials;
  request.max_response_bytes = 1 << 20;
  return request;
}

// Virtuoso aborts a request whose transaction deadlocked with a concurrent one ("SR172:
// Transaction deadlocked", SQL state 40001, HTTP 500) and rolls it back. Sending the same
// triples again is the cure, and harmless, since a graph is a set.
constexpr int kDeadlockAttempts = 5;

bool Deadlocked(const HttpResponse& response) {
  return response.status == 500 && (response.body.find("SR172") != std::string::npos ||
                                     response.body.find("40001") != std::string::npos);
}

// Chunks of the file travel from the reading thread to the sending threads through this queue.
class ChunkQueue {
 public:
  explicit ChunkQueue(std::size_t capacity) : capacity_(capacity) {}

  // False when a sender failed and nothing more should be read.
  bool Push(std::string chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < capacity_ || failure_; });
    if (failure_) return false;
    queue_.push_back(std::move(chunk));
    changed_.notify_all();
    return true;
  }

  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }

  // nullopt when the queue is closed and empty, or after a failure.
  std::optional<std::string> Pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || closed_ || failure_; });
    if (failure_ || queue_.empty()) return std::nullopt;
    std::string chunk = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return chunk;
  }

  void Fail(std::string message) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = std::move(message);
    changed_.notify_all();
  }

  std::optional<std::string> failure() {
    std::lock_guard lock(mutex_);
    return failure_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queue_;
  std::size_t capacity_;
  bool closed_ = false;
  std::optional<std::string> failure_;
};

void SendChunks(const GraphStoreTarget& target, const GraphLoadOptions& options, ChunkQueue& queue,
                std::size_t& requests) {
  try {
    HttpClient client;
    const std::string url = WithGraph(client, target);
    while (std::optional<std::string> chunk = queue.Pop()) {
      HttpRequest request = Request(target, options, "POST", url);
      request.headers = {"Content-Type: application/n-triples"};
      request.body = *chunk;
      HttpResponse response = client.Send(request);
      for (int attempt = 1; attempt < kDeadlockAttempts && Deadlocked(response); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100 * attempt));
        response = client.Send(request);
      }
      if (response.status != 200 && response.status != 201 && response.status != 204) {
        queue.Fail(Failure(target, "add triples", response));
        return;
      }
      ++requests;
    }
  } catch (const std::exception& error) {
    queue.Fail(error.what());
  }
}

}  // namespace

GraphLoadReport LoadNTriples(const GraphStoreTarget& target, const std::filesystem::path& file,
                             const GraphLoadOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  RequireUtf8File(file.string());
  const FileFacts facts = ScanNTriples(file);
  if (facts.first_blank_node_line != 0 && facts.bytes > options.chunk_bytes) {
    throw InputError(file.string(),
                     "line " + std::to_string(facts.first_blank_node_line) +
                         ": a blank node; a file with blank nodes must go in one request "
                         "(--chunk-size larger than the file), or a blank node would become "
                         "several");
  }

  if (options.replace) {
    HttpClient client;
    const HttpResponse response =
        client.Send(Request(target, options, "DELETE", WithGraph(client, target)));
    if (response.status != 200 && response.status != 204 && response.status != 404) {
      throw std::runtime_error(Failure(target, "delete the graph <" + target.graph + ">", response));
    }
  }

  const unsigned jobs = std::max(1u, options.jobs);
  ChunkQueue queue(2 * jobs);
  std::vector<std::size_t> requests(jobs, 0);
  std::vector<std::thread> senders;
  for (unsigned i = 0; i < jobs; ++i) {
    senders.emplace_back(SendChunks, std::cref(target), std::cref(options), std::ref(queue),
                         std::ref(requests[i]));
  }
  try {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file.string(), "cannot open");
    std::string chunk;
    std::string line;
    while (std::getline(in, line)) {
      chunk += line;
      chunk += '\n';
      if (chunk.size() >= options.chunk_bytes) {
        if (!queue.Push(std::move(chunk))) break;
        chunk.clear();
      }
    }
    if (in.bad()) throw InputError(file.string(), "cannot read");
    if (!chunk.empty()) queue.Push(std::move(chunk));
  } catch (...) {
    queue.Fail("stopped");
    queue.Close();
    for (std::thread& sender : senders) sender.join();
    throw;
  }
  queue.Close();
  for (std::thread& sender : senders) sender.join();
  if (std::optional<std::string> failure = queue.failure()) {
    throw std::runtime_error(*failure + "\nThe graph <" + target.graph +
                             "> may hold part of the file; run newskg load again.");
  }

  GraphLoadReport report;
  report.triples = facts.triples;
  report.bytes = facts.bytes;
  for (std::size_t count : requests) report.requests += count;
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace newskg::rdf
