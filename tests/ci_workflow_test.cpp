// The CI workflows of docs/ci.md, end to end through the built binary:
// recording a baseline, surviving edits, failing on new findings, pruning,
// and writing reports with --output. (Formats and configurations are pinned
// by golden files in tests/cli/.)

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace msklint::testing;
namespace fs = std::filesystem;

namespace {

// A scratch directory; `dir / "name"` is the path of a file in it, as a string.
std::string operator/(const ScratchDir& dir, const std::string& name) { return (dir.path() / name).string(); }

const std::string knee = read_file(source_dir() / "tests/fixtures/ci/team/pathways/knee.yaml");

}  // namespace

TEST_CASE("a baseline lets existing findings pass, survives moved lines, and catches new findings") {
  const ScratchDir dir("ci");
  const std::string pathway = dir / "knee.yaml";
  const std::string baseline = dir / "baseline.json";
  write_file(pathway, knee);

  Run run = run_msklint(fmt::format("check --write-baseline {} {}", baseline, pathway));
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(run.err.find("msklint: wrote a baseline of ") != std::string::npos);
  const auto recorded = nlohmann::json::parse(read_file(baseline));
  CHECK(recorded["format"] == "msklint-baseline");
  CHECK(recorded["entries"].size() > 5);

  run = run_msklint(fmt::format("check --color never --baseline {} {}", baseline, pathway));
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("no findings in 1 file (") != std::string::npos);
  CHECK(run.err.empty());

  // Lines move: nothing new.
  write_file(pathway, "# Reviewed by the MSK board\n# on 3 March\n\n" + knee);
  run = run_msklint(fmt::format("check --color never --baseline {} {}", baseline, pathway));
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());

  // A new service nobody can reach is new.
  std::string added = knee;
  added.insert(added.find("routes:"), "  - id: ortho\n    name: Orthopaedics\n    type: orthopaedics\n");
  write_file(pathway, added);
  run = run_msklint(fmt::format("check --color never --baseline {} {}", baseline, pathway));
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("[unreachable-service] service 'ortho'") != std::string::npos);
  CHECK(run.out.find("[coproduction-missing]") == std::string::npos);
}

TEST_CASE("baseline entries that no longer occur are reported, and pruned on request") {
  const ScratchDir dir("ci");
  const std::string pathway = dir / "knee.yaml";
  const std::string baseline = dir / "baseline.json";
  write_file(pathway, knee);
  REQUIRE(run_msklint(fmt::format("check --write-baseline {} {}", baseline, pathway)).exit_code == 0);

  std::string fixed = knee;
  fixed.insert(fixed.find("services:"), "  coproduction: [\"Lived-experience panel, three workshops, 2025\"]\n");
  write_file(pathway, fixed);
  Run run = run_msklint(fmt::format("check --color never --baseline {} {}", baseline, pathway));
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("1 finding in the baseline") != std::string::npos);
  CHECK(run.err.find("[coproduction-missing] pathway") != std::string::npos);
  CHECK(run.err.find("--prune-baseline") != std::string::npos);
  const std::string before = read_file(baseline);

  run = run_msklint(fmt::format("check --color never --baseline {} --prune-baseline {}", baseline, pathway));
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("removed 1 finding that no longer occur") != std::string::npos);
  const std::string after = read_file(baseline);
  CHECK(after != before);
  CHECK(after.find("coproduction-missing") == std::string::npos);
  CHECK(run_msklint(fmt::format("check --baseline {} {}", baseline, pathway)).err.empty());
}

TEST_CASE("--output writes only the report file, replacing it whole, and keeps the exit code") {
  const ScratchDir dir("ci");
  const std::string report = dir / "report.json";
  write_file(report, "an older report that is much longer than nothing at all\n");
  const Run run = run_msklint(fmt::format("check --format json --output {} tests/fixtures/ci/team", report));
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err.empty());
  const auto document = nlohmann::json::parse(read_file(report));
  CHECK(document["format"] == "msklint-findings");
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("msklint never writes a report or baseline over a pathway it is linting") {
  const ScratchDir dir("ci");
  const std::string pathway = dir / "knee.yaml";
  write_file(pathway, knee);
  for (const char* option : {"--output", "--write-baseline"}) {
    CAPTURE(option);
    const Run run = run_msklint(fmt::format("check {} {}/./knee.yaml {}", option, dir.path().string(), pathway));
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("will not write over") != std::string::npos);
    CHECK(read_file(pathway) == knee);
  }
}

TEST_CASE("problems with a file itself are not recorded in a baseline, and still fail the run") {
  const ScratchDir dir("ci");
  const std::string broken = dir / "broken.yaml";
  write_file(broken, "pathway: [unclosed\n");
  const Run run = run_msklint(fmt::format("check --write-baseline {} {}", dir / "baseline.json", broken));
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("error[yaml-syntax]") != std::string::npos);
  CHECK(run.err.find("(not recorded: fix the file)") != std::string::npos);
  CHECK(nlohmann::json::parse(read_file(dir / "baseline.json"))["entries"].empty());
}
