#pragma once

// Output formats. Each writes a list of linted files to a stream; none
// decides anything (what counts as failure is the CLI's business).

#include <iosfwd>
#include <span>
#include <string>

#include "lint/lint.h"
#include "model/severity.h"

namespace msklint {

struct Counts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int files = 0;
};
Counts count_findings(std::span<const FileReport> reports);

// "3 errors, 2 warnings in 4 files"
std::string summary_line(const Counts& counts);

// The fix line a finding shows: its own hint, else its rule's generic fix.
std::string fix_text(const Finding& finding);
std::string why_text(const Finding& finding);

struct TextStyle {
  bool color = false;
};
void write_text(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style);
void write_json(std::ostream& out, std::span<const FileReport> reports);

}  // namespace msklint
