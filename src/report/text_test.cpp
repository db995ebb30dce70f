#include <doctest/doctest.h>

#include <fmt/format.h>

#include "report/report.h"
#include "test_support.h"

namespace msklint {

namespace {

// Physio's dead end waived; see the fixture.
const std::string waived_pathway =
    testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-waived.yaml");

std::string text_of(std::span<const FileReport> reports, bool show_suppressed) {
  return testing::rendered(
      [&](std::ostream& out, std::span<const FileReport> shown) {
        write_text(out, shown, {.color = false, .show_suppressed = show_suppressed});
      },
      reports);
}

}  // namespace

TEST_CASE("text: the summary line counts suppressed findings apart") {
  CHECK(summary_line({.errors = 2, .files = 3}) == "2 errors in 3 files");
  CHECK(summary_line({.errors = 2, .files = 3, .waived = 1, .baselined = 4}) ==
        "2 errors in 3 files (1 waived, 4 in baseline)");
  CHECK(summary_line({.files = 1, .waived = 2}) == "no findings in 1 file (2 waived)");
  CHECK(summary_line({.warnings = 1, .files = 1, .baselined = 1}) == "1 warning in 1 file (1 in baseline)");
}

TEST_CASE("text: suppressed findings are listed only when asked, with their reasons") {
  FileReport report = testing::lint_text("examples/knee.yaml", waived_pathway);
  REQUIRE(report.suppressed.size() == 1);
  Finding baselined = report.findings.front();
  baselined.suppression = Suppression{Suppression::Kind::baseline, ".msklint-baseline.json", {}};
  report.suppressed.push_back(baselined);

  const std::string quiet = text_of(std::span(&report, 1), false);
  CHECK(quiet.find("suppressed") == std::string::npos);
  CHECK(quiet.find("(1 waived, 1 in baseline)\n") != std::string::npos);

  const std::string shown = text_of(std::span(&report, 1), true);
  const Finding& dead_end = report.suppressed.front();
  CHECK(shown.find(fmt::format("suppressed (not counted):\n\nexamples/knee.yaml:{}:{}: warning[dead-end] {}\n"
                               "  waived: Discharge is arranged by the GP after the last session\n\n",
                               dead_end.at.line, dead_end.at.column, dead_end.message)) != std::string::npos);
  CHECK(shown.find(fmt::format("] {}\n  in baseline .msklint-baseline.json\n\n", baselined.message)) !=
        std::string::npos);
  CHECK(shown.starts_with(quiet.substr(0, quiet.rfind("\n", quiet.size() - 2) + 1)));
}

}  // namespace msklint
