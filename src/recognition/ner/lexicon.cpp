#include "recognition/ner/lexicon.h"

#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "common/input_error.h"
#include "recognition/ner/hashing.h"
#include "recognition/ner/word_form.h"

namespace newskg::recognition::ner {
namespace {

constexpr std::uint32_t kPrefixSalt = 0x50524546;  // marks place-prefix keys

// A phrase hashes as its words joined by single spaces: hash of the first word, then each
// further word through ExtendPhrase.
std::uint64_t ExtendPhrase(std::uint64_t state, std::string_view next_word) {
  return HashContinue(HashContinue(state, " "), next_word);
}

std::uint32_t PhraseKey(const std::vector<std::string>& lowers, std::size_t first,
                        std::size_t count) {
  std::uint64_t state = HashBytes(lowers[first]);
  for (std::size_t i = first + 1; i < first + count; ++i) state = ExtendPhrase(state, lowers[i]);
  return KeyOf(state);
}

std::uint32_t PrefixKey(std::string_view prefix) { return KeyOf(Combine(kPrefixSalt, HashBytes(prefix))); }

// "Kongo (Republik)" -> {"kongo"}; tokens split at spaces, trailing commas dropped.
std::vector<std::string> PhraseTokens(std::string_view name) {
  std::string cleaned;
  int depth = 0;
  for (char c : name) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0) cleaned += c;
  }
  std::vector<std::string> tokens;
  std::istringstream words(Lower(cleaned));
  std::string word;
  while (words >> word) {
    while (!word.empty() && word.back() == ',') word.pop_back();
    if (!word.empty()) tokens.push_back(word);
  }
  return tokens;
}

class Builder {
 public:
  void Add(std::string_view name, std::uint8_t cls) {
    std::vector<std::string> tokens = PhraseTokens(name);
    if (tokens.empty() || tokens.size() > Lexicon::kMaxPhraseTokens) return;
    entries_[PhraseKey(tokens, 0, tokens.size())] |= cls;
    if ((cls & (kCountry | kCity | kRegion)) != 0) {
      std::vector<std::size_t> starts;
      CodePointStarts(tokens[0], starts);
      if (starts.size() > 4) entries_[PrefixKey(std::string_view(tokens[0]).substr(0, starts[4]))] |= kPlacePrefix;
    }
  }
  const std::map<std::uint32_t, std::uint8_t>& entries() const { return entries_; }

 private:
  std::map<std::uint32_t, std::uint8_t> entries_;
};

std::ifstream Open(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot open lexicon file");
  return in;
}

// Calls row(column) for each data row of a TSV file with a header line.
void ReadTsv(const std::filesystem::path& path,
             const std::function<void(const std::function<std::string_view(std::string_view)>&)>& row) {
  std::ifstream in = Open(path);
  std::string line;
  std::unordered_map<std::string, std::size_t> columns;
  std::vector<std::string_view> fields;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header && !line.empty() && line[0] == '#') continue;
    fields.clear();
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      fields.push_back(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (header) {
      for (std::size_t i = 0; i < fields.size(); ++i) columns[std::string(fields[i])] = i;
      header = false;
      continue;
    }
    row([&](std::string_view name) -> std::string_view {
      auto it = columns.find(std::string(name));
      if (it == columns.end()) throw InputError(path.string(), "missing column " + std::string(name));
      return it->second < fields.size() ? fields[it->second] : std::string_view();
    });
  }
}

