#include <doctest/doctest.h>

#include "text/criterion_reading.h"

using namespace msklint;

// Each check reads the text alone, as the reader does when the file is read;
// the context (urgent routes, support services, a basis) is judged in
// src/rules/criteria_test.cpp.
namespace {

bool holds_back(const std::string& text, Measure measure, TextRole role = TextRole::criterion) {
  return read_criterion(text, role).holds_back_by(measure);
}
bool restricts_by_bmi(const std::string& text) { return holds_back(text, Measure::bmi); }
bool restricts_by_smoking(const std::string& text) { return holds_back(text, Measure::smoking); }
bool restricts_by_age(const std::string& text) { return holds_back(text, Measure::age); }
bool restricts_by_score(const std::string& text) { return holds_back(text, Measure::score); }
bool requires_prior_step(const std::string& text) { return holds_back(text, Measure::prior_step); }
bool bars_coming_back(const std::string& text) { return holds_back(text, Measure::re_access); }
bool removes_non_attenders(const std::string& text, TextRole role = TextRole::criterion) {
  const CriterionMeaning meaning = read_criterion(text, role);
  return meaning.about_attendance && meaning.attendance == AttendanceEffect::removes;
}
const std::string& condition(const std::string& text) { return text; }

}  // namespace

TEST_CASE("BMI and weight thresholds, and mentions that are not") {
  for (const char* text : {"BMI < 40", "body mass index over 35", "BMI of 30 or less", "BMI ≤ 35",
                           "weight under 120 kg", "Lose 10% of body weight before referral", "BMI 40+ must lose weight first"}) {
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

TEST_CASE("a measure with its comparison and value, in any word order") {
  for (const char* text : {"BMI >45", "whose BMI is 35 or above", "BMI of, or greater than, 30",
                           "BMI range of 30 to 35", "A body mass index no higher than 40",
                           "Patients with a BMI exceeding 40 will not be listed"}) {
    CAPTURE(std::string(text));
    CHECK(restricts_by_bmi(text));
  }
  const CriterionMeaning range = read_criterion("BMI range of 30 to 35");
  REQUIRE(range.find(Measure::bmi) != nullptr);
  CHECK(range.find(Measure::bmi)->bound == Bound::range);
  CHECK(range.find(Measure::bmi)->values == std::vector<double>{30, 35});
  CHECK(read_criterion("whose BMI is 35 or above").find(Measure::bmi)->bound == Bound::lower);
  CHECK(read_criterion("BMI of, or greater than, 30").find(Measure::bmi)->values == std::vector<double>{30});
  for (const char* text : {"Oxford score is less than 16", "an Oxford Knee Score of 20 or below",
                           "pain rated 7 or more on a 10 point scale"}) {
    CAPTURE(std::string(text));
    CHECK(restricts_by_score(text));
  }
  for (const char* text : {"splinting for at least 12 weeks",
                           "compliant with conservative intervention (exercise, analgesia) for at least 6 weeks",
                           "3 months conservative treatment to include exercise and analgesia",
                           "3 months of conservative treatment", "has engaged with physiotherapy for a minimum of 8 weeks",
                           "Use of the self-help leaflet before referral"}) {
    CAPTURE(std::string(text));
    CHECK(requires_prior_step(text));
  }
}

TEST_CASE("what the text does with a measure decides whether it holds people back") {
  // Delays and exclusions hold back even beside an offer of help.
  CHECK(restricts_by_bmi("People with a BMI of 35 or more are offered a weight management programme and will be "
                         "reconsidered for surgery after 6 months"));
  CHECK(restricts_by_bmi("Surgery is deferred for patients whose BMI is over 40"));
  CHECK(restricts_by_smoking("Smokers will not be considered for surgery"));
  CHECK(restricts_by_smoking("current smokers: referral delayed until they have stopped"));
  // Help, a conversation or a record does not.
  CHECK_FALSE(restricts_by_bmi("Patients with a BMI over 30 should be offered weight management support"));
  CHECK_FALSE(restricts_by_bmi("If BMI is 35 or more, discuss weight and signpost to the local programme"));
  CHECK_FALSE(restricts_by_smoking("Smokers should be advised to stop and referred to the stop smoking service"));
  CHECK_FALSE(restricts_by_bmi("BMI over 40 recorded in the referral letter"));
  // A clause of its own with nothing to do takes the sentence's effect.
  CHECK(restricts_by_bmi("Referral should be delayed; this applies in particular to a BMI above 40"));
  // A floor that describes a presentation is not a cut-off; a ceiling is.
  CHECK_FALSE(restricts_by_bmi("Knee pain with BMI > 35 where weight is the main driver"));
  CHECK(restricts_by_bmi("Knee pain with BMI < 35"));
}

TEST_CASE("regardless, unless and 'excluded from this policy' govern only what they name") {
  CHECK_FALSE(restricts_by_bmi("Surgery is offered regardless of BMI"));
  CHECK(restricts_by_smoking("Regardless of BMI, smokers must stop before listing"));
  CHECK(restricts_by_bmi("BMI must be under 40 unless the surgeon judges surgery essential"));
  CHECK_FALSE(restricts_by_age("People under 30 with an acute injury are excluded from this policy"));
  CHECK(restricts_by_age("People over 80 are excluded from surgery"));
}

TEST_CASE("'with or without' does not switch off the clause that follows") {
  CHECK(requires_prior_step("Adults with or without leg pain must have had 6 weeks of physiotherapy"));
  CHECK_FALSE(requires_prior_step("Referral without prior physiotherapy is accepted"));
}

TEST_CASE("an age that qualifies a presentation is clinical, an age cut-off alone is not") {
  CHECK_FALSE(restricts_by_age("Onset of back pain after the age of 55"));
  CHECK_FALSE(restricts_by_age("Recurrent dislocation in young athletes (aged 16 to 25)"));
  CHECK(restricts_by_age("Patients aged 18 to 70 with knee pain"));
  CHECK(restricts_by_age("Aged 75 or younger"));
  CHECK_FALSE(restricts_by_age("Anyone aged 16 or over can book"));
  CHECK_FALSE(restricts_by_age("Symptoms for more than 20 years"));  // a duration, not an age
}

TEST_CASE("a bar on coming back within a period") {
  CHECK(bars_coming_back("Patients who have attended this programme in the past 12 months"));
  CHECK(bars_coming_back("Cannot be re-referred within 3 months for the same problem"));
  CHECK_FALSE(bars_coming_back("Patients discharged in the last 6 months can refer themselves back"));
  CHECK_FALSE(bars_coming_back("Seen within 2 weeks"));
  CHECK_FALSE(requires_prior_step("Patients who have attended this programme in the past 12 months"));
}

TEST_CASE("attendance policies in prose") {
  for (const char* text : {"Patients are discharged back to the GP after two missed appointments",
                           "After a second DNA the patient is returned to the care of their GP",
                           "People who miss an appointment will not be automatically offered another appointment",
                           "If you cancel three appointments you will need a new referral from your GP"}) {
    CAPTURE(std::string(text));
    CHECK(removes_non_attenders(text));
  }
  CHECK(removes_non_attenders("declines two reasonable offers of an appointment and is discharged"));
  for (const char* text : {"If you miss an appointment we will contact you to rebook",
                           "A clinician reviews each missed appointment and decides whether to offer another "
                           "appointment or to discharge",
                           "We send text reminders; missed appointments never lead to discharge"}) {
    CAPTURE(std::string(text));
    CHECK_FALSE(removes_non_attenders(text));
  }
  // As a did_not_attend policy the text is about attendance even when it does not say so.
  CHECK(removes_non_attenders("returned to the care of their GP", TextRole::attendance_policy));
  CHECK_FALSE(removes_non_attenders("contacted by phone and offered another appointment", TextRole::attendance_policy));
  // An attendance sentence is not a treatment hoop.
  CHECK_FALSE(requires_prior_step("Previous course of physiotherapy ended after two DNAs"));
}

TEST_CASE("an exclusion names people the service does not see") {
  CHECK(holds_back("BMI over 40", Measure::bmi, TextRole::exclusion));
  CHECK(holds_back("Current smokers", Measure::smoking, TextRole::exclusion));
  CHECK(holds_back("People aged over 80", Measure::age, TextRole::exclusion));
  CHECK_FALSE(holds_back("Under 18s", Measure::age, TextRole::exclusion));
  const CriterionMeaning pregnancy = read_criterion("Pregnancy", TextRole::exclusion);
  CHECK(pregnancy.measures.empty());
}

TEST_CASE("counts in words, failures written as 'without success', and negated prerequisites") {
  CHECK(requires_prior_step("After six weeks of physiotherapy"));
  CHECK(requires_prior_step("Core treatments have been tried without success"));
  CHECK(requires_prior_step("Patient has trialled a course of physiotherapy"));
  CHECK_FALSE(requires_prior_step("A course of physiotherapy is not a prerequisite for referral"));
  CHECK_FALSE(requires_prior_step("Refer at any stage; physiotherapy first is not required"));
  CHECK(restricts_by_bmi("People with a BMI above 40 will first be referred to weight management"));
  CHECK(restricts_by_bmi("BMI of 35 or more: surgery is reconsidered once they have lost 5% of their weight"));
}

TEST_CASE("scores written before the tool, and bars since the previous treatment") {
  CHECK(restricts_by_score("Pain of 6 or more on a numeric rating scale"));
  CHECK(restricts_by_score("Disability worse than 30% on the Oswestry index"));
  CHECK(bars_coming_back("At least 12 months since the previous injection"));
  CHECK(bars_coming_back("Seen by this service within the past year for the same problem"));
  CHECK_FALSE(bars_coming_back("Completed a course of physiotherapy in the last year"));
  CHECK(requires_prior_step("Completed a course of physiotherapy in the last year"));
}

TEST_CASE("attendance: negated removals, decisions, and cancellations counted") {
  CHECK_FALSE(removes_non_attenders("We phone people who miss appointments; nobody is discharged for one missed appointment"));
  CHECK_FALSE(removes_non_attenders("After two DNAs the clinician decides whether or not to discharge"));
  CHECK(removes_non_attenders("Patients who cancel three times will need a new referral"));
  CHECK(removes_non_attenders("Two missed appointments and the patient is removed from the list"));
}

TEST_CASE("people limited by age without the word 'age', and exemptions up to the comma") {
  CHECK(restricts_by_age("Patients over 80 are not offered surgery"));
  CHECK_FALSE(restricts_by_age("Patients over 80 kg"));
  CHECK_FALSE(restricts_by_bmi("Irrespective of BMI, people are referred on clinical need"));
  CHECK(restricts_by_smoking("Irrespective of age, smokers are not listed"));
}

TEST_CASE("numbers written in words, and words an editor added in square brackets") {
  CHECK(restricts_by_bmi("Accepted only where the BMI is no greater than thirty-eight"));
  CHECK(restricts_by_score("Referred only if pain is rated at eight out of ten or higher"));
  CHECK_FALSE(restricts_by_age("One of the following: pain, stiffness or swelling"));
  // "[seen]" is part of the sentence, not an aside.
  CHECK(bars_coming_back("[Not accepted:] people [seen] for the same problem within the last 6 months"));
}

TEST_CASE("an offer of the treatment itself is not help") {
  CHECK(restricts_by_bmi("Hip replacement is offered to people whose body mass index does not exceed 35"));
  CHECK_FALSE(restricts_by_bmi("People whose BMI is over 35 are offered support from the weight management team"));
  CHECK(restricts_by_smoking("Refer once the patient has stopped smoking for 4 weeks"));
  CHECK(restricts_by_age("This clinic is only available to people aged 65"));
}

TEST_CASE("a refusal with an exception demands the exception") {
  CHECK(requires_prior_step("Referrals will be returned unless a 6 week course of physiotherapy has been completed"));
  CHECK_FALSE(requires_prior_step("Referrals are accepted unless physiotherapy is already under way"));
}

TEST_CASE("attendance in other words: children not brought, letters not answered, rebooking") {
  CHECK(removes_non_attenders("A child who is not brought to two appointments is discharged to their GP"));
  CHECK(removes_non_attenders("If the booking letter is not returned within 2 weeks the referral is closed"));
  CHECK(removes_non_attenders("Appointments must be rebooked within a week or you will be discharged"));
  CHECK_FALSE(removes_non_attenders("If you do not request a review within 6 months you may be discharged"));
}

TEST_CASE("a pasted document is read only for its first page") {
  std::string text = "BMI < 40. ";
  while (text.size() < 1'000'000) text += "Unless clinically urgent (see note), after six weeks of physiotherapy; ";
  CHECK(restricts_by_bmi(text));  // read, in one pass over at most a page
  std::string late(max_criterion_read + 100, ' ');
  late += "BMI < 40";
  CHECK_FALSE(restricts_by_bmi(late));  // beyond the first page: not read (docs/reading-criteria.md)
}

TEST_CASE("circumstances that are not clinical, and limits said not to exist") {
  CHECK(holds_back("We cannot accept referrals for people who need hospital transport", Measure::circumstance));
  CHECK(holds_back("Only available to those in full time education", Measure::circumstance));
  CHECK_FALSE(holds_back("Return to work support for people in employment", Measure::circumstance));
  CHECK_FALSE(restricts_by_score("There is no absolute score cut off; a score of 3 or more suggests the diagnosis"));
  CHECK_FALSE(requires_prior_step("Make sure red flags have been managed before any referral"));
  CHECK(requires_prior_step("Accepted only after the patient has attended the back skills training group"));
}

TEST_CASE("more ways of losing a place: missed assessments, dates declined, silence taken as withdrawal") {
  CHECK(removes_non_attenders("Patients who miss their pre-operative assessment are removed from the waiting list"));
  CHECK(removes_non_attenders("If you cannot accept any of the dates offered you will be discharged to your GP"));
  CHECK(removes_non_attenders("If we do not hear from you we will assume you no longer wish to be seen"));
  CHECK(bars_coming_back("Not eligible for re-referral for 2 years from the date of discharge"));
}

TEST_CASE("held referrals, refusals, statements of evidence, and treatments tried first") {
  CHECK(restricts_by_bmi("Referrals for patients with BMI >= 35 will be held for 3 months while they are supported"));
  CHECK(restricts_by_smoking("Anyone who will not see the stop smoking service may be refused surgery"));
  CHECK_FALSE(restricts_by_bmi("There is evidence that people with a BMI of 40+ have poorer outcomes"));
  CHECK(requires_prior_step("Steroid injection should be tried first"));
  CHECK(requires_prior_step("Failure to respond to conservative treatment including physiotherapy"));
}

TEST_CASE("cancellations, people who cannot be reached, and who decides") {
  CHECK(removes_non_attenders("Two cancellations at short notice and the referral is closed"));
  CHECK(removes_non_attenders("People who cannot be reached after three attempts at contact are discharged"));
  CHECK(removes_non_attenders("After two missed appointments the practice meeting decides whether the patient is removed"));
  CHECK_FALSE(removes_non_attenders("After two missed appointments the clinician decides whether to discharge"));
}

TEST_CASE("the treatment a route leads to is not a step before it") {
  CHECK_FALSE(requires_prior_step("If no improvement after 2 weeks refer to physiotherapy"));
  CHECK(requires_prior_step("Refer to podiatry prior to referral to secondary care"));
  CHECK(holds_back("People unable to attend because of work commitments should not be referred", Measure::circumstance));
}
