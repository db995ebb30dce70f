#pragma once

// Reading the free text commissioners write (eligibility criteria, route
// prerequisites, exclusions, attendance policies) into what it means: which
// measures it names, with what comparison and value, and what it does with
// them. Read once, when the file is read; the rules judge the meaning in its
// context (src/rules/criteria.cpp). docs/reading-criteria.md says what wording
// is read and what is not.

#include <string>
#include <string_view>
#include <vector>

#include "model/criterion_meaning.h"

namespace msklint {

// Where the text was written, which changes what a bare statement means.
enum class TextRole {
  criterion,          // access.criteria or a route's requires: a bare "BMI < 40" is a condition
  exclusion,          // access.excludes: every entry names people the service does not see
  attendance_policy,  // access.did_not_attend written as a sentence: always about attendance
};

// Only the first 10,000 characters of a text are read (a page of policy).
inline constexpr std::size_t max_criterion_read = 10'000;

CriterionMeaning read_criterion(std::string_view text, TextRole role = TextRole::criterion);

}  // namespace msklint
