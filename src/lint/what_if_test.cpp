#include <doctest/doctest.h>

#include "config/config.h"
#include "lint/what_if.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

const RuleSettings& default_settings(const std::string&) {
  static const RuleSettings settings;
  return settings;
}

WhatIfResult run(const ScratchDir& dir, const std::vector<std::string>& scale, const std::vector<std::string>& set) {
  std::vector<Change> changes;
  std::string error;
  for (const auto& text : scale) changes.push_back(parse_scale(text, error).value());
  for (const auto& text : set) changes.push_back(parse_set(text, error).value());
  return what_if({(dir.path() / "knee.yaml").string(), (dir.path() / "spine.yaml").string()}, changes, {},
                 default_settings, std::nullopt);
}

}  // namespace

TEST_CASE("what-if changes are read as people write them") {
  std::string error;
  CHECK(parse_scale("ortho=+30%", error)->factor == doctest::Approx(1.3));
  CHECK(parse_scale("ortho=-10%", error)->factor == doctest::Approx(0.9));
  CHECK(parse_scale("ortho=130%", error)->factor == doctest::Approx(1.3));
  CHECK(parse_scale("ortho=1.3", error)->factor == doctest::Approx(1.3));
  const auto qualified = parse_scale("hip-knee/ortho=2", error);
  CHECK(qualified->owner == "hip-knee");
  CHECK(qualified->service == "ortho");
  const auto set = parse_set("hip-knee/shared-rehab.capacity=350/month", error);
  CHECK(set->key == "capacity");
  CHECK(set->rate.per_month() == 350);
  for (const char* bad : {"ortho", "ortho=", "ortho=lots", "ortho=-5", "Ortho=2", "a/b/c=2"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_scale(bad, error));
    CHECK(error.find("--scale") != std::string::npos);
  }
  CHECK_FALSE(parse_set("rehab.capacity=lots", error));
  CHECK(error.find("is not a rate") != std::string::npos);
  CHECK_FALSE(parse_set("rehab.staff=3/month", error));
  CHECK(error.find("can set 'capacity' or 'throughput'") != std::string::npos);
  CHECK_FALSE(parse_set("rehab=3/month", error));
}

TEST_CASE("scaling surgery in one pathway shows the knock-on on the shared service, and the files stay as they were") {
  const ScratchDir dir("what-if-scale");
  dir.write("system.yaml", shared_rehab_system_yaml);
  const auto knee = dir.write("knee.yaml", pathway_using_shared_rehab("knee", 100));
  dir.write("spine.yaml", pathway_using_shared_rehab("spine", 150));
  const std::string knee_before = read_file(knee);
  const WhatIfResult result = run(dir, {"knee/ortho=+100%"}, {});
  CHECK(read_file(knee) == knee_before);
  REQUIRE(result.described.size() == 1);
  CHECK(result.described[0] == "knee/ortho throughput: 100 -> 200 a month");
  const auto rehab = std::find_if(result.capacity.begin(), result.capacity.end(),
                                  [](const CapacityChange& row) { return row.service == "shared-rehab"; });
  REQUIRE(rehab != result.capacity.end());
  CHECK(rehab->shared);
  CHECK(rehab->before == doctest::Approx(250));
  CHECK(rehab->after == doctest::Approx(350));
  CHECK_FALSE(rehab->over_before);
  CHECK(rehab->over_after);
  CHECK(result.worse);
  REQUIRE(result.added.size() == 1);
  CHECK(result.added[0].rule == "community-rehab-capacity");
  CHECK(result.cleared.empty());
}

TEST_CASE("setting the shared capacity clears the shortfall, a change that helps is not worse") {
  const ScratchDir dir("what-if-set");
  dir.write("system.yaml", shared_rehab_system_yaml);
  dir.write("knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("spine.yaml", pathway_using_shared_rehab("spine", 150));
  const WhatIfResult result = run(dir, {}, {"shared-rehab.capacity=400/month"});
  CHECK(result.described.at(0) == "test-icb/shared-rehab capacity: 300 -> 400 a month");
  CHECK_FALSE(result.worse);
  CHECK(result.added.empty());
  REQUIRE(result.cleared.size() == 1);
  CHECK(result.cleared[0].rule == "community-rehab-capacity");
}

TEST_CASE("a change naming an ambiguous, unknown or unscalable service is refused with the choices") {
  const ScratchDir dir("what-if-refused");
  dir.write("system.yaml", shared_rehab_system_yaml);
  dir.write("knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("spine.yaml", pathway_using_shared_rehab("spine", 150));
  CHECK_THROWS_WITH_AS(run(dir, {"ortho=2"}, {}),
                       "'ortho=2': several pathways have a service 'ortho'; name one as knee/ortho or spine/ortho",
                       ConfigError);
  CHECK_THROWS_WITH_AS(run(dir, {"knee/orhto=2"}, {}), doctest::Contains("did you mean 'ortho'?"), ConfigError);
  CHECK_THROWS_WITH_AS(run(dir, {"knee/gp=2"}, {}), doctest::Contains("states no throughput to scale"), ConfigError);
}
