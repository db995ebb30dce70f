#pragma once

// A check for options that name a file to write (-o, --output): an empty
// name is a mistake (a variable that was never set), not a wish to write to
// standard output, which leaving the option out already means.

#include <string>

#include <CLI/CLI.hpp>

namespace msklint {

inline CLI::Validator file_name_given() {
  return CLI::Validator(
      [](const std::string& name) {
        return name.empty() ? std::string("an empty file name; leave the option out to write to standard output")
                            : std::string();
      },
      "", "file name given");
}

}  // namespace msklint
