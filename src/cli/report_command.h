#pragma once

// `msklint report PATH... [--format markdown|html] [--audience team|board] [--output FILE] [--date YYYY-MM-DD]`:
// review notes for a meeting (docs/review-report.md). A report is not a
// gate: it exits 0 once written, whatever it found.

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace msklint {

struct ReportOptions {
  std::vector<std::string> paths;
  std::string format = "markdown";  // markdown | html
  std::string audience = "team";    // team | board
  std::string output;               // empty: standard output
  std::string date;                 // YYYY-MM-DD; empty: SOURCE_DATE_EPOCH, else today
};

// Adds the `report` subcommand and its options to `app`, filling `options`.
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);

// Returns the exit code: 0 the report was written, 2 a usage or
// configuration problem, no pathway files, or a report that cannot be written.
int run_report(const ReportOptions& options);

}  // namespace msklint
