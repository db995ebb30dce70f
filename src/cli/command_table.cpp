#include "cli/command_table.h"

#include <CLI/CLI.hpp>

namespace msklint {

namespace {

// "TEXT:{text,json}=text" -> {"text", "json"}: the members of an IsMember check.
std::vector<std::string> choices_of(const std::string& type_name) {
  const auto open = type_name.find('{');
  const auto close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> choices;
  std::string item;
  for (const char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      choices.push_back(item);
      item.clear();
    } else if (c != ' ') {
      item += c;
    }
  }
  if (!item.empty()) choices.push_back(item);
  return choices;
}

std::string value_name_of(const CLI::Option& option) {
  if (option.get_items_expected_max() == 0) return {};  // a flag
  for (const std::string& name : option.get_lnames()) {
    if (name == "output" || name.find("baseline") != std::string::npos || name == "config" || name == "stdin-filename") {
      return "FILE";
    }
    if (name == "date") return "YYYY-MM-DD";
    if (name == "jobs" || name.starts_with("max-")) return "N";
    if (name == "select" || name == "ignore") return "RULES";
    if (name == "condition") return "CONDITION";
    if (name == "focus") return "ID";
    if (name == "scale") return "ID=FACTOR";
    if (name == "set") return "ID.KEY=VALUE";
  }
  const auto choices = choices_of(option.get_type_name());
  return choices.empty() ? "VALUE" : "WORD";
}

void add_options(const CLI::App& app, const std::string& group, CommandSpec& command) {
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr()) continue;
    if (option->get_lnames().empty() && option->get_snames().empty()) {
      if (option->get_positional()) {
        command.positional = option->get_name(true);
        command.positional_description = option->get_description();
        command.positional_is_file = command.positional == "paths" || command.positional == "file";
        command.positional_choices = choices_of(option->get_type_name());
      }
      continue;
    }
    OptionSpec spec;
    spec.short_names = option->get_snames();
    spec.long_names = option->get_lnames();
    spec.description = option->get_description();
    spec.value_name = value_name_of(*option);
    spec.choices = choices_of(option->get_type_name());
    spec.group = group;
    command.options.push_back(std::move(spec));
  }
  // Option groups are nameless sub-apps.
  for (const CLI::App* inner : app.get_subcommands([](const CLI::App* sub) { return sub->get_name().empty(); })) {
    add_options(*inner, inner->get_group(), command);
  }
}

}  // namespace

std::vector<std::string> dashed_names(const OptionSpec& option) {
  std::vector<std::string> names;
  for (const auto& name : option.short_names) names.push_back("-" + name);
  for (const auto& name : option.long_names) names.push_back("--" + name);
  return names;
}

std::vector<CommandSpec> describe_commands(const CLI::App& app) {
  std::vector<CommandSpec> commands;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* sub) {
         return !sub->get_name().empty() && !sub->get_group().empty();
       })) {
    CommandSpec command;
    command.name = sub->get_name();
    command.description = sub->get_description();
    command.footer = sub->get_footer();
    add_options(*sub, "", command);
    commands.push_back(std::move(command));
  }
  return commands;
}

}  // namespace msklint
