#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "report/fingerprint.h"
#include "report/report.h"
#include "report/span.h"
#include "rules/rule.h"
#include "test_support.h"

namespace msklint {

namespace {

using json = nlohmann::json;

json json_of(std::span<const FileReport> reports) { return json::parse(testing::rendered(write_json, reports)); }

}  // namespace

TEST_CASE("json: findings carry their end column and fingerprint, waived ones are listed apart") {
  const FileReport report = testing::lint_text(
      "examples/knee.yaml", testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-waived.yaml"));
  REQUIRE(report.suppressed.size() == 1);
  const json document = json_of(std::span(&report, 1));
  CHECK(document["format_version"] == 1);
  const json& file = document["files"][0];
  const FileFingerprints prints = fingerprints(report);
  REQUIRE(file["findings"].size() == report.findings.size());
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    CHECK(file["findings"][i]["end_column"] == end_column(report.source, report.findings[i].at));
    CHECK(file["findings"][i]["fingerprint"] == prints.findings[i]);
    CHECK(!file["findings"][i].contains("suppression"));
  }
  REQUIRE(file["suppressed"].size() == 1);
  const json& waived = file["suppressed"][0];
  CHECK(waived["rule"] == "dead-end");
  CHECK(waived["fingerprint"] == prints.suppressed[0]);
  CHECK(waived["suppression"] == json{{"kind", "waiver"},
                                      {"reason", "Discharge is arranged by the GP after the last session"},
                                      {"line", 11},
                                      {"column", 7}});
  CHECK(document["summary"]["suppressed"] == 1);
}

TEST_CASE("json: unknown positions are null, and every rule is described") {
  FileReport report;
  report.source = SourceText("missing.yaml", "");
  Finding unreadable = make_finding("unreadable-file", "missing.yaml", {}, "", "cannot read this file");
  unreadable.severity = Severity::error;
  report.findings.push_back(unreadable);
  const json document = json_of(std::span(&report, 1));
  CHECK(document["files"][0]["findings"][0]["end_column"].is_null());
  CHECK(document["files"][0]["suppressed"] == json::array());
  CHECK(document["summary"]["suppressed"] == 0);
  REQUIRE(document["rules"].size() == all_rules().size());
  CHECK(document["rules"][0]["id"] == all_rules()[0].id);
  const auto dead_end = std::find_if(document["rules"].begin(), document["rules"].end(),
                                     [](const json& rule) { return rule["id"] == "dead-end"; });
  REQUIRE(dead_end != document["rules"].end());
  CHECK((*dead_end)["severity"] == "warning");
  CHECK((*dead_end)["theme"] == "structure");
  CHECK((*dead_end)["theme_title"] == "Pathway structure and file format");
  CHECK(!(*dead_end)["why"].get<std::string>().empty());
}

}  // namespace msklint
