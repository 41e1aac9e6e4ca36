// Slugs and percent-encoding: turning names and ids into IRI-safe path segments.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace newskg::rdf {

// Makes ASCII slugs: German umlauts and ß spelled out (ä -> ae, ß -> ss), other scripts
// transliterated to Latin and stripped of diacritics (ICU "Any-Latin; Latin-ASCII"), lower case,
// every run of other characters a single '-', no '-' at either end. Keeps the ICU transliterator,
// which is costly to build, so make one and reuse it.
class Slugger {
 public:
  Slugger();
  ~Slugger();
  Slugger(const Slugger&) = delete;
  Slugger& operator=(const Slugger&) = delete;

  // "Außenminister Lawrow" -> "aussenminister-lawrow", "Зеленский" -> "zelenskij".
  // Returns "x" when nothing of the text survives (e.g. only punctuation).
  std::string Slug(std::string_view utf8) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Percent-encodes (RFC 3986, UTF-8) every byte except unreserved characters A-Z a-z 0-9 - . _ ~
std::string PercentEncode(std::string_view text);

}  // namespace newskg::rdf
