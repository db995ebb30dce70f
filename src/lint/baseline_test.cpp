#include <doctest/doctest.h>

#include <vector>

#include "lint/baseline.h"
#include "test_support.h"

namespace msklint {

namespace {

// Two services without onward routes (dead-end twice) and a typo'd key.
const std::string pathway =
    testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-dead-ends-unknown-key.yaml");

std::vector<FileReport> lint(const std::string& yaml, const std::string& name = "pathways/knee.yaml") {
  std::vector<FileReport> reports;
  reports.push_back(testing::lint_text(name, yaml));
  return reports;
}

const BaselineEntry* entry_for(const Baseline& baseline, const std::string& rule, const std::string& subject) {
  for (const auto& entry : baseline) {
    if (entry.rule == rule && entry.subject == subject) return &entry;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a baseline records findings by file, rule and subject, never problems with the file itself") {
  const Baseline baseline = make_baseline(lint(pathway));
  REQUIRE(entry_for(baseline, "dead-end", "physio") != nullptr);
  CHECK(entry_for(baseline, "dead-end", "physio")->file == "pathways/knee.yaml");
  CHECK(entry_for(baseline, "dead-end", "physio")->count == 1);
  CHECK(entry_for(baseline, "unknown-key", "pathway") == nullptr);
  CHECK(parse_baseline(baseline_to_json(baseline)) == baseline);
}

TEST_CASE("a baseline still covers findings after lines move") {
  const Baseline baseline = make_baseline(lint(pathway));
  auto moved = lint("# A comment added above\n# and another\n\n" + pathway);
  const int counted_before = static_cast<int>(moved[0].findings.size());
  const BaselineOutcome outcome = apply_baseline(baseline, "baseline.json", moved);
  CHECK(outcome.stale.empty());
  CHECK(outcome.pruned == baseline);
  CHECK(outcome.suppressed == counted_before - 1);  // all but the unknown key
  REQUIRE(moved[0].findings.size() == 1);
  CHECK(moved[0].findings[0].rule == "unknown-key");
  for (const Finding& finding : moved[0].suppressed) {
    REQUIRE(finding.suppression.has_value());
    CHECK(finding.suppression->kind == Suppression::Kind::baseline);
    CHECK(finding.suppression->reason == "baseline.json");
  }
}

TEST_CASE("new findings are reported, when a key has more than recorded, all of its findings are") {
  const Baseline baseline = make_baseline(lint(pathway));
  std::string more = pathway;
  more.insert(more.find("routes:"), "  - id: physio\n    type: physiotherapy\n");  // a second dead-end 'physio', and a duplicate id
  auto reports = lint(more);
  apply_baseline(baseline, "baseline.json", reports);
  CHECK(testing::of_rule(reports[0], "dead-end").empty());  // the later duplicate is not checked for dead ends
  CHECK(testing::of_rule(reports[0], "duplicate-id").size() == 1);
}

TEST_CASE("entries that no longer occur are stale and pruned, other files' entries are kept") {
  Baseline baseline = make_baseline(lint(pathway));
  baseline.push_back({"pathways/other.yaml", "dead-end", "x", 2});
  std::string fixed = pathway;
  fixed += "  - from: physio\n    to: gp\n";
  auto reports = lint(fixed);
  const BaselineOutcome outcome = apply_baseline(baseline, "baseline.json", reports);
  REQUIRE(outcome.stale.size() == 1);
  CHECK(outcome.stale[0] == BaselineEntry{"pathways/knee.yaml", "dead-end", "physio", 1});
  CHECK(entry_for(outcome.pruned, "dead-end", "physio") == nullptr);
  CHECK(entry_for(outcome.pruned, "dead-end", "ortho") != nullptr);
  CHECK(entry_for(outcome.pruned, "dead-end", "x") != nullptr);
}

TEST_CASE("a file that is not a baseline is refused with a reason") {
  CHECK_THROWS_WITH_AS(parse_baseline("{"), "it is not valid JSON", BaselineError);
  CHECK_THROWS_WITH_AS(parse_baseline(R"({"format": "msklint-findings"})"),
                       doctest::Contains("not an msklint baseline"), BaselineError);
  CHECK_THROWS_WITH_AS(parse_baseline(R"({"format": "msklint-baseline", "format_version": 2, "entries": []})"),
                       doctest::Contains("format_version"), BaselineError);
  CHECK_THROWS_WITH_AS(
      parse_baseline(R"({"format": "msklint-baseline", "format_version": 1, "entries": [{"file": "a", "rule": "b"}]})"),
      "entry 1 needs \"subject\" as text", BaselineError);
  CHECK_THROWS_WITH_AS(parse_baseline(R"({"format": "msklint-baseline", "format_version": 1,
      "entries": [{"file": "a", "rule": "b", "subject": "c", "count": 0}]})"),
                       doctest::Contains("at least 1"), BaselineError);
}

TEST_CASE("a baseline nested 200,000 deep, or larger than a baseline holds, is refused without a crash") {
  const std::string deep = R"({"format": "msklint-baseline", "format_version": 1, "entries": [)" +
                           std::string(200000, '[') + std::string(200000, ']') + "]}";
  CHECK_THROWS_WITH_AS(parse_baseline(deep), doctest::Contains("nests more than 8 deep"), BaselineError);
  // Unclosed: refused for its depth before the missing ends are noticed.
  CHECK_THROWS_WITH_AS(parse_baseline(std::string(200000, '[')), doctest::Contains("nests more than"), BaselineError);
  // A file that never ends is read only as far as the bound.
  CHECK_THROWS_WITH_AS(load_baseline("/dev/zero"), doctest::Contains("larger than 64 MiB"), BaselineError);
  CHECK_THROWS_WITH_AS(load_baseline("/nonexistent/baseline.json"), "it cannot be read", BaselineError);
  const std::string normal = R"({"format": "msklint-baseline", "format_version": 1,
      "entries": [{"file": "a", "rule": "b", "subject": "c", "count": 2}]})";
  CHECK(parse_baseline(normal).size() == 1);
}

}  // namespace msklint
