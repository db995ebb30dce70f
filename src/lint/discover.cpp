#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace msklint {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

bool default_file_filter(const fs::path& file, bool named) {
  const auto extension = file.extension();
  return named || extension == ".yaml" || extension == ".yml";
}

Discovered discover_files(const std::vector<std::string>& paths, const FileFilter& filter) {
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
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(error) && !entry.is_symlink(error)) it.disable_recursion_pending();
        continue;
      }
      std::error_code file_error;
      if (!entry.is_regular_file(file_error)) continue;
      const fs::path file = entry.path().lexically_normal();
      const bool by_name = default_file_filter(file, false);
      if (filter(file, false)) {
        found.files.push_back(file.string());
      } else if (by_name) {
        ++found.excluded;  // a pathway file by its name, left out by the configuration
      }
    }
    if (error) found.problems.push_back(fmt::format("cannot search '{}': {}", path, error.message()));
    if (found.files.size() == before && found.excluded == excluded_before && !error) {
      found.problems.push_back(fmt::format("no pathway files (*.yaml, *.yml) found in '{}'", path));
    }
  }
  std::sort(found.files.begin(), found.files.end());
  found.files.erase(std::unique(found.files.begin(), found.files.end()), found.files.end());
  return found;
}

}  // namespace msklint
