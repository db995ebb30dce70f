#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("every criterion is visited in file order, with where it stands") {
  Pathway pathway;
  Service gp;
  gp.id.value = "gp";
  gp.id.present = true;
  Service ortho = gp;
  ortho.id.value = "ortho";
  ortho.access.criteria.value.push_back(with_basis("NICE NG226"));
  ortho.access.excludes.value.push_back(with_basis("none"));
  pathway.services = {gp, ortho};
  Route route;
  route.from.value = "gp";
  route.from.present = true;
  for (const char* target : {"ortho", "unknown"}) {
    Text to;
    to.value = target;
    to.present = true;
    route.to.push_back(to);
  }
  route.requires_.value.push_back(with_basis("two physiotherapy sessions"));
  pathway.routes = {route};
  const Graph graph(pathway);

  std::vector<std::string> seen;
  for_each_criterion(graph, [&](const CriterionSite& site) {
    std::string guarded;
    for (const Service* service : site.guarded) guarded += service->id.value + ";";
    seen.push_back(std::string(site.subject) + "|" + site.owner() + "|" + guarded + (site.exclusion ? "|excludes" : "") +
                   (site.route != nullptr ? "|route" : "") + (site.service != nullptr ? "|service" : ""));
  });
  CHECK(seen == std::vector<std::string>{"ortho|service 'ortho'|ortho;|service",
                                         "ortho|service 'ortho'|ortho;|excludes|service",
                                         "gp -> ortho, unknown|route gp -> ortho, unknown|ortho;|route"});
}
