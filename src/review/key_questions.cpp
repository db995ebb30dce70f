// ARMA's overarching questions for anyone improving, redesigning or
// transforming MSK services, which close the review notes. Paraphrased in
// our own words, as msklint's rule documents are; the source is named.

#include "review/review.h"

namespace msklint {

const KeyQuestions& arma_key_questions() {
  static const KeyQuestions questions{
      "Adapted, in our own words, from the key questions to ask in the Arthritis and Musculoskeletal Alliance "
      "(ARMA), Musculoskeletal service improvement: key messages (2023).",
      {
          "Have the people who use these services, and everyone else with a stake in them, been part of this work?",
          "What will this change do to the rest of the system? If more joint replacements are done, for example, "
          "is there enough community rehabilitation for the people who will need it afterwards?",
          "Is the pathway built around what patients need, or mainly around what suits the system and clinicians?",
          "Have social prescribing, health coaching, peer support and mental health support been considered as part "
          "of what is offered?",
          "Have we looked widely enough at who could deliver the care: the whole range of professions and roles?",
          "What are we doing to reduce inequalities, and how will we make sure this work does not widen them by "
          "accident?",
          "Does the system look at MSK as a whole (orthopaedics, rheumatology, primary care, community services "
          "and pain services) rather than one part at a time?",
      }};
  return questions;
}

}  // namespace msklint
