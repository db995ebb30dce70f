#include "cli/completion.h"

#include <fmt/format.h>

namespace msklint {

namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
  return out;
}

std::vector<std::string> option_words(const CommandSpec& command) {
  std::vector<std::string> words;
  for (const OptionSpec& option : command.options) {
    const auto names = dashed_names(option);
    words.insert(words.end(), names.begin(), names.end());
  }
  words.push_back("--help");
  return words;
}

std::vector<std::string> command_names(std::span<const CommandSpec> commands) {
  std::vector<std::string> names;
  for (const CommandSpec& command : commands) names.push_back(command.name);
  return names;
}

// Text inside single quotes, for any of the three shells.
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string bash(std::span<const CommandSpec> commands) {
  std::string cases;
  for (const CommandSpec& command : commands) {
    std::string values;  // completions for an option's value
    for (const OptionSpec& option : command.options) {
      if (option.value_name.empty()) continue;
      const std::string reply = !option.choices.empty()   ? fmt::format("compgen -W '{}' -- \"$cur\"", joined(option.choices))
                                : option.value_name == "FILE" ? "compgen -f -- \"$cur\""
                                                              : "";
      values += fmt::format("        {}) {}return ;;\n", joined(dashed_names(option), "|"),
                            reply.empty() ? "" : fmt::format("COMPREPLY=($({})); ", reply));
    }
    const std::string positional =
        command.positional_is_file           ? "compgen -f -- \"$cur\""
        : !command.positional_choices.empty() ? fmt::format("compgen -W '{}' -- \"$cur\"", joined(command.positional_choices))
                                              : "";
    cases += fmt::format(
        "    {})\n      case \"$prev\" in\n{}      esac\n"
        "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W '{}' -- \"$cur\")); return; fi\n"
        "      {}\n      ;;\n",
        command.name, values, joined(option_words(command)),
        positional.empty() ? ":" : fmt::format("COMPREPLY+=($({}))", positional));
  }
  return fmt::format(
      "# bash completion for msklint (made by 'msklint completion bash')\n"
      "_msklint() {{\n"
      "  local cur=\"${{COMP_WORDS[COMP_CWORD]}}\" prev=\"${{COMP_WORDS[COMP_CWORD-1]}}\"\n"
      "  local commands='{0}'\n"
      "  local command=check i\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    if [[ \" $commands \" == *\" ${{COMP_WORDS[i]}} \"* ]]; then command=\"${{COMP_WORDS[i]}}\"; break; fi\n"
      "  done\n"
      "  COMPREPLY=()\n"
      "  # The first word may be a command, or a path for the default command, check.\n"
      "  if [[ $COMP_CWORD -eq 1 && \"$cur\" != -* ]]; then COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\")); fi\n"
      "  case \"$command\" in\n{1}  esac\n"
      "}}\n"
      "complete -o filenames -F _msklint msklint\n",
      joined(command_names(commands)), cases);
}

std::string zsh_option_spec(const OptionSpec& option) {
  const std::vector<std::string> names = dashed_names(option);
  std::string description;
  for (const char c : option.description) description += (c == '[' || c == ']') ? ' ' : c;
  std::string action;
  if (!option.value_name.empty()) {
    action = !option.choices.empty()        ? fmt::format(":{}:({})", option.value_name, joined(option.choices))
             : option.value_name == "FILE" ? fmt::format(":{}:_files", option.value_name)
                                           : fmt::format(":{}: ", option.value_name);
  }
  const std::string spec = names.size() > 1 ? fmt::format("({0}){{{1}}}", joined(names), joined(names, ","))
                                            : names.front();
  return single_quoted(fmt::format("{}[{}]{}", spec, description, action));
}

std::string zsh(std::span<const CommandSpec> commands) {
  std::string described, cases;
  for (const CommandSpec& command : commands) {
    described += "    " + single_quoted(command.name + ":" + command.description) + "\n";
    std::string specs;
    for (const OptionSpec& option : command.options) specs += " \\\n        " + zsh_option_spec(option);
    const std::string positional =
        command.positional_is_file ? "'*:file:_files'"
        : !command.positional_choices.empty()
            ? single_quoted(fmt::format("1:{}:({})", command.positional, joined(command.positional_choices)))
            : "";
    cases += fmt::format("    {})\n      _arguments -s{} \\\n        {}\n      ;;\n", command.name, specs,
                         positional.empty() ? "''" : positional);
  }
  return fmt::format(
      "#compdef msklint\n"
      "# zsh completion for msklint (made by 'msklint completion zsh')\n"
      "_msklint() {{\n"
      "  local -a commands\n"
      "  commands=(\n{0}  )\n"
      "  local command=check i\n"
      "  for (( i = 2; i < CURRENT; i++ )); do\n"
      "    if (( ${{commands[(I)${{words[i]}}:*]}} )); then\n"
      "      command=${{words[i]}}\n"
      "      words=(msklint ${{words[i+1,-1]}})\n"
      "      (( CURRENT -= i - 1 ))\n"
      "      break\n"
      "    fi\n"
      "  done\n"
      "  # The first word may be a command, or a path for the default command, check.\n"
      "  if (( CURRENT == 2 )) && [[ $command == check && ${{words[CURRENT]}} != -* ]]; then\n"
      "    _describe -t commands command commands\n"
      "  fi\n"
      "  case $command in\n{1}  esac\n"
      "}}\n"
      "_msklint \"$@\"\n",
      described, cases);
}

std::string fish(std::span<const CommandSpec> commands) {
  const std::string names = joined(command_names(commands));
  std::string out =
      "# fish completion for msklint (made by 'msklint completion fish')\n"
      "complete -c msklint -f\n";
  for (const CommandSpec& command : commands) {
    out += fmt::format("complete -c msklint -n 'not __fish_seen_subcommand_from {}' -a {} -d {}\n", names,
                       command.name, single_quoted(command.description));
  }
  for (const CommandSpec& command : commands) {
    // check is the default command: its options apply before any command too.
    const std::string when = command.name == "check"
                                 ? fmt::format("'__fish_seen_subcommand_from check; or not __fish_seen_subcommand_from {}'", names)
                                 : fmt::format("'__fish_seen_subcommand_from {}'", command.name);
    for (const OptionSpec& option : command.options) {
      std::string line = "complete -c msklint -n " + when;
      for (const auto& name : option.short_names) line += " -s " + name;
      for (const auto& name : option.long_names) line += " -l " + name;
      if (!option.choices.empty()) {
        line += " -x -a " + single_quoted(joined(option.choices));
      } else if (option.value_name == "FILE") {
        line += " -r -F";
      } else if (!option.value_name.empty()) {
        line += " -x";
      }
      out += line + " -d " + single_quoted(option.description) + "\n";
    }
    if (command.positional_is_file) out += "complete -c msklint -n " + when + " -F\n";
    if (!command.positional_choices.empty()) {
      out += fmt::format("complete -c msklint -n {} -a {}\n", when, single_quoted(joined(command.positional_choices)));
    }
  }
  return out;
}

}  // namespace

std::string completion_script(std::string_view shell, std::span<const CommandSpec> commands) {
  if (shell == "bash") return bash(commands);
  if (shell == "zsh") return zsh(commands);
  return fish(commands);
}

}  // namespace msklint
