#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/location.h"
#include "model/severity.h"

namespace msklint {

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
};

using Findings = std::vector<Finding>;

inline Finding make_finding(std::string rule, std::string file, Location at, std::string subject, std::string message,
                            std::string hint = {}) {
  return {std::move(rule), std::move(file), at, std::move(subject), std::move(message), std::move(hint), std::nullopt};
}

}  // namespace msklint
