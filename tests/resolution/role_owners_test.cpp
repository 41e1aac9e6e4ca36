// Role owners learned from the archive: "der estnische Präsident Kaarel Tamm" in one invented
// article qualifies "Präsident Tamm" in another; a title held under two owners stays unqualified.
#include <catch.hpp>

#include <string>
#include <vector>

#include "resolution/entity_registry.h"
#include "resolution/role_owners.h"
#include "local_entity.h"

using namespace newskg::resolution;

namespace {

// An article naming Kaarel Tamm, Estland and Lettland; Tamm holds `label`, owned by the
// entity at `of` (1: Estland, 2: Lettland) or by nobody.
ResolvedArticle Article(std::string id, std::string label, std::optional<std::uint32_t> of) {
  ResolvedArticle a;
  a.id = std::move(id);
  using newskg::testing::NamedLocal;
  a.entities = {NamedLocal("p/karel-tam", EntityType::Person), NamedLocal("t/estland", EntityType::Place),
                NamedLocal("t/letland", EntityType::Place)};
  a.sentences = {{"Präsident Kaarel Tamm sprach.", 0, 29}};
  a.roles = {LocalRole{0, std::move(label), of, 0}};
  return a;
}

RoleOwnerTable Owners(const std::vector<ResolvedArticle>& articles, EntityTable& entities) {
  EntityRegistry registry;
  for (const auto& a : articles) registry.Add(a);
  entities = registry.Finish();
  RoleOwnerRegistry owners(entities);
  for (const auto& a : articles) owners.Add(a);
  return owners.Finish();
}

}  // namespace

TEST_CASE("a title named once with its owner is that owner's everywhere in the archive") {
  EntityTable entities;
  const RoleOwnerTable owners = Owners(
      {Article("a1", "Präsident", 1), Article("a2", "Präsident", std::nullopt)}, entities);
  const auto tamm = entities.Find("p/karel-tam");
  REQUIRE(tamm);
  const auto owner = owners.Owner(*tamm, "Präsident");
  REQUIRE(owner);
  CHECK(entities[*owner].key == "t/estland");
  // Another title of the same person learns nothing from it.
  CHECK_FALSE(owners.Owner(*tamm, "Außenminister"));
}

TEST_CASE("a title held under two owners is left without one") {
  EntityTable entities;
  const RoleOwnerTable owners = Owners(
      {Article("a1", "Präsident", 1), Article("a2", "Präsident", 2), Article("a3", "Präsident", 1)},
      entities);
  CHECK_FALSE(owners.Owner(*entities.Find("p/karel-tam"), "Präsident"));
}

TEST_CASE("no owner is learned from titles written without one") {
  EntityTable entities;
  const RoleOwnerTable owners = Owners({Article("a1", "Präsident", std::nullopt)}, entities);
  CHECK_FALSE(owners.Owner(*entities.Find("p/karel-tam"), "Präsident"));
}
