#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>

#include "rules/finding_sink.h"

namespace msklint {

namespace {

Finding dead_end(int line) {
  return make_finding("dead-end", "p.yaml", {line, 5}, fmt::format("s{}", line), "service has no onward route");
}

}  // namespace

TEST_CASE("finding sink: past the budget a rule's findings are counted, not made") {
  Findings findings;
  LeftOutFindings left_out;
  FindingBudget budget(3, left_out);
  FindingSink sink(findings, budget, {});
  for (int line = 1; line <= 10; ++line) sink.push_back(dead_end(line));
  REQUIRE(findings.size() == 3);
  CHECK(findings.back().at.line == 3);
  CHECK(left_out.by_rule.at("dead-end").count == 7);
  CHECK(left_out.by_rule.at("dead-end").first == Location{4, 5});
}

TEST_CASE("finding sink: a finding a waiver names is made past the budget, and not counted against it") {
  Findings findings;
  LeftOutFindings left_out;
  FindingBudget budget(2, left_out);
  FindingSink sink(findings, budget, {{"dead-end", "s9"}, {"unreachable-service", "s1"}});
  for (int line = 1; line <= 10; ++line) sink.push_back(dead_end(line));
  REQUIRE(findings.size() == 3);  // s1 and s2 within the budget, and s9 for its waiver
  CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.subject == "s9"; }));
  CHECK(left_out.by_rule.at("dead-end").count == 7);  // s3 to s10 but s9
}

TEST_CASE("finding sink: without a budget every finding is made") {
  Findings findings;
  FindingSink sink(findings);
  for (int line = 1; line <= 500; ++line) sink.push_back(dead_end(line));
  CHECK(findings.size() == 500);
}

}  // namespace msklint
