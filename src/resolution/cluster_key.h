// Cluster keys: the spelling- and order-independent identity under which the mentions of one
// real entity meet, within an article and across articles, and the IRI slug each key gives.
#pragma once

#include <string>
#include <string_view>

namespace newskg::resolution {

// A person's name as resolution compares it.
struct PersonName {
  std::string first;  // FirstNameKey of the first given name; empty for a surname alone
  std::string last;   // NameKey of the surname; empty when the name has no usable word
  // An Arabic name's family name when `last` is the father's ("Tamim bin Hamad Al Thani":
  // last "hamad", family "thani"), so that "Al Thani" alone finds it; else empty.
  std::string family;
  // Whether `last` is a father's name after "bin" or "ibn" ("Mohammed bin Salman", "bin
  // Salman"): that name alone ("König Salman") is the father's, not this person's.
  bool patronymic = false;
};

// "Dmitri S. Peskow" -> {"dmtri", "peskov"}; "Peskow" -> {"", "peskov"}. Initials are ignored;
// East Slavic names fold "g" into "h" ("Hnatenko" = "Gnatenko").
PersonName SplitPersonName(std::string_view canonical);

// Keys are "<kind>/<slug>": "p/dmtri-peskov" (a full name), "s/peskov" (a surname alone),
// "t/vereinigte-staten" (an organization or place). Slugs hold only [a-z0-9-]; a full-name slug
// has exactly one '-', a surname slug none, so the kinds never collide. Empty when the name
// gives no key (no letter or digit survives).
std::string FullNameKey(const PersonName& name);
std::string SurnameKey(std::string_view last);
std::string ThingKey(std::string_view canonical);

bool IsPersonKey(std::string_view key);    // "p/..." or "s/..."
bool IsSurnameKey(std::string_view key);   // "s/..."
std::string_view KeySlug(std::string_view key);  // the part after "<kind>/"

}  // namespace newskg::resolution
