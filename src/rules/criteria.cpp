#include "rules/criteria.h"

#include <algorithm>

#include <fmt/format.h>

#include "rules/text_match.h"

namespace msklint {

namespace {

bool measure_is(const Condition& condition, std::initializer_list<std::string_view> measures) {
  return condition.measure.present &&
         std::find(measures.begin(), measures.end(), condition.measure.value) != measures.end();
}

// Words that show the text offers help rather than setting a condition:
// "support to stop smoking", "weight management advice offered".
bool offers_help(const Words& words) {
  return words.has_any({"support", "supported", "offered", "offer", "offers", "advice", "help", "cessation",
                        "signpost", "signposted", "signposting", "programme", "service", "encouraged"});
}

}  // namespace

void for_each_criterion(const Pathway& pathway, const std::function<void(const CriterionSite&)>& visit) {
  for (const Service& service : pathway.services) {
    const std::string owner = fmt::format("service '{}'", service.id.value);
    for (const Condition& condition : service.access.criteria.value) {
      visit({condition, service.id.value, owner, nullptr, &service});
    }
  }
  for (const Route& route : pathway.routes) {
    std::vector<std::string_view> targets;
    for (const Text& target : route.to) targets.push_back(target.value);
    const std::string name = fmt::format("{} -> {}", route.from.value, fmt::join(targets, ", "));
    for (const Condition& condition : route.requires_.value) visit({condition, name, "route " + name, &route, nullptr});
  }
}

bool restricts_by_bmi(const Condition& condition) {
  if (measure_is(condition, {"bmi", "weight"})) return true;
  const Words words(condition.text.value);
  // A number is what turns a mention ("weight management advice") into a
  // threshold; for weight it must be close by, so that "3 months of core
  // treatment (exercise and weight support)" is not read as one.
  if (words.has_any({"bmi", "body mass index"})) return words.has_number();
  return words.number_near("weigh", 4) || words.has_any({"kg", "kgs", "kilograms"});
}

bool restricts_by_smoking(const Condition& condition) {
  if (measure_is(condition, {"smoking"})) return true;
  const Words words(condition.text.value);
  if (!words.has_prefix("smok") && !words.has_any({"nicotine", "vape", "vaping", "tobacco"})) return false;
  // Unmistakable wording fires even beside an offer of help.
  if (words.has_any({"non smoker", "non smokers", "nonsmoker", "nonsmokers", "smokers excluded",
                     "smokers are excluded", "smokers not accepted", "smokers are not accepted", "must not smoke",
                     "must stop smoking", "must have stopped smoking", "must quit", "must have quit",
                     "smoke free", "smokefree"})) {
    return true;
  }
  const bool condition_words = words.has_any({"must", "only", "exclude", "excluded", "excludes", "not eligible",
                                              "ineligible", "unless", "until", "required", "requirement", "cannot"});
  return condition_words && !offers_help(words);
}

bool restricts_by_age(const Condition& condition) {
  const Words words(condition.text.value);
  const bool about_age = measure_is(condition, {"age"}) ||
                         words.has_any({"age", "aged", "ages", "years old", "year old", "yrs", "years of age"});
  if (!about_age || !words.has_number()) return false;
  // The adult boundary (16 or 18) sets a service's scope, not a cut-off.
  const auto numbers = words.numbers();
  const bool beyond_adult_boundary =
      std::any_of(numbers.begin(), numbers.end(), [](double n) { return n > 18 && n < 130; });
  return beyond_adult_boundary && (words.has_upper_limit() || words.has_lower_limit());
}

bool restricts_by_score(const Condition& condition) {
  const Words words(condition.text.value);
  const bool about_score = measure_is(condition, {"oxford-knee-score", "oxford-hip-score", "pain-score"}) ||
                           words.has_any({"score", "oks", "ohs", "womac", "koos", "hoos", "oxford knee",
                                          "oxford hip", "vas", "nrs"});
  return about_score && words.has_number() && words.has_comparison();
}

bool requires_prior_step(const Condition& condition) {
  if (measure_is(condition, {"prior-treatment"})) return true;
  const Words words(condition.text.value);
  if (words.has_any({"after", "following", "completed", "complete", "completion", "tried", "failed", "failure of",
                     "unsuccessful", "prior", "previous", "previously", "already had", "must have", "has had",
                     "have had", "course of", "trial of", "attempted", "exhausted", "before referral",
                     "before being referred"})) {
    return true;
  }
  // "6 weeks of physiotherapy", "3 months of core treatment"
  return words.has_number() && words.has_any({"weeks of", "months of", "sessions of", "week of", "month of",
                                              "sessions", "attendances"});
}

bool removes_non_attenders(const Condition& condition) {
  const Words words(condition.text.value);
  const bool about_attendance =
      words.has_any({"did not attend", "dna", "dnas", "does not attend", "do not attend", "not attending",
                     "non attendance", "nonattendance", "missed appointment", "missed appointments",
                     "misses an appointment", "miss an appointment", "no show", "no shows",
                     "fail to attend", "fails to attend", "failed to attend", "failure to attend"});
  if (!about_attendance) return false;
  // "never discharged for missing an appointment" says the opposite.
  if (words.has_any({"never", "not discharged", "not be discharged", "not removed", "not be removed", "no one is",
                     "nobody is", "instead of", "rather than"})) {
    return false;
  }
  return words.has_prefix("discharg") || words.has_prefix("remov") ||
         words.has_any({"back to the gp", "back to gp", "back to their gp", "referred back", "taken off",
                        "struck off", "closed", "re refer", "rerefer", "re referral", "new referral"});
}

bool is_non_clinical_restriction(const Condition& condition) {
  return restricts_by_bmi(condition) || restricts_by_smoking(condition) || restricts_by_age(condition) ||
         restricts_by_score(condition);
}

}  // namespace msklint
