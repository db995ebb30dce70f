#include "rules/criteria.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "rules/service_kinds.h"
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


// Wording that says there is no restriction: "no BMI threshold", "smokers
// are not excluded", "we do not discharge people who miss appointments".
bool says_no_restriction(const Words& words) {
  return words.has_any({"not restricted", "no restriction", "no restrictions", "no threshold", "no bmi threshold",
                        "no upper", "no limit", "no age limit", "no cut off", "no cutoff", "regardless of",
                        "irrespective of", "not a barrier", "not excluded", "are not excluded", "is not excluded",
                        "do not discharge", "does not discharge", "not discharged", "not be discharged",
                        "do not lead", "does not lead", "not removed", "not be removed", "never", "welcome",
                        "no one is", "nobody is", "instead of", "rather than"});
}

// Words that set a condition rather than describe: "must", "only", "excluded".
bool sets_condition(const Words& words) {
  return words.has_any({"must", "only", "exclude", "excluded", "excludes", "not eligible", "ineligible", "unless",
                        "until", "required", "requirement", "cannot", "not accepted", "will not", "not be listed",
                        "not listed", "before listing", "prior to listing"});
}

}  // namespace

void for_each_criterion(const Pathway& pathway, const std::function<void(const CriterionSite&)>& visit) {
  // Names are made only where there is a criterion: most services and routes have none.
  for (const Service& service : pathway.services) {
    if (service.access.criteria.value.empty()) continue;
    const std::string owner = fmt::format("service '{}'", service.id.value);
    for (const Condition& condition : service.access.criteria.value) {
      visit({condition, service.id.value, owner, nullptr, &service});
    }
  }
  for (const Route& route : pathway.routes) {
    if (route.requires_.value.empty()) continue;
    std::vector<std::string_view> targets;
    for (const Text& target : route.to) targets.push_back(target.value);
    const std::string name = fmt::format("{} -> {}", route.from.value, fmt::join(targets, ", "));
    for (const Condition& condition : route.requires_.value) visit({condition, name, "route " + name, &route, nullptr});
  }
}

bool restricts_by_bmi(const Condition& condition) {
  if (measure_is(condition, {"bmi", "weight"})) return true;
  const Words words(condition.text.value);
  if (says_no_restriction(words)) return false;
  // A value next to "BMI" is a threshold; a BMI merely recorded is not.
  if (words.number_near("bmi", 4) || (words.has("body mass index") && words.number_near("index", 4))) return true;
  // Weight needs a value close by and a limit or a demand to lose it, so that
  // "exercise and weight support" or "weight-bearing at 6 weeks" are not read
  // as thresholds, nor an offer of "12 weeks of weight management support".
  // "Unexplained weight loss" is a red flag, not a threshold.
  const bool symptom = words.has_any({"unexplained", "unintentional", "unintended", "red flag", "red flags"});
  if (words.number_near("weigh", 4) && !symptom && !words.has_any({"weight bearing", "weight bear", "bear weight"})) {
    const bool limit = words.has_comparison() || words.has_any({"lose", "loss", "reduce", "reduction"});
    if (limit && !(offers_help(words) && !words.has_comparison())) return true;
  }
  const bool obesity = words.has_prefix("obes") || words.has_any({"morbidly", "morbid"});
  return obesity && sets_condition(words) && !offers_help(words);
}

bool restricts_by_smoking(const Condition& condition) {
  if (measure_is(condition, {"smoking"})) return true;
  const Words words(condition.text.value);
  if (!words.has_prefix("smok") && !words.has_any({"nicotine", "vape", "vaping", "tobacco"})) return false;
  if (says_no_restriction(words)) return false;
  // Unmistakable wording fires even beside an offer of help.
  if (words.has_any({"non smoker", "non smokers", "nonsmoker", "nonsmokers", "smokers excluded",
                     "smoke free", "smokefree", "must", "required", "requirement", "will not", "not be listed",
                     "not listed", "before listing", "prior to listing"})) {
    return true;
  }
  return sets_condition(words) && !offers_help(words);
}

bool restricts_by_age(const Condition& condition) {
  const Words words(condition.text.value);
  if (says_no_restriction(words)) return false;
  // Ages are values next to an age word, or written "over 65s" / "under 75s".
  std::vector<double> ages;
  for (const char* word : {"age", "aged", "ages", "year", "years", "yrs"}) {
    for (const double age : words.numbers_near(word, 4)) ages.push_back(age);
  }
  const auto& tokens = words.tokens();
  const bool has_unit = words.has_any({"kg", "week", "weeks", "month", "months", "day", "days", "hours", "minutes",
                                       "score", "bmi", "sessions", "mg", "cm", "metres"});
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].empty() || !std::isdigit(static_cast<unsigned char>(tokens[i][0]))) continue;
    // "over 65s", "under 75s"; and "over 65 only" with no unit in sight.
    const bool decade = tokens[i + 1] == "s";
    const bool bare_limit = tokens[i + 1] == "only" && i > 0 && !has_unit &&
                            (tokens[i - 1] == "over" || tokens[i - 1] == "under" || tokens[i - 1] == "above" ||
                             tokens[i - 1] == "below");
    if (decade || bare_limit) ages.push_back(std::stod(tokens[i]));
  }
  const bool stated = measure_is(condition, {"age"}) || !ages.empty();
  if (!stated) return false;
  if (ages.empty()) ages = words.numbers();
  // The adult boundary (16 or 18) sets a service's scope, not a cut-off; a
  // range ("18 to 75") or a limit beyond it is a cut-off.
  const bool beyond_adult_boundary = std::any_of(ages.begin(), ages.end(), [](double n) { return n > 18 && n < 130; });
  const bool range = ages.size() >= 2 || words.has_any({"between", "to"});
  return beyond_adult_boundary && (range || words.has_upper_limit() || words.has_lower_limit());
}

