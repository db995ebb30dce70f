// msklint's command line: check (the default), rules, explain, schema, graph, report.

#include <malloc.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/check_command.h"
#include "cli/graph_command.h"
#include "cli/info_commands.h"
#include "cli/report_command.h"
#include "cli/say.h"

namespace {

// `msklint PATH...` means `msklint check PATH...`.
std::vector<std::string> with_default_command(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  static const std::vector<std::string> commands = {"check", "rules", "explain", "schema", "graph", "report", "help"};
  static const std::vector<std::string> global = {"-h", "--help", "--version", "-V"};
  if (!args.empty() && std::find(commands.begin(), commands.end(), args[0]) == commands.end() &&
      std::find(global.begin(), global.end(), args[0]) == global.end()) {
    args.insert(args.begin(), "check");
  }
  return args;
}

int run(int argc, char** argv) {
  using namespace msklint;
  CLI::App app{"msklint: lint musculoskeletal (MSK) care pathways against ARMA's guidance", "msklint"};
  app.set_version_flag("-V,--version", "msklint " MSKLINT_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Run 'msklint COMMAND --help' for a command's options. 'msklint PATH...' is 'msklint check PATH...'.\n"
             "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or internal error.");

  CheckOptions check;
  auto* check_command = app.add_subcommand("check", "Lint pathway files and directories (the default command)");
  check_command->add_option("paths", check.paths, "Files or directories (searched for *.yaml, *.yml)")
      ->default_str(".");
  std::string format = "text";
  std::string fail_on;
  std::string color = "auto";
  check_command->add_option("--format", format, "Output format: text, json, sarif, junit or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}))
      ->capture_default_str();
  check_command->add_option("-o,--output", check.output,
                            "Write the report to FILE (replaced whole, never half-written) instead of standard output");
  auto* fail_on_option =
      check_command
          ->add_option("--fail-on", fail_on,
                       "Lowest severity that makes the exit code 1: error, warning, info or never (default: the "
                       "configuration's fail-on, else error)")
          ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check_command
      ->add_option("--color", color, "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  check_command->add_option("-j,--jobs", check.jobs, "Files linted in parallel (0: all cores)")
      ->check(CLI::Range(0u, 1024u))
      ->default_str("0");

  auto* rules_group = check_command->add_option_group("Configuration", "Which rules run, and how (see docs/ci.md)");
  rules_group->add_option("--config", check.config,
                          "Use this configuration file for every file, instead of the nearest .msklint.yaml");
  rules_group->add_flag("--show-config", check.show_config,
                        "Print the configuration in effect for the paths, and where each value came from; lint nothing");
  rules_group
      ->add_option("--select", check.select,
                   "Run only these rules: ids, theme ids or 'all', comma-separated (replaces the configuration's on/off)")
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per use, so paths after it stay paths
  rules_group->add_option("--ignore", check.ignore, "Do not run these rules: ids, theme ids or 'all', comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per use, so paths after it stay paths
  rules_group->add_flag("--show-waived", check.show_waived,
                        "Also list findings set aside by waivers or the baseline, with their reasons (text format)");

  auto* baseline_group = check_command->add_option_group("Baseline", "Fail only on new findings in existing pathways");
  auto* baseline_option = baseline_group->add_option(
      "--baseline", check.baseline, "Report only findings not recorded in this baseline file");
  auto* write_baseline_option = baseline_group->add_option(
      "--write-baseline", check.write_baseline, "Record the current findings in this baseline file, and report nothing");
  baseline_group
      ->add_flag("--prune-baseline", check.prune_baseline,
                 "With --baseline: remove entries that no longer occur from the baseline file")
      ->needs(baseline_option);
  write_baseline_option->excludes(baseline_option);
  auto* limits = check_command->add_option_group("Limits", "Bounds on what one file may cost");
  limits->add_option("--max-file-size", check.limits.max_file_bytes, "Largest file read, in bytes")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 32))
      ->capture_default_str();
  limits->add_option("--max-depth", check.limits.max_depth, "Deepest nesting of YAML collections")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  limits->add_option("--max-alias-uses", check.limits.max_alias_uses, "Most aliases (*name) followed")
      ->capture_default_str();
  limits->add_option("--max-services", check.limits.max_services, "Most services read from one file")
      ->capture_default_str();
  limits->add_option("--max-routes", check.limits.max_routes, "Most routes read from one file")
      ->capture_default_str();

  RulesOptions rules;
  auto* rules_command = app.add_subcommand("rules", "List every rule: id, default severity, theme, summary");
  rules_command
      ->add_option("--format", rules.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->default_str("text");

  std::string explain_id;
  auto* explain_command = app.add_subcommand("explain", "Show a rule's document: what, why, how to fix, examples");
  explain_command->add_option("rule", explain_id, "Rule id, e.g. dead-end")->required();

  app.add_subcommand("schema", "Print a JSON Schema of the pathway format (for editors)");

  ReportOptions report;
  auto* report_command = add_report_command(app, report);

  GraphOptions graph;
  auto* graph_command = add_graph_command(app, graph);

  const auto args = with_default_command(argc, argv);
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    // --help and --version arrive as "errors" that exit 0; every real error
    // on the command line is exit 2, whatever CLI11's own code for it.
    return app.exit(error) == 0 ? 0 : 2;
  }
  if (*check_command) {
    if (check.paths.empty()) check.paths.push_back(".");
    check.format = format == "json"     ? OutputFormat::json
                   : format == "sarif"  ? OutputFormat::sarif
                   : format == "junit"  ? OutputFormat::junit
                   : format == "github" ? OutputFormat::github
                                        : OutputFormat::text;
    if (*fail_on_option) check.fail_on = parse_fail_level(fail_on);
    check.color = color == "always" ? ColorMode::always : color == "never" ? ColorMode::never : ColorMode::auto_;
    return run_check(check);
  }
  if (*rules_command) return print_rules(rules);
  if (*explain_command) return explain_rule(explain_id);
  if (app.got_subcommand("schema")) return print_schema();
  if (*report_command) return run_report(report);
  if (*graph_command) return run_graph(graph);
  std::cout << app.help();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // glibc raises its threshold for serving large blocks with mmap once the
  // first such block is freed, after which the YAML tree's chunks, freed as
  // the model is read, stay in the heap rather than go back to the system.
  // A fixed threshold keeps a large pathway's peak memory a third lower
  // (docs/performance.md).
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    msklint::say(fmt::format("internal error: {}", error.what()));
    msklint::say_line("This is a bug in msklint; please report it with the file that caused it.");
  } catch (...) {
    msklint::say("internal error");
  }
  return 2;
}
