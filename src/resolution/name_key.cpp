#include "resolution/name_key.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "text/utf8.h"

namespace newskg::resolution {
namespace {

// Latin letters with diacritics that Unicode does not decompose, spelled as ICU's Latin-ASCII
// does.
std::string_view UndecomposedLatin(char32_t c) {
  switch (c) {
    case U'ł': return "l";
    case U'ø': return "o";
    case U'đ': return "d";
    case U'ð': return "d";
    case U'ħ': return "h";
    case U'ı': return "i";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'þ': return "th";
    default: return {};
  }
}

// A Latin letter with accents as its base letter ("é" -> "e", "ğ" -> "g"), or empty when the
// code point is not one: canonical decomposition (NFD, a thread-safe ICU singleton) and the
// first code point if it is ASCII.
std::string_view LatinBase(char32_t c, std::string& storage) {
  if (std::string_view known = UndecomposedLatin(c); !known.empty()) return known;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString decomposed;
  if (!nfd->getDecomposition(static_cast<UChar32>(c), decomposed) || decomposed.isEmpty()) {
    return {};
  }
  const UChar32 base = decomposed.char32At(0);
  if (base >= 0x80) return {};
  storage.assign(1, static_cast<char>(base));
  return storage;
}

std::string ToAscii(std::string_view word) {
  // "ß" and umlauts first, the German way, so "Weißrussland" keys like "Weissrussland".
  std::string folded = text::FoldForMatch(word);
  std::string out;
  std::string storage;
  for (std::size_t i = 0; i < folded.size();) {
    auto cp = text::DecodeAt(folded, i);
    const std::string_view bytes = std::string_view(folded).substr(i, cp.length);
    i += cp.length;
    if (cp.value < 0x80) {
      out += static_cast<char>(cp.value);
      continue;
    }
    switch (cp.value) {
      case U'ä': out += "a"; continue;
      case U'ö': out += "o"; continue;
      case U'ü': out += "u"; continue;
      default: break;
    }
    if (std::string_view base = LatinBase(cp.value, storage); !base.empty()) {
      out += base;
      continue;
    }
    // Other scripts (Cyrillic, Greek, ...): ICU's transliterator, which is costly to build
    // and not shareable between threads, so one per word that needs it.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> latin(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU transliterator unavailable");
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(folded.data() + (bytes.data() - folded.data()),
                         static_cast<int32_t>(folded.size() - (bytes.data() - folded.data()))));
    latin->transliterate(u);
    std::string ascii;
    u.toUTF8String(ascii);
    out += ascii;
    break;
  }
  return out;
}

// Replaces every `from`, left to right, in one pass (replacing in place moved the rest of the
// string each time: quadratic in a long word).
void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  if (s.find(from) == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    if (s.compare(pos, from.size(), from) == 0) {
      out += to;
      pos += from.size();
    } else {
      out += s[pos++];
    }
  }
  s = std::move(out);
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string SpellingKey(std::string_view word) { return ToAscii(word); }

std::string NameKey(std::string_view word) {
  std::string s;
  for (char c : ToAscii(word)) {
    if (std::isalnum(static_cast<unsigned char>(c))) s += c;
  }
  // English "y" before a vowel is German "j": "Netanyahu"/"Netanjahu", "Yuri"/"Juri".
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == 'y' && IsVowel(s[i + 1])) s[i] = 'j';
  }
  // German "Dsch" is English "J" or "Dzh": "Dschamil"/"Jamil"/"Dzhamil", "Nodschira"/"Nojira";
  // dropped as every "j" is below (at the start or after a vowel: "Landshut" keeps its "d",
  // "Grundschule" its "sch"). Russian "Zh" stays German "Sch": "Schukow"/"Zhukov". One pass,
  // copying: an erase per match would move the rest of a long word each time.
  if (s.find("dsch") != std::string::npos || s.find("dzh") != std::string::npos) {
    std::string folded;
    folded.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t dsch = s.compare(i, 4, "dsch") == 0 ? 4 : s.compare(i, 3, "dzh") == 0 ? 3 : 0;
      if (dsch != 0 && i + dsch < s.size() && (i == 0 || IsVowel(s[i - 1]))) {
        i += dsch;
        continue;
      }
      folded += s[i++];
    }
    s = std::move(folded);
  }
  // French "ou" is German "u": "Youssef"/"Jussuf", "Mansouri"/"Mansuri".
  for (auto [from, to] : {std::pair{"ou", "u"}, {"tsch", "ch"}, {"sch", "sh"}, {"zh", "sh"}, {"kh", "h"},
                          {"ch", "h"}, {"ck", "k"}, {"ph", "f"}, {"w", "v"}, {"z", "s"},
                          {"c", "k"}, {"x", "ks"}, {"q", "k"}}) {
    ReplaceAll(s, from, to);
  }
  for (std::string_view ending : {"yy", "yj", "ij", "iy", "yi", "ii"}) {
    if (s.size() > ending.size() + 2 && s.ends_with(ending)) {
      s.resize(s.size() - ending.size());  // (not replace(): a false -Wrestrict in g++ 12)
      s += 'i';
      break;
    }
  }
  if (s.size() > 3 && s.back() == 'j' && IsVowel(s[s.size() - 2])) s.back() = 'i';
  std::string out;
  for (char c : s) {
    if (c == 'y') c = 'i';
    if (c == 'j') continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

namespace {

// Short forms that German speakers use for a given name and that are rarely given names of their
// own ("Fritz" for Friedrich, "Sepp" for Josef); keyed as the full name, so that "Fritz Roth" in
// one article and "Friedrich Roth" in another meet. ("Hans", "Klaus", "Bernd" are names in their
// own right and stay apart.)
std::string_view FullGivenName(std::string_view key) {
  static const std::map<std::string, std::string, std::less<>> kFull = [] {
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"Fritz", "Friedrich"},  {"Sepp", "Josef"},       {"Jupp", "Josef"},       {"Pepi", "Josef"},
        {"Hannes", "Johannes"},  {"Toni", "Anton"},       {"Uli", "Ulrich"},       {"Willi", "Wilhelm"},
        {"Rudi", "Rudolf"},      {"Manni", "Manfred"},    {"Wolfi", "Wolfgang"},   {"Basti", "Sebastian"},
        {"Wastl", "Sebastian"},  {"Steffi", "Stefanie"},  {"Gabi", "Gabriele"},    {"Moni", "Monika"},
        {"Resi", "Theresia"},    {"Kathi", "Katharina"},  {"Franzi", "Franziska"}, {"Vroni", "Veronika"},
        {"Andi", "Andreas"},     {"Tobi", "Tobias"},      {"Hias", "Matthias"},    {"Schorsch", "Georg"},
        {"Heini", "Heinrich"},   {"Gustl", "Gustav"},     {"Kalle", "Karl"},
        {"Jochen", "Joachim"}};
    std::map<std::string, std::string, std::less<>> full;
    for (const auto& [short_form, given] : kShort) full.emplace(NameKey(short_form), NameKey(given));
    return full;
  }();
  auto it = kFull.find(key);
  return it == kFull.end() ? key : std::string_view(it->second);
}

}  // namespace

std::string FirstNameKey(std::string_view word) {
  const std::string key(FullGivenName(NameKey(word)));
  if (key.size() < 2) return key;
  // The first letter, the consonants after it, and a final vowel: "Aleksandr"/"Alexander" and
  // "Sergej"/"Sergei" meet, while "Peter"/"Petra", "Maria"/"Mario" and "Anna"/"Nina" do not.
  std::string out(1, key.front());
  for (std::size_t i = 1; i < key.size(); ++i) {
    const char c = key[i];
    if (!IsVowel(c) && out.back() != c) out += c;
  }
  if (IsVowel(key.back())) out += key.back();
  return out;
}

std::string PhraseNameKey(std::string_view phrase) {
  std::string key;
  std::size_t i = 0;
  while (i < phrase.size()) {
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '-') ++j;
    if (j > i) {
      std::string part = NameKey(phrase.substr(i, j - i));
      if (!part.empty()) {
        if (!key.empty()) key += '-';
        key += part;
      }
    }
    i = j + 1;
  }
  return key;
}

}  // namespace newskg::resolution
