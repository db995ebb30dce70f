#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/location.h"
#include "model/severity.h"

namespace msklint {

// Why a finding is not counted: a waiver written in the pathway (with its
// reason), or an entry in a baseline file given on the command line.
struct Suppression {
  enum class Kind { waiver, baseline };
  Kind kind = Kind::waiver;
  std::string reason;  // the waiver's reason, or the baseline file's path
  Location at;         // where the waiver is written; unknown for a baseline
};

// The one correction a finding has when there is no doubt about it (a
// misspelt key, word or id close to exactly one known one): the text
// `original` written at `at` becomes `replacement`. Applied by
// `msklint check --fix` (lint/fix.h) only where the file still holds
// `original` there, plain or quoted.
struct Fix {
  Location at;
  std::string original;
  std::string replacement;
};

// One problem found in one file. Rules fill in what and where; the severity
// comes from the rule's document unless the rule has a reason to differ.
struct Finding {
  std::string rule;                 // public rule id, e.g. "dead-end"
  std::string file;                 // path as given on the command line
  Location at;                      // where to point
  std::string subject;              // service id, route name or "pathway"; may be empty
  std::string message;              // what is wrong, naming the subject
  std::string hint;                 // specific fix for this finding; empty = the rule's generic fix
  std::optional<Severity> severity; // set by a rule only when it differs from the default
  std::optional<Suppression> suppression;  // set only on findings that are waived or in a baseline
  std::optional<Fix> fix = std::nullopt;   // a certain correction, when there is one
};

using Findings = std::vector<Finding>;

inline Finding make_finding(std::string rule, std::string file, Location at, std::string subject, std::string message,
                            std::string hint = {}) {
  return {std::move(rule), std::move(file), at, std::move(subject), std::move(message), std::move(hint), std::nullopt, std::nullopt};
}

}  // namespace msklint
