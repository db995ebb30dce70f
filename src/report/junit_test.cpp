#include <doctest/doctest.h>

#include <filesystem>

#include "report/report.h"
#include "test_support.h"

namespace msklint {

namespace {

std::string junit_of(std::span<const FileReport> reports, std::vector<FailLevel> levels = {}) {
  return testing::rendered(
      [&](std::ostream& out, std::span<const FileReport> shown) { write_junit(out, shown, levels); }, reports);
}

Finding finding(std::string rule, Location at, std::string subject, std::string message,
                Severity severity = Severity::warning) {
  Finding made = make_finding(std::move(rule), "pathways/knee.yaml", at, std::move(subject), std::move(message));
  made.severity = severity;
  return made;
}

FileReport report_of(Findings findings, Findings suppressed = {}) {
  FileReport report;
  report.source = SourceText("pathways/knee.yaml", "");
  report.findings = std::move(findings);
  report.suppressed = std::move(suppressed);
  return report;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("junit: a file without findings is one passing test case") {
  const FileReport clean = report_of({});
  const std::string xml = junit_of(std::span(&clean, 1));
  CHECK(xml ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"msklint\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
        "  <testsuite name=\"pathways/knee.yaml\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
        "    <testcase classname=\"pathways/knee.yaml\" file=\"pathways/knee.yaml\" name=\"msklint\"/>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("junit: one failing test case per rule and subject, listing every finding") {
  const FileReport report = report_of({
      finding("dead-end", {9, 9}, "physio", "service 'physio' has no onward route"),
      finding("unknown-service", {14, 9}, "gp -> fcp", "route leads to 'fcp'", Severity::error),
      finding("dead-end", {20, 9}, "physio", "service 'physio' still has no onward route"),
      finding("unreadable-file", {}, "", "cannot read this file", Severity::error),
  });
  const std::string xml = junit_of(std::span(&report, 1), {FailLevel::warning});
  CHECK(contains(xml, "<testsuites name=\"msklint\" tests=\"3\" failures=\"3\" errors=\"0\" skipped=\"0\">"));
  CHECK(contains(xml, "<testcase classname=\"pathways/knee.yaml\" file=\"pathways/knee.yaml\" name=\"dead-end: physio\">\n"
                      "      <failure type=\"dead-end\" message=\"service &apos;physio&apos; has no onward route\">"
                      "pathways/knee.yaml:9:9: warning[dead-end] service 'physio' has no onward route\n"));
  CHECK(contains(xml, "pathways/knee.yaml:20:9: warning[dead-end] service 'physio' still has no onward route\n"));
  CHECK(contains(xml, "name=\"unknown-service: gp -&gt; fcp\""));
  CHECK(contains(xml, "<testcase classname=\"pathways/knee.yaml\" file=\"pathways/knee.yaml\" name=\"unreadable-file\">"));
  CHECK(contains(xml, "pathways/knee.yaml: error[unreadable-file] cannot read this file\n"));
  CHECK(contains(xml, "  why: "));
  CHECK(contains(xml, "  fix: "));
  CHECK(!contains(xml, "name=\"msklint\"/>"));  // the file failed
  CHECK(!contains(xml, "time"));              // the same input gives the same report
}

TEST_CASE("junit: text from the pathway is escaped, and what XML cannot hold is replaced") {
  const FileReport report = report_of({finding("schema", {3, 10}, "a<b", "got 'x<&\"y' and \x01 and \xff\xfe and \t tab")});
  const std::string xml = junit_of(std::span(&report, 1), {FailLevel::warning});
  CHECK(contains(xml, "name=\"schema: a&lt;b\""));
  CHECK(contains(xml, "message=\"got &apos;x&lt;&amp;&quot;y&apos; and \xEF\xBF\xBD and \xEF\xBF\xBD\xEF\xBF\xBD and &#9; tab\""));
  CHECK(contains(xml, "] got 'x&lt;&amp;\"y' and \xEF\xBF\xBD and \xEF\xBF\xBD\xEF\xBF\xBD and \t tab\n"));
  CHECK(!contains(xml, "\x01"));
}

TEST_CASE("junit: well-formed UTF-8 is kept as it is") {
  const FileReport report = report_of({finding("schema", {3, 10}, "café", "Café – naïve 😀")});
  const std::string xml = junit_of(std::span(&report, 1), {FailLevel::warning});
  CHECK(contains(xml, "name=\"schema: café\""));
  CHECK(contains(xml, "message=\"Café – naïve 😀\""));
}

TEST_CASE("junit: waived and baselined findings are skipped test cases") {
  Finding waived = finding("dead-end", {9, 9}, "physio", "no onward route");
  waived.suppression = Suppression{Suppression::Kind::waiver, "GP arranges discharge & review", {11, 7}};
  Finding baselined = finding("self-route", {20, 9}, "review -> review", "leads back to itself");
  baselined.suppression = Suppression{Suppression::Kind::baseline, ".msklint-baseline.json", {}};
  const FileReport report = report_of({}, {waived, baselined});
  const std::string xml = junit_of(std::span(&report, 1));
  CHECK(contains(xml, "<testsuites name=\"msklint\" tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"2\">"));
  CHECK(contains(xml, "<testcase classname=\"pathways/knee.yaml\" file=\"pathways/knee.yaml\" name=\"msklint\"/>"));
  CHECK(contains(xml, "<testcase classname=\"pathways/knee.yaml\" file=\"pathways/knee.yaml\" name=\"dead-end: physio\">\n"
                      "      <skipped message=\"waived: GP arranges discharge &amp; review\"/>"));
  CHECK(contains(xml, "<skipped message=\"in baseline .msklint-baseline.json\"/>"));
}

TEST_CASE("junit: a suite per file, with totals over all") {
  const FileReport a = testing::lint_text("examples/a.yaml", "pathway: {id: a}\n");
  const FileReport b = report_of({});
  const std::vector<FileReport> reports{a, b};
  const std::string xml = junit_of(reports);
  CHECK(contains(xml, "<testsuite name=\"examples/a.yaml\""));
  CHECK(contains(xml, "<testsuite name=\"pathways/knee.yaml\" tests=\"1\" failures=\"0\""));
}

TEST_CASE("junit: a finding below the failure level is a passing test with its text as output") {
  const FileReport report = report_of({finding("dead-end", {10, 9}, "physio", "physio is a dead end", Severity::warning),
                                       finding("unknown-service", {12, 9}, "gp", "no such service", Severity::error)});
  const std::string on_error = junit_of(std::span(&report, 1), {FailLevel::error});
  CHECK(contains(on_error, "tests=\"2\" failures=\"1\""));
  CHECK(contains(on_error, "name=\"dead-end: physio\">\n      <system-out>pathways/knee.yaml:10:9: warning[dead-end]"));
  CHECK(contains(on_error, "name=\"unknown-service: gp\">\n      <failure type=\"unknown-service\""));
  const std::string on_warning = junit_of(std::span(&report, 1), {FailLevel::warning});
  CHECK(contains(on_warning, "tests=\"2\" failures=\"2\""));
  const std::string never = junit_of(std::span(&report, 1), {FailLevel::never});
  CHECK(contains(never, "tests=\"2\" failures=\"0\""));
  CHECK_FALSE(contains(never, "<failure"));
}

TEST_CASE("junit: a baselined finding names the baseline by its repository path, never an absolute one") {
  Finding baselined = finding("dead-end", {10, 9}, "physio", "physio is a dead end");
  baselined.suppression = Suppression{Suppression::Kind::baseline,
                                      (std::filesystem::current_path() / "ci" / "baseline.json").string(), {}};
  const FileReport report = report_of({}, {baselined});
  const std::string xml = junit_of(std::span(&report, 1));
  CHECK(contains(xml, "<skipped message=\"in baseline "));
  CHECK_FALSE(contains(xml, std::filesystem::current_path().string()));
}

}  // namespace msklint
