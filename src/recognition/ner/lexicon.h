// Lexicon: the project's shipped gazetteers, name lists and word clusters, hashed, for NER
// features.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/byte_codec.h"
#include "recognition/ner/key_table.h"
#include "recognition/ner/word_list.h"

namespace newskg::recognition::ner {

using common::ByteReader;
using common::ByteWriter;

// Bit flags; a phrase may belong to several classes.
enum LexiconClass : std::uint8_t {
  kCountry = 1,      // i18n-iso-countries, CLDR territories (two-letter codes), GeoNames countries
  kCity = 2,         // GeoNames cities (German names and >= 15k inhabitants), CLDR exemplar cities
  kRegion = 4,       // GeoNames first-level regions, CLDR continents and regions
  kFirstName = 8,    // gender-detection-from-name first names
  kPlacePrefix = 16,  // first four letters of a country or city name (for "russische", "Berliner")
  kOrganization = 32,  // project organizations.tsv, SmartData organization names
  kPerson = 64,        // SmartData person names
  kNamedPlace = 128    // project places_extra.tsv, SmartData location names
};

// Word clusters of one word form: ids at two granularities, 0 when the word was not clustered.
struct WordClusterIds {
  std::uint16_t coarse = 0;
  std::uint16_t fine = 0;
};

class Lexicon {
 public:
  static constexpr std::size_t kMaxPhraseTokens = 4;

  Lexicon() = default;  // empty: matches nothing

  // Reads the files under data_dir (gazetteers/, names/, lexicons/, ner/) and the word lists
  // when both exist (features are otherwise computed without them); throws InputError naming a
  // bad file.
  static Lexicon FromDataDir(const std::filesystem::path& data_dir,
                             const WordListPaths& word_lists = {});
  // The word lists are not part of the bytes, only their fingerprint: after Deserialize, a
  // lexicon whose NeedsWordList() must be given the same lists with AttachWordList.
  static Lexicon Deserialize(ByteReader& reader);
  void Serialize(ByteWriter& writer) const;
  bool NeedsWordList() const { return word_list_fingerprint_ != 0 && !word_list_; }
  std::uint32_t word_list_fingerprint() const { return word_list_fingerprint_; }
  // Throws InputError naming `source` when the lists are not those the lexicon was built with.
  void AttachWordList(std::shared_ptr<const WordList> list, const std::string& source);

  std::size_t size() const { return keys_.size(); }

  std::uint8_t Word(std::string_view lower) const;
  // Word() of a form given by its HashBytes(): hashes of a token's prefixes grow one byte at a
  // time, so looking up all of them stays linear in the token's length.
  std::uint8_t WordOfHash(std::uint64_t form_hash) const;
  std::uint8_t PlacePrefix(std::string_view lower_prefix4) const;
  // Clusters of the word form as written (case matters).
  WordClusterIds Clusters(std::string_view word) const;
  // What the word list says of a token (see WordListClass); 0 without a list.
  std::uint8_t KnownWord(std::string_view token, std::string_view lower) const {
    return word_list_ ? word_list_->Classify(token, lower) : 0;
  }
  std::uint32_t StemFlags(std::string_view token) const {
    return word_list_ ? word_list_->StemFlags(token) : 0;
  }

  // Longest match at each start: classes[i] of the phrase covering token i (0 if none),
  // begins[i] true on its first token.
  void Match(const std::vector<std::string>& lowers, std::vector<std::uint8_t>& classes,
             std::vector<std::uint8_t>& begins) const;

 private:
  Lexicon(std::vector<std::uint32_t> keys, std::vector<std::uint8_t> classes,
          std::vector<std::uint32_t> cluster_keys, std::vector<std::uint32_t> cluster_values);
  std::uint8_t Find(std::uint32_t key) const;

  std::vector<std::uint32_t> keys_;  // sorted
  std::vector<std::uint8_t> classes_;
  KeyTable table_;
  std::vector<std::uint32_t> cluster_keys_;    // sorted
  std::vector<std::uint32_t> cluster_values_;  // coarse << 16 | fine, each 1-based
  KeyTable cluster_table_;
  std::uint32_t word_list_fingerprint_ = 0;  // 0: built without a word list
  std::shared_ptr<const WordList> word_list_;
};

}  // namespace newskg::recognition::ner
