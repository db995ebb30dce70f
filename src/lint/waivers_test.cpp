// Waivers and rule settings applied by the lint pipeline. The rules'
// fixtures (tests/fixtures/rules/{waiver-reason-missing,unused-waiver}) cover
// the messages; these tests cover how settings change what is reported.

#include <doctest/doctest.h>

#include "lint/lint.h"
#include "test_support.h"

namespace msklint {

namespace {

using testing::of_rule;

const std::string source_dir = testing::source_dir().string();

FileReport lint_fixture(const std::string& relative, const RuleSettings& settings = {}) {
  const std::string path = source_dir + "/tests/fixtures/rules/" + relative;
  return lint_bytes(path, testing::read_file(path), Limits{}, settings);
}

}  // namespace

TEST_CASE("a waived finding moves to suppressed with its reason and where the waiver is") {
  const FileReport report = lint_fixture("waiver-reason-missing/reasons-given.yaml");
  CHECK(of_rule(report, "dead-end").empty());
  REQUIRE(report.suppressed.size() == 2);
  const Finding& dead_end = report.suppressed[1];
  CHECK(dead_end.rule == "dead-end");
  CHECK(dead_end.subject == "spinal-network");
  REQUIRE(dead_end.suppression.has_value());
  CHECK(dead_end.suppression->kind == Suppression::Kind::waiver);
  CHECK(dead_end.suppression->reason.starts_with("The regional network runs its own pathway"));
  CHECK(dead_end.suppression->at == Location{20, 7});
  CHECK(dead_end.severity == Severity::warning);  // suppressed findings keep their severity for reports
  CHECK(report.suppressed[0].rule == "red-flag-route");
  CHECK(report.suppressed[0].subject == "pathway");
}

TEST_CASE("waivers for a rule that is off are neither applied nor reported as unused") {
  RuleSettings settings;
  settings.off.insert("dead-end");
  const FileReport report = lint_fixture("unused-waiver/stale-misspelt-and-unwaivable.yaml", settings);
  for (const Finding& finding : of_rule(report, "unused-waiver")) CHECK(finding.message.find("'dead-end'") == std::string::npos);
  CHECK(of_rule(report, "unused-waiver").size() == 4);
}

TEST_CASE("turning off unused-waiver or waiver-reason-missing silences them, and reasonless waivers still do not apply") {
  RuleSettings settings;
  settings.off = {"unused-waiver", "waiver-reason-missing"};
  CHECK(of_rule(lint_fixture("unused-waiver/stale-misspelt-and-unwaivable.yaml", settings), "unused-waiver").empty());
  const FileReport report = lint_fixture("waiver-reason-missing/empty-and-placeholder-reasons.yaml", settings);
  CHECK(of_rule(report, "waiver-reason-missing").empty());
  CHECK(of_rule(report, "dead-end").size() == 2);
}

TEST_CASE("rules that are off do not run, and configured severities replace every other") {
  RuleSettings settings;
  settings.off.insert("talking-therapies-link");
  settings.severity["fracture-liaison-service"] = Severity::info;
  settings.severity["schema"] = Severity::warning;  // the config refuses this; the pipeline just applies it
  const FileReport report = lint_fixture("fracture-liaison-service/young-people-and-adults.yaml", settings);
  CHECK(of_rule(report, "talking-therapies-link").empty());
  const auto fls = of_rule(report, "fracture-liaison-service");
  REQUIRE(fls.size() == 1);
  // The rule itself lowers this finding to a warning; the configuration wins.
  CHECK(fls[0].severity == Severity::info);

  const FileReport defaults = lint_fixture("fracture-liaison-service/young-people-and-adults.yaml");
  CHECK(of_rule(defaults, "talking-therapies-link").size() == 1);
  CHECK(of_rule(defaults, "fracture-liaison-service")[0].severity == Severity::warning);
}

TEST_CASE("the long-wait option of support-while-waiting moves its threshold") {
  const std::string yaml = R"(pathway:
  id: knee
  title: Knee pain
services:
  - id: physio
    type: physiotherapy
    entry: true
    access:
      wait: 5 weeks
)";
  CHECK(of_rule(lint_bytes("knee.yaml", yaml, Limits{}), "support-while-waiting").size() == 1);
  RuleSettings settings;
  settings.options.long_wait = Duration{6 * 7, false};
  CHECK(of_rule(lint_bytes("knee.yaml", yaml, Limits{}, settings), "support-while-waiting").empty());
}

}  // namespace msklint
