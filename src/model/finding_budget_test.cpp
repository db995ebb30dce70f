#include <doctest/doctest.h>

#include "model/finding_budget.h"

namespace msklint {

TEST_CASE("finding budget: each rule makes its first findings, the rest are counted with the first place") {
  LeftOutFindings left_out;
  FindingBudget budget(2, left_out);
  CHECK(budget.admit("unknown-key", {3, 5}));
  CHECK(budget.admit("unknown-key", {4, 5}));
  CHECK(budget.admit("schema", {4, 9}));  // another rule has a budget of its own
  CHECK_FALSE(budget.admit("unknown-key", {9, 5}));
  CHECK_FALSE(budget.admit("unknown-key", {7, 5}));  // found out of order: the first place is still the earliest
  CHECK(budget.admit("schema", {10, 1}));
  REQUIRE(left_out.by_rule.size() == 1);
  const auto& counted = left_out.by_rule.at("unknown-key");
  CHECK(counted.count == 2);
  CHECK(counted.first == Location{7, 5});
}

TEST_CASE("finding budget: 0 makes every finding") {
  LeftOutFindings left_out;
  FindingBudget budget(0, left_out);
  for (int line = 1; line <= 1000; ++line) CHECK(budget.admit("duplicate-key", {line, 1}));
  CHECK(left_out.empty());
}

TEST_CASE("left-out findings of two stages add up, rule by rule") {
  LeftOutFindings parser;
  parser.add("duplicate-key", {20, 3}, 5);
  LeftOutFindings reader;
  reader.add("duplicate-key", {12, 1});
  reader.add("unknown-key", {30, 5}, 0);  // nothing left out: nothing recorded
  reader.add("schema", {40, 2}, 3);
  parser.add(reader);
  REQUIRE(parser.by_rule.size() == 2);
  CHECK(parser.by_rule.at("duplicate-key").count == 6);
  CHECK(parser.by_rule.at("duplicate-key").first == Location{12, 1});
  CHECK(parser.by_rule.at("schema").count == 3);
}

TEST_CASE("a budget is full once a rule has made all it may, and never without a cap") {
  LeftOutFindings left_out;
  FindingBudget budget(2, left_out);
  CHECK_FALSE(budget.full("schema"));
  CHECK(budget.admit("schema", {1, 1}));
  CHECK_FALSE(budget.full("schema"));
  CHECK(budget.admit("schema", {2, 1}));
  CHECK(budget.full("schema"));
  CHECK_FALSE(budget.full("unknown-key"));
  LeftOutFindings none;
  FindingBudget uncapped(0, none);
  CHECK(uncapped.admit("schema", {1, 1}));
  CHECK_FALSE(uncapped.full("schema"));
}

}  // namespace msklint
