// Tests for extraction/place_kinds: towns, and buildings, sites and streets within them.
#include <catch.hpp>

#include "extraction/place_kinds.h"
#include "pipeline_fixture.h"

namespace {

using newskg::recognition::EntityType;
using newskg::recognition::Mention;

Mention Named(const std::string& canonical, EntityType type = EntityType::Place) {
  Mention m;
  m.surface = canonical;
  m.canonical = canonical;
  m.type = type;
  return m;
}

}  // namespace

TEST_CASE("place kinds: a town is a place by its name, no state, building, street or site",
          "[extraction][places]") {
  const auto& lexicons = newskg::testing::TestLexicons();
  CHECK(newskg::extraction::IsTown(lexicons, Named("Ulm")));
  CHECK(newskg::extraction::IsTown(lexicons, Named("Kesselbach")));  // unknown: a town
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Bayern")));
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Ulmer Rathaus")));
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Hafenstraße")));
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Ulmer Straße")));  // a street in two words
  CHECK(newskg::extraction::IsTown(lexicons, Named("Platz")));  // one word alone may be a town
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Landkreis Celle")));  // a district
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("B189")));  // a road
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("A14")));
  Mention site = Named("Schloss Kesselbach");
  site.is_site = true;
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, site));
  CHECK_FALSE(newskg::extraction::IsTown(lexicons, Named("Kessel AG", EntityType::Organization)));
}

TEST_CASE("place kinds: a venue is a building, a site, a street or an institution", "[extraction][places]") {
  const auto& lexicons = newskg::testing::TestLexicons();
  CHECK(newskg::extraction::IsVenue(lexicons, Named("Ulmer Rathaus")));
  CHECK(newskg::extraction::IsVenue(lexicons, Named("Hafenstraße")));
  CHECK(newskg::extraction::IsVenue(lexicons, Named("Kesselplatz")));
  CHECK(newskg::extraction::IsVenue(lexicons, Named("Innenministerium", EntityType::Organization)));
  CHECK_FALSE(newskg::extraction::IsVenue(lexicons, Named("Ulm")));
  CHECK_FALSE(newskg::extraction::IsVenue(lexicons, Named("Platz")));
}