bool restricts_by_score(const Condition& condition) {
  const Words words(condition.text.value);
  if (says_no_restriction(words)) return false;
  // A score that is only recorded is not a cut-off, even with `measure:`.
  if (measure_is(condition, {"oxford-knee-score", "oxford-hip-score", "pain-score"})) {
    return words.has_number() && words.has_comparison();
  }
  bool near = false;
  for (const char* word : {"score", "oks", "ohs", "womac", "koos", "hoos", "vas", "nrs"}) {
    near = near || words.number_near(word, 3);
  }
  return near && words.has_comparison();
}

bool requires_prior_step(const Condition& condition) {
  if (measure_is(condition, {"prior-treatment"})) return true;
  const Words words(condition.text.value);
  if (words.has_any({"not required", "not needed", "no previous", "no prior", "not necessary", "does not need",
                     "do not need", "need not", "without"})) {
    return false;
  }
  // A prior step is a treatment, programme or test that must come first. It
  // takes a word of treatment and a word of sequence in the right order:
  // "after 6 weeks of physiotherapy", "physiotherapy has not worked"; while
  // "pain after a fall", "rehabilitation after surgery" or "a previous
  // fragility fracture" only describe.
  std::vector<std::size_t> treatments;
  for (const char* prefix : {"physio", "treatment", "therap", "hydrotherap", "programme", "program", "injection",
                             "escape", "session", "conservative", "rehab", "analges", "medication", "medicine",
                             "painkill", "acupuncture", "splint", "orthotic", "insole", "brace"}) {
    for (const auto at : words.prefix_positions(prefix)) treatments.push_back(at);
  }
  for (const char* phrase : {"pain management", "weight management", "nsaids", "class", "classes"}) {
    for (const auto at : words.positions(phrase)) treatments.push_back(at);
  }
  // Tests count as a step only with firm wording ("blood tests completed").
  std::vector<std::size_t> tests;
  for (const char* phrase : {"blood test", "blood tests", "bloods", "x ray", "xray", "mri", "scan", "imaging",
                             "rheumatoid factor", "anti ccp", "ccp", "crp", "esr", "antibody", "antibodies", "hla"}) {
    for (const auto at : words.positions(phrase)) tests.push_back(at);
  }
  // A cue within `reach` words before (or after) one of the targets.
  enum class Side { before, after };
  auto cue_near = [&](const std::vector<std::size_t>& targets, std::initializer_list<std::string_view> cues,
                      std::size_t reach, Side side) {
    for (const auto cue : cues) {
      for (const auto at : words.positions(cue)) {
        for (const auto target : targets) {
          const bool in_order = side == Side::before ? target > at : at > target;
          const std::size_t gap = side == Side::before ? target - at : at - target;
          if (in_order && gap <= reach) return true;
        }
      }
    }
    return false;
  };
  const bool step_before = cue_near(
      treatments,
      {"after", "following", "prior", "previous", "previously", "first", "once", "until", "minimum", "at least",
       "weeks of", "months of", "sessions of", "course of", "trial of", "must have", "has had", "have had", "had",
       "tried", "attempted", "despite", "not responded", "unresponsive", "refractory", "non responders",
       "non responder", "no response", "completed", "complete", "completion", "attended", "exhausted", "already"},
      8, Side::before);
  const bool step_after = cue_near(treatments,
                                   {"completed", "failed", "failure", "unsuccessful", "not worked", "not helped",
                                    "not improved", "finished", "tried", "attended", "ineffective", "exhausted"},
                                   6, Side::after);
  // "Positive rheumatoid factor" demands a result before referral (NICE NG100 advises against waiting for it).
  const bool test_first =
      cue_near(tests, {"completed", "must have", "results of", "positive", "raised", "elevated", "abnormal"}, 6,
               Side::before) ||
      cue_near(tests, {"completed", "results", "required", "must"}, 6, Side::after);
  return step_before || step_after || test_first;
}

bool removes_non_attenders(const Condition& condition) {
  const Words words(condition.text.value);
  const bool about_attendance =
      words.has_any({"did not attend", "dna", "dnas", "does not attend", "do not attend", "not attending",
                     "non attendance", "nonattendance", "non attender", "non attenders", "nonattenders", "no show",
                     "no shows", "fail to attend", "fails to attend", "failed to attend", "failure to attend"}) ||
      (words.has_prefix("miss") && words.has_prefix("appointment"));
  if (!about_attendance || says_no_restriction(words)) return false;
  return words.has_prefix("discharg") || words.has_prefix("remov") ||
         words.has_any({"back to the gp", "back to gp", "back to their gp", "to their gp", "referred back",
                        "taken off", "struck off", "closed", "re refer", "rerefer", "re referral", "new referral"});
}

bool has_basis(const Condition& condition) { return !is_blank(condition.basis); }

bool is_gate(const Condition& condition) {
  return requires_prior_step(condition) || is_non_clinical_restriction(condition);
}

bool is_non_clinical_restriction(const Condition& condition) {
  return restricts_by_bmi(condition) || restricts_by_smoking(condition) || restricts_by_age(condition) ||
         restricts_by_score(condition);
}

}  // namespace msklint
