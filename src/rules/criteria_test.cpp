#include <doctest/doctest.h>

#include "rules/criteria.h"

using namespace msklint;

namespace {

Condition condition(const std::string& text, const std::string& measure = {}) {
  Condition c;
  c.text.value = text;
  c.text.present = true;
  if (!measure.empty()) {
    c.measure.value = measure;
    c.measure.present = true;
  }
  return c;
}

}  // namespace

TEST_CASE("BMI and weight thresholds, and mentions that are not") {
  for (const char* text : {"BMI < 40", "body mass index over 35", "BMI of 30 or less", "BMI ≤ 35",
                           "weight under 120 kg", "Lose 10% of body weight before referral", "BMI 40+"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK(restricts_by_bmi(condition(text)));
  }
  for (const char* text : {"weight management advice offered", "BMI recorded at assessment",
                           "3 months of core treatment including exercise and weight support",
                           "weight-bearing X-ray within 6 weeks"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(restricts_by_bmi(condition(text)));
  }
  CHECK(restricts_by_bmi(condition("Suitable for surgery", "bmi")));
}

TEST_CASE("smoking, age and score restrictions, and wording that only mentions them") {
  CHECK(restricts_by_smoking(condition("Non-smoker for 8 weeks")));
  CHECK(restricts_by_smoking(condition("Smokers are excluded")));
  CHECK(restricts_by_smoking(condition("Must have stopped smoking; stop smoking support offered")));
  CHECK_FALSE(restricts_by_smoking(condition("Support to stop smoking offered before surgery")));
  CHECK_FALSE(restricts_by_smoking(condition("Smoking status recorded")));
  CHECK(restricts_by_age(condition("Aged under 75")));
  CHECK(restricts_by_age(condition("Over 65 only")));
  CHECK(restricts_by_age(condition("Under 75s only")));
  CHECK(restricts_by_age(condition("Adults aged 18 to 75")));
  CHECK(restricts_by_age(condition("Aged between 18 and 75")));
  CHECK_FALSE(restricts_by_age(condition("Over 120 kg only")));
  CHECK(restricts_by_age(condition("Age 65 or older only")));
  CHECK_FALSE(restricts_by_age(condition("Adults aged 18 and over")));
  CHECK_FALSE(restricts_by_age(condition("Aged 16+")));
  CHECK(restricts_by_score(condition("Oxford Knee Score below 20")));
  CHECK(restricts_by_score(condition("OKS < 27")));
  CHECK_FALSE(restricts_by_score(condition("Oxford Knee Score recorded at baseline")));
}

TEST_CASE("prior steps, and criteria that are not") {
  CHECK(requires_prior_step(condition("After 6 weeks of physiotherapy")));
  CHECK(requires_prior_step(condition("Must have completed a pain management programme")));
  CHECK(requires_prior_step(condition("Following two courses of physiotherapy")));
  CHECK_FALSE(requires_prior_step(condition("Adults with knee pain")));
  CHECK_FALSE(requires_prior_step(condition("Suspected inflammatory arthritis")));
}

TEST_CASE("removal for non-attendance, and the opposite") {
  CHECK(removes_non_attenders(condition("Discharged back to GP after one missed appointment")));
  CHECK(removes_non_attenders(condition("Two DNAs and the referral is closed")));
  CHECK(removes_non_attenders(condition("Patients who do not attend are removed from the waiting list")));
  CHECK_FALSE(removes_non_attenders(condition("People who miss an appointment are contacted to find out why")));
  CHECK_FALSE(removes_non_attenders(condition("Never discharged for a missed appointment; we call them")));
  CHECK_FALSE(removes_non_attenders(condition("Discharged with a self-management plan")));
}

TEST_CASE("wording that says there is no restriction, or only cites guidance, does not fire") {
  for (const char* text : {"Surgery is not restricted by BMI (NICE NG226)", "No BMI threshold for referral (NICE NG226)",
                           "BMI recorded at pre-operative assessment within 12 weeks",
                           "Referral to tier 3 weight management offered alongside",
                           "Offered 12 weeks of weight management support", "Able to weight-bear 6 weeks after surgery",
                           "No lifting over 5 kg for 6 weeks after surgery"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(restricts_by_bmi(condition(text)));
  }
  CHECK(restricts_by_bmi(condition("Patients with morbid obesity are not accepted")));
  for (const char* text : {"Adults aged 16 and over with low back pain (NICE NG59)",
                           "Adults aged 18 and over, seen within 28 days",
                           "No upper age limit: people over 75 are welcome"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(restricts_by_age(condition(text)));
  }
  CHECK_FALSE(restricts_by_smoking(condition("Smokers are not excluded from surgery")));
  CHECK(restricts_by_smoking(condition("Smokers must complete a stop smoking programme before listing")));
  CHECK(restricts_by_smoking(condition("Smoking cessation required before surgery")));
  CHECK(restricts_by_smoking(condition("Smokers will not be listed for surgery")));
  CHECK(restricts_by_smoking(condition("BMI under 40 and non-smoker for 8 weeks")));
  CHECK_FALSE(restricts_by_score(
      condition("Oxford Knee Score recorded at baseline and at 6 months or more after surgery")));
  CHECK_FALSE(removes_non_attenders(condition("We do not discharge people who miss an appointment")));
  CHECK_FALSE(removes_non_attenders(condition("Missed appointments do not lead to discharge")));
  CHECK(removes_non_attenders(condition("If a patient misses their appointment they will be discharged")));
  CHECK(removes_non_attenders(condition("Patients missing two appointments are discharged")));
  CHECK(removes_non_attenders(condition("Non-attenders are discharged to their GP")));
}

TEST_CASE("prior steps need a treatment after a word of sequence, or an outcome after a treatment") {
  for (const char* text : {"Adults needing rehabilitation after hip or knee surgery",
                           "Medically stable following hospital discharge", "No previous physiotherapy needed",
                           "Physiotherapy is not required before referral", "Heel pain after exercise",
                           "Symptoms worsening over the course of 6 weeks", "Fracture classification after X-ray",
                           "Pain after a fall", "People with a previous fragility fracture"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(requires_prior_step(condition(text)));
  }
  for (const char* text : {"Unresponsive to conservative management", "Refractory to physiotherapy",
                           "Non-responders to physiotherapy", "Must have tried painkillers",
                           "Must have tried hydrotherapy", "Where physiotherapy has not worked",
                           "Patients must first see a physiotherapist", "Blood tests for inflammatory markers completed",
                           "Minimum of 6 weeks physiotherapy", "Once core treatment is finished",
                           "Positive rheumatoid factor or anti-CCP"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK(requires_prior_step(condition(text)));
  }
}
