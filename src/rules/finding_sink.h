#pragma once

// Where a rule puts its findings. Past the file's budget for a rule
// (Limits::max_findings_per_rule, model/finding_budget.h) a finding is only
// counted, so 20,000 dead ends do not each become a finding to show 100. A
// finding a waiver in the file names (its rule and subject) is always made:
// lint/waivers must see it to set it aside, or the waiver would be reported
// as waiving nothing.

#include <set>
#include <string_view>
#include <utility>

#include "model/finding.h"
#include "model/finding_budget.h"

namespace msklint {

class FindingSink {
 public:
  using Key = std::pair<std::string_view, std::string_view>;  // rule, subject

  // Every finding is made.
  explicit FindingSink(Findings& findings) : findings_(findings) {}
  // Findings past `budget` are counted there, except those `waived` names;
  // the views in `waived` must outlive the sink.
  FindingSink(Findings& findings, FindingBudget& budget, std::set<Key> waived)
      : findings_(findings), budget_(&budget), waived_(std::move(waived)) {}

  void push_back(Finding finding);

 private:
  Findings& findings_;
  FindingBudget* budget_ = nullptr;
  std::set<Key> waived_;
};

}  // namespace msklint
