#include "text/attendance.h"

namespace msklint {

namespace {

constexpr PhraseSet attendance_words = {
    "did not attend", "dna", "dnas", "does not attend", "do not attend", "not attending", "not attend",
    "non attendance", "nonattendance", "non attender", "non attenders", "nonattenders", "no show", "no shows",
    "fail to attend", "fails to attend", "failed to attend", "failure to attend", "attendance",
    "reasonable offers", "reasonable offer", "not brought", "was not brought", "were not brought", "wnb",
    "dates offered", "offered dates", "date offered", "failure to confirm", "fail to confirm", "not confirm",
    "do not hear from you", "not hear from you", "cancellation", "cancellations", "cannot be reached",
    "unable to contact", "unable to reach", "attempts to contact", "attempts at contact"};

}  // namespace

bool mentions_attendance(const Words& words) {
  return words.has_any(attendance_words) ||
         ((words.has_prefix("miss") || words.has_prefix("cancel")) &&
          (words.has_prefix("appointment") || words.has_any({"assessment", "session", "sessions", "clinic"}))) ||
         (words.has_prefix("cancel") && words.has_any({"twice", "times", "more than", "consecutive"})) ||
         (words.has_prefix("rebook") && words.has_prefix("appointment")) ||
         // Not answering a letter or message to book or stay on the waiting list.
         (words.has_any({"letter", "message", "waiting list", "opt in", "onus"}) &&
          words.has_any({"not respond", "not responding", "not returned", "do not contact", "does not contact",
                         "no response", "fail to respond", "fails to respond", "not reply", "not replying",
                         "do not book", "does not book", "not booked"}));
}

AttendanceEffect attendance_effect(const Words& words) {
  if (words.has_any({"do not discharge", "does not discharge", "not discharged", "not be discharged", "never",
                     "not removed", "not be removed", "do not lead", "does not lead", "not result in", "rather than",
                     "instead of", "will not lose", "not lose", "nobody is", "no one is", "no patient is",
                     "no one will", "nobody will"})) {
    return AttendanceEffect::supports;
  }
  const bool withheld_offer = words.has_any({"not be offered another", "not offered another", "not automatically offered",
                                             "not be automatically offered", "not be offered a further",
                                             "not be rebooked", "not rebooked", "no further appointments",
                                             "no further appointment"});
  const bool removes =
      withheld_offer || words.has_prefix("discharg") || words.has_prefix("remov") ||
      words.has_any({"referred back", "refer back", "back to the gp", "back to their gp", "back to gp",
                     "returned to", "return to the referrer", "care of their gp", "care of the gp", "taken off",
                     "struck off", "closed", "closure", "referral process again", "new referral", "postpone",
                     "register elsewhere", "no longer wish", "no longer require", "no longer need",
                     "withheld", "withhold", "suspend", "suspended", "start again", "need to be re referred",
                     "will need a new"});
  const bool supports = !withheld_offer &&
                        words.has_any({"contact", "contacted", "call", "phone", "telephone", "reminder", "reminders",
                                       "text", "letter", "offered another", "offer another", "offered a further",
                                       "offer a further", "offering", "rebook", "rebooked", "find out why",
                                       "another appointment", "further appointment", "new date",
                                       "new appointment"});
  const bool choice = words.has_any({"whether", "decide whether", "decision", "clinical review", "reviewed by"});
  // "a clinical decision whether or not to discharge" is a review, not a rule;
  // a practice meeting deciding whether to remove someone is a removal.
  const bool clinical = words.has_prefix("clinic") || words.has_any({"consultant", "therapist", "physiotherapist",
                                                                     "doctor", "surgeon", "clinically"});
  if (removes && clinical && (words.has("whether") || (supports && choice))) return AttendanceEffect::reviews;
  if (removes) return AttendanceEffect::removes;
  if (choice && words.has_any({"clinical review", "reviewed by", "review"})) return AttendanceEffect::reviews;
  if (supports) return AttendanceEffect::supports;
  return AttendanceEffect::none;
}

int attendance_rank(AttendanceEffect effect) {
  switch (effect) {
    case AttendanceEffect::removes: return 3;
    case AttendanceEffect::reviews: return 2;
    case AttendanceEffect::supports: return 1;
    case AttendanceEffect::none: return 0;
  }
  return 0;
}

}  // namespace msklint
