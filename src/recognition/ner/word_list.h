// WordList: German word forms and stems from two Debian packages, read at run time, telling the
// tagger whether a capitalised token is a known word (a noun, a sentence-initial "Die"), a
// compound of known words, or unknown, and which inflection flags its stem carries.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "recognition/ner/key_table.h"

namespace newskg::recognition::ner {

// Both lists come from igerman98 (GPL-2+) through Debian: wngerman's every word form, and
// hunspell-de-de's stems with their affix flags ("Haus/Tpmij" for a noun, "Moskau/Sm" for a
// name). They are read where Debian installs them, never copied into the project or its model:
// the model keeps only their fingerprint.
struct WordListPaths {
  std::filesystem::path forms = "/usr/share/dict/ngerman";
  std::filesystem::path stems = "/usr/share/hunspell/de_DE.dic";
};

// What the forms list says of one token; 0 for a word it lacks.
enum WordListClass : std::uint8_t {
  kSpelledSo = 1,          // a form spelled exactly as the token
  kCapitalizedEntry = 2,   // a capitalised form whose lower case equals the token's
  kLowerEntry = 4,         // a lower-case form equal to the token's lower case ("Die" -> "die")
  kCompoundOfKnown = 8,    // unknown, but a known word followed by a known noun ("Kriegsschreiben")
};

class WordList {
 public:
  static constexpr std::uint32_t kNoStem = 1;  // StemFlags of a token whose stem is not listed

  WordList() = default;  // empty: knows no word, fingerprint 0

  // Forms: one word per line. Stems: hunspell .dic (a count line, then stem[/flags] lines;
  // tab-indented lines are comments). Both UTF-8. Throws InputError naming a file that cannot
  // be read.
  static WordList Load(const WordListPaths& paths);

  // Hash of both files' bytes: a model records the lists it was trained with.
  std::uint32_t fingerprint() const { return fingerprint_; }
  bool empty() const { return fingerprint_ == 0; }

  // Classes of `token` (as written) given its lower-case form.
  std::uint8_t Classify(std::string_view token, std::string_view lower) const;
  // Identifies the affix flags of the token's stem: the token itself, or the token less an
  // inflection ending ("Merkels" -> "Merkel/S"), the ending then part of the value. kNoStem
  // when no stem is listed, 0 without lists.
  std::uint32_t StemFlags(std::string_view token) const;

 private:
  std::uint8_t Find(std::string_view form) const;

  KeyTable forms_;  // form key -> WordListClass bits
  KeyTable stems_;  // stem key -> key of its flags
  std::uint32_t fingerprint_ = 0;
  std::size_t longest_form_ = 0;  // bytes: a longer compound part is not looked up
};

}  // namespace newskg::recognition::ner
