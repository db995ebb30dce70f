#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "read/limits.h"

namespace msklint {

enum class OutputFormat { text, json, sarif, junit, github };
enum class ColorMode { auto_, always, never };

struct CheckOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::text;
  std::string output;  // empty: standard output
  ColorMode color = ColorMode::auto_;
  std::optional<FailLevel> fail_on;  // unset: the configuration's, else error
  unsigned jobs = 0;                 // 0: all cores
  Limits limits;

  std::optional<std::string> config;  // --config FILE instead of searching for .msklint.yaml
  bool show_config = false;
  std::vector<std::string> select, ignore;

  bool show_waived = false;
  std::string baseline;        // --baseline FILE
  std::string write_baseline;  // --write-baseline FILE
  bool prune_baseline = false;
};

// Lints the paths and writes the report. Returns the exit code: 0 nothing at
// or above the failure level, 1 findings, 2 a usage, configuration or
// internal problem.
int run_check(const CheckOptions& options);

}  // namespace msklint
