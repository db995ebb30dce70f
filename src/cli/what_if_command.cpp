#include "cli/what_if_command.h"

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/config_errors.h"
#include "cli/run_date.h"
#include "cli/say.h"
#include "config/config.h"
#include "lint/discover.h"
#include "lint/what_if.h"
#include "report/what_if_report.h"

namespace msklint {

namespace {

int what_if_command(const WhatIfOptions& options) {
  std::string error;
  const auto today = run_day(options.date, error);
  if (!today) throw ConfigError(error);
  std::vector<Change> changes;
  for (const std::string& text : options.scale) {
    auto change = parse_scale(text, error);
    if (!change) throw ConfigError(error);
    changes.push_back(std::move(*change));
  }
  for (const std::string& text : options.set) {
    auto change = parse_set(text, error);
    if (!change) throw ConfigError(error);
    changes.push_back(std::move(*change));
  }
  if (changes.empty()) throw ConfigError("give at least one change: --scale ID=FACTOR or --set ID.KEY=VALUE");
  ConfigFinder configs;
  const Discovered discovered = discover_files(options.paths, [&](const std::filesystem::path& file, bool named) {
    return selects_file(configs.for_file(file), file, named);
  });
  for (const auto& problem : discovered.problems) say(problem);
  if (discovered.files.empty()) return 2;
  const WhatIfResult result = what_if(
      discovered.files, std::move(changes), Limits{},
      [&](const std::string& file) -> const RuleSettings& { return configs.for_file(file).rules; }, today);
  if (options.format == "json") {
    write_what_if_json(std::cout, result);
  } else if (options.format == "markdown") {
    write_what_if_markdown(std::cout, result);
  } else {
    write_what_if_text(std::cout, result);
  }
  std::cout.flush();
  return result.worse ? 1 : 0;
}

}  // namespace

CLI::App* add_what_if_command(CLI::App& app, WhatIfOptions& options) {
  auto* command = app.add_subcommand(
      "what-if", "Show what a proposed change does across the system: demand against capacity, findings added or "
                 "cleared (the files are not changed)");
  command->add_option("paths", options.paths, "Files or directories (searched for *.yaml, *.yml)")->default_str(".");
  command->add_option("--scale", options.scale,
                      "Scale a service's throughput: ID=FACTOR, e.g. orthopaedics=+30% or orthopaedics=1.3 (ID may be "
                      "PATHWAY-ID/SERVICE-ID)")
      ->allow_extra_args(false);
  command->add_option("--set", options.set,
                      "Set a service's capacity or throughput: ID.KEY=VALUE, e.g. northgate-rehab.capacity=350/month")
      ->allow_extra_args(false);
  command->add_option("--format", options.format, "Output format: text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("--date", options.date,
                      "The day dates in the files are judged on, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command->footer(
      "Exit codes: 0 the change creates no shortfall and no new error, 1 it does, 2 a change that cannot be applied "
      "or a usage problem.");
  return command;
}

int run_what_if(const WhatIfOptions& options) {
  return exit_2_on_config_error([&] { return what_if_command(options); });
}

}  // namespace msklint
