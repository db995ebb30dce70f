#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "read/limits.h"

namespace CLI {
class App;
}

namespace msklint {

struct CheckOptions {
  std::vector<std::string> paths;  // "-": standard input
  std::optional<std::string> stdin_filename;  // what standard input is called (configuration, messages, exclusion)
  std::string format = "text";     // text | json | sarif | junit | github
  std::string output;              // empty: standard output
  std::string color = "auto";      // auto | always | never
  std::string fail_on;             // error | warning | info | never; empty: the configuration's, else error
  bool exit_zero = false;          // exit 0 even with findings (2 still means a usage problem)
  bool quiet = false;              // text: findings only, without why/fix lines or the summary
  bool statistics = false;         // text: a count per rule instead of the findings
  unsigned jobs = 0;               // 0: all cores
  std::string date;                // YYYY-MM-DD dates are judged on; empty: SOURCE_DATE_EPOCH, else today
  Limits limits;

  std::optional<std::string> config;  // --config FILE instead of searching for .msklint.yaml
  bool show_config = false;
  std::vector<std::string> select, ignore;

  bool show_waived = false;
  bool no_ignore = false;  // also search what git ignores, and node_modules
  std::string baseline;        // --baseline FILE
  std::string write_baseline;  // --write-baseline FILE
  bool prune_baseline = false;
  bool fix = false;   // --fix: apply the certain corrections to the files
  bool diff = false;  // --diff: show them as a diff, write nothing
};

// Adds the `check` subcommand and its options to `app`, filling `options`.
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);

// Lints the paths and writes the report. Returns the exit code: 0 nothing at
// or above the failure level, 1 findings, 2 a usage, configuration or
// internal problem.
int run_check(const CheckOptions& options);

}  // namespace msklint
