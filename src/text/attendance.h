#pragma once

// Reading what a sentence says about missed and cancelled appointments:
// whether it is about attendance at all, and whether what follows removes
// people, supports them or is a clinician's review.

#include "model/criterion_meaning.h"
#include "text/words.h"

namespace msklint {

// DNAs, missed or cancelled appointments or assessments, dates declined,
// children not brought, booking letters not answered.
bool mentions_attendance(const Words& words);

// What happens next: discharge, return to the GP, a new referral needed
// (removes); contact, rebooking, reminders (supports); a clinician deciding
// whether to discharge (reviews).
AttendanceEffect attendance_effect(const Words& words);

// Removes before reviews before supports before nothing: the most serious wins.
int attendance_rank(AttendanceEffect effect);

}  // namespace msklint
