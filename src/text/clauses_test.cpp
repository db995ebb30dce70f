#include <doctest/doctest.h>

#include "text/clauses.h"

using namespace msklint;

TEST_CASE("clauses: sentences, parentheses and exceptions are split") {
  const auto clauses = split_clauses(
      "BMI <45. Refer to tier 3 if BMI>35; surgery not offered (see note 2) unless urgent, otherwise wait.");
  REQUIRE(clauses.size() == 6);
  CHECK(clauses[0].text == "BMI <45");
  CHECK(clauses[1].sentence == 1);
  CHECK(clauses[2].text == "see note 2");
  CHECK(clauses[2].parenthetical);
  CHECK(clauses[4].exception);
  CHECK_FALSE(clauses[5].exception);
  CHECK(split_clauses("BMI 32.5 or more").size() == 1);  // a decimal point ends nothing
}

TEST_CASE("square brackets are words added for sense, not asides") {
  const auto clauses = split_clauses("[Not accepted:] people [seen] within 6 months");
  REQUIRE(clauses.size() == 1);
  CHECK_FALSE(clauses[0].parenthetical);
}

TEST_CASE("plainer wording: with or without, without success, numbers in words") {
  CHECK(normalised("Back pain With or without sciatica") == "Back pain with sciatica");
  CHECK(normalised("tried without success") == "tried unsuccessfully");
  CHECK(normalised("no greater than thirty-eight") == "no greater than 38");
  CHECK(normalised("after six weeks, sixty five years") == "after 6 weeks, 65 years");
  CHECK(normalised("one of the following") == "one of the following");
  CHECK(normalised("one week") == "1 week");
  CHECK(normalised("someone sevenfold") == "someone sevenfold");  // whole words only
}
