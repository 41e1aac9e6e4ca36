// Model: a trained NER tagger's weights and lexicon, and its binary file format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "recognition/ner/lexicon.h"

namespace newskg::recognition::ner {

// File: magic "NSKG-NER", format version, feature-set version, tag names, lexicon,
// transitions, sparse quantized feature rows, then an FNV-1a checksum of all bytes before it.
struct Model {
  static constexpr std::uint32_t kFormatVersion = 3;

  Lexicon lexicon;
  std::vector<std::uint32_t> keys;       // sorted feature keys
  std::vector<std::int16_t> weights;     // keys.size() x kTagCount
  std::vector<std::int32_t> transitions;  // (kTagCount + 1) x kTagCount; last row: start

  std::string Serialize() const;
  // `file` names the source in error messages. A model trained with a word list comes back
  // without it (see Lexicon::AttachWordList); Load attaches it.
  static Model Deserialize(std::string_view bytes, const std::string& file);

  // Atomic: writes a temporary file beside `path`, then renames it.
  void Save(const std::filesystem::path& path) const;
  // Throws InputError naming the file when it is missing, truncated, corrupt or of another
  // version, or naming a word list when the model needs them and one is missing or different.
  static Model Load(const std::filesystem::path& path, const WordListPaths& word_lists = {});
};

}  // namespace newskg::recognition::ner
