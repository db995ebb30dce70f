#include "text/criterion_reading.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <span>

#include "text/attendance.h"
#include "text/clauses.h"
#include "text/words.h"

namespace msklint {

namespace {

using Phrases = std::initializer_list<std::string_view>;
using PhraseList = std::span<const std::string_view>;

bool is_one_of(std::string_view token, PhraseList words) {
  return std::find(words.begin(), words.end(), token) != words.end();
}
bool is_one_of(std::string_view token, Phrases words) { return is_one_of(token, PhraseList(words.begin(), words.size())); }

constexpr PhraseSet no_restriction_words = {
    "not restricted", "no restriction", "no restrictions", "no threshold", "no bmi threshold", "no upper",
    "no limit", "no age limit", "no cut off", "no cutoff", "not a barrier", "not excluded", "never", "no one is",
    "nobody is", "instead of", "rather than", "not a condition", "not be used to", "should not be used",
    "not used to"};
constexpr PhraseSet out_of_scope_words = {
    "excluded from this policy", "excluded from the policy", "excluded from these criteria",
    "excluded from this guidance", "exempt from", "is exempt", "are exempt", "does not apply", "do not apply",
    "not subject to", "outside the scope", "outside this policy"};
constexpr PhraseSet exclude_words = {
    "not offered", "not be offered", "not routinely", "not commissioned", "not be commissioned", "not funded",
    "not be funded", "excluded", "exclude", "excludes", "exclusion", "not eligible", "ineligible", "not accepted",
    "not be accepted", "cannot be", "cannot access", "can not be", "unable to access", "unable to be",
    "not able to access", "cannot self refer", "cannot accept", "can not accept", "do not accept",
    "will not accept", "not be listed", "not listed", "not be referred", "not suitable",
    "not be considered", "not considered", "not proceed", "not take place", "not be seen", "not be treated",
    "will not be", "no surgery", "from being referred", "from referral", "blocks", "blocked", "barred",
    "be returned", "rejected", "denied", "be denied", "deny", "be refused", "refused surgery",
    "refused treatment", "not be available", "not available to"};
constexpr PhraseSet delay_words = {
    "delay", "delaying", "delayed", "defer", "deferred", "deferral", "postpone", "postponed", "until", "till",
    "before being considered", "before being referred", "before being listed", "before considering",
    "period of health optimisation", "optimisation period", "before they can", "before they are",
    "before referral can", "wait until", "reconsidered", "reconsider", "re considered", "reassessed",
    "re assessed", "once they have", "when they have", "after they have", "before surgery is considered",
    "before referral is considered", "before being offered", "once", "before the referral", "before a referral",
    "asked to complete", "required to complete", "will be deferred", "be deferred", "be held", "on hold",
    "paused"};
constexpr PhraseSet require_words = {
    "must", "only", "required", "require", "requires", "requirement", "need to", "needs to", "will need",
    "should have", "will have", "expected to", "is expected", "are expected", "mandatory", "compulsory",
    "prerequisite", "condition of", "requiring", "to qualify", "needed to qualify", "must be able to"};
constexpr PhraseSet widen_words = {
    "can refer", "can self refer", "refer themselves", "can be referred", "welcome", "welcomed", "can access",
    "may refer", "are eligible", "is eligible", "can be seen", "open to", "consider referral",
    "consider referring", "consider onward referral", "consider a referral"};
// Help is support offered, not an offer of the treatment itself: "surgery is
// offered to adults whose BMI does not exceed 35" is a threshold.
constexpr PhraseSet help_words = {
    "support", "supported", "advice", "advise", "advised",
    "encouraged", "encourage", "conversation", "signpost", "signposted", "signposting", "weight management",
    "weight reduction", "weight loss programme", "stop smoking", "cessation", "on request", "lifestyle",
    "aim to", "aim for"};
constexpr PhraseSet before_words = {
    "before referral", "prior to referral", "before surgery", "prior to surgery", "before listing",
    "prior to listing", "before their operation", "before the operation", "before operation", "beforehand"};
// Recording, and statements of evidence ("patients with a BMI of 40+ have
// poorer outcomes"), describe; they set no condition.
constexpr PhraseSet record_words = {"evidence that", "evidence shows", "studies show", "poorer outcomes",
                                    "worse outcomes", "higher risk", "increased risk", "recorded", "record",
                                    "documented", "measured", "noted", "assessed", "has taken place", "checked"};

// "first" as a demand for order: "referred to weight management first",
// "first ... before"; not "first time" or "first appointment".
bool demands_first(const Words& words) {
  const auto& tokens = words.tokens();
  for (const std::size_t at : words.positions(Phrase("first"))) {
    if (at + 1 == tokens.size()) return true;
    if (is_one_of(tokens[at + 1], {"before", "then", "be", "complete", "attend", "try", "have", "see", "undergo"})) {
      return true;
    }
  }
  return false;
}

// "no absolute score cut off", "no fixed age limit": a "no" shortly before a limit.
bool denies_a_limit(const Words& words) {
  const auto& tokens = words.tokens();
  for (const std::size_t at : words.positions(Phrase("no"))) {
    for (std::size_t i = at + 1; i < tokens.size() && i <= at + 4; ++i) {
      if (is_one_of(tokens[i], {"threshold", "thresholds", "cutoff", "limit", "limits", "restriction"}) ||
          (tokens[i] == "cut" && i + 1 < tokens.size() && tokens[i + 1] == "off")) {
        return true;
      }
    }
  }
  return false;
}

Effect effect_of(const Words& words) {
  if (words.has_any(no_restriction_words) || denies_a_limit(words)) return Effect::no_restriction;
  if (words.has_any(out_of_scope_words)) return Effect::out_of_scope;
  if (words.has_any(exclude_words)) return Effect::excludes;
  if (words.has_any(delay_words)) return Effect::delays;
  if (words.has_any(require_words) || demands_first(words)) return Effect::demands;
  if (words.has_any(widen_words)) return Effect::widens;
  if (words.has_any(help_words)) return Effect::helps;
  if (words.has_any(before_words)) return Effect::demands;
  if (words.has_any(record_words)) return Effect::records;
  return Effect::states;
}

// The effects that hold people back, strongest first.
int strength(Effect effect) {
  switch (effect) {
    case Effect::excludes: return 4;
    case Effect::delays: return 3;
    case Effect::demands: return 2;
    case Effect::helps: return 1;
    default: return 0;
  }
}

bool holds_back(Effect effect) {
  return effect == Effect::excludes || effect == Effect::delays || effect == Effect::demands;
}

std::optional<double> value_at(const Words& words, std::size_t index) {
  if (index >= words.tokens().size() || !words.is_value(index)) return std::nullopt;
  const std::string_view token = words.tokens()[index];
  double value = 0;
  if (std::from_chars(token.data(), token.data() + token.size(), value).ec != std::errc()) return std::nullopt;
  return value;
}


constexpr std::string_view time_units[] = {"week", "weeks", "month", "months", "year", "years", "yrs", "day", "days",
                                "hour", "hours", "minutes", "wk", "wks"};
constexpr std::string_view not_weight_units[] = {"sessions", "session", "times", "joints", "appointments"};
constexpr std::string_view other_units[] = {"kg", "stone", "st", "lb", "lbs", "mmhg", "degrees", "mg", "cm", "mm", "ml",
                                 "g", "l", "mmol", "sessions", "session", "times", "joints", "appointments"};

bool unit_after(const Words& words, std::size_t index, PhraseList units) {
  const auto& tokens = words.tokens();
  return index + 1 < tokens.size() && is_one_of(tokens[index + 1], units);
}

// Which side of a value a comparison puts the limit: "under 75", "< 40",
// "greater than 30", "35 or above", "40+".
Bound bound_at(const Words& words, std::size_t index) {
  const auto& tokens = words.tokens();
  auto before = [&](Phrases phrases) {
    for (const std::string_view phrase : phrases) {
      const auto length = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ') + 1);
      for (std::size_t gap = 0; gap < 3; ++gap) {
        if (index < length + gap) break;
        if (words.matches_at(index - length - gap, phrase)) return true;
      }
    }
    return false;
  };
  // "7 out of 10 or higher": the scale stands between the value and its comparison.
  const std::size_t scale = index + 3 < tokens.size() && words.matches_at(index + 1, "out of") ? 3 : 0;
  auto after = [&](Phrases phrases) {
    for (const std::string_view phrase : phrases) {
      // "75 years and over": a unit may stand between.
      for (std::size_t gap = 1; gap <= 2; ++gap) {
        if (index + scale + gap < tokens.size() && words.matches_at(index + scale + gap, phrase)) return true;
      }
    }
    return false;
  };
  if (after({"or less", "or under", "or below", "or lower", "or younger", "and under", "and below",
             "and younger", "or fewer", "and less"}) ||
      before({"<", "<=", "under", "below", "less than", "lower than", "younger than", "fewer than", "up to",
              "no more than", "not more than", "maximum", "max", "at most", "before the age of", "not exceed",
              "not exceeding", "no greater than", "no higher than", "at or below", "does not exceed",
              "do not exceed"})) {
    return Bound::upper;
  }
  if (after({"or more", "or over", "or above", "or older", "and over", "and above", "and older", "or higher",
             "or greater", "+", "and upwards", "or worse", "plus"}) ||
      before({">", ">=", "over", "above", "more than", "greater than", "higher than", "older than", "at least",
              "minimum", "min", "exceeding", "exceeds", "exceed", "in excess of", "worse than", "reached the age of",
              "reached the state retirement age of", "from the age of", "at or above", "no less than",
              "not less than"})) {
    return Bound::lower;
  }
  return Bound::none;
}

// Values of a measure named at `at`: the first value within `reach` words
// after it (or just before it), and a second one if a range follows.
struct Values {
  std::vector<double> values;
  Bound bound = Bound::none;
};

Values values_after(const Words& words, std::size_t at, std::size_t reach, PhraseList stop_units) {
  Values found;
  const auto& tokens = words.tokens();
  for (std::size_t i = at + 1; i < tokens.size() && i <= at + reach; ++i) {
    const auto value = value_at(words, i);
    if (!value) continue;
    if (unit_after(words, i, stop_units)) return found;
    found.values.push_back(*value);
    found.bound = bound_at(words, i);
    // A range: "30 to 35", "16-20", "between 18 and 75".
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 2; ++k) {
      const auto second = value_at(words, k);
      if (!second) continue;
      const bool joined = k == i + 1 || tokens[i + 1] == "to" || tokens[i + 1] == "and";
      if (joined && !unit_after(words, k, stop_units)) {
        found.values.push_back(*second);
        found.bound = Bound::range;
      }
      break;
    }
    return found;
  }
  return found;
}

constexpr std::string_view presentation_words[] = {
    "pain", "onset", "started", "start", "began", "begun", "symptom", "symptoms", "dislocation", "dislocations",
    "injury", "injuries", "trauma", "traumatic", "fracture", "fractures", "swelling", "stiffness", "lump",
    "infection", "presenting", "presentation", "history"};

// A measure that describes a clinical presentation written before it: "new
// onset pain in a patient over 50", "dislocation in younger patients (aged 16-20)".
bool names_presentation(const Words& words) {
  return std::any_of(words.tokens().begin(), words.tokens().end(),
                     [](std::string_view token) { return is_one_of(token, presentation_words); });
}

bool qualifies_presentation(const Words& words, std::size_t at) {
  const auto& tokens = words.tokens();
  for (std::size_t i = 0; i < at && i < tokens.size(); ++i) {
    if (is_one_of(tokens[i], presentation_words)) return true;
  }
  return false;
}

struct ClauseReading {
  const Words& words;
  Effect effect;
  bool presentation_around = false;  // a parenthesis in a sentence that names a presentation
  bool treatment_around = false;     // a parenthesis in a sentence that names a treatment
  std::vector<Measure> exempt;       // named after "regardless of", up to the next comma
};

// "regardless of BMI, smokers must stop": the measures "regardless of" (or
// "irrespective of") names, up to the next comma, are not conditions.
std::vector<Measure> exempt_measures(std::string_view clause) {
  std::vector<Measure> exempt;
  std::size_t start = 0;
  while (start < clause.size()) {
    const std::size_t comma = std::min(clause.find(',', start), clause.size());
    const Words segment(clause.substr(start, comma - start));
    for (const std::string_view phrase : {"regardless of", "irrespective of", "no matter", "whatever their"}) {
      const auto where = segment.positions(phrase);
      if (where.empty()) continue;
      const auto& tokens = segment.tokens();
      for (std::size_t i = where.front(); i < tokens.size(); ++i) {
        const std::string_view token = tokens[i];
        if (token == "bmi" || token == "weight" || token.starts_with("obes")) exempt.push_back(Measure::bmi);
        if (token.starts_with("smok")) exempt.push_back(Measure::smoking);
        if (token == "age" || token == "ages") exempt.push_back(Measure::age);
        if (token.starts_with("score")) exempt.push_back(Measure::score);
      }
    }
    start = comma + 1;
  }
  return exempt;
}

bool exempt(const ClauseReading& clause, Measure measure) {
  return std::find(clause.exempt.begin(), clause.exempt.end(), measure) != clause.exempt.end();
}

MeasureReading measured(Measure measure, Effect effect, Bound bound = Bound::none, std::vector<double> values = {}) {
  MeasureReading reading;
  reading.measure = measure;
  reading.effect = effect;
  reading.bound = bound;
  reading.values = std::move(values);
  return reading;
}

void add(CriterionMeaning& meaning, MeasureReading reading) { meaning.measures.push_back(std::move(reading)); }

void read_bmi(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  std::vector<std::size_t> named = words.positions(Phrase("bmi"));
  for (const std::size_t at : words.positions(Phrase("body mass index"))) named.push_back(at + 2);
  const auto& tokens = words.tokens();
  for (const std::size_t at : named) {
    MeasureReading reading = measured(Measure::bmi, clause.effect);
    if (exempt(clause, Measure::bmi)) reading.effect = Effect::no_restriction;
    Values values = values_after(words, at, 6, time_units);
    if (values.values.empty() && at >= 2) {  // "> 40 BMI", "40+ BMI"
      for (std::size_t i = at - 2; i < at; ++i) {
        if (const auto value = value_at(words, i)) values = {{*value}, bound_at(words, i)};
      }
    }
    reading.values = values.values;
    reading.bound = values.bound;
    reading.qualifies_presentation = clause.presentation_around || qualifies_presentation(words, at);
    const bool demand_to_lose = words.has_any({"lose", "loss", "reduce", "reduced", "reduction", "target"});
    if (holds_back(reading.effect)) {
      reading.holds_back = !reading.values.empty() || demand_to_lose;
    } else if (reading.effect == Effect::states && !reading.values.empty()) {
      // A ceiling holds people with a higher BMI back; a floor written as a
      // plain criterion is read as one too, unless it describes a presentation
      // ("back pain with BMI > 40 if weight is the main issue").
      reading.holds_back = reading.bound == Bound::upper || reading.bound == Bound::range ||
                           (reading.bound == Bound::lower && !reading.qualifies_presentation);
    }
    add(meaning, std::move(reading));
    return;
  }
  // Weight with a value and a limit or a demand to lose it; not weight-bearing,
  // and not unexplained weight loss, a red flag.
  const bool symptom = words.has_any({"unexplained", "unintentional", "unintended", "red flag", "red flags"});
  const bool bearing = words.has_any({"weight bearing", "weight bear", "bear weight"});
  for (const std::size_t at : words.prefix_positions("weigh")) {
    if (symptom || bearing) break;
    std::optional<double> value;
    Bound bound = Bound::none;
    const std::size_t from = at > 4 ? at - 4 : 0;
    for (std::size_t i = from; i < tokens.size() && i <= at + 4; ++i) {
      if (i == at || unit_after(words, i, time_units) || unit_after(words, i, not_weight_units)) continue;
      if ((value = value_at(words, i))) {
        bound = bound_at(words, i);
        break;
      }
    }
    if (!value) continue;
    const bool lose = words.has_any({"lose", "loss", "reduce", "reduction"});
    MeasureReading reading = measured(Measure::bmi, clause.effect, bound, {*value});
    reading.holds_back = (holds_back(clause.effect) || clause.effect == Effect::states) && (bound != Bound::none || lose);
    add(meaning, std::move(reading));
    return;
  }
  // Obesity named without a value: a condition only when the text excludes or demands.
  if (words.has_prefix("obes") || words.has_any({"morbidly", "morbid", "overweight"})) {
    MeasureReading reading = measured(Measure::bmi, clause.effect);
    reading.holds_back = holds_back(clause.effect);
    add(meaning, std::move(reading));
  }
}

void read_smoking(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  std::vector<std::size_t> named = words.prefix_positions("smok");
  for (const char* word : {"nicotine", "tobacco", "vape", "vaping", "cigarette", "cigarettes"}) {
    for (const auto at : words.positions(word)) named.push_back(at);
  }
  if (named.empty()) return;
  MeasureReading reading = measured(Measure::smoking, exempt(clause, Measure::smoking) ? Effect::no_restriction : clause.effect);
  const bool stated_as_condition =
      words.has_any({"non smoker", "non smokers", "nonsmoker", "nonsmokers", "smoke free", "smokefree",
                     "stopped smoking", "stops smoking", "quit smoking", "quits smoking", "not smoke", "not smoking",
                     "smokers excluded", "smoke free for"});
  reading.holds_back = holds_back(reading.effect) || (reading.effect == Effect::states && stated_as_condition);
  add(meaning, std::move(reading));
}

void read_age(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  const auto& tokens = words.tokens();
  std::vector<double> ages;
  Bound bound = Bound::none;
  std::size_t first = tokens.size();
  auto take = [&](const Values& found, std::size_t at) {
    if (found.values.empty()) return;
    ages.insert(ages.end(), found.values.begin(), found.values.end());
    if (bound == Bound::none || found.bound == Bound::range) bound = found.bound;
    first = std::min(first, at);
  };
  for (const char* word : {"age", "aged", "ages"}) {
    for (const std::size_t at : words.positions(word)) take(values_after(words, at, 4, other_units), at);
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto value = value_at(words, i);
    if (!value) continue;
    const bool years = i + 1 < tokens.size() && is_one_of(tokens[i + 1], {"years", "year", "yrs", "yr"});
    // "65 years old", "50 years of age", "75 years and over", "over 65s".
    const bool aged = years && i + 2 < tokens.size() &&
                      (tokens[i + 2] == "old" || (tokens[i + 2] == "of" && i + 3 < tokens.size() && tokens[i + 3] == "age") ||
                       (bound_at(words, i) != Bound::none && (tokens[i + 2] == "and" || tokens[i + 2] == "or" || tokens[i + 2] == "+")));
    const bool decade = i + 1 < tokens.size() && tokens[i + 1] == "s";
    const bool bare_limit = i + 1 < tokens.size() && tokens[i + 1] == "only" && i > 0 &&
                            is_one_of(tokens[i - 1], {"over", "under", "above", "below"});
    // "people over 80", "patients under 16": a limit on people, with no unit after it.
    const bool people_limit = i >= 2 && is_one_of(tokens[i - 1], {"over", "under", "above", "below"}) &&
                              is_one_of(tokens[i - 2], {"people", "patients", "patient", "adults", "individuals",
                                                        "persons", "person", "men", "women"}) &&
                              !unit_after(words, i, time_units) && !unit_after(words, i, other_units);
    if (!aged && !decade && !bare_limit && !people_limit) continue;
    if (std::find(ages.begin(), ages.end(), *value) != ages.end()) continue;
    Values found{{*value}, bound_at(words, i)};
    if (const auto second = value_at(words, i + 2); second && tokens[i + 1] == "to") {
      found.values.push_back(*second);
      found.bound = Bound::range;
    }
    take(found, i);
  }
  if (ages.empty()) return;
  if (ages.size() >= 2 && bound != Bound::range) bound = Bound::range;
  MeasureReading reading = measured(Measure::age, exempt(clause, Measure::age) ? Effect::no_restriction : clause.effect, bound, ages);
  reading.qualifies_presentation = clause.presentation_around || qualifies_presentation(words, first);
  // 16 and 18 are the boundary between children's and adults' services: scope, not a cut-off.
  const bool beyond_adult_boundary = std::any_of(ages.begin(), ages.end(), [](double n) { return n > 18 && n < 130; });
  // "only available to people aged 65": an age demanded is a limit even without a comparison.
  const bool limit = bound != Bound::none || reading.effect == Effect::demands || reading.effect == Effect::excludes;
  if (!beyond_adult_boundary || !limit) {
    reading.holds_back = false;
  } else if (holds_back(reading.effect)) {
    reading.holds_back = true;
  } else {
    reading.holds_back = reading.effect == Effect::states && !reading.qualifies_presentation;
  }
  add(meaning, std::move(reading));
}

void read_score(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  for (const char* word : {"score", "scores", "scoring", "oks", "ohs", "womac", "koos", "hoos", "vas", "nrs",
                           "oxford", "scale", "oswestry", "odi", "analogue", "spadi", "proms", "prom", "rates", "rated",
                           "rating"}) {
    for (const std::size_t at : words.positions(word)) {
      Values found = values_after(words, at, 8, time_units);
      // "rated 5 or more on a visual analogue scale", "(>40% score)".
      for (std::size_t i = at > 7 ? at - 7 : 0; found.bound == Bound::none && i < at; ++i) {
        if (const auto value = value_at(words, i); value && !unit_after(words, i, time_units)) {
          found = {{*value}, bound_at(words, i)};
        }
      }
      if (found.values.empty() || found.bound == Bound::none) continue;
      MeasureReading reading = measured(Measure::score, clause.effect, found.bound, found.values);
      // Recording a score with a cut-off still applies the cut-off.
      reading.holds_back = holds_back(clause.effect) || clause.effect == Effect::states ||
                           clause.effect == Effect::records;
      add(meaning, std::move(reading));
      return;
    }
  }
}

// Treatments, programmes and tests, and the words that put one first.
constexpr std::string_view treatment_prefixes[] = {
    "physio", "treatment", "therap", "programme", "program", "injection", "escape", "session", "conservative",
    "rehab", "analges", "medication", "medicine", "painkill", "acupuncture", "splint", "orthotic", "insole",
    "brace", "manag", "intervention", "hydrotherap", "podiatr", "aspirat", "steroid", "course", "agent",
    "training", "school"};
constexpr PhraseSet treatment_phrases = {"nsaids", "class", "classes", "self help", "exercises",
                                         "care input", "primary care input", "group", "groups"};
// Every clause of every criterion asks this of each word.
constexpr std::array<bool, 256> starts_a_treatment_prefix = first_letters(treatment_prefixes);

// Where the words starting with a treatment prefix are, each word once.
std::vector<std::size_t> treatment_prefix_positions(const Words& words) {
  std::vector<std::size_t> found;
  const auto& tokens = words.tokens();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!starts_a_treatment_prefix[static_cast<unsigned char>(tokens[i].front())]) continue;  // tokens are never empty
    if (std::any_of(std::begin(treatment_prefixes), std::end(treatment_prefixes),
                    [&](std::string_view prefix) { return tokens[i].starts_with(prefix); })) {
      found.push_back(i);
    }
  }
  return found;
}

