// What the pathway records about itself: how it was made, who it is for,
// how it tackles inequalities, how success is measured and who leads it
// (ARMA key messages 2023, sections 1, 4 and 5; ICB report 2024).
//   coproduction-missing, population-need, inequalities-missing,
//   measures-missing, waiting-only-measures, msk-lead-missing, children-young-people
// The ICB-level records (population-need, msk-lead-missing,
// children-young-people) belong to the system file when the pathway has one,
// and are judged there, once; rules/system_records.cpp has the system's own.

#include <algorithm>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"
#include "text/words.h"

namespace msklint {

namespace {

bool says_nothing(const TextList& list) {
  return std::all_of(list.value.begin(), list.value.end(), [](const Text& text) { return is_placeholder(text); });
}

// Written but not readable (a mapping where a list belongs): a schema finding
// says so, and the rules about content keep quiet.
template <class T>
bool unreadable(const Field<T>& field) {
  return field.key.known() && !field.present;
}

// Where to point when the pathway leaves something out: the first of these
// keys that was written (empty), else the pathway's id.
Location where(const RuleContext& context, std::initializer_list<Location> keys) {
  for (const Location key : keys) {
    if (key.known()) return key;
  }
  return pathway_location(context.pathway);
}

}  // namespace

void check_coproduction_missing(const RuleContext& context, FindingSink& out) {
  const auto& info = context.pathway.info;
  if (!context.pathway.has_info || unreadable(info.coproduction) || !says_nothing(info.coproduction)) return;
  out.push_back(context.finding(
      "coproduction-missing", where(context, {info.coproduction.key}), "pathway",
      "the pathway does not record how people with lived experience or patient organisations shaped it",
      "add 'coproduction:' saying who was involved and how (e.g. \"Lived-experience panel, 3 workshops, "
      "2025; Versus Arthritis reviewed the draft\")"));
}

namespace {

bool records_no_need(const Field<Population>& population) {
  const auto& need = population.value.need;
  return !unreadable(population) && !unreadable(need) && says_nothing(need);
}

std::string no_need_message(std::string_view whole, std::string_view conditions) {
  return fmt::format("the {} records nothing about the local population's need (how many people have {}, where, "
                     "and who waits longest)",
                     whole, conditions);
}

constexpr std::string_view no_need_hint =
    "add 'population: {need: [...]}' with what is known locally, e.g. prevalence from the MSK conditions profile, "
    "demand and deprivation";

bool names_no_lead(const Text& msk_lead) { return !unreadable(msk_lead) && is_placeholder(msk_lead); }

constexpr std::string_view no_lead_hint =
    "add 'msk_lead:' naming the post that leads MSK for the ICB (e.g. \"Director of Planned Care\")";

bool silent_on_children(const Field<Population>& population) {
  if (unreadable(population) || unreadable(population.value.ages)) return false;
  const auto& ages = population.value.ages.value;
  const bool includes_them = std::any_of(ages.begin(), ages.end(), [](const Text& age) {
    return age.value == "children" || age.value == "young-people";
  });
  return !includes_them && is_placeholder(population.value.children);
}

std::string children_hint(std::string_view whole) {
  return fmt::format("add them to 'population: {{ages: [...]}}' if the {} serves them, or say where they are "
                     "served with 'population: {{children: \"...\"}}'",
                     whole);
}

// Where to point on a system file: the first written key, else the system's id.
Location where_in_system(const SystemRuleContext& context, std::initializer_list<Location> keys) {
  for (const Location key : keys) {
    if (key.known()) return key;
  }
  return system_location(context.system.system);
}

}  // namespace

void check_population_need(const RuleContext& context, FindingSink& out) {
  const auto& population = context.pathway.info.population;
  if (context.system != nullptr || !context.pathway.has_info || !records_no_need(population)) return;
  out.push_back(context.finding("population-need", where(context, {population.value.need.key, population.key}),
                                "pathway", no_need_message("pathway", "these conditions"), std::string(no_need_hint)));
}

void check_system_population_need(const SystemRuleContext& context, FindingSink& out) {
  const System& system = context.system.system;
  const auto& population = system.info.population;
  if (!system.has_info || !records_no_need(population)) return;
  out.push_back(context.finding("population-need",
                                where_in_system(context, {population.value.need.key, population.key}), "system",
                                no_need_message("system", "MSK conditions"), std::string(no_need_hint)));
}

void check_inequalities_missing(const RuleContext& context, FindingSink& out) {
  const auto& info = context.pathway.info;
  if (!context.pathway.has_info || unreadable(info.equalities) || !says_nothing(info.equalities)) return;
  out.push_back(context.finding(
      "inequalities-missing", where(context, {info.equalities.key}), "pathway",
      "the pathway does not say how it addresses inequalities of access, outcome or experience",
      "add 'equalities:' saying what is known about local inequalities and what the pathway does about them "
      "(e.g. interpreters, evening clinics, outreach in deprived areas)"));
}

void check_measures_missing(const RuleContext& context, FindingSink& out) {
  const auto& info = context.pathway.info;
  if (!context.pathway.has_info || unreadable(info.measures) || !says_nothing(info.measures)) return;
  out.push_back(context.finding(
      "measures-missing", where(context, {info.measures.key}), "pathway",
      "the pathway does not say how its success will be measured",
      "add 'measures:' with outcomes that matter to people (function, pain, quality of life, experience) as "
      "well as waits, broken down so inequalities show"));
}

namespace {

// A measure of waits or activity only: "18-week RTT", "referrals per month".
bool measures_only_waits_or_activity(const Text& measure) {
  const Words words(measure.value);
  const bool outcome =
      words.has_prefix("outcome") || words.has_prefix("experience") || words.has_prefix("function") ||
      words.has_prefix("pain") || words.has_prefix("satisf") || words.has_prefix("equit") ||
      words.has_prefix("inequal") || words.has_prefix("wellbeing") || words.has_prefix("improv") ||
      words.has_prefix("symptom") || words.has_prefix("depriv") || words.has_prefix("disab") ||
      words.has_prefix("ethnic") || words.has_prefix("core20") || words.has_prefix("imd") ||
      words.has_any({"prom", "proms", "quality of life", "patient reported", "well being", "return to work",
                     "mobility", "eq 5 d", "msk hq",
                     "mskhq", "number of falls", "falls rate", "fall rate", "fractures prevented", "gender", "sex",
                     "by age", "protected characteristic", "protected characteristics", "rating of change"});
  // "Oxford Knee Score", "Oxford Hip and Knee Scores"; not "Oxford orthopaedics".
  if (outcome || (words.has("oxford") && words.has_prefix("score"))) return false;
  return words.has_prefix("wait") || words.has_prefix("referral") || words.has_prefix("appointment") ||
         words.has_prefix("activity") || words.has_prefix("throughput") || words.has_prefix("attend") ||
         words.has_prefix("breach") || words.has_prefix("triag") || words.has_prefix("utilisation") ||
         words.has_any({"rtt", "18 weeks", "18 week", "length of stay", "numbers seen", "number seen",
                        "people seen", "patients seen", "dna rate", "backlog", "list size", "operations",
                        "procedures", "discharges", "time to", "days to", "number of", "replacements"});
}

}  // namespace

void check_waiting_only_measures(const RuleContext& context, FindingSink& out) {
  const auto& measures = context.pathway.info.measures;
  if (says_nothing(measures)) return;  // measures-missing
  const bool only_waits = std::all_of(measures.value.begin(), measures.value.end(), [](const Text& measure) {
    return is_placeholder(measure) || measures_only_waits_or_activity(measure);
  });
  if (!only_waits) return;
  out.push_back(context.finding(
      "waiting-only-measures", where(context, {measures.key}), "pathway",
      "the pathway measures success only by waiting times or activity, which can push the hardest cases to the "
      "back of the queue",
      "add measures of outcome and experience (e.g. patient-reported function and pain, quality of life), and "
      "look at every measure by deprivation and ethnicity"));
}

void check_msk_lead_missing(const RuleContext& context, FindingSink& out) {
  const auto& info = context.pathway.info;
  if (context.system != nullptr || !context.pathway.has_info || !names_no_lead(info.msk_lead)) return;
  out.push_back(context.finding(
      "msk-lead-missing", where(context, {info.msk_lead.key}), "pathway",
      "the pathway names no MSK lead for its ICB: nobody is accountable for MSK across the system",
      std::string(no_lead_hint)));
}

void check_system_msk_lead_missing(const SystemRuleContext& context, FindingSink& out) {
  const System& system = context.system.system;
  if (!system.has_info || !names_no_lead(system.info.msk_lead)) return;
  out.push_back(context.finding("msk-lead-missing", where_in_system(context, {system.info.msk_lead.key}), "system",
                                "the system names no MSK lead for the ICB: nobody is accountable for MSK across it",
                                std::string(no_lead_hint)));
}

void check_children_young_people(const RuleContext& context, FindingSink& out) {
  const auto& population = context.pathway.info.population;
  if (context.system != nullptr || !context.pathway.has_info || !silent_on_children(population)) return;
  out.push_back(context.finding("children-young-people", where(context, {population.key}), "pathway",
                                "the pathway says nothing about children and young people with MSK conditions",
                                children_hint("pathway")));
}

void check_system_children_young_people(const SystemRuleContext& context, FindingSink& out) {
  const System& system = context.system.system;
  const auto& population = system.info.population;
  if (!system.has_info || !silent_on_children(population)) return;
  out.push_back(context.finding("children-young-people", where_in_system(context, {population.key}), "system",
                                "the system says nothing about children and young people with MSK conditions",
                                children_hint("system")));
}

}  // namespace msklint
