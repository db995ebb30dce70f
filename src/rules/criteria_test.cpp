#include <doctest/doctest.h>

#include "rules/criteria.h"

using namespace msklint;

namespace {

Condition with_basis(const std::string& basis) {
  Condition condition;
  condition.text.value = "criterion";
  condition.text.present = true;
  condition.basis.value = basis;
  condition.basis.present = true;
  return condition;
}

}  // namespace

TEST_CASE("a basis counts when it names clinical guidance that does not advise against the criterion") {
  CHECK(basis_supports(with_basis("NICE NG59: low back pain"), Measure::prior_step));
  CHECK(basis_supports(with_basis("BESS/BOA shoulder pathway"), Measure::score));
  CHECK(basis_supports(with_basis("SIGN 136"), Measure::age));
  CHECK_FALSE(basis_supports(with_basis("Northshire ICB policy for planned care, section 4"), Measure::smoking));
  CHECK_FALSE(basis_supports(with_basis("Local access policy"), Measure::prior_step));
  CHECK_FALSE(basis_supports(with_basis("   "), Measure::prior_step));
  // NICE NG226 advises against these restrictions before joint replacement.
  CHECK_FALSE(basis_supports(with_basis("NICE NG226"), Measure::score));
  CHECK_FALSE(basis_supports(with_basis("NICE NG226"), Measure::smoking));
  CHECK(basis_supports(with_basis("NICE NG226: referral for joint surgery"), Measure::prior_step));
  // No basis excuses a BMI threshold.
  CHECK_FALSE(basis_supports(with_basis("NICE NG59"), Measure::bmi));
}
