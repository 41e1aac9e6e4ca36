#include "recognition/ner/features.h"

#include <string_view>

#include "recognition/ner/hashing.h"
#include "recognition/ner/word_form.h"

namespace newskg::recognition::ner {
namespace {

enum Template : std::uint64_t {
  kBias = 1, kWord, kLower, kPrefix, kSuffix = kPrefix + 8, kShape = kSuffix + 8, kShortShape,
  kCapPosition, kAllUpper, kDigit, kHyphen, kLength, kHyphenFirst, kHyphenLast,
  kHyphenFirstClass, kHyphenLastClass, kLexicon, kDerivHint, kDemonym, kCompoundPlace,
  kNeighbourLower, kNeighbourShape = kNeighbourLower + 8, kNeighbourSuffix = kNeighbourShape + 8,
  kNeighbourLexicon = kNeighbourSuffix + 8, kBigramLeft = kNeighbourLexicon + 8, kBigramRight,
  kShapeTrigram, kNeighbourCaps, kLastToken, kWordLeft, kWordRight,
  kCoarseCluster = kWordRight + 8, kFineCluster = kCoarseCluster + 8, kClusterCap,
  kKnownWord, kKnownWordByPosition, kKnownWordLeft, kKnownWordRight, kWordLeftKnown, kWordRightKnown,
  kStemFlags, kStemFlagsKnown
};

struct TokenForms {
  std::string_view lower;  // into the sentence's lowers
  std::uint64_t word = 0;
  std::uint64_t lower_hash = 0;
  std::uint64_t short_shape = 0;
  std::uint64_t suffix3 = 0;
  std::uint8_t lexicon = 0;
  std::uint8_t known = 0;  // WordListClass bits
  bool cap = false;
  WordClusterIds clusters;
};

constexpr std::uint64_t kBoundary = 0x9d2c5680u;  // stands for the word before/after the sentence

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

class Emitter {
 public:
  explicit Emitter(std::vector<std::uint32_t>& keys) : keys_(keys) {}
  void operator()(std::uint64_t feature, std::uint64_t value) {
    keys_.push_back(KeyOf(Combine(feature, value)));
  }

 private:
  std::vector<std::uint32_t>& keys_;
};

}  // namespace

void ExtractFeatures(const std::vector<std::string>& tokens, const Lexicon& lexicon,
                     SentenceFeatures& out) {
  const std::size_t n = tokens.size();
  out.keys.clear();
  out.offsets.clear();
  out.offsets.push_back(0);
  if (n == 0) return;

  std::vector<TokenForms> forms(n);
  std::vector<std::string> lowers(n);
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < n; ++i) {
    TokenForms& f = forms[i];
    lowers[i] = Lower(tokens[i]);
    f.lower = lowers[i];
    f.word = HashBytes(tokens[i]);
    f.lower_hash = HashBytes(f.lower);
    f.short_shape = HashBytes(Shape(tokens[i], false));
    f.cap = StartsUpper(tokens[i]);
    f.clusters = lexicon.Clusters(tokens[i]);
    f.known = lexicon.KnownWord(tokens[i], f.lower);
    CodePointStarts(f.lower, starts);
    std::size_t chars = starts.size() - 1;
    f.suffix3 = HashBytes(std::string_view(f.lower).substr(starts[chars >= 3 ? chars - 3 : 0]));
  }
  std::vector<std::uint8_t> classes, begins;
  std::vector<std::uint64_t> prefix_hashes;
  lexicon.Match(lowers, classes, begins);
  for (std::size_t i = 0; i < n; ++i) forms[i].lexicon = classes[i];

