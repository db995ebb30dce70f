#pragma once

// `msklint completion bash|zsh|fish`: a completion script for the shell,
// made from the command table (cli/command_table.h): commands, options, the
// values of options and arguments with a fixed list (rule ids for `explain`),
// and files where a path is expected. `check` is the default command, so its options and
// files complete before any command is typed.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_table.h"

namespace msklint {

inline constexpr std::string_view completion_shells[] = {"bash", "zsh", "fish"};

// The script for `shell` (one of completion_shells).
std::string completion_script(std::string_view shell, std::span<const CommandSpec> commands);

}  // namespace msklint
