#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "lint/finding_cap.h"

namespace msklint {

namespace {

Finding at_line(std::string rule, int line) {
  Finding finding = make_finding(std::move(rule), "p.yaml", {line, 3}, fmt::format("s{}", line), "a problem");
  finding.severity = Severity::warning;
  return finding;
}

long count_of(const Findings& findings, std::string_view rule) {
  return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
}

}  // namespace

TEST_CASE("finding cap: each rule keeps its first findings and one more counts the rest") {
  FileReport report;
  for (int line = 1; line <= 7; ++line) report.findings.push_back(at_line("duplicate-key", line * 2));
  report.findings.push_back(at_line("dead-end", 3));
  report.findings.push_back(at_line("dead-end", 5));
  sort_findings(report.findings);

  cap_findings_per_rule(report, 2);
  REQUIRE(count_of(report.findings, "duplicate-key") == 3);
  CHECK(count_of(report.findings, "dead-end") == 2);  // at the cap: nothing to count
  const Finding& more = report.findings.back();
  CHECK(more.rule == "duplicate-key");
  CHECK(more.at.line == 6);  // where the first left out was
  CHECK(more.message.starts_with("... and 5 more duplicate-key findings in this file"));
  CHECK(more.severity == Severity::warning);
  CHECK(more.subject.empty());
  CHECK(std::is_sorted(report.findings.begin(), report.findings.end(),
                       [](const Finding& a, const Finding& b) { return a.at < b.at; }));
}

TEST_CASE("finding cap: suppressed findings are all kept, for the summary's count, and 0 is no cap") {
  FileReport report;
  for (int line = 1; line <= 4; ++line) {
    report.findings.push_back(at_line("dead-end", line));
    Finding waived = at_line("dead-end", line);
    waived.suppression = Suppression{Suppression::Kind::baseline, ".msklint-baseline.json", {}};
    report.suppressed.push_back(waived);
  }
  FileReport uncapped = report;
  cap_findings_per_rule(uncapped, 0);
  CHECK(uncapped.findings.size() == 4);

  cap_findings_per_rule(report, 1);
  CHECK(report.findings.size() == 2);
  CHECK(report.suppressed.size() == 4);
}

TEST_CASE("finding cap: findings the reader only counted join the count of their rule") {
  FileReport report;
  for (int line = 1; line <= 3; ++line) report.findings.push_back(at_line("unknown-key", line));
  report.findings.push_back(at_line("dead-end", 2));
  LeftOutFindings not_made;
  not_made.add("unknown-key", {40, 5}, 97);
  not_made.add("schema", {50, 1}, 4);  // no schema finding was kept (a rule turned off): nothing to say

  cap_findings_per_rule(report, 2, not_made);
  REQUIRE(count_of(report.findings, "unknown-key") == 3);
  CHECK(count_of(report.findings, "schema") == 0);
  CHECK(count_of(report.findings, "dead-end") == 1);
  const auto more = std::find_if(report.findings.begin(), report.findings.end(),
                                 [](const Finding& f) { return f.message.starts_with("... and"); });
  REQUIRE(more != report.findings.end());
  CHECK(more->message.starts_with("... and 98 more unknown-key findings in this file"));  // one cut here, 97 not made
  CHECK(more->at.line == 3);  // the first left out: the one the cap cut, before those the reader counted
  CHECK(more->severity == Severity::warning);
}

}  // namespace msklint
