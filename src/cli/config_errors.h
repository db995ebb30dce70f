#pragma once

// A bad configuration is the user's to fix, found wherever a command reads
// one: each command runs under this, so it always ends the same way.

#include <iostream>

#include "cli/say.h"
#include "config/config.h"

namespace msklint {

// Runs `command`; a ConfigError becomes its message on standard error and exit 2.
template <class Command>
int exit_2_on_config_error(Command command) {
  try {
    return command();
  } catch (const ConfigError& error) {
    say(error.what());
    return 2;
  }
}

}  // namespace msklint
