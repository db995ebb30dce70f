#pragma once

// msklint(1): the manual page, in roff, made from the command table
// (cli/command_table.h) at build time and installed by `cmake --install`.

#include <span>
#include <string>
#include <string_view>

#include "cli/command_table.h"

namespace msklint {

std::string man_page(std::span<const CommandSpec> commands, std::string_view version);

}  // namespace msklint
