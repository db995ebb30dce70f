#pragma once

// The pipeline for one file: bytes -> located YAML tree -> model -> graph ->
// findings. Nothing here prints.

#include <memory>
#include <string>

#include "lint/settings.h"
#include "model/finding.h"
#include "model/pathway.h"
#include "read/limits.h"
#include "read/source.h"

namespace msklint {

struct FileReport {
  SourceText source;    // for showing the lines findings point at
  Findings findings;    // what counts: severity filled in, sorted by position
  Findings suppressed;  // waived (or, later, in a baseline): each has its suppression, sorted
  // The pathway as read, for reports and pictures; null when the file could
  // not be read as YAML at all.
  std::shared_ptr<const Pathway> pathway;
};

FileReport lint_file(const std::string& path, const Limits& limits, const RuleSettings& settings = {});
// Standard input, as the file `name` (for `msklint check -`).
FileReport lint_standard_input(const std::string& name, const Limits& limits, const RuleSettings& settings = {});
FileReport lint_bytes(std::string path, std::string bytes, const Limits& limits, const RuleSettings& settings = {});

// Sorts findings by position, then rule and message.
void sort_findings(Findings& findings);

}  // namespace msklint
