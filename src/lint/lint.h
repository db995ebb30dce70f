#pragma once

// The pipeline for one file: bytes -> located YAML tree -> model -> graph ->
// findings. Nothing here prints.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "lint/settings.h"
#include "model/finding.h"
#include "model/pathway.h"
#include "read/limits.h"
#include "read/source.h"
#include "system/loaded_system.h"

namespace msklint {

struct FileReport {
  SourceText source;    // for showing the lines findings point at
  Findings findings;    // what counts: severity filled in, sorted by position
  Findings suppressed;  // waived (or, later, in a baseline): each has its suppression, sorted
  // The pathway as read, for reports and pictures; null when the file could
  // not be read as YAML at all, or is a system file.
  std::shared_ptr<const Pathway> pathway;
  // Set instead for a system file: the system with its pathways.
  std::shared_ptr<const LoadedSystem> system;
};

class SystemIndex;

// What every file of one run shares.
struct LintRun {
  // Finds each pathway's system (lint/system_index.h); null: every file is
  // linted alone, as if there were no system files.
  SystemIndex* systems = nullptr;
  // The day dates are judged on (msk-board-discussion); null: only a missing
  // date is reported.
  std::optional<std::chrono::year_month_day> today;
  // Proposed changes applied to each model once it is read, never to the
  // files (`msklint what-if`); the system index applies the same.
  std::function<void(Pathway&)> adjust_pathway;
  std::function<void(System&)> adjust_system;
};

FileReport lint_file(const std::string& path, const Limits& limits, const RuleSettings& settings = {},
                     const LintRun& run = {});
// Standard input, as the file `name` (for `msklint check -`).
FileReport lint_standard_input(const std::string& name, const Limits& limits, const RuleSettings& settings = {},
                               const LintRun& run = {});
FileReport lint_bytes(std::string path, std::string bytes, const Limits& limits, const RuleSettings& settings = {},
                      const LintRun& run = {});

// Sorts findings by position, then rule and message.
void sort_findings(Findings& findings);

}  // namespace msklint
