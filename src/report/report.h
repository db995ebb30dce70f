#pragma once

// Output formats. Each writes a list of linted files to a stream; none
// decides anything (what counts as failure is the CLI's business).

#include <iosfwd>
#include <span>
#include <string>

#include "config/config.h"
#include "lint/lint.h"
#include "model/severity.h"

namespace msklint {

struct Counts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int files = 0;
  int waived = 0;     // suppressed by a waiver in the pathway: not in the counts above
  int baselined = 0;  // suppressed by a baseline file: not in the counts above
  int fixable = 0;    // counted findings with a certain correction (msklint check --fix)
};
Counts count_findings(std::span<const FileReport> reports);
// Adds one file's findings to `counts`, as count_findings does for each.
void add_counts(Counts& counts, const FileReport& report);

// "3 errors, 2 warnings in 4 files", then "(1 waived, 4 in baseline)" when
// anything was suppressed, then "; 2 can be corrected with --fix".
std::string summary_line(const Counts& counts);

struct TextStyle {
  bool color = false;
  bool show_suppressed = false;  // list waived and baselined findings after the counted ones
  bool quiet = false;            // the findings only: no why/fix lines, no summary
};
void write_text(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style);
// The text format in parts, for `check` to write each file as soon as it is
// linted and let its source go: write_text is write_text_file for each report,
// then write_text_end with the counts of them all and their suppressed findings.
void write_text_file(std::ostream& out, const FileReport& report, const TextStyle& style);
void write_text_end(std::ostream& out, const Counts& counts, std::span<const Finding> suppressed,
                    const TextStyle& style);

// `--statistics`: how many findings each rule has, most first, with the
// rule's severity and summary, then the summary line (as ruff does).
void write_statistics(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style);
void write_json(std::ostream& out, std::span<const FileReport> reports);

// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers; suppressed
// findings are results with `suppressions`.
void write_sarif(std::ostream& out, std::span<const FileReport> reports);

// JUnit XML for GitLab and Jenkins: a test suite per file, a test case per
// rule and subject, failing when a finding is at or above that file's level
// in `fail_levels` (one per report; error when missing).
void write_junit(std::ostream& out, std::span<const FileReport> reports, std::span<const FailLevel> fail_levels = {});

// GitHub Actions workflow commands: an annotation per finding, within
// GitHub's limit per step.
void write_github(std::ostream& out, std::span<const FileReport> reports);

}  // namespace msklint
