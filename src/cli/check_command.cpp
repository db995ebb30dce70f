#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <thread>

#include "lint/discover.h"
#include "lint/lint.h"
#include "report/report.h"

namespace msklint {

namespace {

// Lints files on `jobs` threads; reports keep the order of `files`. An
// exception on a worker (an internal error) is passed on to the caller.
std::vector<FileReport> lint_all(const std::vector<std::string>& files, unsigned jobs, const Limits& limits) {
  std::vector<FileReport> reports(files.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::clamp<std::size_t>(files.size(), 1, jobs));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(jobs);
  auto worker = [&](unsigned slot) {
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) reports[i] = lint_file(files[i], limits);
    } catch (...) {
      errors[slot] = std::current_exception();
      next = files.size();
    }
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned slot = 1; slot < jobs; ++slot) threads.emplace_back(worker, slot);
    worker(0);
  }
  for (const auto& error : errors) {
    if (error) std::rethrow_exception(error);
  }
  return reports;
}

bool use_color(ColorMode mode) {
  if (mode == ColorMode::always) return true;
  if (mode == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

bool fails(const FileReport& report, FailLevel level) {
  if (level == FailLevel::never) return false;
  const auto threshold = level == FailLevel::error ? Severity::error
                         : level == FailLevel::warning ? Severity::warning
                                                       : Severity::info;
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const Finding& finding) { return finding.severity.value_or(Severity::error) >= threshold; });
}

}  // namespace

int run_check(const CheckOptions& options) {
  const Discovered discovered = discover_files(options.paths);
  for (const auto& problem : discovered.problems) std::cerr << "msklint: " << problem << '\n';
  if (discovered.files.empty()) return 2;
  const std::vector<FileReport> reports = lint_all(discovered.files, options.jobs, options.limits);
  switch (options.format) {
    case OutputFormat::text: write_text(std::cout, reports, {use_color(options.color)}); break;
    case OutputFormat::json: write_json(std::cout, reports); break;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "msklint: could not write the report to standard output\n";
    return 2;
  }
  const bool failed =
      std::any_of(reports.begin(), reports.end(), [&](const FileReport& report) { return fails(report, options.fail_on); });
  return failed ? 1 : 0;
}

}  // namespace msklint
