#pragma once

// A mistake repeated 100,000 times is one problem: the findings of one rule
// shown for one file are capped (Limits::max_findings_per_rule), and the rest
// are counted in one more finding of the same rule ("... and N more"), so the
// output stays readable and grows no faster than the rules.

#include <cstddef>

#include "lint/lint.h"
#include "model/finding_budget.h"

namespace msklint {

// Keeps the first `limit` findings of each rule (by position; the findings
// need not be sorted, and are sorted afterwards) in report.findings, and adds for each rule with more one finding at the
// first left out that counts them, with those the reader only counted
// (`not_made`, model/finding_budget.h). 0: no cap. Suppressed findings are kept
// whole: the summary counts every one.
void cap_findings_per_rule(FileReport& report, std::size_t limit, const LeftOutFindings& not_made = {});

}  // namespace msklint