// newskg's own lexicons: '#' comment lines, then name<TAB>kind<TAB>variant|variant|...;
// calls add(name, kind) for the name and each variant.
void ReadProjectLexicon(const std::filesystem::path& path,
                        const std::function<void(std::string_view, std::string_view)>& add) {
  std::ifstream in = Open(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      fields.push_back(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    std::string_view kind = fields.size() > 1 ? fields[1] : std::string_view();
    add(fields[0], kind);
    if (fields.size() < 3) continue;
    std::string_view variants = fields[2];
    while (!variants.empty()) {
      std::size_t bar = variants.find('|');
      if (bar != 0) add(variants.substr(0, bar), kind);
      if (bar == std::string_view::npos) break;
      variants.remove_prefix(bar + 1);
    }
  }
}

std::uint32_t ParseClusterId(std::string_view text, const std::filesystem::path& path) {
  std::uint32_t value = 0;
  if (text.empty() || text.size() > 4) throw InputError(path.string(), "bad cluster id '" + std::string(text) + "'");
  for (char c : text) {
    if (c < '0' || c > '9') throw InputError(path.string(), "bad cluster id '" + std::string(text) + "'");
    value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  if (value >= 0xfffe) throw InputError(path.string(), "cluster id too large");
  return value;
}

bool IsAlphaCode(std::string_view code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

}  // namespace

Lexicon::Lexicon(std::vector<std::uint32_t> keys, std::vector<std::uint8_t> classes,
                 std::vector<std::uint32_t> cluster_keys, std::vector<std::uint32_t> cluster_values)
    : keys_(std::move(keys)),
      classes_(std::move(classes)),
      cluster_keys_(std::move(cluster_keys)),
      cluster_values_(std::move(cluster_values)) {
  std::vector<std::uint32_t> values(classes_.begin(), classes_.end());
  table_ = KeyTable(keys_, values);
  cluster_table_ = KeyTable(cluster_keys_, cluster_values_);
}

Lexicon Lexicon::FromDataDir(const std::filesystem::path& data_dir,
                             const WordListPaths& word_lists) {
  Builder builder;
  const std::filesystem::path gazetteers = data_dir / "gazetteers";

  const std::filesystem::path countries_json = gazetteers / "i18n-iso-countries_de.json";
  try {
    std::ifstream in = Open(countries_json);
    nlohmann::json json = nlohmann::json::parse(in);
    for (const auto& [code, names] : json.at("countries").items()) {
      if (names.is_string()) builder.Add(names.get<std::string>(), kCountry);
      else for (const auto& name : names) builder.Add(name.get<std::string>(), kCountry);
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(countries_json.string(), std::string("bad JSON: ") + e.what());
  }

  ReadTsv(gazetteers / "cldr41_de_territories.tsv", [&](const auto& column) {
    builder.Add(column("name_de"), IsAlphaCode(column("code")) ? kCountry : kRegion);
  });
  ReadTsv(gazetteers / "cldr41_de_exemplar_cities.tsv", [&](const auto& column) {
    if (column("tz_id").substr(0, 4) != "Etc/") builder.Add(column("city_de"), kCity);
  });
  ReadTsv(gazetteers / "geonames_de_names.tsv", [&](const auto& column) {
    std::string_view kind = column("kind");
    std::uint8_t cls = kind == "city" ? kCity : kind == "country" ? kCountry : kRegion;
    builder.Add(column("name_de"), cls);
    builder.Add(column("name_geonames"), cls);
  });
  ReadTsv(gazetteers / "geonames_cities15000.tsv",
          [&](const auto& column) { builder.Add(column("name"), kCity); });
  // Derived from SmartData (training data only, never committed): present when regenerated
  // for training from ../shared (see data/ner/README.md); the shipped model carries them hashed.
  const std::filesystem::path names_file = data_dir / "ner" / "smartdata_names.tsv";
  if (std::filesystem::exists(names_file)) ReadTsv(names_file, [&](const auto& column) {
    std::string_view cls = column("class");
    builder.Add(column("name"), cls == "person" ? kPerson : cls == "organization" ? kOrganization : kNamedPlace);
  });
  ReadProjectLexicon(data_dir / "lexicons" / "organizations.tsv",
                     [&](std::string_view name, std::string_view) { builder.Add(name, kOrganization); });
  ReadProjectLexicon(data_dir / "lexicons" / "places_extra.tsv",
                     [&](std::string_view name, std::string_view kind) {
                       builder.Add(name, kind == "city" ? kCity : kNamedPlace);
                     });
  ReadTsv(data_dir / "names" / "gender-detection-from-name_firstnames.tsv",
          [&](const auto& column) {
            std::string_view name = column("name_lower");
            if (name.find(' ') == std::string_view::npos) builder.Add(name, kFirstName);
          });

  std::vector<std::uint32_t> keys;
  std::vector<std::uint8_t> classes;
  for (const auto& [key, cls] : builder.entries()) {
    keys.push_back(key);
    classes.push_back(cls);
  }

  std::map<std::uint32_t, std::uint32_t> clusters;
  const std::filesystem::path cluster_file = data_dir / "ner" / "word_clusters.tsv";
  if (std::filesystem::exists(cluster_file)) ReadTsv(cluster_file, [&](const auto& column) {
    std::uint32_t coarse = ParseClusterId(column("coarse"), cluster_file);
    std::uint32_t fine = ParseClusterId(column("fine"), cluster_file);
    clusters[KeyOf(HashBytes(column("word")))] = (coarse + 1) << 16 | (fine + 1);
  });
  std::vector<std::uint32_t> cluster_keys, cluster_values;
  for (const auto& [key, value] : clusters) {
    cluster_keys.push_back(key);
    cluster_values.push_back(value);
  }
  Lexicon lexicon(std::move(keys), std::move(classes), std::move(cluster_keys), std::move(cluster_values));
  if (std::filesystem::exists(word_lists.forms) && std::filesystem::exists(word_lists.stems)) {
    auto list = std::make_shared<const WordList>(WordList::Load(word_lists));
    lexicon.word_list_fingerprint_ = list->fingerprint();
    lexicon.word_list_ = std::move(list);
  }
  return lexicon;
}

void Lexicon::AttachWordList(std::shared_ptr<const WordList> list, const std::string& source) {
  if (list->fingerprint() != word_list_fingerprint_) {
    throw InputError(source, "word lists differ from those the NER model was trained with "
                             "(fingerprint " + std::to_string(list->fingerprint()) + ", model expects " +
                             std::to_string(word_list_fingerprint_) + "); retrain the model");
  }
  word_list_ = std::move(list);
}

void Lexicon::Serialize(ByteWriter& writer) const {
  writer.PutVarint(keys_.size());
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    writer.PutVarint(keys_[i] - previous);
    writer.PutVarint(classes_[i]);
    previous = keys_[i];
  }
  writer.PutVarint(cluster_keys_.size());
  previous = 0;
  for (std::size_t i = 0; i < cluster_keys_.size(); ++i) {
    writer.PutVarint(cluster_keys_[i] - previous);
    writer.PutVarint(cluster_values_[i]);
    previous = cluster_keys_[i];
  }
  writer.PutU32(word_list_fingerprint_);
}

Lexicon Lexicon::Deserialize(ByteReader& reader) {
  std::uint64_t count = reader.GetVarint();
  if (count > (1u << 26)) reader.Fail("implausible lexicon size");
  std::vector<std::uint32_t> keys(static_cast<std::size_t>(count));
  std::vector<std::uint8_t> classes(static_cast<std::size_t>(count));
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::uint64_t delta = reader.GetVarint();
    key += delta;
    if ((i > 0 && delta == 0) || key == 0 || key > 0xffffffffu) reader.Fail("lexicon keys out of order");
    keys[i] = static_cast<std::uint32_t>(key);
    std::uint64_t cls = reader.GetVarint();
    if (cls == 0 || cls > 0xff) reader.Fail("bad lexicon class");
    classes[i] = static_cast<std::uint8_t>(cls);
  }
  count = reader.GetVarint();
  if (count > (1u << 24)) reader.Fail("implausible cluster count");
  std::vector<std::uint32_t> cluster_keys(static_cast<std::size_t>(count));
  std::vector<std::uint32_t> cluster_values(static_cast<std::size_t>(count));
  key = 0;
  for (std::size_t i = 0; i < cluster_keys.size(); ++i) {
    std::uint64_t delta = reader.GetVarint();
    key += delta;
    if ((i > 0 && delta == 0) || key == 0 || key > 0xffffffffu) reader.Fail("cluster keys out of order");
    cluster_keys[i] = static_cast<std::uint32_t>(key);
    std::uint64_t value = reader.GetVarint();
    if ((value >> 16) == 0 || (value & 0xffff) == 0 || value > 0xffffffffu) reader.Fail("bad word cluster");
    cluster_values[i] = static_cast<std::uint32_t>(value);
  }
  Lexicon lexicon(std::move(keys), std::move(classes), std::move(cluster_keys), std::move(cluster_values));
  lexicon.word_list_fingerprint_ = reader.GetU32();
  return lexicon;
}

WordClusterIds Lexicon::Clusters(std::string_view word) const {
  std::uint32_t value = cluster_table_.Find(KeyOf(HashBytes(word)));
  if (value == KeyTable::kMissing) return {};
  return {static_cast<std::uint16_t>(value >> 16), static_cast<std::uint16_t>(value & 0xffff)};
}

std::uint8_t Lexicon::Find(std::uint32_t key) const {
  std::uint32_t value = table_.Find(key);
  return value == KeyTable::kMissing ? 0 : static_cast<std::uint8_t>(value);
}

std::uint8_t Lexicon::Word(std::string_view lower) const { return WordOfHash(HashBytes(lower)); }

std::uint8_t Lexicon::WordOfHash(std::uint64_t form_hash) const {
  return static_cast<std::uint8_t>(Find(KeyOf(form_hash)) & ~kPlacePrefix);
}

std::uint8_t Lexicon::PlacePrefix(std::string_view lower_prefix4) const {
  return static_cast<std::uint8_t>(Find(PrefixKey(lower_prefix4)) & kPlacePrefix);
}

void Lexicon::Match(const std::vector<std::string>& lowers, std::vector<std::uint8_t>& classes,
                    std::vector<std::uint8_t>& begins) const {
  const std::size_t n = lowers.size();
  classes.assign(n, 0);
  begins.assign(n, 0);
  std::size_t i = 0;
  std::uint64_t states[kMaxPhraseTokens];  // states[c]: hash of the phrase lowers[i, i + c + 1)
  while (i < n) {
    const std::size_t longest = std::min(kMaxPhraseTokens, n - i);
    states[0] = HashBytes(lowers[i]);
    for (std::size_t c = 1; c < longest; ++c) {
      states[c] = ExtendPhrase(states[c - 1], lowers[i + c]);
    }
    std::size_t matched = 0;
    std::uint8_t cls = 0;
    for (std::size_t count = longest; count >= 1; --count) {
      cls = static_cast<std::uint8_t>(Find(KeyOf(states[count - 1])) & ~kPlacePrefix);
      if (cls != 0) {
        matched = count;
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    begins[i] = 1;
    for (std::size_t k = i; k < i + matched; ++k) classes[k] = cls;
    i += matched;
  }
}

}  // namespace newskg::recognition::ner
