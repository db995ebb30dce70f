#include "cli/new_command.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "read/format.h"
#include "test_support.h"

namespace msklint {

using testing::ScratchDir;

TEST_CASE("new: the starter pathway lints clean for every condition the format knows") {
  for (const auto condition : format::conditions.words) {
    CAPTURE(condition);
    const std::string text = starter_pathway("my-pathway", std::string(condition), "my-pathway.yaml");
    const FileReport report = testing::lint_text("my-pathway.yaml", text);
    CHECK_MESSAGE(report.findings.empty(), testing::describe(report));
    CHECK(text.starts_with("# yaml-language-server: $schema="));
    CHECK(text.find(fmt::format("conditions: [{}]", condition)) != std::string::npos);
    CHECK(text.find("@") == std::string::npos);  // every placeholder filled
  }
}

TEST_CASE("new: writes the file through the binary, and never overwrites one") {
  const ScratchDir dir("new");
  const auto run = [&](const std::string& args) {
    return testing::run_msklint({}, fmt::format("cd '{}' && '{}' {}", dir.path().string(), MSKLINT_BINARY, args));
  };
  testing::Run made = run("new knee-pain --condition knee-pain");
  CHECK(made.exit_code == 0);
  CHECK(made.err.find("wrote knee-pain.yaml") != std::string::npos);
  const std::string written = testing::read_file(dir.path() / "knee-pain.yaml");
  CHECK(written.find("  id: knee-pain\n  title: Knee pain pathway\n") != std::string::npos);
  CHECK(run("check knee-pain.yaml").exit_code == 0);

  dir.write("taken.yaml", "my own work\n");
  const testing::Run refused = run("new taken.yaml");
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("will not overwrite 'taken.yaml'") != std::string::npos);
  CHECK(testing::read_file(dir.path() / "taken.yaml") == "my own work\n");

  CHECK(run("new Knee_Pain").exit_code == 2);
  const testing::Run typo = run("new hip --condition hip-pian");
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("unknown condition 'hip-pian'; did you mean 'hip-pain'?") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "hip.yaml"));
  CHECK(run("new pathways/shoulder.yml").exit_code == 2);  // no such directory: nothing half-made
  std::filesystem::create_directories(dir.path() / "pathways");
  CHECK(run("new pathways/shoulder.yml").exit_code == 0);
  CHECK(testing::read_file(dir.path() / "pathways" / "shoulder.yml").find("  id: shoulder\n") != std::string::npos);
}

}  // namespace msklint
