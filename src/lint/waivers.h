#pragma once

// Waivers written in the pathway (`waive: {rule-id: reason}`) applied to the
// findings of the checks. A waived finding is not dropped: it moves to
// `suppressed` with its reason, so reports can still show it.

#include "lint/settings.h"
#include "model/finding.h"
#include "model/pathway.h"
#include "model/system.h"

namespace msklint {

// Moves the findings that a waiver with a reason covers (same rule, same
// subject) from `findings` to `suppressed`, and adds waiver-reason-missing and
// unused-waiver findings for waivers that cannot be applied.
void apply_waivers(const std::vector<const Waiver*>& waivers, const std::string& file, const RuleSettings& settings,
                   Findings& findings, Findings& suppressed);

// Every waiver written in a pathway file (on the pathway, its services and
// routes) or a system file (on the system and its shared services).
std::vector<const Waiver*> waivers_of(const Pathway& pathway);
std::vector<const Waiver*> waivers_of(const System& system);

}  // namespace msklint
