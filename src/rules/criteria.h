#pragma once

// What an eligibility criterion or route prerequisite says, read from its
// words (and its `measure`, where given). Shared by the access rules and the
// barrier rules so that one criterion is classified one way.

#include <functional>
#include <string>

#include "model/pathway.h"

namespace msklint {

// A criterion and who it belongs to.
struct CriterionSite {
  const Condition& condition;
  std::string subject;   // service id or route name
  std::string owner;     // "service 'ortho'" or "route gp -> ortho"
  const Route* route;    // the route, for a prerequisite; nullptr for a service's criterion
  const Service* service;
};

// Every service criterion and every route prerequisite, in file order.
void for_each_criterion(const Pathway& pathway, const std::function<void(const CriterionSite&)>& visit);

bool restricts_by_bmi(const Condition& condition);        // "BMI < 40", "body mass index over 35", measure: bmi
bool restricts_by_smoking(const Condition& condition);    // "non-smokers only", "must have stopped smoking"
bool restricts_by_age(const Condition& condition);        // "aged under 75"; not the adult boundary ("18 and over")
bool restricts_by_score(const Condition& condition);      // "Oxford Knee Score below 20"
bool requires_prior_step(const Condition& condition);     // "after 6 weeks of physiotherapy", "must have completed"
bool removes_non_attenders(const Condition& condition);   // "discharged back to the GP after one missed appointment"

// Any of the non-clinical restrictions: BMI, smoking, age or score cut-offs.
bool is_non_clinical_restriction(const Condition& condition);

// A criterion that holds people back: a prior step or a restriction. (An
// indication such as "suspected inflammatory arthritis" is not a gate.)
bool is_gate(const Condition& condition);

// A stated clinical basis; an empty one does not count.
bool has_basis(const Condition& condition);

}  // namespace msklint
