#pragma once

#include <cstddef>

namespace msklint {

// Bounds on what one file may cost. Each has a command-line option to raise it.
struct Limits {
  std::size_t max_file_bytes = 16u * 1024 * 1024;
  int max_depth = 64;                    // nesting of YAML collections
  std::size_t max_alias_uses = 10'000;   // aliases followed while reading the model
  std::size_t max_services = 200'000;
  std::size_t max_routes = 600'000;
};

}  // namespace msklint
