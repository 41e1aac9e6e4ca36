#include "rdf/slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace newskg::rdf {

struct Slugger::Impl {
  std::unique_ptr<icu::Transliterator> to_ascii;
};

Slugger::Slugger() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  // German spellings first: Latin-ASCII alone would turn "ä" into "a".
  impl_->to_ascii.reset(icu::Transliterator::createFromRules(
      icu::UnicodeString::fromUTF8("newskg-slug"),
      icu::UnicodeString::fromUTF8(
          "ä > ae; ö > oe; ü > ue; Ä > Ae; Ö > Oe; Ü > Ue; ß > ss; ẞ > SS;"
          ":: Any-Latin; :: Latin-ASCII; :: Lower;"),
      UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status) || !impl_->to_ascii) {
    throw std::runtime_error(std::string("ICU transliterator: ") + u_errorName(status));
  }
}

Slugger::~Slugger() = default;

std::string Slugger::Slug(std::string_view utf8) const {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  impl_->to_ascii->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  std::string slug;
  bool pending_dash = false;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_dash && !slug.empty()) slug += '-';
      pending_dash = false;
      slug += c;
    } else {
      pending_dash = true;
    }
  }
  return slug.empty() ? "x" : slug;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                      (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                      byte == '_' || byte == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace newskg::rdf
