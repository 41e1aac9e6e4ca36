// CannedServer: an HTTP server on a loopback port that gives canned answers, for testing the
// SPARQL Protocol and Graph Store clients without a store.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace newskg::testing {

// Answers every request on a loopback port with one canned response (HEAD requests get its
// headers only) and keeps the requests it saw. Responses queued with Then() are given first,
// one per request, in order.
class CannedServer {
 public:
  CannedServer(std::string head, std::string body) : head_(std::move(head)), body_(std::move(body)) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd_, 8) != 0 || ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      throw std::runtime_error("cannot listen");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~CannedServer() {
    stopping_ = true;
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    thread_.join();
  }

  // Answers the next request not yet answered by an earlier Then() with this response.
  void Then(std::string head, std::string body) {
    std::lock_guard lock(mutex_);
    queued_.push_back({std::move(head), std::move(body)});
  }

  std::string Url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/sparql"; }
  std::vector<std::string> Requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }

 private:
  void Serve() {
    while (!stopping_) {
      const int client = ::accept(fd_, nullptr, nullptr);
      if (client < 0) return;
      std::string request;
      char buffer[4096];
      // Read the head, then as much body as Content-Length says.
      while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0) break;
        request.append(buffer, static_cast<std::size_t>(n));
      }
      const std::size_t head_end = request.find("\r\n\r\n");
      std::size_t length = 0;
      if (const std::size_t at = request.find("Content-Length: "); at != std::string::npos) {
        length = std::stoul(request.substr(at + 16));
      }
      while (head_end != std::string::npos && request.size() < head_end + 4 + length) {
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0) break;
        request.append(buffer, static_cast<std::size_t>(n));
      }
      std::string head_text = head_, body_text = body_;
      {
        std::lock_guard lock(mutex_);
        requests_.push_back(request);
        if (!queued_.empty()) {
          head_text = queued_.front().first;
          body_text = queued_.front().second;
          queued_.erase(queued_.begin());
        }
      }
      const bool head = request.rfind("HEAD ", 0) == 0;
      std::string response = head_text + "Content-Length: " + std::to_string(body_text.size()) +
                             "\r\nConnection: close\r\n\r\n" + (head ? "" : body_text);
      (void)::write(client, response.data(), response.size());
      ::close(client);
    }
  }

  std::string head_;
  std::string body_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::vector<std::string> requests_;
  std::vector<std::pair<std::string, std::string>> queued_;
  std::thread thread_;
};

}  // namespace newskg::testing
