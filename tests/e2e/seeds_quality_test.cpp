// The quality floor on the shared seed articles: `newskg eval` against their gold annotations.
// It fails until extraction reaches the floor; the numbers it prints say how far off it is.
#include <catch.hpp>

#include <nlohmann/json.hpp>

#include "e2e/run_newskg.h"

using namespace newskg::testing;

namespace {

double F1(const nlohmann::json& total, const char* category) {
  const nlohmann::json& f1 = total.at(category).at("f1");
  return f1.is_null() ? 0.0 : f1.get<double>();
}

}  // namespace

TEST_CASE("seed articles: entity, role and meeting F1 and cross-article identities") {
  const std::filesystem::path shared(NEWSKG_SHARED_DIR);
  const std::filesystem::path seeds = shared / "seeds";
  const std::filesystem::path gold = shared / "gold" / "seeds";
  if (!std::filesystem::is_directory(seeds) || !std::filesystem::is_directory(gold)) {
    WARN("no seed articles at " << seeds << " (the shared folder is not on this machine); "
         "the quality floor is not checked");
    return;
  }
  TempDir dir;
  const RunResult run =
      RunNewskg({"eval", "--gold", gold.string(), "--json", seeds.string()}, dir.path());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(run.out);
  const nlohmann::json& total = report.at("total");
  const nlohmann::json& identity = report.at("identity");
  INFO("total: " << total.dump());
  INFO("identity: " << identity.dump());

  // Measured when set (2026-12-04): entities 0.989, roles 0.971, role-of 0.877, meetings 0.941
  // (precision 1.000), meeting place 9/11. Places are counted, not taken as a share: a meeting
  // newly matched without a place lowers the share though no place was lost (9/10 before).
  CHECK(F1(total, "entities_typed") >= 0.97);
  CHECK(F1(total, "roles") >= 0.95);
  CHECK(F1(total, "role_of") >= 0.85);
  CHECK(F1(total, "meetings") >= 0.92);
  CHECK(total.at("meeting_place").at("correct").get<int>() >= 9);
  CHECK(identity.at("groups_total").get<int>() > 0);
  CHECK(identity.at("groups_merged").get<int>() == identity.at("groups_total").get<int>());
  CHECK(identity.at("wrong_merges").empty());
}
