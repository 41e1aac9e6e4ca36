#include "rdf/http_client.h"

#include <algorithm>
#include <cctype>

#include "rdf/curl_handles.h"

namespace newskg::rdf {

using namespace detail;

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

struct Transfer {
  HttpResponse* response = nullptr;
  std::size_t max_bytes = 0;
  bool too_large = false;
  CURL* curl = nullptr;
  HttpBodySink* sink = nullptr;
  bool asked = false;     // whether the sink was asked about this body
  std::size_t received = 0;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user_data) {
  auto* transfer = static_cast<Transfer*>(user_data);
  HttpResponse& response = *transfer->response;
  const std::size_t bytes = size * count;
  if (transfer->max_bytes > 0 && transfer->received + bytes > transfer->max_bytes) {
    transfer->too_large = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  transfer->received += bytes;
  if (transfer->sink != nullptr && !transfer->asked) {
    transfer->asked = true;
    curl_easy_getinfo(transfer->curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.streamed = transfer->sink->Wants(response);
  }
  if (!response.streamed) {
    response.body.append(data, bytes);
    return bytes;
  }
  if (!transfer->sink->Take(std::string_view(data, bytes))) {
    response.stopped = true;
    return 0;
  }
  return bytes;
}

size_t WriteHeader(char* data, size_t size, size_t count, void* user_data) {
  auto* transfer = static_cast<Transfer*>(user_data);
  const std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    // A new response (after 100 Continue or an authentication challenge): forget the old one.
    transfer->response->headers.clear();
    transfer->response->body.clear();
    transfer->response->streamed = false;
    transfer->received = 0;
    transfer->asked = false;
  } else if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
    transfer->response->headers[Lower(Trim(line.substr(0, colon)))] = Trim(line.substr(colon + 1));
  }
  return size * count;
}

template <typename T>
void Set(CURL* curl, CURLoption option, T value) {
  if (curl_easy_setopt(curl, option, value) != CURLE_OK) {
    throw std::runtime_error("libcurl refused an option");
  }
}

}  // namespace

std::string HttpResponse::MediaType() const {
  const auto found = headers.find("content-type");
  if (found == headers.end()) return {};
  const std::string& value = found->second;
  return Lower(Trim(std::string_view(value).substr(0, value.find(';'))));
}

struct HttpClient::Impl {
  CurlEasyHandle curl;
};

HttpClient::HttpClient() : impl_(std::make_unique<Impl>()) {
  impl_->curl.reset(curl_easy_init());
  if (!impl_->curl) throw std::runtime_error("libcurl: cannot create a handle");
}

HttpClient::~HttpClient() = default;

std::string HttpClient::Escape(std::string_view text) {
  CurlString escaped(curl_easy_escape(impl_->curl.get(), text.data(), static_cast<int>(text.size())));
  if (!escaped) throw std::runtime_error("libcurl: cannot escape text");
  return escaped.get();
}

HttpResponse HttpClient::Send(const HttpRequest& request) {
  CURL* curl = impl_->curl.get();
  curl_easy_reset(curl);  // keeps the connection for the next request to the same server
  HttpResponse response;
  Transfer transfer;
  transfer.response = &response;
  transfer.max_bytes = request.max_response_bytes;
  transfer.curl = curl;
  transfer.sink = request.body_sink;
  char error_text[CURL_ERROR_SIZE] = {0};

  Set(curl, CURLOPT_URL, request.url.c_str());
  Set(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  Set(curl, CURLOPT_FOLLOWLOCATION, 0L);
  Set(curl, CURLOPT_NOSIGNAL, 1L);
  Set(curl, CURLOPT_ERRORBUFFER, error_text);
  Set(curl, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
  if (request.timeout.count() > 0) Set(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
  Set(curl, CURLOPT_WRITEFUNCTION, WriteBody);
  Set(curl, CURLOPT_WRITEDATA, &transfer);
  Set(curl, CURLOPT_HEADERFUNCTION, WriteHeader);
  Set(curl, CURLOPT_HEADERDATA, &transfer);
  Set(curl, CURLOPT_USERAGENT, "newskg");
  if (request.credentials) {
    Set(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC | CURLAUTH_DIGEST));
    Set(curl, CURLOPT_USERNAME, request.credentials->user.c_str());
    Set(curl, CURLOPT_PASSWORD, request.credentials->password.c_str());
  }

  CurlSlistHandle headers;
  auto add_header = [&](const std::string& header) {
    curl_slist* appended = curl_slist_append(headers.get(), header.c_str());
    if (appended == nullptr) throw std::runtime_error("libcurl: cannot add a header");
    headers.release();
    headers.reset(appended);
  };
  for (const std::string& header : request.headers) add_header(header);
  add_header("Expect:");  // no 100-continue round trip before large bodies
  Set(curl, CURLOPT_HTTPHEADER, headers.get());

  if (request.method == "POST" || request.method == "PUT") {
    Set(curl, CURLOPT_POST, 1L);
    Set(curl, CURLOPT_POSTFIELDS, request.body.data());
    Set(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    if (request.method == "PUT") Set(curl, CURLOPT_CUSTOMREQUEST, "PUT");
  } else if (request.method == "HEAD") {
    Set(curl, CURLOPT_NOBODY, 1L);
  } else if (request.method == "DELETE") {
    Set(curl, CURLOPT_CUSTOMREQUEST, "DELETE");
  } else if (request.method != "GET") {
    throw std::invalid_argument("unsupported HTTP method " + request.method);
  }

  const CURLcode code = curl_easy_perform(curl);
  if (code == CURLE_OPERATION_TIMEDOUT) {
    throw HttpTimeout("no complete answer from " + request.url + " within " +
                      std::to_string(request.timeout.count() / 1000) + " s");
  }
  if (transfer.too_large) {
    throw HttpResponseTooLarge("the answer from " + request.url + " is larger than " +
                               std::to_string(request.max_response_bytes >> 20) + " MB");
  }
  if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && response.stopped)) {
    throw std::runtime_error("cannot reach " + request.url + ": " +
                             (error_text[0] != '\0' ? error_text : curl_easy_strerror(code)));
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  if (transfer.sink != nullptr && !transfer.asked) response.streamed = transfer.sink->Wants(response);
  return response;
}

}  // namespace newskg::rdf
