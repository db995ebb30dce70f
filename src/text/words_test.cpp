#include <doctest/doctest.h>

#include "text/words.h"

using namespace msklint;

TEST_CASE("text splits into lower-case words, numbers and signs") {
  const Words words("BMI ≤ 35, or weight=>120kg (patient's)");
  CHECK(words.tokens() == std::vector<std::string>{"bmi", "<=", "35", "or", "weight", ">=", "120", "kg", "patients"});
  CHECK(Words("12.5%").tokens() == std::vector<std::string>{"12.5"});
  CHECK(Words("40+").tokens() == std::vector<std::string>{"40", "+"});
}

TEST_CASE("phrases match whole words only") {
  const Words words("Body mass index over 35");
  CHECK(words.has("body mass index"));
  CHECK_FALSE(words.has("mass index over 30"));
  CHECK_FALSE(Words("embodiment").has("body"));
  CHECK(Words("discharged").has_prefix("discharg"));
}

TEST_CASE("limits read in signs and in words") {
  CHECK(Words("BMI < 40").has_upper_limit());
  CHECK(Words("BMI of 30 or less").has_upper_limit());
  CHECK(Words("aged 65 and over").has_lower_limit());
  CHECK(Words("65+").has_lower_limit());
  CHECK_FALSE(Words("weight management advice").has_comparison());
}

TEST_CASE("numbers near a word") {
  const Words words("3 months of core treatment including education, exercise and weight support");
  CHECK_FALSE(words.number_near("weigh", 4));
  CHECK(Words("lose 10% of body weight").number_near("weigh", 4));
  CHECK(Words("aged 75").numbers() == std::vector<double>{75});
}
