#pragma once

#include <cstddef>

namespace msklint {

// Bounds on what one file may cost. Each has a command-line option to raise it.
struct Limits {
  std::size_t max_file_bytes = 16u * 1024 * 1024;
  int max_depth = 64;                    // nesting of YAML collections
  // Values brought in by aliases while reading the model: each use of an
  // alias counts the values it names (an alias to a list of 300 counts 301).
  std::size_t max_alias_uses = 100'000;
  std::size_t max_services = 200'000;
  std::size_t max_routes = 600'000;
  // Findings of one rule shown for one file; the rest are counted in a last
  // finding ("... and N more"). 0 shows every one.
  std::size_t max_findings_per_rule = 100;
};

}  // namespace msklint
