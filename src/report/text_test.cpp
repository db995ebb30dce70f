#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <vector>

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

TEST_CASE("text: a finding on a very long line shows a window around its column, not the whole line") {
  // 20,000 services on one line: every finding's excerpt is a window, so the
  // output grows with the findings, not with findings times the line.
  std::string services;
  for (int i = 0; i < 20000; ++i) services += fmt::format("{}{{id: s{}, type: physiotherapy}}", i ? ", " : "", i);
  const std::string yaml = "pathway: {id: one-line, title: One line}\nservices: [" + services + "]\n";
  const FileReport report = testing::lint_text("one-line.yaml", yaml);
  REQUIRE(report.findings.size() > 10);
  const std::string text = text_of(std::span<const FileReport>(&report, 1), false);
  CHECK(text.size() < 3000 * report.findings.size());
  // The excerpt of a finding deep in the line: cut at both ends, the caret under its column.
  const Finding& deep = *std::find_if(report.findings.begin(), report.findings.end(),
                                      [](const Finding& f) { return f.at.line == 2 && f.at.column > 1000; });
  const auto header = text.find(fmt::format("one-line.yaml:2:{}:", deep.at.column));
  REQUIRE(header != std::string::npos);
  const auto excerpt = text.find(" 2 | ...", header);
  REQUIRE(excerpt != std::string::npos);
  const std::string_view shown_line(text.data() + excerpt, text.find('\n', excerpt) - excerpt);
  CHECK(shown_line.ends_with("..."));
  CHECK(shown_line.size() < 300);
  // Short lines are shown whole, as before.
  const FileReport short_lines = testing::lint_text("examples/knee.yaml", waived_pathway);
  CHECK(text_of(std::span<const FileReport>(&short_lines, 1), false).find(" | ...") == std::string::npos);
}

TEST_CASE("text: written a file at a time, the report is the same as written whole") {
  // `check` writes each file as soon as it is linted and keeps only its counts
  // and suppressed findings; the result must not differ from write_text.
  std::vector<FileReport> reports;
  reports.push_back(testing::lint_text("examples/knee.yaml", waived_pathway));
  for (const char* example : {"examples/back-pain-linear.yaml", "examples/shoulder-pain.yaml"}) {
    reports.push_back(testing::lint_text(example, testing::read_file(testing::source_dir() / example)));
  }
  REQUIRE_FALSE(reports.front().suppressed.empty());
  for (const TextStyle style : {TextStyle{}, TextStyle{.color = true, .show_suppressed = true},
                                TextStyle{.show_suppressed = true, .quiet = true}}) {
    std::ostringstream whole, by_file;
    write_text(whole, reports, style);
    Counts counts;
    Findings suppressed;
    for (const FileReport& report : reports) {
      write_text_file(by_file, report, style);
      add_counts(counts, report);
      suppressed.insert(suppressed.end(), report.suppressed.begin(), report.suppressed.end());
    }
    write_text_end(by_file, counts, suppressed, style);
    CHECK(by_file.str() == whole.str());
    CHECK(whole.str().find("examples/back-pain-linear.yaml:") != std::string::npos);
  }
}

}  // namespace msklint
