#include "model/finding_budget.h"

namespace msklint {

void LeftOutFindings::add(std::string_view rule, Location at, std::size_t count) {
  if (count == 0) return;
  auto entry = by_rule.find(rule);
  if (entry == by_rule.end()) {
    by_rule.emplace(std::string(rule), Count{count, at});
    return;
  }
  entry->second.count += count;
  if (at < entry->second.first) entry->second.first = at;
}

void LeftOutFindings::add(const LeftOutFindings& other) {
  for (const auto& [rule, left] : other.by_rule) add(rule, left.first, left.count);
}

bool FindingBudget::admit(std::string_view rule, Location at) {
  if (per_rule_ == 0) return true;
  auto made = made_.find(rule);
  if (made == made_.end()) made = made_.emplace(std::string(rule), 0).first;
  if (made->second < per_rule_) {
    ++made->second;
    return true;
  }
  left_out_.add(rule, at);
  return false;
}

bool FindingBudget::full(std::string_view rule) const {
  if (per_rule_ == 0) return false;
  const auto made = made_.find(rule);
  return made != made_.end() && made->second >= per_rule_;
}

}  // namespace msklint
