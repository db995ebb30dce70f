#pragma once

#include <string>
#include <vector>

#include "read/limits.h"

namespace msklint {

enum class OutputFormat { text, json };
enum class ColorMode { auto_, always, never };
enum class FailLevel { error, warning, info, never };

struct CheckOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::text;
  ColorMode color = ColorMode::auto_;
  FailLevel fail_on = FailLevel::error;
  unsigned jobs = 0;  // 0: all cores
  Limits limits;
};

// Lints the paths and writes the report to stdout. Returns the exit code.
int run_check(const CheckOptions& options);

}  // namespace msklint
