#include "recognition/ner/model.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/whole_file.h"
#include "common/byte_codec.h"
#include "recognition/ner/features.h"
#include "recognition/ner/hashing.h"
#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {
namespace {

constexpr std::string_view kMagic = "NSKG-NER";

std::uint32_t Checksum(std::string_view bytes) {
  return static_cast<std::uint32_t>(Finalize(HashBytes(bytes)));
}

}  // namespace

std::string Model::Serialize() const {
  ByteWriter writer;
  writer.PutBytes(kMagic);
  writer.PutU32(kFormatVersion);
  writer.PutU32(kFeatureSetVersion);
  writer.PutVarint(kTagCount);
  for (int t = 0; t < kTagCount; ++t) writer.PutString(InternalTagName(t));
  lexicon.Serialize(writer);
  for (std::int32_t value : transitions) writer.PutSigned(value);
  writer.PutVarint(keys.size());
  std::uint32_t previous = 0;
  for (std::size_t row = 0; row < keys.size(); ++row) {
    writer.PutVarint(keys[row] - previous);
    previous = keys[row];
    const std::int16_t* weight = &weights[row * kTagCount];
    int nonzero = 0;
    for (int t = 0; t < kTagCount; ++t) nonzero += weight[t] != 0;
    writer.PutVarint(static_cast<std::uint64_t>(nonzero));
    int last = -1;
    for (int t = 0; t < kTagCount; ++t) {
      if (weight[t] == 0) continue;
      writer.PutVarint(static_cast<std::uint64_t>(t - last - 1));
      writer.PutSigned(weight[t]);
      last = t;
    }
  }
  std::string bytes = writer.bytes();
  ByteWriter trailer;
  trailer.PutU32(Checksum(bytes));
  return bytes + trailer.bytes();
}

Model Model::Deserialize(std::string_view bytes, const std::string& file) {
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    throw InputError(file, "not a newskg NER model (bad magic header)");
  }
  if (bytes.size() < kMagic.size() + 12) throw InputError(file, "invalid NER model: file is truncated");
  ByteReader reader(bytes, file);
  reader.GetBytes(kMagic.size());
  std::uint32_t version = reader.GetU32();
  if (version != kFormatVersion) {
    throw InputError(file, "NER model format version " + std::to_string(version) +
                               ", this build reads version " + std::to_string(kFormatVersion));
  }
  std::uint32_t feature_set = reader.GetU32();
  if (feature_set != kFeatureSetVersion) {
    throw InputError(file, "NER model was trained with feature set " + std::to_string(feature_set) +
                               ", this build extracts feature set " +
                               std::to_string(kFeatureSetVersion) + "; retrain it");
  }
  {
    ByteReader tail(bytes.substr(bytes.size() - 4), file);
    if (tail.GetU32() != Checksum(bytes.substr(0, bytes.size() - 4))) {
      throw InputError(file, "invalid NER model: checksum mismatch (truncated or corrupt file)");
    }
  }
  ByteReader body(bytes.substr(0, bytes.size() - 4), file);
  body.GetBytes(kMagic.size() + 8);
  if (body.GetVarint() != static_cast<std::uint64_t>(kTagCount)) body.Fail("unexpected tag count");
  for (int t = 0; t < kTagCount; ++t) {
    if (body.GetString() != InternalTagName(t)) body.Fail("unexpected tag set");
  }
  Model model;
  model.lexicon = Lexicon::Deserialize(body);
  model.transitions.resize((kTagCount + 1) * kTagCount);
  for (std::int32_t& value : model.transitions) {
    std::int64_t raw = body.GetSigned();
    if (raw < INT32_MIN || raw > INT32_MAX) body.Fail("transition weight out of range");
    value = static_cast<std::int32_t>(raw);
  }
  std::uint64_t rows = body.GetVarint();
  if (rows > (1u << 26)) body.Fail("implausible feature count");
  model.keys.resize(static_cast<std::size_t>(rows));
  model.weights.assign(static_cast<std::size_t>(rows) * kTagCount, 0);
  std::uint64_t key = 0;
  for (std::size_t row = 0; row < model.keys.size(); ++row) {
    std::uint64_t delta = body.GetVarint();
    key += delta;
    if ((row > 0 && delta == 0) || key == 0 || key > 0xffffffffu) body.Fail("feature keys out of order");
    model.keys[row] = static_cast<std::uint32_t>(key);
    std::uint64_t nonzero = body.GetVarint();
    if (nonzero > static_cast<std::uint64_t>(kTagCount)) body.Fail("bad feature row");
    std::int64_t tag = -1;
    for (std::uint64_t k = 0; k < nonzero; ++k) {
      tag += static_cast<std::int64_t>(body.GetVarint()) + 1;
      std::int64_t value = body.GetSigned();
      if (tag >= kTagCount || value < INT16_MIN || value > INT16_MAX) body.Fail("bad feature row");
      model.weights[row * kTagCount + static_cast<std::size_t>(tag)] = static_cast<std::int16_t>(value);
    }
  }
  if (!body.AtEnd()) body.Fail("trailing bytes");
  return model;
}

// Replaces an existing file: whether that is wanted is the caller's decision (the cli asks for --force).
void Model::Save(const std::filesystem::path& path) const {
  common::WriteFileAtomically(path, Serialize(), common::Overwrite::kAllow);
}

Model Model::Load(const std::filesystem::path& path, const WordListPaths& word_lists) {
  Model model = Deserialize(common::ReadWholeFile(path, "NER model"), path.string());
  if (model.lexicon.NeedsWordList()) {
    for (const auto& [file, package] : {std::pair{word_lists.forms, "wngerman"},
                                        std::pair{word_lists.stems, "hunspell-de-de"}}) {
      if (!std::filesystem::exists(file)) {
        throw InputError(file.string(), "the NER model " + path.string() +
                                            " needs this German word list (Debian package " +
                                            package + "); install it or retrain without it");
      }
    }
    model.lexicon.AttachWordList(std::make_shared<const WordList>(WordList::Load(word_lists)),
                                 word_lists.forms.string());
  }
  return model;
}

}  // namespace newskg::recognition::ner
