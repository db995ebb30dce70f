#pragma once

// `msklint what-if PATH... --scale ID=FACTOR --set ID.KEY=VALUE`: proposed
// changes applied in memory, never to the files, and what they do across
// the system (docs/capacity.md, "What if").

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace msklint {

struct WhatIfOptions {
  std::vector<std::string> paths;
  std::vector<std::string> scale;  // ID=FACTOR
  std::vector<std::string> set;    // ID.KEY=VALUE
  std::string format = "text";     // text | markdown | json
  std::string date;                // YYYY-MM-DD; empty: SOURCE_DATE_EPOCH, else today
};

CLI::App* add_what_if_command(CLI::App& app, WhatIfOptions& options);

// Returns the exit code: 1 when the change creates a shortfall or a new
// error, 0 otherwise, 2 for a change that cannot be applied or a usage problem.
int run_what_if(const WhatIfOptions& options);

}  // namespace msklint