bool names_treatment(const Words& words) {
  return !treatment_prefix_positions(words).empty() || words.has_any(treatment_phrases);
}

void read_prior_step(const ClauseReading& clause, bool about_attendance, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  if (about_attendance) return;  // an attendance policy is not a treatment hoop
  if (words.has_any({"not required", "not needed", "no previous", "no prior", "not necessary", "does not need",
                     "do not need", "need not", "without", "no need", "not have to", "not essential",
                     "not a prerequisite", "not a requirement", "not mandatory", "not compulsory", "at any stage",
                     "at any point", "red flag", "red flags"})) {
    return;
  }
  std::vector<std::size_t> treatments = treatment_prefix_positions(words);
  const std::vector<std::size_t> named_treatments = words.positions(treatment_phrases);
  treatments.insert(treatments.end(), named_treatments.begin(), named_treatments.end());
  // "If no improvement after 2 weeks refer to physiotherapy": the treatment is
  // where the route goes, not a step before it, unless the text puts it before
  // the referral ("referred to podiatry prior to referral to secondary care").
  if (!words.has_any({"prior to", "before"})) {
    const auto& tokens = words.tokens();
    std::erase_if(treatments, [&](std::size_t at) {
      for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
        if (tokens[at - back] == "to" && back + 1 <= at &&
            is_one_of(tokens[at - back - 1], {"refer", "referral", "referred", "referring"})) {
          return true;
        }
      }
      return false;
    });
  }
  static constexpr PhraseSet test_phrases = {"blood test", "blood tests", "bloods", "x ray", "xray", "mri", "scan",
                                             "imaging", "rheumatoid factor", "anti ccp", "ccp", "crp", "esr",
                                             "antibody", "antibodies", "hla"};
  const std::vector<std::size_t> tests = words.positions(test_phrases);  // in order already
  enum class Side { before, after };
  std::sort(treatments.begin(), treatments.end());
  // A cue within `reach` words before (or after) one of the sorted targets:
  // a binary search per cue, so long texts cost no more than their length.
  auto cue_near = [&](const std::vector<std::size_t>& targets, Phrases cues, std::size_t reach, Side side) {
    if (targets.empty()) return false;  // most clauses name no treatment: no cue to look for
    for (const auto cue : cues) {
      for (const auto at : words.positions(cue)) {
        if (side == Side::before) {
          const auto next = std::upper_bound(targets.begin(), targets.end(), at);
          if (next != targets.end() && *next - at <= reach) return true;
        } else {
          const auto next = std::lower_bound(targets.begin(), targets.end(), at);
          if (next != targets.begin() && at - *std::prev(next) <= reach) return true;
        }
      }
    }
    return false;
  };
  const bool step_before = cue_near(
      treatments,
      {"after", "following", "prior", "previous", "previously", "first", "once", "until", "minimum", "at least",
       "in the first instance", "initially", "failure to respond", "failed to respond", "fails to respond",
       "weeks of", "months of", "sessions of", "course of", "trial of", "must have", "has had", "have had", "had",
       "tried", "attempted", "despite", "not responded", "unresponsive", "refractory", "non responders",
       "non responder", "no response", "completed", "complete", "completion", "attended", "exhausted", "already",
       "compliant with", "engaged with", "weeks", "months", "undergone", "received", "use", "used", "try",
       "trialled", "trialed", "trial", "evidence of", "treated", "been treated", "no improvement",
       "not showing any improvement", "not improving", "failed to improve", "unsuccessfully", "participated in",
       "taken part in", "engaged in", "gone through", "been through"},
      8, Side::before);
  const bool step_after = cue_near(
      treatments,
      {"completed", "failed", "failure", "unsuccessful", "not worked", "not helped", "not improved", "finished",
       "tried", "attended", "ineffective", "exhausted", "at least", "minimum", "prior to referral",
       "before referral", "before considering", "before being referred", "before onward", "prior to onward",
       "unsuccessfully", "in accordance with", "by 6 weeks", "not helped enough", "fails", "fail",
       "limited benefit", "little benefit", "no benefit", "proved ineffective", "first", "initially",
       "in the first instance"},
      8, Side::after);
  const bool test_first =
      cue_near(tests, {"completed", "must have", "results of", "positive", "raised", "elevated", "abnormal"}, 6,
               Side::before) ||
      cue_near(tests, {"completed", "results", "required", "must"}, 6, Side::after);
  // A parenthesis that puts first what its sentence names: "corticosteroid
  // injections (given at least once prior to referral)".
  const bool order_of_named = clause.treatment_around &&
                              words.has_any({"prior to referral", "before referral", "at least once", "first",
                                             "prior to onward", "before onward"});
  if (!step_before && !step_after && !test_first && !order_of_named) return;
  MeasureReading reading = measured(Measure::prior_step, clause.effect);
  reading.holds_back = clause.effect != Effect::helps && clause.effect != Effect::widens &&
                       clause.effect != Effect::no_restriction && clause.effect != Effect::out_of_scope;
  add(meaning, std::move(reading));
}

