#include "cli/file_name_option.h"
#include "cli/report_command.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/config_errors.h"
#include "cli/run_date.h"
#include "cli/say.h"
#include "config/config.h"
#include "lint/discover.h"
#include "lint/lint.h"
#include "lint/system_index.h"
#include "read/values.h"
#include "report/review_report.h"
#include "review/review.h"
#include "util/atomic_write.h"
#include "util/paths.h"

namespace msklint {

namespace {

void write_review(std::ostream& out, const Review& review, const std::string& format) {
  if (format == "html") {
    write_review_html(out, review);
  } else {
    write_review_markdown(out, review);
  }
}

int report(const ReportOptions& options) {
  std::string date_error;
  const auto date = run_date(options.date, std::getenv("SOURCE_DATE_EPOCH"), date_error);
  if (!date) {
    say(date_error);
    return 2;
  }
  ConfigFinder configs;
  const Discovered discovered = discover_files(options.paths, [&](const std::filesystem::path& file, bool named) {
    return selects_file(configs.for_file(file), file, named);
  });
  for (const auto& problem : discovered.problems) say(problem);
  if (discovered.files.empty()) {
    if (discovered.problems.empty()) {
      say("every file given is excluded by the configuration; nothing to report");
    }
    return 2;
  }
  if (const auto clash = same_file_among(options.output, discovered.files)) {
    say(fmt::format("will not write over '{}': it is one of the pathway files being reviewed",
                             *clash));
    return 2;
  }
  SystemIndex systems;
  systems.select_members_with(
      [&](const std::filesystem::path& file, bool named) { return selects_file(configs.for_file(file), file, named); });
  LintRun run;
  run.systems = &systems;
  run.today = parse_iso_date(*date);
  const std::vector<std::string> files = systems.with_their_systems(discovered.files);
  std::vector<FileReport> reports;
  for (const std::string& file : files) {
    reports.push_back(lint_file(file, Limits{}, configs.for_file(file).rules, run));
  }
  const Review review = make_review(
      reports, {*date, MSKLINT_VERSION, options.audience == "board" ? Audience::board : Audience::team});
  if (options.output.empty()) {
    write_review(std::cout, review, options.format);
    std::cout.flush();
    if (std::cout) return 0;
    say("could not write the report to standard output");
    return 2;
  }
  std::ostringstream out;
  write_review(out, review, options.format);
  const std::string error = write_file_atomically(options.output, out.str());
  if (!error.empty()) {
    say(error);
    return 2;
  }
  return 0;
}

}  // namespace

CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
  auto* command = app.add_subcommand(
      "report", "Write review notes for a meeting: Markdown, or one self-contained HTML file");
  command->add_option("paths", options.paths, "Files or directories (searched for *.yaml, *.yml)")->default_str(".");
  command->add_option("--format", options.format, "Output format: markdown or html (one self-contained file)")
      ->check(CLI::IsMember({"markdown", "html"}))
      ->capture_default_str();
  command->add_option("--audience", options.audience,
                      "team: every finding with its place in the file, for the people who edit it; board: each "
                      "problem in ARMA's terms with the question to ask and who should act, at most two pages a "
                      "pathway")
      ->check(CLI::IsMember({"team", "board"}))
      ->capture_default_str();
  command->add_option("-o,--output", options.output,
                      "Write the report to FILE (replaced whole, never half-written) instead of standard output")
      ->check(file_name_given());
  command->add_option("--date", options.date,
                      "Date printed on the report, YYYY-MM-DD (default: SOURCE_DATE_EPOCH if set, else today)");
  command->footer("Exit codes: 0 the report was written (whatever it found), 2 usage error, no pathway files, or the "
                  "report could not be written.");
  return command;
}

int run_report(const ReportOptions& options) {
  ReportOptions resolved = options;
  if (resolved.paths.empty()) resolved.paths.push_back(".");
  return exit_2_on_config_error([&] { return report(resolved); });
}

}  // namespace msklint
