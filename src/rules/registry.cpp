// The one table of rules. Adding a rule: write src/rules/<family>.cpp with a
// check function, declare it here, add a row, and write rules/<id>.md.

#include <algorithm>
#include <array>

#include "rules/rule.h"

namespace msklint {

void check_duplicate_id(const RuleContext&, Findings&);
void check_unknown_service(const RuleContext&, Findings&);
void check_no_entry_point(const RuleContext&, Findings&);
void check_unreachable_service(const RuleContext&, Findings&);
void check_dead_end(const RuleContext&, Findings&);
void check_duplicate_route(const RuleContext&, Findings&);
void check_self_route(const RuleContext&, Findings&);
void check_single_entry_point(const RuleContext&, Findings&);
void check_no_self_referral(const RuleContext&, Findings&);
void check_linear_pathway(const RuleContext&, Findings&);
void check_gated_access(const RuleContext&, Findings&);
void check_no_urgent_bypass(const RuleContext&, Findings&);
void check_talking_therapies_link(const RuleContext&, Findings&);
void check_talking_therapies_pain_pathway(const RuleContext&, Findings&);
void check_mental_health_direct_referral(const RuleContext&, Findings&);
void check_social_prescribing_link(const RuleContext&, Findings&);
void check_fracture_liaison_service(const RuleContext&, Findings&);
void check_fls_population(const RuleContext&, Findings&);
void check_rehab_after_surgery(const RuleContext&, Findings&);
void check_community_rehab_capacity(const RuleContext&, Findings&);
void check_capacity_unknown(const RuleContext&, Findings&);
void check_bmi_threshold(const RuleContext&, Findings&);
void check_non_clinical_restriction(const RuleContext&, Findings&);
void check_dna_removal(const RuleContext&, Findings&);
void check_coproduction_missing(const RuleContext&, Findings&);
void check_whole_journey(const RuleContext&, Findings&);
void check_shared_decision_making(const RuleContext&, Findings&);
void check_prevention_missing(const RuleContext&, Findings&);
void check_urgent_referral_route(const RuleContext&, Findings&);
void check_red_flag_route(const RuleContext&, Findings&);
void check_red_flag_screening(const RuleContext&, Findings&);
void check_digital_only(const RuleContext&, Findings&);
void check_digital_only_entry(const RuleContext&, Findings&);
void check_wellbeing_check(const RuleContext&, Findings&);
void check_health_coaching(const RuleContext&, Findings&);
void check_patient_organisation_signposting(const RuleContext&, Findings&);
void check_support_while_waiting(const RuleContext&, Findings&);
void check_workforce_breadth(const RuleContext&, Findings&);
void check_population_need(const RuleContext&, Findings&);
void check_inequalities_missing(const RuleContext&, Findings&);
void check_waiting_only_measures(const RuleContext&, Findings&);
void check_measures_missing(const RuleContext&, Findings&);
void check_dna_policy_missing(const RuleContext&, Findings&);
void check_msk_lead_missing(const RuleContext&, Findings&);
void check_children_young_people(const RuleContext&, Findings&);

namespace {

constexpr std::array rules{
    // Problems with the file itself, found while reading it.
    RuleEntry{"unreadable-file", nullptr},
    RuleEntry{"encoding", nullptr},
    RuleEntry{"limit-exceeded", nullptr},
    RuleEntry{"yaml-syntax", nullptr},
    RuleEntry{"multiple-documents", nullptr},
    RuleEntry{"empty-file", nullptr},
    RuleEntry{"duplicate-key", nullptr},
    RuleEntry{"unknown-key", nullptr},
    RuleEntry{"schema", nullptr},
    // The shape of the pathway graph.
    RuleEntry{"duplicate-id", check_duplicate_id},
    RuleEntry{"unknown-service", check_unknown_service},
    RuleEntry{"no-entry-point", check_no_entry_point},
    RuleEntry{"unreachable-service", check_unreachable_service},
    RuleEntry{"dead-end", check_dead_end},
    RuleEntry{"duplicate-route", check_duplicate_route},
    RuleEntry{"self-route", check_self_route},
    // Non-linear access (key messages, section 2).
    RuleEntry{"single-entry-point", check_single_entry_point},
    RuleEntry{"no-self-referral", check_no_self_referral},
    RuleEntry{"linear-pathway", check_linear_pathway},
    RuleEntry{"gated-access", check_gated_access},
    RuleEntry{"no-urgent-bypass", check_no_urgent_bypass},
    // Links to the services people need (sections 2 and 3).
    RuleEntry{"talking-therapies-link", check_talking_therapies_link},
    RuleEntry{"talking-therapies-pain-pathway", check_talking_therapies_pain_pathway},
    RuleEntry{"mental-health-direct-referral", check_mental_health_direct_referral},
    RuleEntry{"social-prescribing-link", check_social_prescribing_link},
    // Fracture liaison (section 2).
    RuleEntry{"fracture-liaison-service", check_fracture_liaison_service},
    RuleEntry{"fls-population", check_fls_population},
    // Community rehabilitation capacity (section 2, the knock-on question).
    RuleEntry{"rehab-after-surgery", check_rehab_after_surgery},
    RuleEntry{"community-rehab-capacity", check_community_rehab_capacity},
    RuleEntry{"capacity-unknown", check_capacity_unknown},
    // Non-clinical barriers (section 6).
    RuleEntry{"bmi-threshold", check_bmi_threshold},
    RuleEntry{"non-clinical-restriction", check_non_clinical_restriction},
    RuleEntry{"dna-removal", check_dna_removal},
    // Co-production (section 1).
    RuleEntry{"coproduction-missing", check_coproduction_missing},
    // MSK services (section 2).
    RuleEntry{"whole-journey", check_whole_journey},
    RuleEntry{"shared-decision-making", check_shared_decision_making},
    RuleEntry{"prevention-missing", check_prevention_missing},
    RuleEntry{"urgent-referral-route", check_urgent_referral_route},
    RuleEntry{"red-flag-route", check_red_flag_route},
    RuleEntry{"red-flag-screening", check_red_flag_screening},
    RuleEntry{"digital-only", check_digital_only},
    RuleEntry{"digital-only-entry", check_digital_only_entry},
    // Wider access (section 3).
    RuleEntry{"wellbeing-check", check_wellbeing_check},
    RuleEntry{"health-coaching", check_health_coaching},
    RuleEntry{"patient-organisation-signposting", check_patient_organisation_signposting},
    RuleEntry{"support-while-waiting", check_support_while_waiting},
    // Workforce and funding (section 4).
    RuleEntry{"workforce-breadth", check_workforce_breadth},
    RuleEntry{"population-need", check_population_need},
    // Health equalities (section 5).
    RuleEntry{"inequalities-missing", check_inequalities_missing},
    RuleEntry{"waiting-only-measures", check_waiting_only_measures},
    RuleEntry{"measures-missing", check_measures_missing},
    // Barriers to access (section 6).
    RuleEntry{"dna-policy-missing", check_dna_policy_missing},
    // ICB leadership (ICB report 2024).
    RuleEntry{"msk-lead-missing", check_msk_lead_missing},
    RuleEntry{"children-young-people", check_children_young_people},
};

}  // namespace

Finding RuleContext::finding(std::string_view rule, Location at, std::string subject, std::string message,
                             std::string hint) const {
  return make_finding(std::string(rule), file, at, std::move(subject), std::move(message), std::move(hint));
}

std::span<const RuleEntry> all_rules() { return rules; }

const RuleEntry* find_rule(std::string_view id) {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleEntry& rule) { return rule.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

Findings run_checks(const RuleContext& context) {
  Findings findings;
  for (const auto& rule : rules) {
    if (rule.check != nullptr) rule.check(context, findings);
  }
  return findings;
}

}  // namespace msklint
