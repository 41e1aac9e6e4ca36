#include "recognition/lexicons.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/input_error.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::recognition {
namespace {

namespace fs = std::filesystem;


// Lines of a list file without comments and blank lines.
std::vector<std::string> ReadLines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot open lexicon file");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto pos = s.find(sep, start);
    std::string part(s.substr(start, pos == std::string_view::npos ? s.npos : pos - start));
    while (!part.empty() && part.back() == ' ') part.pop_back();
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    out.push_back(part);
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

// Removes an adjective ending so that inflected forms share one key.
std::string_view AdjectiveStemView(std::string_view word) {
  for (std::string_view ending : {"en", "em", "er", "es", "e"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

std::string AdjectiveStem(std::string word) {
  for (std::string_view ending : {"en", "em", "er", "es", "e"}) {
    if (word.size() > ending.size() + 2 && std::string_view(word).ends_with(ending)) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

// "luís", "thérèse": the name lists spell foreign given names without their accents. Umlauts
// are German spelling, so only words with other letters are asked again; not Vietnamese
// letters, three bytes long: there the given name comes last, "Phan Thị Mai".
bool HasForeignAccent(std::string_view folded) {
  bool accent = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte < 0x80) continue;
    if (byte >= 0xE0) return false;
    const std::string_view letter = folded.substr(i, 2);
    accent = accent || (letter != "ä" && letter != "ö" && letter != "ü");
    ++i;
  }
  return accent;
}

constexpr std::size_t kEndBytes = 3;

// A 16-bit slot for the last kEndBytes bytes of `word` (at least that long).
std::size_t EndSlot(std::string_view word) {
  const auto* end = reinterpret_cast<const unsigned char*>(word.data() + word.size());
  const std::uint32_t last = end[-3] | (end[-2] << 8) | (end[-1] << 16);
  return (last * 2654435761u) >> 16;
}

}  // namespace

std::vector<std::string> SplitTabs(std::string_view line) { return SplitOn(line, '\t'); }

// The smallest town the gazetteers name, but for a capital (of a state or a province).
constexpr long kHomeTownPopulation = 20000;

// Whether a town's name is no common word in disguise: a spa's ("Bad Kesselbrunn"), a hyphenated
// one ("Kessel-Lindau") or one with a place name's ending ("Kesselhausen", "Talfingen"), unlike
// "Lage", "Mitte" or "Waren".
bool LooksLikeTownName(std::string_view name) {
  // Not a long official name news shortens ("Kesselheim an der Aue"), nor one with a qualifier.
  if (name.find_first_of("(/") != std::string_view::npos) return false;
  if (name.starts_with("Bad ") && name.find(' ', 4) == std::string_view::npos) return true;
  if (name.find(' ') != std::string_view::npos) return false;
  if (name.find('-') != std::string_view::npos) return true;
  static constexpr std::string_view kEndings[] = {
      "burg", "berg", "dorf", "feld", "felde", "hausen", "heim", "ingen", "stadt", "stedt", "bach",
      "hagen", "kirchen", "rode", "roda", "born", "brück", "brücken", "furt", "wald", "see", "leben",
      "itz", "ow", "beck", "fels", "wasser", "münde", "hafen", "rath", "weiler", "hofen", "au", "tal",
      "thal", "kamp", "mark", "horst", "büttel", "brunn", "bronn", "ach", "ungen"};
  constexpr std::size_t kMinStemBytes = 3;  // "Singen" is no "-ingen" town's name
  for (std::string_view ending : kEndings) {
    if (name.size() >= ending.size() + kMinStemBytes && name.ends_with(ending)) return true;
  }
  return false;
}

void Lexicons::EndFilter::Add(std::string_view key) {
  shortest_ = std::min(shortest_, key.size());
  if (key.size() >= kEndBytes) ends_.set(EndSlot(key));
}

// A key that is a suffix of `word` shares its last bytes.
bool Lexicons::EndFilter::MayEnd(std::string_view word) const {
  if (shortest_ < kEndBytes) return true;
  return word.size() >= kEndBytes && ends_.test(EndSlot(word));
}

bool Lexicons::EndFilter::MayEndFolded(std::string_view token) const {
  if (shortest_ < kEndBytes || token.size() < kEndBytes) return true;
  char tail[kEndBytes];
  for (std::size_t i = 0; i < kEndBytes; ++i) {
    const auto b = static_cast<unsigned char>(token[token.size() - kEndBytes + i]);
    if (b >= 0x80) return true;  // folding may change these bytes: ask the folded word
    tail[i] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return MayEnd(std::string_view(tail, kEndBytes));
}

bool Lexicons::IsAcademicTitle(std::string_view token) {
  // A literal array of string_views: no strlen per call (this runs for every word).
  static constexpr std::string_view kTitles[] = {"Dr.", "Prof.", "Mag.", "Dipl.-Ing.", "Ing.", "Dr.-Ing.", "DI",
                                                 "h.c.", "mult."};
  return std::find(std::begin(kTitles), std::end(kTitles), token) != std::end(kTitles);
}

bool Lexicons::IsLegalForm(std::string_view word) {
  // (Foreign ones too: "SA" of Swiss and French firms, "NV"/"BV" of Dutch, "SpA" of Italian.)
  // Asked of every word: compared only with the forms of its length.
  static constexpr std::string_view kTwo[] = {"AG", "SE", "KG", "UG", "SA", "NV", "BV", "eG"};
  static constexpr std::string_view kThree[] = {"OHG", "mbH", "Ltd", "plc", "SpA", "LLC", "Oyj", "ASA", "GbR"};
  static constexpr std::string_view kFour[] = {"GmbH", "KGaA", "Inc.", "Ltd.", "e.V.", "S.A.", "N.V.", "B.V."};
  static constexpr std::string_view kFive[] = {"gGmbH", "Corp.", "Sàrl"};
  auto in = [&](const auto& forms) { return std::find(std::begin(forms), std::end(forms), word) != std::end(forms); };
  switch (word.size()) {
    case 2: return in(kTwo);
    case 3: return in(kThree);
    case 4: return in(kFour);
    case 5: return in(kFive);
    case 6: return word == "S.p.A.";
    default: return false;
  }
}

std::string Lexicons::PhraseKey(const std::vector<std::string_view>& words) {
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (std::string_view word : words) folded.push_back(text::FoldForMatch(word));
  return FoldedPhraseKey({folded.begin(), folded.end()});
}

std::string Lexicons::FoldedPhraseKey(const std::vector<std::string_view>& folded_words) {
  std::string key;
  for (std::size_t i = 0; i < folded_words.size(); ++i) {
    std::string_view word = folded_words[i];
    if (i + 1 < folded_words.size()) word = AdjectiveStemView(word);
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

void Lexicons::AddName(const std::string& form, const NamedThing& thing, int priority) {
  auto words = text::SplitWords(form);
  // Single letters ("X" for the platform) would match initials and list items.
  if (words.empty() || (words.size() == 1 && text::CodePointCount(words[0]) < 2)) return;
  std::string key = PhraseKey(words);
  auto it = names_.find(key);
  if (it == names_.end() || it->second.priority < priority) {
    Entry entry{thing, priority};
    // Sources agree on a name but not on what they know: keep that it is a capital, and its state.
    if (it != names_.end() && it->second.thing.canonical == thing.canonical && !thing.is_capital) {
      entry.thing.is_capital = it->second.thing.is_capital;
      entry.thing.country = it->second.thing.country;
    }
    if (it != names_.end() && it->second.thing.canonical == thing.canonical && thing.state.empty()) {
      entry.thing.state = it->second.thing.state;
    }
    names_[key] = entry;
    if (auto space = key.find(' '); space != std::string::npos) {
      name_first_words_.insert(key.substr(0, space));
    }
    if (thing.type == EntityType::Place && thing.kind == "city") LearnTownNameTail(words);
  } else if (it->second.thing.canonical == thing.canonical) {
    if (thing.is_capital && !it->second.thing.is_capital) {
      it->second.thing.is_capital = true;
      it->second.thing.country = thing.country;
    }
    if (it->second.thing.state.empty()) it->second.thing.state = thing.state;
  }
  longest_name_tokens_ = std::max(longest_name_tokens_, words.size());
  // "Sankt Petersburg" is mostly written "St. Petersburg".
  if (form.rfind("Sankt ", 0) == 0) AddName("St. " + form.substr(6), thing, priority);
  // "Frankfurt (Oder)", "Halle (Saale)": in the text the brackets are tokens of their own.
  if (const auto open = form.find(" ("); open != std::string::npos && form.ends_with(")") &&
                                         form.find(" ( ") == std::string::npos) {
    AddName(form.substr(0, open) + " ( " + form.substr(open + 2, form.size() - open - 3) + " )", thing, priority);
  }
  // "Reykjavik", "Asuncion": German news often writes a foreign place without its accents (not
  // a short one, which may be a given name: "León", "Léo").
  if (thing.type == EntityType::Place && form.size() > 6 && HasForeignAccent(text::FoldForMatch(form))) {
    const std::string plain = text::WithoutAccents(form);
    if (plain != form && !names_.count(PhraseKey(text::SplitWords(plain))) &&
        !first_names_.count(text::FoldForMatch(plain))) {
      AddName(plain, thing, priority - 1);
    }
  }
}

void Lexicons::LearnTownNameTail(const std::vector<std::string_view>& words) {
  if (words.size() < 3) return;
  const std::string_view link = words[1];
  const bool joined = link == "am" || link == "im" ||
                      (words.size() == 4 && (link == "an" || link == "in" || link == "ob" || link == "vor") &&
                       words[2] == "der");
  if (joined) town_name_tails_.insert(text::FoldForMatch(words.back()));
}

bool Lexicons::IsTownNameTail(std::string_view folded_word) const {
  // "Furth im Wald", "Bischofsheim im Wald": too small for the gazetteer, common in regional news.
  if (folded_word == "wald" || folded_word == "walde") return true;
  return town_name_tails_.count(folded_word) > 0;
}

const std::string* Lexicons::StateOfCity(std::string_view canonical) const {
  const NamedThing* thing = FindCanonical(canonical);
  if (!thing || thing->canonical != canonical || thing->state.empty()) return nullptr;
  return &thing->state;
}

const NamedThing* Lexicons::FindCanonical(std::string_view canonical) const {
  return FindName(PhraseKey(text::SplitWords(canonical)));
}

const NamedThing* Lexicons::FindName(std::string_view phrase_key) const {
  auto it = names_.find(phrase_key);
  return it == names_.end() ? nullptr : &it->second.thing;
}

bool Lexicons::MayStartLongerName(std::string_view folded_word) const {
  // A key built from several words starts with the first one's stem and a space (PhraseKey);
  // an empty word or one holding a space would not, so those are never ruled out.
  if (folded_word.empty() || folded_word.find(' ') != std::string_view::npos) return true;
  return name_first_words_.count(AdjectiveStemView(folded_word)) > 0;
}

const NamedThing* Lexicons::CapitalOf(std::string_view country) const {
  auto it = capitals_.find(text::FoldForMatch(country));
  return it == capitals_.end() ? nullptr : &it->second;
}

const NamedThing* Lexicons::CountryByName(std::string_view canonical) const {
  auto it = countries_.find(text::FoldForMatch(canonical));
  return it == countries_.end() ? nullptr : &it->second;
}

void Lexicons::LoadPlaces(const fs::path& dir) {
  // Priorities: our own lists > GeoNames German names > CLDR > big cities by default name.
  std::unordered_map<std::string, std::string> country_by_iso;
  for (const auto& line : ReadLines(dir / "lexicons/countries.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    NamedThing thing{EntityType::Place, f[0], true, false, f[0], "country", {}};
    countries_[text::FoldForMatch(f[0])] = thing;
    AddName(f[0], thing, 90);
    if (f.size() > 1) {
      for (const auto& variant : SplitOn(f[1], '|')) {
        if (!variant.empty()) AddName(variant, thing, 90);
      }
    }
    if (f.size() > 2 && !f[2].empty()) country_by_iso[f[2]] = f[0];
  }
  for (const auto& line : ReadLines(dir / "lexicons/places_extra.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    NamedThing thing{EntityType::Place, f[0], false, false, "", f.size() > 1 ? f[1] : "place", {}};
    AddName(f[0], thing, 80);
    if (f.size() > 2) {
      for (const auto& variant : SplitOn(f[2], '|')) {
        if (!variant.empty()) AddName(variant, thing, 80);
      }
    }
  }
  // Our own list names some cities by a German exonym GeoNames lacks ("Peking" for "Beijing");
  // they learn their state (and whether they are a capital) from the GeoNames row whose name our
  // list gives as a variant, the most populous one.
  struct LearnedState {
    long population = -1;
    std::string state;
    bool is_capital = false;
  };
  std::unordered_map<std::string, LearnedState> own_city_states;
  auto learn_state = [&](const std::string& name, const std::string& state, bool is_capital, long population) {
    if (name.empty()) return;
    const NamedThing* own = FindCanonical(name);
    if (!own || own->type != EntityType::Place || own->kind != "city" || !own->state.empty() ||
        own->canonical == name) {
      return;
    }
    LearnedState& learned = own_city_states[own->canonical];
    if (population > learned.population) learned = {population, state, is_capital};
  };
  // "Halle (Saale)" outnumbers the "Halle" GeoNames lists bare, and news writes it bare: the
  // bare name is the larger town's (not a name no town holds bare: "Frankfurt" stays the
  // lexicon's).
  std::unordered_map<std::string, long> bare_city_population;
  std::vector<std::pair<NamedThing, long>> qualified_cities;  // "X (Y)" and its population
  // A city outranks the other names of its kind by its millions of inhabitants (up to nine).
  auto city_priority = [](long population) { return 60 + static_cast<int>(std::min(population / 1000000, 9L)); };
  // GeoNames German names: kind, key, name_de, name_geonames, country, feature_code, population
  bool header = true;
  for (const auto& line : ReadLines(dir / "gazetteers/geonames_de_names.tsv")) {
    if (header) { header = false; continue; }
    auto f = SplitTabs(line);
    if (f.size() < 7 || f[2].empty()) continue;
    const std::string& kind = f[0];
    if (kind == "country") {
      auto iso = country_by_iso.find(f[1]);
      if (iso != country_by_iso.end()) {
        AddName(f[2], countries_[text::FoldForMatch(iso->second)], 85);
      } else {
        NamedThing thing{EntityType::Place, f[2], true, false, f[2], "country", {}};
        countries_.emplace(text::FoldForMatch(f[2]), thing);
        AddName(f[2], thing, 70);
      }
      continue;
    }
    long population = f[6].empty() ? 0 : std::atol(f[6].c_str());
    if (kind == "city" && population < kHomeTownPopulation && f[5] != "PPLC" && f[5] != "PPLA") continue;
    NamedThing thing{EntityType::Place, f[2], false, f[5] == "PPLC", "", kind, {}};
    if (auto iso = country_by_iso.find(f[4]); iso != country_by_iso.end()) {
      if (thing.is_capital) {
        thing.country = iso->second;
        // Our own list may know it under another name ("Kiew" for GeoNames' "Kyiw", by its
        // default name "Kyiv"); the first capital listed for a state stays.
        const NamedThing* own = f[3].empty() ? nullptr : FindName(PhraseKey(text::SplitWords(f[3])));
        capitals_.emplace(text::FoldForMatch(iso->second),
                          own && own->type == EntityType::Place && own->kind == "city" ? *own : thing);
      }
      if (kind == "city") {
        thing.state = iso->second;
        learn_state(f[2], iso->second, thing.is_capital, population);
        learn_state(f[3], iso->second, thing.is_capital, population);
      }
    }
    AddName(f[2], thing, kind == "city" ? city_priority(population) : 50);
    if (kind == "city") {
      if (f[2].ends_with(")") && f[2].find(" (") != std::string::npos) {
        qualified_cities.emplace_back(thing, population);
      } else {
        long& known = bare_city_population[f[2]];
        known = std::max(known, population);
      }
    }
  }
  for (const auto& [thing, population] : qualified_cities) {
    const std::string bare = thing.canonical.substr(0, thing.canonical.find(" ("));
    auto it = bare_city_population.find(bare);
    if (it == bare_city_population.end() || it->second >= population) continue;
    AddName(bare, thing, city_priority(population) + 1);  // over the smaller town's bare entry
  }
  // CLDR German territory names (countries and world regions).
  header = true;
  for (const auto& line : ReadLines(dir / "gazetteers/cldr41_de_territories.tsv")) {
    if (header) { header = false; continue; }
    auto f = SplitTabs(line);
    // "001" is the world ("Welt"), which is no place anyone names as such.
    if (f.size() < 3 || f[2].empty() || !f[1].empty() || f[0] == "001") continue;
    bool is_state = f[0].size() == 2 && std::isalpha(static_cast<unsigned char>(f[0][0]));
    if (is_state) {
      auto iso = country_by_iso.find(f[0]);
      if (iso != country_by_iso.end()) {
        AddName(f[2], countries_[text::FoldForMatch(iso->second)], 40);
        continue;
      }
    }
    AddName(f[2], NamedThing{EntityType::Place, f[2], is_state, false, is_state ? f[2] : "", "region", {}}, 30);
  }
  // Large cities under their default (often English or local) name: "Miami", "Odesa".
  header = true;
  for (const auto& line : ReadLines(dir / "gazetteers/geonames_cities15000.tsv")) {
    if (header) { header = false; continue; }
    auto f = SplitTabs(line);
    if (f.size() < 6) continue;
    long population = std::atol(f[5].c_str());
    bool capital = f[3] == "PPLC";
    // German, Austrian and Swiss towns our German names lack ("Weißenfels"): news names many.
    // (Not a city's quarter, "PPLX": "Kesselheim-Nord".)
    const bool home_town = (f[2] == "DE" || f[2] == "AT" || f[2] == "CH") && population >= kHomeTownPopulation &&
                           f[3] != "PPLX" && LooksLikeTownName(f[1]);
    // A long official name is no key of its own, but its river is a town's ("aus Kesselburg an der
    // Havel" names one town).
    if ((f[2] == "DE" || f[2] == "AT" || f[2] == "CH") && population >= kHomeTownPopulation && !home_town) {
      LearnTownNameTail(text::SplitWords(f[1]));
    }
    if (population < 250000 && !capital && !home_town) continue;
    NamedThing thing{EntityType::Place, f[1], false, capital, "", "city", {}};
    if (auto iso = country_by_iso.find(f[2]); iso != country_by_iso.end()) {
      if (capital) thing.country = iso->second;
      thing.state = iso->second;
      learn_state(f[1], iso->second, capital, population);
    }
    AddName(f[1], thing, 20);
  }
  if (own_city_states.empty()) return;
  for (auto& [key, entry] : names_) {
    NamedThing& thing = entry.thing;
    if (thing.type != EntityType::Place || !thing.state.empty()) continue;
    const auto learned = own_city_states.find(thing.canonical);
    if (learned == own_city_states.end() || thing.kind != "city") continue;
    thing.state = learned->second.state;
    if (learned->second.is_capital && !thing.is_capital) {
      thing.is_capital = true;
      thing.country = learned->second.state;
    }
  }
}

void Lexicons::LoadOrganizations(const fs::path& dir) {
  for (const auto& line : ReadLines(dir / "lexicons/organizations.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    NamedThing thing{EntityType::Organization, f[0], false, false, "", f.size() > 1 ? f[1] : "other", {}};
    AddName(f[0], thing, 95);
    if (f.size() > 2) {
      for (const auto& variant : SplitOn(f[2], '|')) {
        if (!variant.empty()) AddName(variant, thing, 95);
      }
    }
  }
}

void Lexicons::LoadRoles(const fs::path& dir) {
  for (const auto& line : ReadLines(dir / "lexicons/role_nouns.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() < 2 || f[0].empty()) continue;
    RoleNoun noun;
    noun.lemma = f[0];
    noun.feminine = f.size() > 2 ? f[2] : "";
    const std::string& cls = f[1];
    noun.role_class = cls == "weak"  ? RoleClass::Weak
                      : cls == "adj" ? RoleClass::Adjectival
                      : cls == "fem" ? RoleClass::Feminine
                                     : RoleClass::Strong;
    roles_.push_back(noun);
  }
  auto add_form = [&](const std::string& form, std::size_t index, bool feminine, bool plural) {
    std::string key = text::FoldForMatch(form);
    if (role_forms_.count(key)) return;
    longest_role_form_ = std::max(longest_role_form_, key.size());
    role_form_ends_.Add(key);
    role_forms_[key] = index;
    role_form_feminine_[key] = feminine;
    role_form_plural_[key] = plural;
  };
  for (std::size_t i = 0; i < roles_.size(); ++i) {
    const RoleNoun& n = roles_[i];
    const std::string& m = n.lemma;
    switch (n.role_class) {
      case RoleClass::Strong:
        for (const char* e : {"", "s", "es", "n", "en"}) add_form(m + e, i, false, false);
        break;
      case RoleClass::Weak:
        for (const char* e : {"", "en", "n"}) add_form(m + e, i, false, false);
        break;
      case RoleClass::Adjectival: {
        std::string stem = std::string_view(m).ends_with("er") ? m.substr(0, m.size() - 2) : m;
        for (const char* e : {"er", "e", "en", "em", "es"}) add_form(stem + e, i, false, false);
        break;
      }
      case RoleClass::Feminine:
        for (const char* e : {"", "n", "en"}) add_form(m + e, i, true, false);
        break;
    }
    if (!n.feminine.empty() && n.role_class != RoleClass::Feminine) {
      add_form(n.feminine, i, true, false);
      if (std::string_view(n.feminine).ends_with("in")) add_form(n.feminine + "nen", i, true, true);
    }
  }
  for (const auto& line : ReadLines(dir / "lexicons/role_modifiers.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() >= 2 && !f[0].empty()) role_modifiers_[text::FoldForMatch(f[0])] = f[1];
  }
}

void Lexicons::LoadCues(const fs::path& dir) {
  // Adjectives of states, and of regions (Länder, cantons, provinces) in the same format.
  for (const char* file : {"lexicons/nationality_adjectives.tsv", "lexicons/regional_adjectives.tsv"}) {
    for (const auto& line : ReadLines(dir / file)) {
      auto f = SplitTabs(line);
      if (f.size() >= 2 && !f[0].empty()) nationality_.emplace(text::FoldForMatch(f[0]), f[1]);
    }
  }
  for (const auto& [stem, place] : nationality_) {
    for (std::string_view ending : {"en", "em", "er", "es", "e", ""}) adjective_ends_.Add(stem + std::string(ending));
  }
  for (const auto& line : ReadLines(dir / "lexicons/meeting_triggers.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() < 3 || f[0].empty()) continue;
    std::string key = text::FoldForMatch(f[0]);
    longest_trigger_ = std::max(longest_trigger_, key.size());
    trigger_ends_.Add(key);
    triggers_[std::move(key)] = {f[1], f[2]};
  }
  for (const auto& line : ReadLines(dir / "lexicons/status_cues.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() >= 2 && !f[0].empty()) status_cues_[text::FoldForMatch(f[0])] = f[1];
  }
  for (const auto& line : ReadLines(dir / "lexicons/place_nouns.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    const std::string key = text::FoldForMatch(f[0]);
    longest_place_noun_ = std::max(longest_place_noun_, key.size());
    place_noun_ends_.Add(key);
    place_nouns_.insert(key);
  }
  for (const auto& line : ReadLines(dir / "lexicons/venue_nouns.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() < 2 || f[0].empty()) continue;
    const EntityType type = f[1] == "Place" ? EntityType::Place : EntityType::Organization;
    const std::string key = text::FoldForMatch(f[0]);
    if (key[0] == '*') {
      venue_endings_.emplace_back(key.substr(1), type);
    } else {
      venue_nouns_.emplace(key, type);
    }
  }
  for (const auto& line : ReadLines(dir / "lexicons/org_nouns.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    const std::string key = text::FoldForMatch(f[0]);
    longest_org_noun_ = std::max(longest_org_noun_, key.size());
    org_noun_ends_.Add(key);
    org_nouns_.insert(key);
  }
  for (const auto& line : ReadLines(dir / "lexicons/company_words.tsv")) {
    auto f = SplitTabs(line);
    if (f.empty() || f[0].empty()) continue;
    if (f[0][0] == '*') {
      company_word_ends_.push_back(f[0].substr(1));
    } else if (f[0][0] >= 'A' && f[0][0] <= 'Z') {
      company_words_[f[0][0] - 'A'].push_back(f[0]);
    }
  }
  // First names (MIT list): all languages; the recognizer asks for a following surname.
  bool header = true;
  struct Votes { char german = 0, other = 0; bool disputed = false; };
  std::unordered_map<std::string, Votes> votes;
  for (const auto& line : ReadLines(dir / "names/gender-detection-from-name_firstnames.tsv")) {
    if (header) { header = false; continue; }
    auto f = SplitTabs(line);
    if (f.size() < 2 || f[1].size() < 3) continue;
    std::string key = text::FoldForMatch(f[1]);
    first_names_.insert(key);
    if (f.size() < 3 || (f[2] != "female" && f[2] != "male")) continue;
    const char gender = f[2] == "female" ? 'f' : 'm';
    Votes& v = votes[key];
    if (f[0] == "de") {
      v.german = v.german == 0 || v.german == gender ? gender : '?';
    } else if (v.other != 0 && v.other != gender) {
      v.disputed = true;
    } else {
      v.other = gender;
    }
  }
  // The project's own additions: names of German news the list lacks ("Wolodymyr", "Rasmus").
  for (const auto& line : ReadLines(dir / "lexicons/first_names_extra.tsv")) {
    auto f = SplitTabs(line);
    if (f.size() < 2 || f[0].empty() || f[0][0] == '#') continue;
    const std::string key = text::FoldForMatch(f[0]);
    first_names_.insert(key);
    votes[key].german = f[1] == "female" ? 'f' : 'm';
  }
  for (auto& [key, v] : votes) {
    const char gender = v.german != 0 ? v.german : (v.disputed ? '?' : v.other);
    if (gender == 'f' || gender == 'm') first_name_gender_.emplace(key, gender);
  }
}

Lexicons Lexicons::Load(const fs::path& data_dir) {
  if (!fs::is_directory(data_dir)) {
    throw InputError(data_dir.string(), "data folder not found (set --data or NEWSKG_DATA)");
  }
  Lexicons lex;
  lex.LoadPlaces(data_dir);
  lex.LoadOrganizations(data_dir);
  lex.LoadRoles(data_dir);
  lex.LoadCues(data_dir);
  lex.DropPlacesNamedLikeADemonym();
  return lex;
}

void Lexicons::DropPlacesNamedLikeADemonym() {
  for (auto it = names_.begin(); it != names_.end();) {
    const NamedThing& thing = it->second.thing;
    const bool one_word_place =
        thing.type == EntityType::Place && !thing.is_country && thing.canonical.find(' ') == std::string::npos;
    const std::string* people = one_word_place ? CountryOfDemonym(thing.canonical) : nullptr;
    // (Not a state named like its people's adjective: "Belize", "Suriname".)
    if (people && *people != thing.canonical && CountryByName(*people)) {
      it = names_.erase(it);
    } else {
      ++it;
    }
  }
}

bool Lexicons::IsFirstName(std::string_view word) const {
  const std::string folded = text::FoldForMatch(word);
  if (first_names_.count(folded) > 0) return true;
  if (HasForeignAccent(folded) && first_names_.count(text::WithoutAccents(folded)) > 0) return true;
  // "Joerg", "Baerbel": an umlaut written as two letters, as in names of passports and e-mails.
  bool two_letter_umlaut = false;
  for (std::size_t i = 1; i < folded.size() && !two_letter_umlaut; ++i) {
    two_letter_umlaut = folded[i] == 'e' && (folded[i - 1] == 'a' || folded[i - 1] == 'o' || folded[i - 1] == 'u');
  }
  if (two_letter_umlaut) {
    std::string umlauts = folded;
    for (auto [plain, umlaut] : {std::pair{"ae", "ä"}, std::pair{"oe", "ö"}, std::pair{"ue", "ü"}}) {
      for (std::size_t at = umlauts.find(plain); at != std::string::npos; at = umlauts.find(plain, at + 2)) {
        umlauts.replace(at, 2, umlaut);
      }
    }
    if (umlauts != folded && first_names_.count(umlauts) > 0) return true;
  }
  // "Hans-Jürgen", "Marie-Agnes": every part a given name.
  if (folded.find('-') == std::string::npos) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = folded.find('-', start);
    const std::string part = folded.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (part.empty() || first_names_.count(part) == 0) return false;
    if (dash == std::string::npos) return true;
    start = dash + 1;
  }
}

char Lexicons::GenderOfFirstName(std::string_view word) const {
  const std::string folded = text::FoldForMatch(word);
  auto it = first_name_gender_.find(folded);
  if (it == first_name_gender_.end() && HasForeignAccent(folded)) {
    it = first_name_gender_.find(text::WithoutAccents(folded));
  }
  // "Frank-Walter", "Anna-Lena": a double first name has the gender of its first part.
  if (it == first_name_gender_.end()) {
    const std::size_t dash = folded.find('-');
    if (dash != std::string::npos && dash > 1) it = first_name_gender_.find(std::string_view(folded).substr(0, dash));
  }
  return it == first_name_gender_.end() ? 0 : it->second;
}

const std::string* Lexicons::CountryOfAdjective(std::string_view word) const {
  // Asked of almost every word: most end in no adjective's letters, seen before folding.
  if (!adjective_ends_.MayEndFolded(word)) return nullptr;
  std::string folded = text::FoldForMatch(word);
  if (auto dash = folded.rfind('-'); dash != std::string::npos && folded.substr(0, dash) == "us") {
    folded = folded.substr(dash + 1);  // "US-amerikanischen"
  }
  for (std::string_view ending : {"en", "em", "er", "es", "e", ""}) {
    if (folded.size() <= ending.size() + 3 || !std::string_view(folded).ends_with(ending)) continue;
    auto it = nationality_.find(std::string_view(folded).substr(0, folded.size() - ending.size()));
    if (it != nationality_.end()) return &it->second;
  }
  return nullptr;
}

const std::string* Lexicons::CountryOfDemonym(std::string_view word) const {
  std::string folded = text::FoldForMatch(word);
  const bool woman = folded.ends_with("in");
  if (woman) folded.resize(folded.size() - 2);  // "Italienerin"; "Chinesin", "Britin" drop an "e"
  for (std::string_view ending : {"ier", "er", "e", ""}) {
    if (ending.empty() && !woman) break;
    if (folded.size() <= ending.size() + 2 || !std::string_view(folded).ends_with(ending)) continue;
    auto it = nationality_.find(folded.substr(0, folded.size() - ending.size()) + "isch");
    if (it != nationality_.end()) return &it->second;
  }
  return nullptr;
}

std::optional<RoleMatch> Lexicons::MatchRole(std::string_view token) const {
  std::string folded = text::FoldForMatch(token);
  if (!role_form_ends_.MayEnd(folded)) return std::nullopt;  // the tails all end the token
  // Try the longest known role noun that ends the token: "kremlsprechers" -> "sprechers".
  // Tails longer than the longest form are skipped unseen.
  const std::size_t first_start =
      folded.size() > longest_role_form_ ? folded.size() - longest_role_form_ : 0;
  for (std::size_t start = first_start; start < folded.size(); ++start) {
    if (start > 0 && (static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) continue;
    auto it = role_forms_.find(std::string_view(folded).substr(start));
    if (it == role_forms_.end()) continue;
    std::size_t prefix_len = start;  // bytes; folding keeps byte lengths except ß -> ss
    std::string written(token);
    // Map the folded offset back onto the written token (ß counts two bytes in both).
    std::string prefix = written.substr(0, std::min(prefix_len, written.size()));
    if (!prefix.empty() && prefix.back() == '-') prefix.pop_back();
    if (start > 0 && prefix.empty()) continue;
    // A compound's tail must be a real noun piece: "Spre-cher" style splits inside a short
    // word ("Leiter" in "Bergleiter") are fine, but the prefix must be at least 2 letters.
    if (start > 0 && text::CodePointCount(prefix) < 2) continue;
    const RoleNoun& noun = roles_[it->second];
    // "Küfermeister", "Uhrmachermeisterin": a master of the craft an agent noun names. Not
    // "Meister" alone (a champion, "Deutscher Meister") nor "Hofmeister" (a family name).
    if (noun.lemma == "Meister" && (start < 5 || !folded.substr(0, start).ends_with("er"))) return std::nullopt;
    // "Saint-Maire", "Sainte-Prince": a saint's name is a place's, whatever noun it ends in.
    if (folded.starts_with("saint-") || folded.starts_with("sainte-")) return std::nullopt;
    RoleMatch match;
    match.noun = &noun;
    match.prefix = prefix;
    match.feminine = role_form_feminine_.at(it->first);
    match.plural = role_form_plural_.at(it->first);
    std::string head = match.feminine && !noun.feminine.empty() ? noun.feminine : noun.lemma;
    if (noun.role_class == RoleClass::Feminine) head = noun.lemma;
    if (prefix.empty()) {
      match.nominative = head;
    } else {
      bool hyphen = written.size() > prefix.size() && written[prefix.size()] == '-';
      match.nominative = prefix + (hyphen ? "-" + head : text::ToLower(head));
    }
    return match;
  }
  return std::nullopt;
}

bool Lexicons::IsRoleModifier(std::string_view word) const {
  std::string stem = AdjectiveStem(text::FoldForMatch(word));
  auto it = role_modifiers_.find(stem);
  return it != role_modifiers_.end() && it->second == "part";
}

bool Lexicons::IsRoleQualifier(std::string_view word) const {
  std::string stem = AdjectiveStem(text::FoldForMatch(word));
  auto it = role_modifiers_.find(stem);
  return it != role_modifiers_.end() && it->second == "qualifier";
}

const MeetingTrigger* Lexicons::FindTrigger(std::string_view token) const {
  std::string folded = text::FoldForMatch(token);
  auto it = triggers_.find(folded);
  // "none" shadows a compound that is no meeting: "Pressekonferenz" (of "Konferenz").
  if (it != triggers_.end()) return it->second.pos == "none" ? nullptr : &it->second;
  if (!trigger_ends_.MayEnd(folded)) return nullptr;
  // Noun compounds: "Gipfeltreffen", "Telefongespräch", "Friedensverhandlungen".
  const std::size_t first_start = std::max<std::size_t>(
      3, folded.size() > longest_trigger_ ? folded.size() - longest_trigger_ : 0);
  for (std::size_t start = first_start; start + 4 <= folded.size(); ++start) {
    if ((static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) continue;
    auto tail = triggers_.find(std::string_view(folded).substr(start));
    if (tail == triggers_.end()) continue;
    if (tail->second.pos == "none") return nullptr;  // "Abschlusspressekonferenz"
    if (tail->second.pos == "noun") return &tail->second;
    // "Arbeitstreffen": a capitalized compound of "treffen" is its noun, as "Treffen" is.
    if (tail->first == "treffen" && text::StartsUpper(token)) return &tail->second;
  }
  return nullptr;
}

const std::string* Lexicons::StatusCue(std::string_view word) const {
  // "am Morgen" is the morning, not "morgen" (tomorrow).
  if (word == "Morgen") return nullptr;
  std::string folded = text::FoldForMatch(word);
  auto it = status_cues_.find(folded);
  if (it != status_cues_.end()) return &it->second;
  // Inflected adjectives: "mögliches", "geplanten" — but not past tense verbs ("dauerte"), and
  // not capitalised words, which are nouns or names ("Wille" is no form of "will").
  if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) return nullptr;
  std::string stem = AdjectiveStem(folded);
  if (stem != folded && !std::string_view(folded).ends_with("te") && !std::string_view(folded).ends_with("ten")) {
    it = status_cues_.find(stem);
    if (it != status_cues_.end()) return &it->second;
  }
  return nullptr;
}

namespace {
// Whether the folded token, or a tail of it (after an optional hyphen), is in `set`, possibly
// with an inflection ending; `longest` is the set's longest key in bytes, `ends` its EndFilter.
template <typename Set, typename Ends>
bool TailIn(const Set& set, std::size_t longest, const Ends& ends, std::string_view folded) {
  // `word`, or `word` less one of these inflection endings, passes `test`.
  auto with_or_without_ending = [](std::string_view word, const auto& test) {
    if (test(word)) return true;
    for (std::string_view ending : {"s", "es", "n", "en"}) {
      if (word.ends_with(ending) && test(word.substr(0, word.size() - ending.size()))) return true;
    }
    return false;
  };
  // A key found ends the token, or the token less the inflection ending the tail had.
  if (!with_or_without_ending(folded, [&](std::string_view w) { return ends.MayEnd(w); })) {
    return false;
  }
  auto known = [&](std::string_view word) {
    return with_or_without_ending(word, [&](std::string_view w) { return set.count(w) > 0; });
  };
  if (known(folded)) return true;
  // A tail can match only if it is at most a hyphen and a two-byte ending longer than a key.
  const std::size_t longest_tail = longest + 3;
  const std::size_t first_start =
      std::max<std::size_t>(2, folded.size() > longest_tail ? folded.size() - longest_tail : 0);
  for (std::size_t start = first_start; start + 3 <= folded.size(); ++start) {
    if ((static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) continue;
    std::string_view tail = folded.substr(start);
    if (tail.front() == '-') tail.remove_prefix(1);
    if (!tail.empty() && known(tail)) return true;
  }
  return false;
}
}  // namespace

bool Lexicons::IsPlaceNoun(std::string_view token) const { return IsFoldedPlaceNoun(text::FoldForMatch(token)); }
bool Lexicons::IsFoldedPlaceNoun(std::string_view folded) const {
  return TailIn(place_nouns_, longest_place_noun_, place_noun_ends_, folded);
}
bool Lexicons::IsListedPlaceNoun(std::string_view folded) const { return place_nouns_.count(folded) > 0; }
bool Lexicons::IsListedOrgNoun(std::string_view folded) const { return org_nouns_.count(folded) > 0; }
const EntityType* Lexicons::VenueType(std::string_view folded) const {
  if (auto it = venue_nouns_.find(folded); it != venue_nouns_.end()) return &it->second;
  for (const auto& [ending, type] : venue_endings_) {
    // A compound, not the bare noun: "Innenministerium", not "das Ministerium". A hyphenated
    // building is one with a name of its own ("Élysée-Palast"), no venue of the article.
    if (folded.size() <= ending.size() + 2 || !folded.ends_with(ending) || folded.find(' ') != std::string_view::npos) {
      continue;
    }
    if (type == EntityType::Place && folded.find('-') != std::string_view::npos) continue;
    return &type;
  }
  return nullptr;
}

bool Lexicons::IsOrgNoun(std::string_view token) const { return IsFoldedOrgNoun(text::FoldForMatch(token)); }

bool Lexicons::IsCompanyWord(std::string_view word) const {
  if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') return false;  // most words: one byte test
  for (const std::string& known : company_words_[word[0] - 'A']) {
    if (known.size() == word.size() && known == word) return true;
  }
  for (const std::string& end : company_word_ends_) {
    if (word.size() > end.size() + 2 && word.ends_with(end)) return true;
  }
  return false;
}
bool Lexicons::IsFoldedOrgNoun(std::string_view folded) const {
  return TailIn(org_nouns_, longest_org_noun_, org_noun_ends_, folded);
}

}  // namespace newskg::recognition
