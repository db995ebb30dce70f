// --select and --ignore: the command line's say over which rules run, on top
// of the configuration file's severities and options.

#include <set>

#include <fmt/format.h>

#include "config/config.h"
#include "config/rule_groups.h"

namespace msklint {

namespace {

std::vector<std::string_view> rules_named(std::string_view option, const std::string& name) {
  if (name.empty()) {
    throw ConfigError(fmt::format("{}: an empty name; give rule ids, theme ids or 'all', separated by commas", option));
  }
  auto rules = configurable_rules_named(name);
  if (!rules) {
    std::string hint = suggestion(name, rule_group_names());
    if (hint.empty()) hint = " ('msklint rules' lists the rule ids and their themes)";
    throw ConfigError(fmt::format("{}: unknown rule or theme '{}'{}", option, name, hint));
  }
  return *rules;
}

void turn_off(Config& config, std::string_view rule, std::string_view origin) {
  config.rules.off.emplace(rule);
  if (const auto it = config.rules.severity.find(rule); it != config.rules.severity.end()) {
    config.rules.severity.erase(it);
  }
  config.origins[fmt::format("rules.{}", rule)] = origin;
}

}  // namespace

void apply_command_line(Config& config, const std::vector<std::string>& select,
                        const std::vector<std::string>& ignore) {
  // Every name is checked before anything changes.
  std::set<std::string_view> selected;
  for (const std::string& name : select) {
    for (const auto rule : rules_named("--select", name)) selected.insert(rule);
  }
  std::set<std::string_view> ignored;
  for (const std::string& name : ignore) {
    if (const RuleEntry* rule = find_rule(name); rule != nullptr && is_file_rule(*rule)) {
      throw ConfigError(
          fmt::format("--ignore: rule '{}' reports a problem with the pathway file itself, and a file "
                      "msklint cannot read is always an error: it cannot be turned off",
                      name));
    }
    for (const auto rule : rules_named("--ignore", name)) ignored.insert(rule);
  }
  if (!select.empty()) {
    for (const RuleEntry& rule : all_rules()) {
      if (is_file_rule(rule)) continue;
      if (!selected.contains(rule.id)) {
        turn_off(config, rule.id, "--select");
      } else if (const auto off = config.rules.off.find(rule.id); off != config.rules.off.end()) {
        config.rules.off.erase(off);
        config.origins[fmt::format("rules.{}", rule.id)] = "--select";  // on again, at its default severity
      }
    }
  }
  for (const auto rule : ignored) turn_off(config, rule, "--ignore");
}

}  // namespace msklint
