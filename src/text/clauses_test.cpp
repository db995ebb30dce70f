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
  // Each exception word, in any case; inside a word it is no exception.
  for (const char* text : {"Not offered Unless urgent, then refer", "Not offered EXCEPT after a fall, then refer",
                           "Not offered other than for cancer, then refer",
                           "Not offered Apart From red flags, then refer"}) {
    CAPTURE(text);
    const auto split = split_clauses(text);
    REQUIRE(split.size() == 3);
    CHECK(split[1].exception);
  }
  CHECK(split_clauses("an exceptional case; nothing else").size() == 2);
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
  // Any case, at the start of the text or after any mark; other letters and bytes are copied.
  CHECK(normalised("Six Weeks; TWELVE months (Zero) Twenty-One") == "6 Weeks; 12 months (0) 21");
  CHECK(normalised("Tried Without Success") == "Tried unsuccessfully");
  CHECK(normalised("\xC3\xA9six ma\xC3\xAEtre") == "\xC3\xA9six ma\xC3\xAEtre");
}
