// Lexicon: the project's shipped gazetteers, name lists and word clusters, hashed, for NER
// features.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "recognition/ner/binary_io.h"
#include "recognition/ner/key_table.h"

namespace newskg::recognition::ner {

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

  // Reads the files under data_dir (gazetteers/, names/, lexicons/, ner/); throws InputError
  // naming a bad file.
  static Lexicon FromDataDir(const std::filesystem::path& data_dir);
  static Lexicon Deserialize(ByteReader& reader);
  void Serialize(ByteWriter& writer) const;

  std::size_t size() const { return keys_.size(); }

  // Classes of the lower-cased phrase lowers[first, first + count), 0 if none.
  std::uint8_t Phrase(const std::vector<std::string>& lowers, std::size_t first,
                      std::size_t count) const;
  std::uint8_t Word(std::string_view lower) const;
  std::uint8_t PlacePrefix(std::string_view lower_prefix4) const;
  // Clusters of the word form as written (case matters).
  WordClusterIds Clusters(std::string_view word) const;

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
};

}  // namespace newskg::recognition::ner
