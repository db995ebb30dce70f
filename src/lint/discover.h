#pragma once

#include <string>
#include <vector>

namespace msklint {

struct Discovered {
  std::vector<std::string> files;     // sorted, without duplicates
  std::vector<std::string> problems;  // e.g. "no pathway files in 'dir'"
};

// Expands the paths given on the command line: a file is linted as it is
// (whatever its name); a directory is searched recursively for *.yaml and
// *.yml, skipping hidden directories and not following directory links (so a
// link loop cannot trap the search).
Discovered discover_files(const std::vector<std::string>& paths);

}  // namespace msklint
