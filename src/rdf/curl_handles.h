// RAII owners for libcurl objects; internal to src/rdf.
#pragma once

#include <curl/curl.h>

#include <memory>

namespace newskg::rdf::detail {

struct CurlEasyFree {
  void operator()(CURL* handle) const {
    if (handle != nullptr) curl_easy_cleanup(handle);
  }
};
struct CurlSlistFree {
  void operator()(curl_slist* list) const {
    if (list != nullptr) curl_slist_free_all(list);
  }
};
struct CurlMemoryFree {
  void operator()(char* memory) const {
    if (memory != nullptr) curl_free(memory);
  }
};

using CurlEasyHandle = std::unique_ptr<CURL, CurlEasyFree>;
using CurlSlistHandle = std::unique_ptr<curl_slist, CurlSlistFree>;
using CurlString = std::unique_ptr<char, CurlMemoryFree>;

}  // namespace newskg::rdf::detail
