// The one table of rules. Adding a rule: write src/rules/<family>.cpp with a
// check function, declare it here, add a row, and write rules/<id>.md.

#include <algorithm>
#include <array>

#include "rules/rule.h"

namespace msklint {

void check_duplicate_id(const RuleContext&, FindingSink&);
void check_unknown_service(const RuleContext&, FindingSink&);
void check_no_entry_point(const RuleContext&, FindingSink&);
void check_unreachable_service(const RuleContext&, FindingSink&);
void check_dead_end(const RuleContext&, FindingSink&);
void check_duplicate_route(const RuleContext&, FindingSink&);
void check_self_route(const RuleContext&, FindingSink&);
void check_single_entry_point(const RuleContext&, FindingSink&);
void check_no_self_referral(const RuleContext&, FindingSink&);
void check_linear_pathway(const RuleContext&, FindingSink&);
void check_gated_access(const RuleContext&, FindingSink&);
void check_no_urgent_bypass(const RuleContext&, FindingSink&);
void check_talking_therapies_link(const RuleContext&, FindingSink&);
void check_talking_therapies_pain_pathway(const RuleContext&, FindingSink&);
void check_mental_health_direct_referral(const RuleContext&, FindingSink&);
void check_social_prescribing_link(const RuleContext&, FindingSink&);
void check_fracture_liaison_service(const RuleContext&, FindingSink&);
void check_fls_population(const RuleContext&, FindingSink&);
void check_rehab_after_surgery(const RuleContext&, FindingSink&);
void check_community_rehab_capacity(const RuleContext&, FindingSink&);
void check_capacity_unknown(const RuleContext&, FindingSink&);
void check_bmi_threshold(const RuleContext&, FindingSink&);
void check_non_clinical_restriction(const RuleContext&, FindingSink&);
void check_dna_removal(const RuleContext&, FindingSink&);
void check_coproduction_missing(const RuleContext&, FindingSink&);
void check_whole_journey(const RuleContext&, FindingSink&);
void check_shared_decision_making(const RuleContext&, FindingSink&);
void check_prevention_missing(const RuleContext&, FindingSink&);
void check_urgent_referral_route(const RuleContext&, FindingSink&);
void check_red_flag_route(const RuleContext&, FindingSink&);
void check_red_flag_screening(const RuleContext&, FindingSink&);
void check_digital_only(const RuleContext&, FindingSink&);
void check_digital_only_entry(const RuleContext&, FindingSink&);
void check_wellbeing_check(const RuleContext&, FindingSink&);
void check_health_coaching(const RuleContext&, FindingSink&);
void check_patient_organisation_signposting(const RuleContext&, FindingSink&);
void check_support_while_waiting(const RuleContext&, FindingSink&);
void check_workforce_breadth(const RuleContext&, FindingSink&);
void check_population_need(const RuleContext&, FindingSink&);
void check_inequalities_missing(const RuleContext&, FindingSink&);
void check_waiting_only_measures(const RuleContext&, FindingSink&);
void check_measures_missing(const RuleContext&, FindingSink&);
void check_dna_policy_missing(const RuleContext&, FindingSink&);
void check_msk_lead_missing(const RuleContext&, FindingSink&);
void check_children_young_people(const RuleContext&, FindingSink&);
// On a system file.
void check_system_community_rehab_capacity(const SystemRuleContext&, FindingSink&);
void check_system_capacity_unknown(const SystemRuleContext&, FindingSink&);
void check_system_population_need(const SystemRuleContext&, FindingSink&);
void check_system_msk_lead_missing(const SystemRuleContext&, FindingSink&);
void check_system_children_young_people(const SystemRuleContext&, FindingSink&);
void check_msk_priorities_missing(const SystemRuleContext&, FindingSink&);
void check_msk_board_discussion(const SystemRuleContext&, FindingSink&);
void check_msk_breadth(const SystemRuleContext&, FindingSink&);

namespace {

constexpr std::array rules{
    // Problems with the file itself, found while reading it.
    RuleEntry{"unreadable-file", RuleStage::file, nullptr},
    RuleEntry{"encoding", RuleStage::file, nullptr},
    RuleEntry{"limit-exceeded", RuleStage::file, nullptr},
    RuleEntry{"yaml-syntax", RuleStage::file, nullptr},
    RuleEntry{"multiple-documents", RuleStage::file, nullptr},
    RuleEntry{"empty-file", RuleStage::file, nullptr},
    RuleEntry{"duplicate-key", RuleStage::file, nullptr},
    RuleEntry{"unknown-key", RuleStage::file, nullptr},
    RuleEntry{"schema", RuleStage::file, nullptr},
    RuleEntry{"unknown-word", RuleStage::file, nullptr},
    // The shape of the pathway graph.
    RuleEntry{"duplicate-id", RuleStage::check, check_duplicate_id},
    RuleEntry{"unknown-service", RuleStage::check, check_unknown_service},
    RuleEntry{"no-entry-point", RuleStage::check, check_no_entry_point},
    RuleEntry{"unreachable-service", RuleStage::check, check_unreachable_service},
    RuleEntry{"dead-end", RuleStage::check, check_dead_end},
    RuleEntry{"duplicate-route", RuleStage::check, check_duplicate_route},
    RuleEntry{"self-route", RuleStage::check, check_self_route},
    // Non-linear access (key messages, section 2).
    RuleEntry{"single-entry-point", RuleStage::check, check_single_entry_point},
    RuleEntry{"no-self-referral", RuleStage::check, check_no_self_referral},
    RuleEntry{"linear-pathway", RuleStage::check, check_linear_pathway},
    RuleEntry{"gated-access", RuleStage::check, check_gated_access},
    RuleEntry{"no-urgent-bypass", RuleStage::check, check_no_urgent_bypass},
    // Links to the services people need (sections 2 and 3).
    RuleEntry{"talking-therapies-link", RuleStage::check, check_talking_therapies_link},
    RuleEntry{"talking-therapies-pain-pathway", RuleStage::check, check_talking_therapies_pain_pathway},
    RuleEntry{"mental-health-direct-referral", RuleStage::check, check_mental_health_direct_referral},
    RuleEntry{"social-prescribing-link", RuleStage::check, check_social_prescribing_link},
    // Fracture liaison (section 2).
    RuleEntry{"fracture-liaison-service", RuleStage::check, check_fracture_liaison_service},
    RuleEntry{"fls-population", RuleStage::check, check_fls_population},
    // Community rehabilitation capacity (section 2, the knock-on question).
    RuleEntry{"rehab-after-surgery", RuleStage::check, check_rehab_after_surgery},
    RuleEntry{"community-rehab-capacity", RuleStage::check, check_community_rehab_capacity,
              check_system_community_rehab_capacity},
    RuleEntry{"capacity-unknown", RuleStage::check, check_capacity_unknown, check_system_capacity_unknown},
    // Non-clinical barriers (section 6).
    RuleEntry{"bmi-threshold", RuleStage::check, check_bmi_threshold},
    RuleEntry{"non-clinical-restriction", RuleStage::check, check_non_clinical_restriction},
    RuleEntry{"dna-removal", RuleStage::check, check_dna_removal},
    // Co-production (section 1).
    RuleEntry{"coproduction-missing", RuleStage::check, check_coproduction_missing},
    // MSK services (section 2).
    RuleEntry{"whole-journey", RuleStage::check, check_whole_journey},
    RuleEntry{"shared-decision-making", RuleStage::check, check_shared_decision_making},
    RuleEntry{"prevention-missing", RuleStage::check, check_prevention_missing},
    RuleEntry{"urgent-referral-route", RuleStage::check, check_urgent_referral_route},
    RuleEntry{"red-flag-route", RuleStage::check, check_red_flag_route},
    RuleEntry{"red-flag-screening", RuleStage::check, check_red_flag_screening},
    RuleEntry{"digital-only", RuleStage::check, check_digital_only},
    RuleEntry{"digital-only-entry", RuleStage::check, check_digital_only_entry},
    // Wider access (section 3).
    RuleEntry{"wellbeing-check", RuleStage::check, check_wellbeing_check},
    RuleEntry{"health-coaching", RuleStage::check, check_health_coaching},
    RuleEntry{"patient-organisation-signposting", RuleStage::check, check_patient_organisation_signposting},
    RuleEntry{"support-while-waiting", RuleStage::check, check_support_while_waiting},
    // Workforce and funding (section 4).
    RuleEntry{"workforce-breadth", RuleStage::check, check_workforce_breadth},
    RuleEntry{"population-need", RuleStage::check, check_population_need, check_system_population_need},
    // Health equalities (section 5).
    RuleEntry{"inequalities-missing", RuleStage::check, check_inequalities_missing},
    RuleEntry{"waiting-only-measures", RuleStage::check, check_waiting_only_measures},
    RuleEntry{"measures-missing", RuleStage::check, check_measures_missing},
    // Barriers to access (section 6).
    RuleEntry{"dna-policy-missing", RuleStage::check, check_dna_policy_missing},
    // ICB leadership (ICB report 2024).
    RuleEntry{"msk-lead-missing", RuleStage::check, check_msk_lead_missing, check_system_msk_lead_missing},
    RuleEntry{"children-young-people", RuleStage::check, check_children_young_people,
              check_system_children_young_people},
    // One MSK system, not pathways in silos (key messages 2023; ICB report 2024), on the system file.
    RuleEntry{"msk-priorities-missing", RuleStage::check, nullptr, check_msk_priorities_missing},
    RuleEntry{"msk-board-discussion", RuleStage::check, nullptr, check_msk_board_discussion},
    RuleEntry{"msk-breadth", RuleStage::check, nullptr, check_msk_breadth},
    // Waivers in the pathway (lint/waivers.cpp).
    RuleEntry{"waiver-reason-missing", RuleStage::waiver, nullptr},
    RuleEntry{"unused-waiver", RuleStage::waiver, nullptr},
};

}  // namespace

Finding RuleContext::finding(std::string_view rule, Location at, std::string subject, std::string message,
                             std::string hint) const {
  return make_finding(std::string(rule), file, at, std::move(subject), std::move(message), std::move(hint));
}

Finding SystemRuleContext::finding(std::string_view rule, Location at, std::string subject, std::string message,
                                   std::string hint) const {
  return make_finding(std::string(rule), file, at, std::move(subject), std::move(message), std::move(hint));
}

std::span<const RuleEntry> all_rules() { return rules; }

const RuleEntry* find_rule(std::string_view id) {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleEntry& rule) { return rule.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

}  // namespace msklint
