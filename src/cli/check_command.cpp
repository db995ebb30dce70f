#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "cli/config_errors.h"
#include "cli/say.h"
#include "lint/baseline.h"
#include "lint/discover.h"
#include "lint/lint.h"
#include "report/report.h"
#include "rules/rule.h"
#include "util/atomic_write.h"
#include "util/paths.h"

namespace msklint {

namespace {

// Lints files on `jobs` threads; reports keep the order of `files`. An
// exception on a worker (an internal error) is passed on to the caller.
std::vector<FileReport> lint_all(const std::vector<std::string>& files, unsigned jobs, const Limits& limits,
                                 ConfigFinder& configs) {
  std::vector<FileReport> reports(files.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::clamp<std::size_t>(files.size(), 1, jobs));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(jobs);
  auto worker = [&](unsigned slot) {
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        reports[i] = lint_file(files[i], limits, configs.for_file(files[i]).rules);
      }
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

bool use_color(const CheckOptions& options) {
  if (options.color == ColorMode::always) return true;
  if (options.color == ColorMode::never || !options.output.empty()) return false;
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

void write_report(std::ostream& out, std::span<const FileReport> reports, const CheckOptions& options) {
  switch (options.format) {
    case OutputFormat::text: write_text(out, reports, {use_color(options), options.show_waived}); break;
    case OutputFormat::json: write_json(out, reports); break;
    case OutputFormat::sarif: write_sarif(out, reports); break;
    case OutputFormat::junit: write_junit(out, reports); break;
    case OutputFormat::github: write_github(out, reports); break;
  }
}

// Writes the report to --output (whole or not at all) or to standard output.
bool deliver_report(std::span<const FileReport> reports, const CheckOptions& options) {
  if (options.output.empty()) {
    write_report(std::cout, reports, options);
    std::cout.flush();
    if (std::cout) return true;
    say("could not write the report to standard output");
    return false;
  }
  std::ostringstream out;
  write_report(out, reports, options);
  const std::string error = write_file_atomically(options.output, out.str());
  if (!error.empty()) say(error);
  return error.empty();
}

// --show-config: the configuration for each path given (once per distinct file).
int show_config(ConfigFinder& configs, const std::vector<std::string>& paths) {
  std::set<const Config*> shown;
  for (const std::string& path : paths) {
    const Config& config = configs.for_file(path);
    if (!shown.insert(&config).second) continue;
    if (shown.size() > 1) std::cout << "---\n";
    std::cout << "# The configuration msklint uses for " << path << '\n';
    write_config(std::cout, config);
  }
  return 0;
}

int write_baseline_file(std::span<const FileReport> reports, const std::string& path) {
  const Baseline baseline = make_baseline(reports);
  const std::string error = write_file_atomically(path, baseline_to_json(baseline));
  if (!error.empty()) {
    say(error);
    return 2;
  }
  int findings = 0;
  for (const auto& entry : baseline) findings += entry.count;
  say(fmt::format("wrote a baseline of {} finding{} to {}", findings, findings == 1 ? "" : "s",
                           path));
  // Problems with a file itself are never recorded, so they still fail the run.
  int unrecorded = 0;
  for (const FileReport& report : reports) {
    for (const Finding& finding : report.findings) {
      const RuleEntry* rule = find_rule(finding.rule);
      if (rule != nullptr && rule->stage != RuleStage::file) continue;
      ++unrecorded;
      say_line(fmt::format("{}:{}:{}: error[{}] {} (not recorded: fix the file)", finding.file,
                               finding.at.line, finding.at.column, finding.rule, finding.message));
    }
  }
  return unrecorded > 0 ? 1 : 0;
}

// Applies --baseline; says on stderr which entries no longer occur and, with
// --prune-baseline, rewrites the file without them. False: the baseline
// cannot be used (exit 2).
bool use_baseline(std::vector<FileReport>& reports, const CheckOptions& options) {
  std::ifstream in(options.baseline, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    say(fmt::format("cannot read the baseline '{}'", options.baseline));
    return false;
  }
  Baseline baseline;
  try {
    baseline = parse_baseline(text.str());
  } catch (const BaselineError& error) {
    say(fmt::format("cannot use '{}' as a baseline: {}", options.baseline, error.what()));
    return false;
  }
  const BaselineOutcome outcome = apply_baseline(baseline, options.baseline, reports);
  if (outcome.stale.empty()) return true;
  int gone = 0;
  for (const auto& entry : outcome.stale) gone += entry.count;
  if (options.prune_baseline) {
    const std::string error = write_file_atomically(options.baseline, baseline_to_json(outcome.pruned));
    if (!error.empty()) {
      say(error);
      return false;
    }
    say(fmt::format("removed {} finding{} that no longer occur from the baseline {}", gone,
                             gone == 1 ? "" : "s", options.baseline));
    return true;
  }
  say(fmt::format("{} finding{} in the baseline {} no longer occur{}:", gone,
                           gone == 1 ? "" : "s", options.baseline, gone == 1 ? "s" : ""));
  for (const auto& entry : outcome.stale) {
    say_line(fmt::format("  {} [{}] {}{}", entry.file, entry.rule, entry.subject,
                             entry.count > 1 ? fmt::format(" (x{})", entry.count) : ""));
  }
  std::cerr << "  run again with --prune-baseline to remove them\n";
  return true;
}

int check(const CheckOptions& options) {
  ConfigFinder configs(options.config, options.select, options.ignore);
  if (options.show_config) return show_config(configs, options.paths);

  const Discovered discovered = discover_files(options.paths, [&](const std::filesystem::path& file, bool named) {
    return selects_file(configs.for_file(file), file, named);
  });
  for (const auto& problem : discovered.problems) say(problem);
  if (discovered.files.empty()) {
    if (discovered.excluded == 0 || !discovered.problems.empty()) return 2;
    // Not a mistake: pre-commit names only the files a commit touches.
    say("every file given is excluded by the configuration; nothing to lint");
    return 0;
  }
  for (const std::string& written : {options.output, options.write_baseline}) {
    if (const auto clash = same_file_among(written, discovered.files)) {
      say(fmt::format("will not write over '{}': it is one of the pathway files being linted",
                               *clash));
      return 2;
    }
  }
  std::vector<FileReport> reports = lint_all(discovered.files, options.jobs, options.limits, configs);
  if (!options.write_baseline.empty()) return write_baseline_file(reports, options.write_baseline);
  if (!options.baseline.empty() && !use_baseline(reports, options)) return 2;
  if (!deliver_report(reports, options)) return 2;

  const bool failed = std::any_of(reports.begin(), reports.end(), [&](const FileReport& report) {
    const FailLevel level =
        options.fail_on.value_or(configs.for_file(report.source.path()).fail_on.value_or(FailLevel::error));
    return fails(report, level);
  });
  return failed ? 1 : 0;
}

}  // namespace

int run_check(const CheckOptions& options) {
  return exit_2_on_config_error([&] { return check(options); });
}

}  // namespace msklint