// A bar on coming back: "completed a pain management programme in the last
// 2 years", "unable to access this service within 6 months".
// Circumstances that are not clinical: "we cannot accept people who need
// hospital transport", "only available to those in full time education".
void read_circumstance(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  if (!words.has_any({"hospital transport", "patient transport", "own transport", "attend independently",
                      "travel independently", "access to a telephone", "access to telephone", "access to a phone",
                      "without a telephone", "no telephone", "access to the internet", "internet access",
                      "smartphone", "full time education", "in employment", "in work", "employed",
                      "family support", "social support", "work commitments", "caring responsibilities",
                      "childcare"})) {
    return;
  }
  MeasureReading reading = measured(Measure::circumstance, clause.effect);
  reading.holds_back = holds_back(clause.effect);
  add(meaning, std::move(reading));
}

void read_re_access(const ClauseReading& clause, CriterionMeaning& meaning) {
  const Words& words = clause.words;
  bool recent = false;
  const auto& tokens = words.tokens();
  for (const char* phrase : {"in the last", "in the past", "within the last", "within the past", "in the previous",
                             "within the previous", "within", "since the previous", "since their previous",
                             "since the last", "since their last", "since last", "interval of"}) {
    for (const std::size_t at : words.positions(phrase)) {
      const std::size_t after = at + static_cast<std::size_t>(std::count(phrase, phrase + std::char_traits<char>::length(phrase), ' ') + 1);
      // "in the last 2 years", "within the past year", "an interval of at least 16 months".
      std::size_t unit = after;
      if (unit < tokens.size() && is_one_of(tokens[unit], {"a", "one", "the"})) ++unit;
      if (unit < tokens.size() && is_one_of(tokens[unit], {"year", "month", "week"})) recent = true;
      for (std::size_t i = after; i < after + 3; ++i) {
        if (value_at(words, i) && unit_after(words, i, time_units)) recent = true;
      }
      // "12 months since the previous injection": the period comes first.
      if (std::string_view(phrase).starts_with("since")) {
        for (std::size_t i = at > 4 ? at - 4 : 0; i < at; ++i) {
          if (value_at(words, i) && unit_after(words, i, time_units)) recent = true;
        }
      }
    }
  }
  // "not eligible for re-referral for 2 years from the date of discharge".
  const bool comes_back = words.has_any({"re referral", "re referred", "re refer", "repeat referral",
                                         "repeat referrals", "readmission", "return to the service"});
  if (comes_back) {
    for (std::size_t i = 0; i < tokens.size() && !recent; ++i) recent = value_at(words, i) && unit_after(words, i, time_units);
  }
  if (!recent) return;
  // "since the previous denervation": the earlier treatment is named by the phrase itself.
  const bool since_previous = words.has_any({"since the previous", "since their previous", "since the last",
                                             "since their last", "since last"});
  const bool same_problem = words.has_any({"same condition", "same problem", "same episode", "same complaint",
                                           "same issue", "repeat referral", "repeat referrals", "re referral",
                                           "re referrals", "going back", "come back", "coming back"});
  // Having been through a programme, clinic or service (or care for the same
  // problem) recently bars coming back; a recent course of another treatment
  // ("completed a course of physiotherapy in the last year") is an earlier step.
  const bool completed =
      since_previous ||
      (words.has_any({"completed", "had", "received", "attended", "undergone", "finished", "seen", "treated"}) &&
       (words.has_prefix("programme") || words.has_prefix("program") || words.has_prefix("clinic") ||
        words.has_prefix("servic") || same_problem));
  const bool denied = (clause.effect == Effect::excludes || (clause.effect == Effect::states && same_problem)) &&
                      words.has_any({"access", "same condition", "re referral", "re refer", "re referred", "again",
                                     "this service", "the service", "self refer", "refer", "repeat referral",
                                     "repeat referrals", "same issue", "same problem", "going back",
                                     "come back"});
  if (!completed && !denied) return;
  if (clause.effect == Effect::demands && !denied) return;  // "must have had physiotherapy in the last year": a prior step
  MeasureReading reading = measured(Measure::re_access, clause.effect);
  reading.holds_back = denied || clause.effect == Effect::states || clause.effect == Effect::excludes;
  add(meaning, std::move(reading));
}

}  // namespace

