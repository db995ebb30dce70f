#pragma once

// A mistake repeated 100,000 times is one problem. A stage that can make a
// finding per key (the YAML parser, the reader) asks its budget before making
// one: past Limits::max_findings_per_rule findings of a rule in a file, it
// only counts the rest, so a file of 100,000 unknown keys costs about what a
// plain file of its size costs. lint/finding_cap.h turns the counts into one
// "... and N more" finding per rule.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "model/location.h"

namespace msklint {

// Findings of each rule not made, how many and where the first would have been.
struct LeftOutFindings {
  struct Count {
    std::size_t count = 0;
    Location first;
  };
  std::map<std::string, Count, std::less<>> by_rule;

  void add(std::string_view rule, Location at, std::size_t count = 1);
  void add(const LeftOutFindings& other);
  bool empty() const { return by_rule.empty(); }
};

class FindingBudget {
 public:
  // `per_rule` 0: no cap, every finding is made. Findings left out are counted in `left_out`.
  FindingBudget(std::size_t per_rule, LeftOutFindings& left_out) : per_rule_(per_rule), left_out_(left_out) {}

  // True while `rule` may still make a finding in this file; otherwise counts
  // the finding at `at` as left out. Call it only for a finding that will be
  // made if admitted (after any check for a repeat of the same finding).
  bool admit(std::string_view rule, Location at);

  // Whether `rule` has made all the findings it may: the next is left out.
  bool full(std::string_view rule) const;

 private:
  std::size_t per_rule_;
  std::map<std::string, std::size_t, std::less<>> made_;
  LeftOutFindings& left_out_;
};

}  // namespace msklint
