#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace msklint {

struct Discovered {
  std::vector<std::string> files;     // sorted, without duplicates
  std::vector<std::string> problems;  // e.g. "no pathway files in 'dir'"
  int excluded = 0;                   // files left out by the configuration
  int ignored = 0;                    // pathway files left out because git ignores them
};

// Whether to lint `file`; `named` is true for a file named on the command line.
// The default takes every named file and, in directories, *.yaml and *.yml.
using FileFilter = std::function<bool(const std::filesystem::path& file, bool named)>;
bool default_file_filter(const std::filesystem::path& file, bool named);

// Expands the paths given on the command line: a named file is linted as it
// is (whatever its name) unless the filter refuses it; a directory is searched
// recursively, skipping hidden files and directories (.git, .msklint.yaml) and
// not following directory links (so a link loop cannot trap the search).
// With `respect_ignore_files`, the search also skips node_modules and, inside
// a git work tree, what git ignores (lint/gitignore.h); named files are
// always linted.
Discovered discover_files(const std::vector<std::string>& paths, const FileFilter& filter = default_file_filter,
                          bool respect_ignore_files = true);

}  // namespace msklint
