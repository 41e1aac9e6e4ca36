// A small HTTP client on libcurl for the SPARQL 1.1 Protocol and the Graph Store HTTP Protocol:
// one request at a time on a kept-alive connection, http and https only, no redirects followed,
// with a time limit and a bound on the size of the answer.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::rdf {

struct HttpCredentials {
  std::string user;
  std::string password;
};

struct HttpResponse;

// Takes a response's body in pieces as they arrive, instead of HttpResponse::body.
class HttpBodySink {
 public:
  virtual ~HttpBodySink() = default;
  // Called once the status and headers are in, before any of the body: whether the body goes
  // to Take (else it is collected in HttpResponse::body, as without a sink).
  virtual bool Wants(const HttpResponse& head) = 0;
  // The next piece; false stops the transfer (Send then returns the response with `stopped`).
  virtual bool Take(std::string_view piece) = 0;
};

struct HttpRequest {
  std::string method = "GET";  // GET, HEAD, POST, PUT or DELETE
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string_view body;             // sent with POST and PUT; must outlive Send
  std::chrono::milliseconds timeout{0};  // zero: no limit
  std::optional<HttpCredentials> credentials;  // basic or digest, as the server asks
  std::size_t max_response_bytes = 0;  // zero: no limit
  HttpBodySink* body_sink = nullptr;   // must outlive Send
};

struct HttpResponse {
  long status = 0;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  bool streamed = false;  // the body went to the request's HttpBodySink
  bool stopped = false;   // the sink stopped the transfer before the body ended

  // The media type without parameters, in lower case ("application/sparql-results+json").
  std::string MediaType() const;
};

// The request got no complete answer within its time limit.
class HttpTimeout : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The answer was larger than max_response_bytes.
class HttpResponseTooLarge : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends the request and returns the answer whatever its status. Throws HttpTimeout,
  // HttpResponseTooLarge, or std::runtime_error naming the URL when there is no answer.
  HttpResponse Send(const HttpRequest& request);

  // Percent-encodes `text` for a URL query or a form body.
  std::string Escape(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::rdf
