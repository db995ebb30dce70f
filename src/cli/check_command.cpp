#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <memory>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/config_errors.h"
#include "cli/run_date.h"
#include "cli/file_name_option.h"
#include "cli/say.h"
#include "lint/baseline.h"
#include "lint/discover.h"
#include "lint/finding_cap.h"
#include "lint/fix.h"
#include "lint/lint.h"
#include "lint/system_index.h"
#include "report/report.h"
#include "rules/rule.h"
#include "util/atomic_write.h"
#include "util/paths.h"

namespace msklint {

namespace {

// Called with each file's report in the order of `files`, as soon as it and
// every file before it are linted; the report is let go after.
using InOrder = std::function<void(const FileReport&)>;

// Lints files on `jobs` threads; reports keep the order of `files`. With
// `in_order`, each report goes to it instead and is let go (the reports
// returned are empty), so that a run holds the sources and findings only of
// files still waiting for one before them. An exception on a worker (an
// internal error) is passed on to the caller.
std::vector<FileReport> lint_all(const std::vector<std::string>& files, unsigned jobs, const Limits& limits,
                                 ConfigFinder& configs, const LintRun& run, const InOrder& in_order = {}) {
  std::vector<FileReport> reports(files.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::clamp<std::size_t>(files.size(), 1, jobs));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(jobs);
  std::mutex passing;
  std::vector<bool> linted(files.size(), false);
  std::size_t passed = 0;  // reports before this have gone to in_order
  auto worker = [&](unsigned slot) {
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        reports[i] = lint_file(files[i], limits, configs.for_file(files[i]).rules, run);
        // check's outputs need the findings and the text they point at, not
        // the model (only the notes and pictures do): freed as each file ends.
        reports[i].pathway = nullptr;
        if (!in_order) continue;
        const std::lock_guard lock(passing);
        linted[i] = true;
        for (; passed < files.size() && linted[passed]; ++passed) {
          // Moved out, so that its memory goes with it: assigning an empty
          // report would keep the source's buffer (a string moved-to keeps its own).
          const FileReport report = std::move(reports[passed]);
          in_order(report);
        }
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

bool set_in_environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && value[0] != '\0';
}

// --color auto: FORCE_COLOR (https://force-color.org) turns colour on, even
// into a file or a CI log, and wins over NO_COLOR (https://no-color.org), as
// in Node.js; otherwise colour only on a terminal.
bool use_color(const CheckOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  if (set_in_environment("FORCE_COLOR")) {
    const std::string_view force = std::getenv("FORCE_COLOR");
    return force != "0" && force != "false";
  }
  if (!options.output.empty() || set_in_environment("NO_COLOR")) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

bool fails(const FileReport& report, FailLevel level) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const Finding& finding) { return fails_at(finding.severity, level); });
}

TextStyle text_style(const CheckOptions& options) {
  return {.color = use_color(options), .show_suppressed = options.show_waived, .quiet = options.quiet};
}

void write_report(std::ostream& out, std::span<const FileReport> reports, const CheckOptions& options,
                  std::span<const FailLevel> fail_levels) {
  const TextStyle style = text_style(options);
  if (options.format == "text" && options.statistics) {
    write_statistics(out, reports, style);
  } else if (options.format == "json") {
    write_json(out, reports);
  } else if (options.format == "sarif") {
    write_sarif(out, reports);
  } else if (options.format == "junit") {
    write_junit(out, reports, fail_levels);
  } else if (options.format == "github") {
    write_github(out, reports);
  } else {
    write_text(out, reports, style);
  }
}

// Writes the report `write` makes to --output (whole or not at all) or to
// standard output.
bool deliver_report(const CheckOptions& options, const std::function<void(std::ostream&)>& write) {
  if (options.output.empty()) {
    write(std::cout);
    std::cout.flush();
    if (std::cout) return true;
    say("could not write the report to standard output");
    return false;
  }
  std::ostringstream out;
  write(out);
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
    std::cout << "# The configuration msklint uses for " << visible(path) << '\n';
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
  Baseline baseline;
  try {
    baseline = load_baseline(options.baseline);
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

// The paths to search, and what standard input is called when it is read.
struct Inputs {
  std::vector<std::string> paths;
  std::optional<std::string> standard_input;  // the name it goes by
};

Inputs inputs_of(const CheckOptions& options) {
  Inputs inputs;
  bool dash = false;
  for (const std::string& path : options.paths) {
    if (path == "-") {
      dash = true;
    } else {
      inputs.paths.push_back(path);
    }
  }
  if (options.paths.empty()) {
    dash = options.stdin_filename.has_value();  // ruff's convention: --stdin-filename alone reads standard input
    if (!dash) inputs.paths.push_back(".");
  }
  if (options.stdin_filename && !dash) {
    throw ConfigError("--stdin-filename names what is read from standard input: give '-' among the paths");
  }
  if (dash) inputs.standard_input = options.stdin_filename.value_or("-");
  return inputs;
}

// --diff: what --fix would change, as a unified diff on standard output.
// Exit 1 when there is something to change, as ruff does.
int show_fixes(const std::vector<FileReport>& reports) {
  int fixable = 0;
  int files = 0;
  for (const FileReport& report : reports) {
    const FixOutcome outcome = apply_fixes(report.source, report.findings);
    if (outcome.applied.empty()) continue;
    std::cout << unified_diff(report.source.path(), report.source.bytes(), outcome.text);
    fixable += static_cast<int>(outcome.applied.size());
    ++files;
  }
  std::cout.flush();
  if (fixable > 0) {
    say(fmt::format("--fix would fix {} finding{} in {} file{}", fixable, fixable == 1 ? "" : "s", files,
                    files == 1 ? "" : "s"));
  }
  return fixable > 0 ? 1 : 0;
}

// --fix: each file's certain corrections written back, whole or not at all.
// Returns how many findings were fixed, or -1 when a file could not be written.
int fix_files(const std::vector<FileReport>& reports) {
  int fixed = 0;
  int files = 0;
  int left = 0;
  for (const FileReport& report : reports) {
    const FixOutcome outcome = apply_fixes(report.source, report.findings);
    left += outcome.skipped;
    if (outcome.refused && std::any_of(report.findings.begin(), report.findings.end(),
                                       [](const Finding& finding) { return finding.fix.has_value(); })) {
      say(fmt::format("not fixing '{}': it could not be read as YAML; correct that first", report.source.path()));
    }
    if (outcome.applied.empty()) continue;
    if (const std::string error = write_file_atomically(report.source.path(), outcome.text); !error.empty()) {
      say(error);
      return -1;
    }
    for (const Finding* finding : outcome.applied) {
      say(fmt::format("fixed {}:{}:{}: '{}' -> '{}' [{}]", finding->file, finding->at.line, finding->at.column,
                      finding->fix->original, finding->fix->replacement, finding->rule));
    }
    fixed += static_cast<int>(outcome.applied.size());
    ++files;
  }
  if (fixed > 0 || left > 0) {
    say(fmt::format("fixed {} finding{} in {} file{}{}", fixed, fixed == 1 ? "" : "s", files, files == 1 ? "" : "s",
                    left > 0 ? fmt::format("; {} left as they were (the file had changed there)", left) : ""));
  }
  return fixed;
}

int check(const CheckOptions& options) {
  if (options.statistics && options.format != "text") {
    throw ConfigError(fmt::format("--statistics counts findings in the text format, not in {}", options.format));
  }
  ConfigFinder configs(options.config, options.select, options.ignore);
  const Inputs inputs = inputs_of(options);
  std::string date_error;
  const auto today = run_day(options.date, date_error);
  if (!today) throw ConfigError(date_error);
  if (options.show_config) {
    std::vector<std::string> shown = inputs.paths;
    if (inputs.standard_input) shown.push_back(*inputs.standard_input);
    return show_config(configs, shown);
  }

  Discovered discovered;
  if (!inputs.paths.empty()) {
    discovered = discover_files(
        inputs.paths,
        [&](const std::filesystem::path& file, bool named) { return selects_file(configs.for_file(file), file, named); },
        !options.no_ignore);
  }
  // Standard input is a named file: linted unless the configuration excludes its name.
  const bool read_input = inputs.standard_input &&
                          (!options.stdin_filename || selects_file(configs.for_file(*inputs.standard_input),
                                                                   *inputs.standard_input, true));
  if (inputs.standard_input && !read_input) ++discovered.excluded;
  for (const auto& problem : discovered.problems) say(problem);
  if (discovered.files.empty() && !read_input) {
    if (discovered.excluded == 0 || !discovered.problems.empty()) return 2;
    // Not a mistake: pre-commit names only the files a commit touches.
    if (!options.quiet) say("every file given is excluded by the configuration; nothing to lint");
    return 0;
  }
  for (const std::string& written : {options.output, options.write_baseline}) {
    if (const auto clash = same_file_among(written, discovered.files)) {
      say(fmt::format("will not write over '{}': it is one of the pathway files being linted", *clash));
      return 2;
    }
  }
  if ((options.fix || options.diff) && read_input) {
    throw ConfigError("--fix and --diff correct files, not standard input");
  }
  // Findings do not depend on which files were named: a pathway's system
  // file is linted with it, for the findings they share. Linted again after
  // --fix has changed files, with systems read afresh.
  std::vector<std::unique_ptr<SystemIndex>> indexes;
  const auto lint_everything = [&](const Limits& limits, const InOrder& in_order = {}) {
    auto& systems = *indexes.emplace_back(std::make_unique<SystemIndex>(limits, !options.no_ignore));
    systems.select_members_with([&](const std::filesystem::path& file, bool named) {
      return selects_file(configs.for_file(file), file, named);
    });
    LintRun run;
    run.systems = &systems;
    run.today = today;
    const std::vector<std::string> files =
        systems.with_their_systems(discovered.files, read_input ? inputs.standard_input : std::nullopt);
    std::vector<FileReport> linted = lint_all(files, options.jobs, limits, configs, run, in_order);
    if (read_input) {
      const std::string& name = *inputs.standard_input;
      linted.push_back(lint_standard_input(name, limits, configs.for_file(name).rules, run));
      std::stable_sort(linted.begin(), linted.end(), [](const FileReport& a, const FileReport& b) {
        return a.source.path() < b.source.path();
      });
    }
    return linted;
  };
  const auto fail_level_of = [&](const FileReport& report) {
    if (!options.fail_on.empty()) return parse_fail_level(options.fail_on).value_or(FailLevel::error);
    return configs.for_file(report.source.path()).fail_on.value_or(FailLevel::error);
  };
  // --fix and --diff correct every finding, and a baseline records and
  // matches every one, not only those shown (a rule's findings past
  // --max-findings-per-rule): the cap is applied after them.
  const bool baseline = !options.write_baseline.empty() || !options.baseline.empty();

  // The text format is written a file at a time, as the files are linted, so
  // that a repository's sources and findings are not all held until the end.
  // The other formats, a baseline, --fix, --diff and standard input (sorted
  // in among the files) need every report at once.
  if (options.format == "text" && !options.statistics && !options.fix && !options.diff && !baseline && !read_input) {
    const TextStyle style = text_style(options);
    std::size_t warned = 0;  // configurations found while discovering files are said before the report
    for (const std::string& warning : configs.warnings()) {
      say(warning);
      ++warned;
    }
    bool failed = false;
    const bool delivered = deliver_report(options, [&](std::ostream& out) {
      Counts counts;
      Findings suppressed;
      lint_everything(options.limits, [&](const FileReport& report) {
        write_text_file(out, report, style);
        add_counts(counts, report);
        if (style.show_suppressed) suppressed.insert(suppressed.end(), report.suppressed.begin(), report.suppressed.end());
        failed = failed || fails(report, fail_level_of(report));
      });
      const std::vector<std::string> warnings = configs.warnings();
      for (std::size_t i = warned; i < warnings.size(); ++i) say(warnings[i]);
      write_text_end(out, counts, suppressed, style);
    });
    if (!delivered) return 2;
    return failed && !options.exit_zero ? 1 : 0;
  }

  Limits every_finding = options.limits;
  every_finding.max_findings_per_rule = 0;
  std::vector<FileReport> reports =
      lint_everything(options.fix || options.diff || baseline ? every_finding : options.limits);
  for (const std::string& warning : configs.warnings()) say(warning);
  if (options.diff) return show_fixes(reports);
  if (options.fix) {
    const int fixed = fix_files(reports);
    if (fixed < 0) return 2;
    reports = lint_everything(baseline ? every_finding : options.limits);
  }
  if (!options.write_baseline.empty()) return write_baseline_file(reports, options.write_baseline);
  if (!options.baseline.empty() && !use_baseline(reports, options)) return 2;
  if (baseline) {
    for (FileReport& report : reports) cap_findings_per_rule(report, options.limits.max_findings_per_rule);
  }

  // Each file's failure level (the command line's, else its configuration's), for the JUnit report.
  std::vector<FailLevel> fail_levels;
  for (const FileReport& report : reports) fail_levels.push_back(fail_level_of(report));
  if (!deliver_report(options, [&](std::ostream& out) { write_report(out, reports, options, fail_levels); })) return 2;

  bool failed = false;
  for (std::size_t i = 0; i < reports.size(); ++i) failed = failed || fails(reports[i], fail_levels[i]);
  return failed && !options.exit_zero ? 1 : 0;
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& options) {
  auto* command = app.add_subcommand("check", "Lint pathway files and directories (the default command)");
  command->add_option("paths", options.paths,
                      "Files or directories (searched for *.yaml, *.yml); '-' reads a pathway from standard input")
      ->default_str(".");
  command->add_option("--stdin-filename", options.stdin_filename,
                      "The path standard input stands for: its configuration, exclusion and the name in messages "
                      "(reads standard input when no paths are given)");
  command->add_option("--format", options.format, "Output format: text, json, sarif, junit or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}))
      ->capture_default_str();
  command->add_option("-o,--output", options.output,
                      "Write the report to FILE (replaced whole, never half-written) instead of standard output")
      ->check(file_name_given());
  command
      ->add_option("--fail-on", options.fail_on,
                   "Lowest severity that makes the exit code 1: error, warning, info or never (default: the "
                   "configuration's fail-on, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  auto* fix_flag = command->add_flag(
      "--fix", options.fix,
      "Correct misspelt keys, words and service ids that are close to exactly one known one, in the files "
      "(comments and layout kept; never a file that is not valid YAML); then report what is left");
  command
      ->add_flag("--diff", options.diff,
                 "Show what --fix would change, as a unified diff, without writing; exit 1 when there is any")
      ->excludes(fix_flag);
  command->add_flag("--exit-zero", options.exit_zero,
                    "Exit 0 even when there are findings (2 still means a usage or configuration problem)");
  command->add_flag("-q,--quiet", options.quiet, "Text: print the findings only, without why/fix lines or the summary");
  command->add_flag("--statistics", options.statistics,
                    "Text: print how many findings each rule has, instead of the findings");
  command
      ->add_option("--color", options.color,
                   "Colour in text output: auto (on a terminal, or when FORCE_COLOR is set; not when NO_COLOR is "
                   "set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command->add_option("--date", options.date,
                      "The day dates in the files are judged on, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command->add_option("-j,--jobs", options.jobs, "Files linted in parallel (0: all cores)")
      ->check(CLI::Range(0u, 1024u))
      ->default_str("0");

  auto* rules_group =
      command->add_option_group("Configuration", "Which rules run, and how (the nearest .msklint.yaml, or --config)");
  rules_group->add_option("--config", options.config,
                          "Use this configuration file for every file, instead of the nearest .msklint.yaml");
  rules_group->add_flag("--show-config", options.show_config,
                        "Print the configuration in effect for the paths, and where each value came from; lint nothing");
  rules_group
      ->add_option("--select", options.select,
                   "Run only these rules: ids, theme ids or 'all', comma-separated (replaces the configuration's on/off)")
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per use, so paths after it stay paths
  rules_group->add_option("--ignore", options.ignore, "Do not run these rules: ids, theme ids or 'all', comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per use, so paths after it stay paths
  rules_group->add_flag("--show-waived", options.show_waived,
                        "Also list findings set aside by waivers or the baseline, with their reasons (text format)");
  rules_group->add_flag("--no-ignore", options.no_ignore,
                        "In directories, also lint what git ignores (.gitignore, .git/info/exclude) and node_modules");

  auto* baseline_group = command->add_option_group("Baseline", "Fail only on new findings in existing pathways");
  auto* baseline_option = baseline_group->add_option("--baseline", options.baseline,
                                                     "Report only findings not recorded in this baseline file");
  auto* write_baseline_option = baseline_group->add_option(
      "--write-baseline", options.write_baseline, "Record the current findings in this baseline file, and report nothing");
  baseline_group
      ->add_flag("--prune-baseline", options.prune_baseline,
                 "With --baseline: remove entries that no longer occur from the baseline file")
      ->needs(baseline_option);
  write_baseline_option->excludes(baseline_option);

  auto* limits = command->add_option_group("Limits", "Bounds on what one file may cost");
  limits->add_option("--max-file-size", options.limits.max_file_bytes, "Largest file read, in bytes")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 32))
      ->capture_default_str();
  limits->add_option("--max-depth", options.limits.max_depth, "Deepest nesting of YAML collections")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  limits
      ->add_option("--max-alias-uses", options.limits.max_alias_uses,
                   "Most values brought in by aliases (*name), each use counting all it names")
      ->capture_default_str();
  limits->add_option("--max-services", options.limits.max_services, "Most services read from one file")
      ->capture_default_str();
  limits->add_option("--max-routes", options.limits.max_routes, "Most routes read from one file")
      ->capture_default_str();
  limits
      ->add_option("--max-findings-per-rule", options.limits.max_findings_per_rule,
                   "Findings of one rule shown for one file; the rest are counted in one more (0: all)")
      ->capture_default_str();
  command->footer(
      "Exit codes: 0 no findings at or above --fail-on (or --exit-zero), 1 findings, 2 a usage or configuration "
      "problem, no pathway files, an unusable baseline or an internal error.");
  return command;
}

int run_check(const CheckOptions& options) {
  return exit_2_on_config_error([&] { return check(options); });
}

}  // namespace msklint
