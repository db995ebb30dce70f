#include "rules/criteria.h"

#include <algorithm>

#include <fmt/format.h>

#include "rules/service_kinds.h"
#include "text/words.h"

namespace msklint {

namespace {

bool measure_is(const Condition& condition, std::initializer_list<std::string_view> measures) {
  return condition.measure.present &&
         std::find(measures.begin(), measures.end(), condition.measure.value) != measures.end();
}

bool on_red_flag_route(const CriterionSite& site) {
  return site.route != nullptr &&
         (site.route->kind.value == RouteKind::urgent || site.route->kind.value == RouteKind::emergency);
}

// Services that help people change what a BMI or smoking criterion is about.
bool is_support_service(const Service& service) {
  return has_type(service, {"weight-management", "stop-smoking", "health-coaching", "social-prescribing",
                            "exercise-programme", "self-management-education", "leisure-services",
                            "public-health"});
}

bool guards_only(const CriterionSite& site, bool (*test)(const Service&)) {
  return !site.guarded.empty() &&
         std::all_of(site.guarded.begin(), site.guarded.end(), [&](const Service* service) { return test(*service); });
}

// Services whose population is defined by age: fracture liaison (50 and over), falls.
bool is_defined_by_age(const Service& service) {
  return is_fracture_liaison(service) || has_type(service, {"falls-service"});
}

}  // namespace

std::string CriterionSite::owner() const {
  return route != nullptr ? fmt::format("route {}", subject) : fmt::format("service '{}'", subject);
}

void for_each_criterion(const Graph& graph, const std::function<void(const CriterionSite&)>& visit) {
  // Nothing is made for a service: its id names it. A route's name is made
  // once for all its prerequisites; most routes have none.
  const Pathway& pathway = graph.pathway();
  for (const Service& service : pathway.services) {
    const Service* const self[] = {&service};
    for (const Condition& condition : service.access.criteria.value) {
      visit({condition, service.id.value, nullptr, &service, self});
    }
    for (const Condition& condition : service.access.excludes.value) {
      visit({condition, service.id.value, nullptr, &service, self, true});
    }
  }
  std::vector<const Service*> guarded;
  for (const Route& route : pathway.routes) {
    if (route.requires_.value.empty()) continue;
    guarded.clear();
    for (const Text& target : route.to) {
      if (const auto node = graph.find(target.value)) guarded.push_back(&graph.service(*node));
    }
    const std::string name = route_subject(route);
    for (const Condition& condition : route.requires_.value) visit({condition, name, &route, nullptr, guarded});
  }
}

bool restricts_by_bmi(const CriterionSite& site) {
  const Condition& condition = site.condition;
  if (measure_is(condition, {"bmi", "weight"})) return true;
  if (!condition.meaning.holds_back_by(Measure::bmi)) return false;
  // Who weight management is for is not a barrier to MSK care.
  return !guards_only(site, is_support_service);
}

std::optional<Measure> non_clinical_restriction(const CriterionSite& site) {
  const Condition& condition = site.condition;
  if (measure_is(condition, {"smoking"}) || condition.meaning.holds_back_by(Measure::smoking)) {
    if (!guards_only(site, is_support_service)) return Measure::smoking;
  }
  if (on_red_flag_route(site)) return std::nullopt;  // ages, scores and histories on an urgent route are red flags
  const MeasureReading* age = condition.meaning.find(Measure::age);
  if (age && (age->holds_back || (measure_is(condition, {"age"}) && age->bound != Bound::none))) {
    const bool population = age->bound == Bound::lower && guards_only(site, is_defined_by_age);
    if (!population) return Measure::age;
  }
  const MeasureReading* score = condition.meaning.find(Measure::score);
  if (score && (score->holds_back ||
                (measure_is(condition, {"oxford-knee-score", "oxford-hip-score", "pain-score"}) &&
                 score->bound != Bound::none))) {
    return Measure::score;
  }
  if (condition.meaning.holds_back_by(Measure::re_access)) return Measure::re_access;
  if (condition.meaning.holds_back_by(Measure::circumstance)) return Measure::circumstance;
  return std::nullopt;
}

const char* restriction_words(Measure measure) {
  switch (measure) {
    case Measure::bmi: return "BMI or weight";
    case Measure::smoking: return "smoking status";
    case Measure::age: return "an age cut-off";
    case Measure::score: return "a scoring-tool cut-off";
    case Measure::re_access: return "a bar on coming back within a period";
    case Measure::circumstance: return "their circumstances (transport, a telephone, education or work)";
    case Measure::prior_step: return "an earlier step";
  }
  return "a restriction";
}

bool requires_prior_step(const Condition& condition) {
  return measure_is(condition, {"prior-treatment"}) || condition.meaning.holds_back_by(Measure::prior_step);
}

const Condition* first_prior_step(const std::vector<Condition>& conditions) {
  for (const Condition& condition : conditions) {
    if (requires_prior_step(condition)) return &condition;
  }
  return nullptr;
}

bool requires_prior_step(const CriterionSite& site) {
  if (on_red_flag_route(site) && !measure_is(site.condition, {"prior-treatment"})) return false;
  return requires_prior_step(site.condition);
}

bool removes_non_attenders(const Condition& condition) {
  return condition.meaning.about_attendance && condition.meaning.attendance == AttendanceEffect::removes;
}

bool is_non_clinical_restriction(const Condition& condition) {
  if (measure_is(condition, {"bmi", "weight", "smoking"})) return true;
  const CriterionMeaning& meaning = condition.meaning;
  return meaning.holds_back_by(Measure::bmi) || meaning.holds_back_by(Measure::smoking) ||
         meaning.holds_back_by(Measure::age) || meaning.holds_back_by(Measure::score) ||
         meaning.holds_back_by(Measure::re_access) || meaning.holds_back_by(Measure::circumstance);
}

bool basis_supports(const Condition& condition, Measure measure) {
  if (is_blank(condition.basis)) return false;
  if (measure == Measure::bmi) return false;  // NICE advises against BMI thresholds: no basis excuses one
  const Words words(condition.basis.value);
  const bool guidance =
      words.has_any({"nice", "ng", "qs", "cg", "cks", "sign", "boa", "bsr", "bess", "bask", "bhs", "girft", "ebi",
                     "guideline", "guidelines", "guidance", "royal college", "evidence", "consensus", "nhs england",
                     "quality standard", "specialist society", "faculty", "british", "european"});
  if (!guidance) return false;
  // NICE NG226 advises against limiting referral for joint replacement by
  // BMI, smoking, age or a scoring tool: it cannot be the basis for one.
  const bool against_ng226 = measure == Measure::smoking || measure == Measure::age || measure == Measure::score;
  return !(against_ng226 && words.has("ng 226"));
}

}  // namespace msklint
