#pragma once

// Waivers written in the pathway (`waive: {rule-id: reason}`) applied to the
// findings of the checks. A waived finding is not dropped: it moves to
// `suppressed` with its reason, so reports can still show it.

#include "lint/settings.h"
#include "model/finding.h"
#include "model/pathway.h"

namespace msklint {

// Moves the findings that a waiver with a reason covers (same rule, same
// subject) from `findings` to `suppressed`, and adds waiver-reason-missing and
// unused-waiver findings for waivers that cannot be applied.
void apply_waivers(const Pathway& pathway, const std::string& file, const RuleSettings& settings, Findings& findings,
                   Findings& suppressed);

}  // namespace msklint
