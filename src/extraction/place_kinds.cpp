#include "extraction/place_kinds.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace newskg::extraction {

using recognition::EntityType;
using recognition::MentionKind;

namespace {

// Whether a name (`last`: its folded last word) names a street or a square by that word's end
// ("Wilhelmstraße", "Kesselplatz"), or by the word after another ("Ulmer Straße", "Alter Damm").
bool IsStreetName(const std::string& canonical, const std::string& last) {
  const bool after_a_word = canonical.find(' ') != std::string::npos;
  for (std::string_view street : {"strasse", "platz", "allee", "gasse", "ufer", "damm"}) {
    if ((last.size() > street.size() || after_a_word) && last.ends_with(street)) return true;
  }
  return false;
}

// The folded last word of a name ("Bremer Rathaus" -> "rathaus").
std::string LastWord(const std::string& canonical) {
  const auto space = canonical.rfind(' ');
  return text::FoldForMatch(space == std::string::npos ? std::string_view(canonical)
                                                       : std::string_view(canonical).substr(space + 1));
}

}  // namespace

bool IsTown(const recognition::Lexicons& lexicons, const recognition::Mention& mention) {
  if (mention.type != EntityType::Place || mention.is_country || mention.is_site || mention.article_local ||
      mention.kind != MentionKind::Name) {
    return false;
  }
  // "das Bremer Rathaus", "Schloss Bellevue": a building, named by its last word.
  const std::string last = LastWord(mention.canonical);
  if (lexicons.VenueType(last) || IsStreetName(mention.canonical, last)) return false;
  for (std::string_view building : {"schloss", "palast", "palais", "haus", "hotel", "residenz", "villa", "kloster",
                                    "halle", "stadion", "kanzleramt"}) {
    if (last == building) return false;
  }
  if (IsDistrict(mention)) return false;  // not one town
  // "die B189", "die A14": a road's number.
  const std::string& name = mention.canonical;
  if (name.size() >= 2 && name.size() <= 5 && (name[0] == 'A' || name[0] == 'B') &&
      std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const recognition::NamedThing* thing = lexicons.FindCanonical(mention.canonical);
  return !thing || thing->kind == "city";
}

bool IsQuarter(const recognition::Lexicons& lexicons, const recognition::Mention& mention) {
  const std::size_t dash = mention.canonical.find('-');
  if (mention.type != EntityType::Place || dash == std::string::npos || dash == 0) return false;
  const recognition::NamedThing* town = lexicons.FindCanonical(mention.canonical.substr(0, dash));
  return town && town->type == EntityType::Place && town->kind == "city";
}

bool IsDistrict(const recognition::Mention& mention) {
  // Also one named in one word: "Erzgebirgskreis", "Rhein-Sieg-Kreis".
  return mention.type == EntityType::Place &&
         (mention.canonical.starts_with("Landkreis ") || mention.canonical.starts_with("Kreis ") ||
          (mention.canonical.find(' ') == std::string::npos &&
           (mention.canonical.ends_with("kreis") || mention.canonical.ends_with("-Kreis"))));
}

bool IsVenue(const recognition::Lexicons& lexicons, const recognition::Mention& mention) {
  if (mention.is_site || mention.article_local || mention.type == EntityType::Organization) return true;
  if (mention.type != EntityType::Place) return false;
  const std::string last = LastWord(mention.canonical);
  const EntityType* venue = lexicons.VenueType(last);
  // A street or a square: "in der Wilhelmstraße", "am Ballhausplatz".
  return (venue && *venue == EntityType::Place) || IsStreetName(mention.canonical, last);
}

}  // namespace newskg::extraction
