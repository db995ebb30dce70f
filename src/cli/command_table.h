#pragma once

// msklint's commands and options as data, read from the command line's own
// definition (CLI11), so the shell completions and the manual page can never
// drift from what the program accepts.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace msklint {

struct OptionSpec {
  std::vector<std::string> short_names;  // without '-': "o"
  std::vector<std::string> long_names;   // without "--": "output"
  std::string description;
  std::string value_name;            // "FILE", "N", ...; empty for a flag
  std::vector<std::string> choices;  // the values it accepts, when a fixed list
  std::string group;                 // its option group ("Baseline"), or empty
};

struct CommandSpec {
  std::string name;
  std::string description;
  std::string footer;
  std::vector<OptionSpec> options;  // without --help
  std::string positional;           // e.g. "paths", "file", "rule"; empty when none
  std::string positional_description;
  bool positional_is_file = false;  // paths and files (else a word such as a rule id)
  std::vector<std::string> positional_choices;  // the words it takes, when a fixed list
};

// "-o", "--output": an option's names as they are typed.
std::vector<std::string> dashed_names(const OptionSpec& option);

// Every visible subcommand of `app`, in the order added.
std::vector<CommandSpec> describe_commands(const CLI::App& app);

}  // namespace msklint
