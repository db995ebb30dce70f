// Non-clinical barriers (ARMA key messages 2023, section 6, "No non clinical
// restrictions on access to treatment").
//   bmi-threshold, non-clinical-restriction, dna-removal

#include <fmt/format.h>

#include "rules/criteria.h"
#include "rules/rule.h"
#include "text/words.h"

namespace msklint {

void check_bmi_threshold(const RuleContext& context, FindingSink& out) {
  // A basis does not excuse a BMI threshold: NICE advises against them.
  for_each_criterion(context.graph, [&](const CriterionSite& site) {
    if (!restricts_by_bmi(site)) return;
    out.push_back(context.finding(
        "bmi-threshold", site.condition.text.at, std::string(site.subject),
        fmt::format("{} restricts access by BMI or weight ('{}'): a non-clinical threshold that NICE advises "
                    "against and that widens inequalities",
                    site.owner(), as_one_line(site.condition.text.value)),
        "remove the threshold; weigh any extra risk in a shared decision with the person, and offer weight "
        "management support alongside treatment, not as a gate"));
  });
}

void check_non_clinical_restriction(const RuleContext& context, FindingSink& out) {
  for_each_criterion(context.graph, [&](const CriterionSite& site) {
    const Condition& condition = site.condition;
    // BMI is bmi-threshold's, and is checked there.
    const auto restriction = non_clinical_restriction(site);
    if (!restriction || basis_supports(condition, *restriction)) return;
    out.push_back(context.finding(
        "non-clinical-restriction", condition.text.at, std::string(site.subject),
        fmt::format("{} restricts access by {} ('{}'): access should rest on clinical need and a shared decision",
                    site.owner(), restriction_words(*restriction), as_one_line(condition.text.value)),
        "remove the restriction, or if it has a clinical basis, add 'basis:' naming the clinical guidance it rests "
        "on (a local or funding policy is not a clinical basis)"));
  });
}

void check_dna_removal(const RuleContext& context, FindingSink& out) {
  for (const Service& service : context.pathway.services) {
    const Text& policy = service.access.did_not_attend;
    if (!policy.present) continue;
    const bool word = policy.value == "discharge" || policy.value == "remove";
    const bool removes_in_words = service.access.did_not_attend_meaning.attendance == AttendanceEffect::removes;
    if (!word && !removes_in_words) continue;
    out.push_back(context.finding(
        "dna-removal", policy.at, service.id.value,
        word ? fmt::format("service '{}' {}s people who do not attend: they are still in need, and this hits those "
                           "who already find it hardest to get care",
                           service.id.value, policy.value)
             : fmt::format("service '{}' removes or sends back people who do not attend ('{}'): they are still in "
                           "need, and this hits those who already find it hardest to get care",
                           service.id.value, as_one_line(policy.value)),
        "contact people who miss an appointment to find out why (letters they cannot read, travel, work, caring) "
        "and rebook; use 'did_not_attend: contact'"));
  }
  for_each_criterion(context.graph, [&](const CriterionSite& site) {
    if (!removes_non_attenders(site.condition)) return;
    out.push_back(context.finding(
        "dna-removal", site.condition.text.at, std::string(site.subject),
        site.exclusion ? fmt::format("{} will not see people because of missed appointments ('{}')", site.owner(),
                                     as_one_line(site.condition.text.value))
                       : fmt::format("{} says people who miss appointments are removed or sent back ('{}')",
                                     site.owner(), as_one_line(site.condition.text.value)),
        "contact people who miss an appointment to find out why and rebook, rather than discharging them"));
  });
}

}  // namespace msklint