CriterionMeaning read_criterion(std::string_view text, TextRole role) {
  CriterionMeaning meaning;
  // A criterion is a sentence or a paragraph; only so much of a longer text is
  // read, so that a pasted document costs no more than a page.
  if (text.size() > max_criterion_read) {
    const std::size_t cut = text.rfind(' ', max_criterion_read);
    text = text.substr(0, cut == std::string_view::npos ? max_criterion_read : cut);
  }
  const std::vector<Clause> clauses = split_clauses(text);
  std::vector<std::string> texts;
  std::vector<Words> words;
  texts.reserve(clauses.size());
  words.reserve(clauses.size());
  for (const Clause& clause : clauses) {
    texts.push_back(normalised(clause.text));
    words.emplace_back(texts.back());
  }

  // What each sentence does, from its main clauses: a clause of its own that
  // says nothing ("this is particularly applicable to a BMI over 40") takes it.
  std::vector<Effect> own(clauses.size());
  struct Sentence {
    Effect effect = Effect::states;
    // A sentence that says there is no limit ("no absolute score cut off; a
    // score of 3 suggests ...") says it of its bare clauses too.
    bool says_none = false;
    // What its main clauses name, for the asides in parentheses.
    bool presentation = false;
    bool treatment = false;
  };
  std::vector<Sentence> sentences(clauses.empty() ? 0 : static_cast<std::size_t>(clauses.back().sentence + 1) + 1);
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    own[i] = effect_of(words[i]);
    if (role == TextRole::exclusion && (own[i] == Effect::states || own[i] == Effect::records)) own[i] = Effect::excludes;
    if (clauses[i].parenthetical || clauses[i].exception) continue;
    const auto sentence = static_cast<std::size_t>(clauses[i].sentence);
    if (sentence >= sentences.size()) continue;
    if (strength(own[i]) > strength(sentences[sentence].effect)) sentences[sentence].effect = own[i];
    if (own[i] == Effect::no_restriction) sentences[sentence].says_none = true;
  }
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const auto sentence = static_cast<std::size_t>(clauses[i].sentence);
    if (clauses[i].parenthetical || sentence >= sentences.size()) continue;
    sentences[sentence].presentation = sentences[sentence].presentation || names_presentation(words[i]);
    sentences[sentence].treatment = sentences[sentence].treatment || names_treatment(words[i]);
  }
  for (const Words& clause_words : words) {
    meaning.about_attendance = meaning.about_attendance || mentions_attendance(clause_words);
  }
  if (role == TextRole::attendance_policy) meaning.about_attendance = true;
  for (const Words& clause_words : words) {
    meaning.shared_decision =
        meaning.shared_decision ||
        clause_words.has_any({"shared decision", "decision aid", "decision aids", "decision making tool",
                              "benefits and risks", "risks and benefits", "wish to have surgery",
                              "wishes to have surgery", "wants to have surgery", "would like surgery",
                              "willing to undergo", "wish to proceed", "wishes to proceed", "wants surgery"});
  }

  for (std::size_t i = 0; i < clauses.size(); ++i) {
    if (clauses[i].exception) {
      // "unless surgery is essential" governs nothing here; but what a
      // refusal makes an exception for is demanded: "referrals will be
      // returned unless there is evidence of a trial of two agents".
      const auto sentence = static_cast<std::size_t>(clauses[i].sentence);
      if (sentence < sentences.size() && sentences[sentence].effect == Effect::excludes) {
        read_prior_step(ClauseReading{words[i], Effect::demands, false, false, {}}, meaning.about_attendance, meaning);
      }
      continue;
    }
    Effect effect = own[i];
    const auto sentence = static_cast<std::size_t>(clauses[i].sentence);
    if (effect == Effect::states && !clauses[i].parenthetical && sentence < sentences.size()) {
      effect = sentences[sentence].says_none ? Effect::no_restriction : sentences[sentence].effect;
    }
    const bool presentation_around = clauses[i].parenthetical && sentence < sentences.size() &&
                                     sentences[sentence].presentation;
    const bool treatment_around = clauses[i].parenthetical && sentence < sentences.size() &&
                                  sentences[sentence].treatment;
    const bool exemption = words[i].has_any({"regardless of", "irrespective of", "no matter", "whatever their"});
    const ClauseReading clause{words[i], effect, presentation_around, treatment_around,
                               exemption ? exempt_measures(texts[i]) : std::vector<Measure>{}};
    read_bmi(clause, meaning);
    read_smoking(clause, meaning);
    read_age(clause, meaning);
    read_score(clause, meaning);
    read_re_access(clause, meaning);
    read_circumstance(clause, meaning);
    if (!meaning.holds_back_by(Measure::re_access)) read_prior_step(clause, meaning.about_attendance, meaning);
    if (meaning.about_attendance) {
      AttendanceEffect found = attendance_effect(words[i]);
      // "patients who have a poor attendance record" among those a service will not see.
      if (found == AttendanceEffect::none && effect == Effect::excludes && mentions_attendance(words[i])) {
        found = AttendanceEffect::removes;
      }
      if (attendance_rank(found) > attendance_rank(meaning.attendance)) meaning.attendance = found;
    }
  }
  return meaning;
}

}  // namespace msklint
