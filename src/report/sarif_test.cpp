#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "report/report.h"
#include "report/span.h"
#include "rules/rule.h"
#include "test_support.h"

namespace msklint {

namespace {

using json = nlohmann::json;

json sarif_of(std::span<const FileReport> reports) { return json::parse(testing::rendered(write_sarif, reports)); }

// Physio's dead end waived at line 11; see the fixture.
const std::string waived_pathway =
    testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-waived.yaml");

const json* result_of(const json& sarif, std::string_view rule) {
  for (const auto& result : sarif["runs"][0]["results"]) {
    if (result["ruleId"] == rule) return &result;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("sarif: a clean run has an empty results array") {
  const FileReport clean =
      lint_file((testing::source_dir() / "examples" / "hip-knee-osteoarthritis.yaml").string(), {});
  REQUIRE(clean.findings.empty());
  const std::string out = testing::rendered(write_sarif, std::span(&clean, 1));
  CHECK(out.find("\"results\": []") != std::string::npos);

  const json sarif = json::parse(out);
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].size() == 1);
  CHECK(sarif["runs"][0]["columnKind"] == "unicodeCodePoints");
  CHECK(sarif["runs"][0]["tool"]["driver"]["name"] == "msklint");
  CHECK(sarif["runs"][0]["tool"]["driver"]["version"] == MSKLINT_VERSION);
}

TEST_CASE("sarif: every rule is described, in registry order") {
  const json sarif = sarif_of({});
  const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == all_rules().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i]["id"] == all_rules()[i].id);
    CHECK(!rules[i]["shortDescription"]["text"].get<std::string>().empty());
    CHECK(rules[i]["help"].contains("markdown"));
  }
  const json& dead_end = rules[static_cast<std::size_t>(find_rule("dead-end") - all_rules().data())];
  CHECK(dead_end["name"] == "DeadEnd");
  CHECK(dead_end["defaultConfiguration"]["level"] == "warning");
  CHECK(dead_end["properties"]["tags"] == json::array({"structure"}));
  CHECK(dead_end["help"]["markdown"].get<std::string>().find("## Why it matters") != std::string::npos);
}

TEST_CASE("sarif: a result points at its rule, file, line and columns") {
  const FileReport report = testing::lint_text("examples/knee.yaml", waived_pathway);
  const json sarif = sarif_of(std::span(&report, 1));
  const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  for (const auto& result : sarif["runs"][0]["results"]) {
    CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    CHECK(result["partialFingerprints"]["msklint/v1"].get<std::string>().size() == 16);
  }
  const auto single = std::find_if(report.findings.begin(), report.findings.end(),
                                   [](const Finding& finding) { return finding.rule == "single-entry-point"; });
  REQUIRE(single != report.findings.end());
  const json* result = result_of(sarif, "single-entry-point");
  REQUIRE(result != nullptr);
  CHECK((*result)["level"] == "warning");
  CHECK((*result)["message"]["text"] == single->message);
  const json& location = (*result)["locations"][0];
  CHECK(location["physicalLocation"]["artifactLocation"] == json{{"uri", "examples/knee.yaml"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK(location["physicalLocation"]["region"] == json{{"startLine", single->at.line},
                                                       {"startColumn", single->at.column},
                                                       {"endLine", single->at.line},
                                                       {"endColumn", end_column(report.source, single->at)}});
  CHECK(location["logicalLocations"] == json::array({{{"name", "gp"}}}));
  CHECK((*result)["properties"]["fix"].get<std::string>().size() > 0);
}

TEST_CASE("sarif: waived and baselined findings are results with suppressions") {
  FileReport report = testing::lint_text("examples/knee.yaml", waived_pathway);
  REQUIRE(report.suppressed.size() == 1);
  Finding baselined = report.findings.front();
  baselined.suppression = Suppression{Suppression::Kind::baseline, ".msklint-baseline.json", {}};
  report.suppressed.push_back(baselined);
  const json sarif = sarif_of(std::span(&report, 1));
  CHECK(sarif["runs"][0]["results"].size() == report.findings.size() + 2);

  const json* waived = result_of(sarif, "dead-end");
  REQUIRE(waived != nullptr);
  REQUIRE((*waived)["suppressions"].size() == 1);
  const json& waiver = (*waived)["suppressions"][0];
  CHECK(waiver["kind"] == "inSource");
  CHECK(waiver["justification"] == "Discharge is arranged by the GP after the last session");
  CHECK(waiver["location"]["physicalLocation"]["region"]["startLine"] == 11);

  const json& last = sarif["runs"][0]["results"].back();
  CHECK(last["suppressions"][0]["kind"] == "external");
  CHECK(last["suppressions"][0]["justification"] == "in the baseline .msklint-baseline.json");

  for (const auto& result : sarif["runs"][0]["results"]) {
    if (&result != waived && &result != &last) CHECK(!result.contains("suppressions"));
  }
}

TEST_CASE("sarif: uris are repository paths, percent-encoded, no region when the line is unknown") {
  FileReport report;
  report.source = SourceText("examples/knee pain#1 100%.yaml", "");
  Finding unreadable = make_finding("unreadable-file", "examples/knee pain#1 100%.yaml", {}, "", "cannot read");
  unreadable.severity = Severity::error;
  report.findings.push_back(unreadable);
  const json sarif = sarif_of(std::span(&report, 1));
  const json& result = sarif["runs"][0]["results"][0];
  CHECK(result["level"] == "error");
  const json& physical = result["locations"][0]["physicalLocation"];
  CHECK(physical["artifactLocation"]["uri"] == "examples/knee%20pain%231%20100%25.yaml");
  CHECK(!physical.contains("region"));
  CHECK(!result["locations"][0].contains("logicalLocations"));
}

TEST_CASE("sarif: info findings are notes") {
  FileReport report = testing::lint_text("examples/knee.yaml", waived_pathway);
  const json sarif = sarif_of(std::span(&report, 1));
  const json* info = result_of(sarif, "msk-lead-missing");
  REQUIRE(info != nullptr);
  CHECK((*info)["level"] == "note");
}

}  // namespace msklint

namespace msklint {

TEST_CASE("sarif: a finding with a certain correction carries it as a fix") {
  const FileReport report = testing::lint_text("pathways/typos.yaml",
                                               testing::read_file(testing::source_dir() / "tests/fixtures/fix/typos.yaml"));
  const json sarif = sarif_of(std::span(&report, 1));
  const json* unknown = result_of(sarif, "unknown-service");
  REQUIRE(unknown != nullptr);
  REQUIRE((*unknown).contains("fixes"));
  const json& change = (*unknown)["fixes"][0]["artifactChanges"][0];
  CHECK(change["artifactLocation"]["uri"] == (*unknown)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
  const json& replacement = change["replacements"][0];
  CHECK(replacement["deletedRegion"] == json{{"startLine", 15}, {"startColumn", 20}, {"endColumn", 26}});
  CHECK(replacement["insertedContent"]["text"] == "physio");
  // A finding with no certain correction has no fixes.
  const json* duplicate = result_of(sarif, "duplicate-route");
  if (duplicate != nullptr) CHECK_FALSE((*duplicate).contains("fixes"));
}

}  // namespace msklint
