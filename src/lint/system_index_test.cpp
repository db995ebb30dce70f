#include <doctest/doctest.h>

#include "lint/lint.h"
#include "lint/system_index.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

TEST_CASE("a system file is told by its top-level 'system' key, not by its name") {
  const ScratchDir dir("system-peek");
  CHECK(looks_like_system_file(dir.write("icb.yaml", shared_rehab_system_yaml)));
  CHECK(looks_like_system_file(dir.write("bom.yaml", std::string("\xEF\xBB\xBF") + shared_rehab_system_yaml)));
  CHECK_FALSE(looks_like_system_file(dir.write("knee.yaml", pathway_using_shared_rehab("knee", 10))));
  CHECK_FALSE(looks_like_system_file(dir.write("both.yaml", "pathway: {id: a, title: a}\nsystem: x\n")));
  CHECK_FALSE(looks_like_system_file(dir.write("indented.yaml", "notes: |\n  system: not a key\n")));
  CHECK_FALSE(looks_like_system_file(dir.write("prefix.yaml", "systems: []\n")));
  CHECK_FALSE(looks_like_system_file(dir.path() / "missing.yaml"));
  // Only the first 64 KiB are looked at, however large the file.
  const std::string filler = "notes:\n" + std::string(system_peek_bytes, '#') + "\n";
  CHECK(looks_like_system_file(dir.write("large.yaml", shared_rehab_system_yaml + filler)));
  CHECK_FALSE(looks_like_system_file(dir.write("late.yaml", filler + "system: {id: late}\n")));
  // A folder named like a YAML file is not one, and asking does not fail.
  std::filesystem::create_directory(dir.path() / "folder.yaml");
  CHECK_FALSE(looks_like_system_file(dir.path() / "folder.yaml"));
}

