#include "rules/finding_sink.h"

namespace msklint {

void FindingSink::push_back(Finding finding) {
  const bool made = budget_ == nullptr || waived_.contains(Key{finding.rule, finding.subject}) ||
                    budget_->admit(finding.rule, finding.at);
  if (made) findings_.push_back(std::move(finding));
}

}  // namespace msklint
