#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#include <fmt/format.h>

#include "lint/gitignore.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

// Whether the directory's entries can be listed and opened.
bool can_search(const fs::path& directory) { return ::access(directory.c_str(), R_OK | X_OK) == 0; }

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

bool default_file_filter(const fs::path& file, bool named) {
  const auto extension = file.extension();
  return named || extension == ".yaml" || extension == ".yml";
}

Discovered discover_files(const std::vector<std::string>& paths, const FileFilter& filter, bool respect_ignore_files) {
  Discovered found;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      // A named file is linted even if it cannot be read: that is a finding.
      const fs::path file = fs::path(path).lexically_normal();
      if (filter(file, true)) {
        found.files.push_back(file.string());
      } else {
        ++found.excluded;
      }
      continue;
    }
    const std::size_t before = found.files.size();
    const int excluded_before = found.excluded;
    const int ignored_before = found.ignored;
    // A directory that cannot be searched is said, never taken for an empty one.
    if (!can_search(path)) {
      found.problems.push_back(fmt::format("cannot search '{}': permission denied", path));
      continue;
    }
    GitIgnore git_ignore = respect_ignore_files ? GitIgnore::for_directory(path) : GitIgnore();
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      std::error_code file_error;
      if (entry.is_directory(file_error) && !entry.is_symlink(file_error)) {
        const bool skipped = is_hidden(entry.path()) ||
                             (respect_ignore_files && (entry.path().filename() == "node_modules" ||
                                                       git_ignore.ignores(entry.path(), true)));
        if (skipped) {
          it.disable_recursion_pending();
        } else if (!can_search(entry.path())) {
          // Linted as a file, it is an unreadable-file finding (exit 1): a
          // folder of pathways msklint could not see must not pass as clean.
          it.disable_recursion_pending();
          found.files.push_back(entry.path().lexically_normal().string());
        } else {
          git_ignore.enter(entry.path());
        }
        continue;
      }
      if (is_hidden(entry.path()) || !entry.is_regular_file(file_error)) continue;
      const fs::path file = entry.path().lexically_normal();
      const bool by_name = default_file_filter(file, false);
      if (git_ignore.ignores(file, false)) {
        if (by_name) ++found.ignored;
        continue;
      }
      if (filter(file, false)) {
        found.files.push_back(file.string());
      } else if (by_name) {
        ++found.excluded;  // a pathway file by its name, left out by the configuration
      }
    }
    if (error) found.problems.push_back(fmt::format("cannot search '{}': {}", path, error.message()));
    if (found.files.size() == before && found.excluded == excluded_before && !error) {
      const int ignored = found.ignored - ignored_before;
      found.problems.push_back(
          ignored == 0 ? fmt::format("no pathway files (*.yaml, *.yml) found in '{}'", path)
                       : fmt::format("no pathway files (*.yaml, *.yml) found in '{}' ({} ignored by git; --no-ignore "
                                     "lints them)",
                                     path, ignored));
    }
  }
  std::sort(found.files.begin(), found.files.end());
  found.files.erase(std::unique(found.files.begin(), found.files.end()), found.files.end());
  return found;
}

}  // namespace msklint
