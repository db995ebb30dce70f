#include <doctest/doctest.h>

#include "read/values.h"

using namespace msklint;

TEST_CASE("rates read as a number per period") {
  const auto rate = parse_rate("400/month");
  REQUIRE(rate);
  CHECK(rate->count == 400);
  CHECK(rate->per == Period::month);
  CHECK(parse_rate(" 12.5 per Week ")->per_month() == doctest::Approx(12.5 * 365.25 / 12 / 7));
  CHECK(parse_rate("1200/years")->per_month() == doctest::Approx(100));
  CHECK(parse_rate("30 a day")->per == Period::day);
  CHECK_FALSE(parse_rate("400"));
  CHECK_FALSE(parse_rate("lots"));
  CHECK_FALSE(parse_rate("400/fortnight"));
  CHECK_FALSE(parse_rate("-3/month"));
}

TEST_CASE("durations read in days, noting working days") {
  CHECK(parse_duration("6 weeks")->days == doctest::Approx(42));
  CHECK(parse_duration("3 working days")->working_days);
  CHECK(parse_duration("3 working days")->days == doctest::Approx(3));
  CHECK(parse_duration("24 hours")->days == doctest::Approx(1));
  CHECK(parse_duration("Same day")->days == 0);
  CHECK(parse_duration("1 year")->days == doctest::Approx(365.25));
  CHECK_FALSE(parse_duration("soon"));
  CHECK_FALSE(parse_duration("3 working weeks"));
  CHECK_FALSE(parse_duration("weeks"));
}

TEST_CASE("shares accept percentages and fractions, nothing above one whole") {
  CHECK(*parse_share("80%") == doctest::Approx(0.8));
  CHECK(*parse_share("12.5 %") == doctest::Approx(0.125));
  CHECK(*parse_share("0.25") == doctest::Approx(0.25));
  CHECK_FALSE(parse_share("150%"));
  CHECK_FALSE(parse_share("2"));
  CHECK_FALSE(parse_share("most"));
}

TEST_CASE("slugs are lower-case words joined by hyphens") {
  CHECK(is_slug("community-physio"));
  CHECK(is_slug("fcp2"));
  CHECK_FALSE(is_slug("GP"));
  CHECK_FALSE(is_slug("gp practice"));
  CHECK_FALSE(is_slug("-gp"));
  CHECK_FALSE(is_slug(""));
}

TEST_CASE("numbers are plain decimals: no exponent, sign, nan or infinity") {
  CHECK_FALSE(parse_rate("nan/month"));
  CHECK_FALSE(parse_rate("inf per week"));
  CHECK_FALSE(parse_rate("1e3/month"));
  CHECK_FALSE(parse_rate("+5/month"));
  CHECK_FALSE(parse_share("nan"));
  CHECK_FALSE(parse_duration("inf days"));
  CHECK_FALSE(parse_rate("1..2/month"));
}

TEST_CASE("dates are YYYY-MM-DD days the calendar has") {
  CHECK(parse_iso_date("2024-02-29") == std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::February,
                                                                    std::chrono::day{29}});
  CHECK_FALSE(parse_iso_date("2025-02-29"));
  CHECK_FALSE(parse_iso_date("2026-1-01"));
  CHECK_FALSE(parse_iso_date("14/05/2026"));
  CHECK_FALSE(parse_iso_date("2026-05-14 "));
}
