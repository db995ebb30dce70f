#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "report/report.h"
#include "report/span.h"
#include "test_support.h"

namespace msklint {

namespace {

std::string github_of(std::span<const FileReport> reports) { return testing::rendered(write_github, reports); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int starting_with(const std::vector<std::string>& lines, std::string_view prefix) {
  return static_cast<int>(
      std::count_if(lines.begin(), lines.end(), [&](const std::string& line) { return line.starts_with(prefix); }));
}

FileReport many(int errors, int warnings, int infos) {
  FileReport report;
  report.source = SourceText("pathways/knee.yaml", "");
  auto add = [&](int count, Severity severity, const char* rule) {
    for (int i = 1; i <= count; ++i) {
      Finding finding = make_finding(rule, "pathways/knee.yaml", {i, 3}, "s", fmt::format("{} {}", rule, i));
      finding.severity = severity;
      report.findings.push_back(finding);
    }
  };
  add(errors, Severity::error, "unknown-service");
  add(warnings, Severity::warning, "dead-end");
  add(infos, Severity::info, "msk-lead-missing");
  return report;
}

}  // namespace

TEST_CASE("github: one workflow command per finding, with its place") {
  // The route to the undefined 'physio' is at line 10; see the fixture.
  const FileReport report = testing::lint_text(
      "examples/knee.yaml",
      testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-unknown-service.yaml"));
  const std::string out = github_of(std::span(&report, 1));
  const auto unknown = std::find_if(report.findings.begin(), report.findings.end(),
                                    [](const Finding& finding) { return finding.rule == "unknown-service"; });
  REQUIRE(unknown != report.findings.end());
  CHECK(out.find(fmt::format("::error file=examples/knee.yaml,line=10,col=9,endLine=10,endColumn=15,title=msklint "
                             "unknown-service::{}\n",
                             unknown->message)) != std::string::npos);
  CHECK(out.find("::warning file=examples/knee.yaml,") != std::string::npos);
  CHECK(out.find("::notice file=examples/knee.yaml,") != std::string::npos);
  CHECK(lines_of(out).size() == report.findings.size());
}

TEST_CASE("github: data and properties are escaped as GitHub's toolkit does") {
  FileReport report;
  report.source = SourceText("dir:a,b/100%.yaml", "");
  Finding finding = make_finding("schema", "dir:a,b/100%.yaml", {}, "", "50% done\r\nline two: a, b");
  finding.severity = Severity::error;
  report.findings.push_back(finding);
  CHECK(github_of(std::span(&report, 1)) ==
        "::error file=dir%3Aa%2Cb/100%25.yaml,title=msklint schema::50%25 done%0D%0Aline two: a, b\n");
}

TEST_CASE("github: suppressed findings are not printed") {
  FileReport report;
  Finding waived = make_finding("dead-end", "k.yaml", {3, 3}, "physio", "no onward route");
  waived.severity = Severity::warning;
  waived.suppression = Suppression{Suppression::Kind::waiver, "reason", {4, 5}};
  report.suppressed.push_back(waived);
  CHECK(github_of(std::span(&report, 1)).empty());
}

TEST_CASE("github: at most 10 annotations of each kind, the rest in the log and one notice saying so") {
  const FileReport report = many(25, 3, 2);
  const auto lines = lines_of(github_of(std::span(&report, 1)));
  CHECK(starting_with(lines, "::error ") == 10);
  CHECK(starting_with(lines, "::warning ") == 3);
  CHECK(starting_with(lines, "pathways/knee.yaml:") == 15);
  CHECK(starting_with(lines, "pathways/knee.yaml:11:3: error[unknown-service] unknown-service 11") == 1);
  REQUIRE(starting_with(lines, "::notice ") == 3);
  CHECK(lines.size() == 10 + 3 + 15 + 3);
  const std::string& summary = lines.back();
  CHECK(summary.starts_with("::notice title=msklint::15 findings were not annotated"));
  CHECK(summary.find("this step's log") != std::string::npos);
  CHECK(summary.find("--format sarif") != std::string::npos);
}

TEST_CASE("github: the summary takes a notice's place") {
  const FileReport overflowing = many(11, 0, 10);
  const auto lines = lines_of(github_of(std::span(&overflowing, 1)));
  CHECK(starting_with(lines, "::error ") == 10);
  CHECK(starting_with(lines, "::notice file=") == 9);
  CHECK(starting_with(lines, "::notice title=msklint::2 findings were not annotated") == 1);
  CHECK(starting_with(lines, "::notice ") == 10);

  const FileReport full = many(10, 10, 10);  // exactly at the limits: no summary
  const auto all = lines_of(github_of(std::span(&full, 1)));
  CHECK(all.size() == 30);
  CHECK(starting_with(all, "::notice file=") == 10);
  CHECK(starting_with(all, "::notice title=") == 0);
}

TEST_CASE("github: a log line keeps to one line") {
  FileReport report = many(11, 0, 0);
  report.findings.back().message = "broken\n::error::injected";
  const auto lines = lines_of(github_of(std::span(&report, 1)));
  CHECK(starting_with(lines, "::error ") == 10);
  CHECK(starting_with(lines, "::error::") == 0);
  CHECK(starting_with(lines, "pathways/knee.yaml:11:3: error[unknown-service] broken\\n::error::injected") == 1);
}

TEST_CASE("github: control characters are written out, in annotations and log lines alike") {
  FileReport report = many(11, 0, 0);
  report.findings.front().message = "\x1b[31mred\x1b[0m \xE2\x80\xAE" "flipped\a";
  report.findings.back().message = "\x1b]0;title\a";
  report.findings.back().file = "::error file=x::y.yaml";
  const std::string all = github_of(std::span(&report, 1));
  CHECK(all.find('\x1b') == std::string::npos);
  CHECK(all.find('\a') == std::string::npos);
  CHECK(all.find("::\\e[31mred\\e[0m U+202Eflipped\\a\n") != std::string::npos);
  // A file name cannot start a workflow command from the log either.
  CHECK(all.find("\n./::error file=x::y.yaml:11:3: error[unknown-service] \\e]0;title\\a\n") != std::string::npos);
}

}  // namespace msklint
