#pragma once

// What the words of one criterion, prerequisite, exclusion or attendance
// policy say, read once when the file is read (src/text/criterion_reading.cpp)
// and shared by every rule that judges it. Context-free: whether the route is
// urgent or the service a support programme is judged by the rules
// (src/rules/criteria.cpp).

#include <vector>

namespace msklint {

// What a criterion is about.
enum class Measure {
  bmi,          // BMI, weight or obesity
  smoking,      // smoking, nicotine, vaping
  age,          // an age in years
  score,        // a scoring tool: Oxford hip or knee score, VAS, WOMAC...
  prior_step,   // a treatment, programme or test that must come first
  re_access,    // a bar on coming back within a period ("completed ... in the last 2 years")
  circumstance, // a person's circumstances: transport, a telephone, education or work
};

// What the text does with it.
enum class Effect {
  states,          // a bare statement ("BMI < 40"): in a criteria list, a condition
  demands,         // "must", "only", "required", "will have completed"
  excludes,        // "not offered", "not routinely commissioned", "not eligible"
  delays,          // "a 6 month period of optimisation before being considered", "delay referral"
  helps,           // offers support: "offered a referral to weight management", "a conversation"
  records,         // "recorded", "measured", "documented"
  widens,          // "can refer themselves", "welcome"
  no_restriction,  // "no BMI threshold", "regardless of", "not excluded"
  out_of_scope,    // "... is excluded from this policy": the restriction does not apply
};

enum class Bound { none, upper, lower, range };

struct MeasureReading {
  Measure measure = Measure::bmi;
  Effect effect = Effect::states;
  Bound bound = Bound::none;
  std::vector<double> values;      // the values compared, in order (ages, BMI, score)
  bool qualifies_presentation = false;  // describes a clinical presentation: "pain ... in a patient over 50"
  bool holds_back = false;         // read alone, the text holds people back by this measure
};

enum class AttendanceEffect {
  none,      // says nothing about what happens
  removes,   // discharged, returned to the referrer, must be referred again, appointments withheld
  supports,  // contacted, offered another appointment, reminded
  reviews,   // a clinician decides whether to offer another appointment or discharge
};

struct CriterionMeaning {
  std::vector<MeasureReading> measures;
  bool about_attendance = false;  // missed or cancelled appointments, DNAs
  bool shared_decision = false;   // asks for a shared decision: "benefits and risks explained", "wishes to have surgery"
  AttendanceEffect attendance = AttendanceEffect::none;

  // The reading of `measure`, if the text states it; the one that holds back first.
  const MeasureReading* find(Measure measure) const {
    const MeasureReading* found = nullptr;
    for (const MeasureReading& reading : measures) {
      if (reading.measure != measure) continue;
      if (reading.holds_back) return &reading;
      if (found == nullptr) found = &reading;
    }
    return found;
  }
  bool holds_back_by(Measure measure) const {
    const MeasureReading* reading = find(measure);
    return reading != nullptr && reading->holds_back;
  }
};

}  // namespace msklint