TEST_CASE("a pathway belongs to the nearest system file above it, which reads all its pathways once") {
  const ScratchDir dir("system-nearest");
  const auto system_file = dir.write("icb/system.yaml", shared_rehab_system_yaml);
  const auto knee = dir.write("icb/pathways/knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("icb/pathways/spine.yaml", pathway_using_shared_rehab("spine", 150));
  const auto outside = dir.write("elsewhere/hip.yaml", pathway_using_shared_rehab("hip", 50));
  SystemIndex index;
  const auto system = index.system_of(knee);
  REQUIRE(system != nullptr);
  CHECK(system == index.system_at(system_file));  // read once, shared
  REQUIRE(system->members.size() == 2);
  CHECK(system->loads.at(0).per_month == doctest::Approx(350));
  CHECK(index.system_of(outside) == nullptr);
  CHECK(index.system_of(system_file) == nullptr);  // a system file belongs to no system
  // Linting one pathway lints its system file too, once.
  CHECK(index.with_their_systems({knee.string()}).size() == 2);
  CHECK(index.with_their_systems({knee.string(), system_file.string()}).size() == 2);
  CHECK(index.with_their_systems({outside.string()}) == std::vector<std::string>{outside.string()});
}

TEST_CASE("a nearer system file takes its own pathways, 'pathways' globs name the members") {
  const ScratchDir dir("system-nested");
  dir.write("icb/system.yaml", shared_rehab_system_yaml);
  dir.write("icb/knee.yaml", pathway_using_shared_rehab("knee", 100));
  const auto inner_knee = dir.write("icb/place/knee.yaml", pathway_using_shared_rehab("place-knee", 40));
  dir.write("icb/place/system.yaml", shared_rehab_system_yaml);
  const auto listed = dir.write("listed/system.yaml", R"(system: {id: listed-icb, title: Listed, pathways: ["pathways/*.yaml"]}
services:
  - {id: shared-rehab, type: community-rehabilitation, capacity: 300/month}
)");
  const auto member = dir.write("listed/pathways/knee.yaml", pathway_using_shared_rehab("knee", 10));
  const auto draft = dir.write("listed/drafts/knee.yaml", pathway_using_shared_rehab("draft-knee", 1000));
  SystemIndex index;
  const auto outer = index.system_at(dir.path() / "icb/system.yaml");
  REQUIRE(outer != nullptr);
  REQUIRE(outer->members.size() == 1);
  CHECK(outer->members[0].id == "knee");
  REQUIRE(index.system_of(inner_knee) != nullptr);
  CHECK(index.system_of(inner_knee)->members.at(0).id == "place-knee");
  const auto system = index.system_at(listed);
  REQUIRE(system != nullptr);
  REQUIRE(system->members.size() == 1);
  CHECK(system->loads.at(0).per_month == doctest::Approx(10));
  CHECK(index.system_of(member) == system);
  CHECK(index.system_of(draft) == nullptr);
}

TEST_CASE("linting one pathway of a system sees the others: the shortfall is on the system file, once") {
  const ScratchDir dir("system-lint");
  const auto system_file = dir.write("system.yaml", shared_rehab_system_yaml);
  const auto knee = dir.write("knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("spine.yaml", pathway_using_shared_rehab("spine", 150));
  SystemIndex index;
  LintRun run;
  run.systems = &index;
  const FileReport pathway = lint_file(knee.string(), {}, {}, run);
  CHECK(of_rule(pathway, "community-rehab-capacity").empty());
  CHECK(of_rule(pathway, "unknown-service").empty());
  const FileReport system = lint_file(system_file.string(), {}, {}, run);
  const auto shortfall = of_rule(system, "community-rehab-capacity");
  REQUIRE(shortfall.size() == 1);
  CHECK(shortfall[0].at == Location{4, 66});
  CHECK(shortfall[0].message.find("350 people a month across the system (200 from knee, 150 from spine)") !=
        std::string::npos);
  REQUIRE(system.system != nullptr);
  CHECK(system.pathway == nullptr);
  // Alone, as a single file is linted without a run: no system, so the 'uses' cannot be resolved.
  CHECK(of_rule(lint_file(knee.string(), {}), "unknown-service").size() == 1);
}

TEST_CASE("the search for a system file stops at the top of the git work tree") {
  const ScratchDir dir("system-work-tree");
  dir.write("system.yaml", shared_rehab_system_yaml);  // outside the repository below
  std::filesystem::create_directories(dir.path() / "repo" / ".git");
  const auto inside = dir.write("repo/pathways/knee.yaml", pathway_using_shared_rehab("knee", 10));
  const auto outside = dir.write("loose/knee.yaml", pathway_using_shared_rehab("knee", 10));
  SystemIndex index;
  CHECK(index.system_of(inside) == nullptr);
  CHECK(index.system_of(outside) != nullptr);
}

TEST_CASE("a pathway the configuration leaves out adds nothing to a system's sums") {
  const ScratchDir dir("system-excluded");
  const auto system_file = dir.write("system.yaml", shared_rehab_system_yaml);
  dir.write("knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("drafts/spine.yaml", pathway_using_shared_rehab("spine", 150));
  SystemIndex all;
  CHECK(all.system_at(system_file)->loads.at(0).per_month == doctest::Approx(350));
  SystemIndex selected;
  selected.select_members_with([](const std::filesystem::path& file, bool named) {
    return default_file_filter(file, named) && file.string().find("/drafts/") == std::string::npos;
  });
  const auto system = selected.system_at(system_file);
  REQUIRE(system->members.size() == 1);
  CHECK(system->loads.at(0).per_month == doctest::Approx(200));
}

TEST_CASE("an editor's unsaved text is read instead of the file on disk, for the system and its pathways") {
  const ScratchDir dir("system-unsaved");
  const auto system_file = dir.write("system.yaml", shared_rehab_system_yaml);
  const auto knee = dir.write("knee.yaml", pathway_using_shared_rehab("knee", 200));
  dir.write("spine.yaml", pathway_using_shared_rehab("spine", 150));
  SystemIndex index;
  index.use_unsaved_text(knee, pathway_using_shared_rehab("knee", 20));
  const auto system = index.system_of(knee);
  REQUIRE(system != nullptr);
  CHECK(system->loads.at(0).per_month == doctest::Approx(170));  // 20 being typed + 150 saved
  // A file whose unsaved text is no longer a system file is not taken for one.
  SystemIndex renamed;
  renamed.use_unsaved_text(system_file, "pathway: {id: x, title: X}\n");
  CHECK(renamed.system_of(knee) == nullptr);
  CHECK(looks_like_system_text(shared_rehab_system_yaml));
  CHECK_FALSE(looks_like_system_text("pathway: {id: a, title: a}\n"));
  CHECK(top_level_keys("pathway:\n  id: x\nservices: []\n# c: d\n- e: f\nurl: http://x\nroutes:\r\n") ==
        std::vector<std::string_view>{"pathway", "services", "url", "routes"});
}
