#pragma once

// Judging what a criterion means (read once, src/text/criterion_reading.cpp)
// in its context: the kind of route it sits on, the service it guards, and
// the basis it gives. Shared by the access and barrier rules so that one
// criterion is judged one way.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "model/pathway.h"

namespace msklint {

// A criterion and where it stands. Views into the pathway, and into names
// made once per route: valid while the visit lasts.
struct CriterionSite {
  const Condition& condition;
  std::string_view subject;  // service id or route name ("gp -> ortho")
  const Route* route;        // the route, for a prerequisite; nullptr for a service's criterion or exclusion
  const Service* service;    // the service, for its criterion or exclusion
  std::span<const Service* const> guarded;  // the services it guards: the service, or the route's targets
  bool exclusion = false;    // written under access.excludes

  // "service 'ortho'" or "route gp -> ortho": how a message names the site,
  // made only for a finding.
  std::string owner() const;
};

// Every service criterion and exclusion and every route prerequisite, in file order.
void for_each_criterion(const Graph& graph, const std::function<void(const CriterionSite&)>& visit);

// Judged in context: a prerequisite of an urgent or emergency route is a red
// flag, not a restriction; BMI or smoking on the way into weight management
// or a stop smoking service says who it helps; a fracture liaison or falls
// service's lower age limit says whom it is for.
bool restricts_by_bmi(const CriterionSite& site);
// The non-clinical restriction other than BMI: smoking, age, score or re-access.
std::optional<Measure> non_clinical_restriction(const CriterionSite& site);
// "smoking status", "an age cut-off", ...: how findings name a restriction.
const char* restriction_words(Measure measure);
bool requires_prior_step(const CriterionSite& site);

// Read alone, without the context (route walks and service policies).
bool requires_prior_step(const Condition& condition);
// The first condition that requires an earlier step (a gate), or nullptr.
const Condition* first_prior_step(const std::vector<Condition>& conditions);
bool removes_non_attenders(const Condition& condition);  // "discharged back to the GP after one missed appointment"
bool is_non_clinical_restriction(const Condition& condition);

// A basis that names clinical guidance (NICE, SIGN, a royal college or
// specialist society...) rather than a local or funding policy, and not
// guidance that advises against this very restriction (NICE NG226 on BMI,
// smoking, age and scores before joint replacement).
bool basis_supports(const Condition& condition, Measure measure);

}  // namespace msklint
