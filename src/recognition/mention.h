// Mention: a span of an article that names (or, for adjectives and compound prefixes, implies)
// a person, organization or place.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newskg::recognition {

enum class EntityType { Person, Organization, Place };

const char* ToString(EntityType type);  // "Person", "Organization", "Place"

enum class MentionKind {
  Name,            // "Dmitri S. Peskow", "Moskau", "Weißen Hauses"
  CompoundPrefix,  // "US" in "US-Delegation", "Kreml" in "Kremlsprecher": meaning, not a mention
  Adjective,       // "russische" -> Russland (GermEval's LOCderiv)
};

struct Mention {
  std::size_t sentence = 0;     // index into Article::sentences
  std::size_t first_token = 0;  // token range [first_token, last_token) within the sentence
  std::size_t last_token = 0;
  std::size_t begin = 0;  // byte range in Article::text
  std::size_t end = 0;
  std::string surface;    // the text as written ("Herrn Peskows" minus the title: "Peskows")
  std::string canonical;  // nominative, lexicon form where known ("Moskau", "Vereinigte Staaten")
  EntityType type = EntityType::Person;
  MentionKind kind = MentionKind::Name;
  bool is_country = false;  // a state (for schema:Country and for standing in for delegations)
  // A common noun naming the article's own institution ("der Landtag", "im Rathaus"): the
  // same words in another article name another one.
  bool article_local = false;
  // A building or site within a city ("Schloss Bellevue", "Hotel Adlon", "im Rathaus"): a more
  // exact place of a meeting than its city.
  bool is_site = false;
  // The name a site also goes by without its kind ("Seewiesen" of "Flughafen Seewiesen"), or "".
  std::string site_name;
  // A name the lexicon lists ("FPÖ", "IG Metall"): an organization of its own, not the short
  // form of a longer name the article gives ("FPÖ Kärnten", "IG Metall Küste").
  bool known = false;
};

}  // namespace newskg::recognition