  Emitter emit(out.keys);
  auto lower_at = [&](std::ptrdiff_t j) {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kBoundary : forms[static_cast<std::size_t>(j)].lower_hash;
  };
  auto shape_at = [&](std::ptrdiff_t j) {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kBoundary : forms[static_cast<std::size_t>(j)].short_shape;
  };
  auto suffix_at = [&](std::ptrdiff_t j) {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kBoundary : forms[static_cast<std::size_t>(j)].suffix3;
  };
  auto lexicon_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? 0x100 : forms[static_cast<std::size_t>(j)].lexicon;
  };
  auto clusters_at = [&](std::ptrdiff_t j) -> WordClusterIds {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? WordClusterIds{0xffff, 0xffff} : forms[static_cast<std::size_t>(j)].clusters;
  };
  auto known_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? 0x100 : forms[static_cast<std::size_t>(j)].known;
  };
  auto cap_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? 2 : forms[static_cast<std::size_t>(j)].cap;
  };

  for (std::size_t i = 0; i < n; ++i) {
    const std::string& token = tokens[i];
    const TokenForms& f = forms[i];
    const std::string_view lower = f.lower;
    const auto at = static_cast<std::ptrdiff_t>(i);
    CodePointStarts(lower, starts);
    const std::size_t chars = starts.size() - 1;

    emit(kBias, 0);
    emit(kWord, f.word);
    emit(kLower, f.lower_hash);
    std::uint64_t prefix_hash = kFnvOffset;  // FNV-1a streams: each prefix extends the last
    for (std::size_t len = 1; len <= 4 && len < chars; ++len) {
      prefix_hash =
          HashContinue(prefix_hash, lower.substr(starts[len - 1], starts[len] - starts[len - 1]));
      emit(kPrefix + len, prefix_hash);
    }
    for (std::size_t len = 1; len <= 5 && len < chars; ++len) {
      emit(kSuffix + len, HashBytes(lower.substr(starts[chars - len])));
    }
    emit(kShape, HashBytes(Shape(token, true)));
    emit(kShortShape, f.short_shape);
    emit(kCapPosition, (i == 0 ? 2u : 0u) + f.cap);
    if (IsAllUpper(token)) emit(kAllUpper, 1);
    if (HasDigit(token)) emit(kDigit, 1);
    emit(kLength, chars < 12 ? chars : 12);
    // A capitalised word the German word list lacks is a name far more often than one it has.
    const std::uint64_t position = f.cap * 2u + (i == 0);
    emit(kKnownWord, f.known);
    emit(kKnownWordByPosition, f.known * 4u + position);
    emit(kKnownWordLeft, known_at(at - 1) * 16 + f.known);
    emit(kKnownWordRight, known_at(at + 1) * 16 + f.known);
    emit(kWordLeftKnown, Combine(lower_at(at - 1), f.known * 4u + position));
    emit(kWordRightKnown, Combine(lower_at(at + 1), f.known * 4u + position));
    // Hunspell's flags tell a name's stem ("Moskau/Sm") from a noun's ("Haus/Tpmij").
    const std::uint32_t stem_flags = lexicon.StemFlags(token);
    emit(kStemFlags, Combine(stem_flags, position));
    emit(kStemFlagsKnown, Combine(stem_flags, f.known));

    const std::size_t first_hyphen = lower.find('-');
    const std::size_t last_hyphen = lower.rfind('-');
    if (first_hyphen != std::string_view::npos && first_hyphen > 0 && last_hyphen + 1 < lower.size()) {
      std::string_view head = lower.substr(0, first_hyphen);
      std::string_view tail = lower.substr(last_hyphen + 1);
      emit(kHyphen, f.cap);
      emit(kHyphenFirst, HashBytes(head));
      emit(kHyphenLast, HashBytes(tail));
      emit(kHyphenFirstClass, lexicon.Word(head));
      emit(kHyphenLastClass, lexicon.Word(tail));
    }

    if (f.lexicon != 0) {
      for (std::uint64_t bit = 1; bit <= 0x80; bit <<= 1) {
        if ((f.lexicon & bit) != 0) emit(kLexicon, bit * 4 + begins[i] * 2u + f.cap);
      }
    }

    // "russische", "französischen": a place's first letters with an adjective ending.
    if (chars > 5 && (EndsWith(lower, "isch") || EndsWith(lower, "ische") ||
                      EndsWith(lower, "ischen") || EndsWith(lower, "ischer") ||
                      EndsWith(lower, "isches") || EndsWith(lower, "ischem"))) {
      emit(kDerivHint, 1 + lexicon.PlacePrefix(lower.substr(0, starts[4])));
    }
    // "Berliner", "Hamburgern": a place name plus -er/-ern.
    if (f.cap && chars > 4) {
      std::size_t cut = EndsWith(lower, "ern") ? 3 : EndsWith(lower, "er") ? 2 : 0;
      if (cut != 0) emit(kDemonym, lexicon.Word(lower.substr(0, lower.size() - cut)));
    }
    // "Deutschlandreise": a compound starting with a place name.
    if (f.cap && chars > 6 && first_hyphen == std::string_view::npos) {
      prefix_hashes.assign(1, kFnvOffset);  // prefix_hashes[len]: hash of the first len chars
      for (std::size_t len = 1; len <= chars - 3; ++len) {
        prefix_hashes.push_back(HashContinue(prefix_hashes.back(),
                                             lower.substr(starts[len - 1], starts[len] - starts[len - 1])));
      }
      for (std::size_t len = chars - 3; len >= 4; --len) {
        std::uint8_t cls = lexicon.WordOfHash(prefix_hashes[len]) & (kCountry | kCity | kRegion);
        if (cls != 0) {
          emit(kCompoundPlace, cls);
          break;
        }
      }
    }

    for (std::ptrdiff_t d : {-2, -1, 1, 2}) emit(kNeighbourLower + static_cast<std::uint64_t>(d + 3), lower_at(at + d));
    for (std::ptrdiff_t d : {-1, 1}) {
      emit(kNeighbourShape + static_cast<std::uint64_t>(d + 3), shape_at(at + d));
      emit(kNeighbourSuffix + static_cast<std::uint64_t>(d + 3), suffix_at(at + d));
      emit(kNeighbourLexicon + static_cast<std::uint64_t>(d + 3), lexicon_at(at + d));
    }
    emit(kBigramLeft, Combine(lower_at(at - 1), f.lower_hash));
    emit(kBigramRight, Combine(f.lower_hash, lower_at(at + 1)));
    emit(kWordLeft, Combine(cap_at(at - 1), f.word));
    emit(kWordRight, Combine(f.lower_hash, cap_at(at + 1)));
    emit(kNeighbourLexicon + 7, Combine(lexicon_at(at - 1), f.cap * 2 + (i == 0)));
    emit(kShapeTrigram, Combine(Combine(shape_at(at - 1), f.short_shape), shape_at(at + 1)));
    emit(kNeighbourCaps, cap_at(at - 1) * 9 + cap_at(at + 1) * 3 + f.cap);
    if (i + 1 == n) emit(kLastToken, 1);
    for (std::ptrdiff_t d : {-1, 0, 1}) {
      const WordClusterIds c = clusters_at(at + d);
      emit(kCoarseCluster + static_cast<std::uint64_t>(d + 3), c.coarse);
      emit(kFineCluster + static_cast<std::uint64_t>(d + 3), c.fine);
    }
    emit(kClusterCap, Combine(f.clusters.fine, f.cap * 2 + (i == 0)));
    // Linear weights cannot combine these on their own: a lexicon word next to capitalised words.
    emit(kNeighbourLexicon + 6, Combine(Combine(f.lexicon, f.cap), cap_at(at + 1) * 3 + cap_at(at - 1)));
    emit(kNeighbourLexicon + 5, Combine(lexicon_at(at - 1) * 4 + cap_at(at - 1), f.cap * 2 + (i == 0)));
    emit(kNeighbourLexicon + 4, Combine(lexicon_at(at + 1) * 4 + cap_at(at + 1), f.cap * 2 + (i == 0)));

    out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
  }
}

}  // namespace newskg::recognition::ner
