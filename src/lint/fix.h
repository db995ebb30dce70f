#pragma once

// `msklint check --fix`: the findings' certain corrections (Finding::fix)
// applied to a file's text as byte-span edits, so comments, quoting and
// layout stay as they were. A file that could not be read as YAML is never
// touched.

#include <optional>
#include <string>
#include <vector>

#include "model/finding.h"
#include "read/source.h"

namespace msklint {

struct FixOutcome {
  std::string text;                     // the file's bytes with the fixes applied
  std::vector<const Finding*> applied;  // in file order
  int skipped = 0;  // fixes not applied: the text was not there as expected, or two overlapped
  bool refused = false;  // the file has a syntax, encoding or limit problem: nothing applied
};

FixOutcome apply_fixes(const SourceText& source, const Findings& findings);

// Where a finding's correction goes, for the machine formats: the line, and
// the columns (counted as Location's) of the text replaced, inside any
// quotes. Nothing when the finding has no fix or the text is not there.
struct FixSpan {
  int line = 0;
  int column = 0;
  int end_column = 0;  // just after the replaced text
};
std::optional<FixSpan> fix_span(const SourceText& source, const Finding& finding);

// The changes as a unified diff (one hunk a changed line, no context);
// empty when nothing changed.
std::string unified_diff(const std::string& path, const std::string& before, const std::string& after);

}  // namespace msklint
