// RAII owners for libcurl objects; internal to src/rdf.
#pragma once

#include <curl/curl.h>

#include "rdf/c_handle.h"

namespace newskg::rdf::detail {

// curl_free takes void*; the handle frees the char* curl_easy_escape returns.
inline void CurlFreeString(char* memory) { curl_free(memory); }

using CurlEasyHandle = CHandle<CURL, curl_easy_cleanup>;
using CurlSlistHandle = CHandle<curl_slist, curl_slist_free_all>;
using CurlString = CHandle<char, CurlFreeString>;

}  // namespace newskg::rdf::detail
