#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace msklint {

namespace fs = std::filesystem;

namespace {

bool is_pathway_name(const fs::path& path) {
  const auto extension = path.extension();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

Discovered discover_files(const std::vector<std::string>& paths) {
  Discovered found;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      // A named file is linted even if it cannot be read: that is a finding.
      found.files.push_back(fs::path(path).lexically_normal().string());
      continue;
    }
    std::size_t before = found.files.size();
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      if (entry.is_directory(error) && !entry.is_symlink(error) && is_hidden(entry.path())) {
        it.disable_recursion_pending();
        continue;
      }
      std::error_code file_error;
      if (is_pathway_name(entry.path()) && entry.is_regular_file(file_error)) {
        found.files.push_back(entry.path().lexically_normal().string());
      }
    }
    if (error) found.problems.push_back(fmt::format("cannot search '{}': {}", path, error.message()));
    if (found.files.size() == before && !error) {
      found.problems.push_back(fmt::format("no pathway files (*.yaml, *.yml) found in '{}'", path));
    }
  }
  std::sort(found.files.begin(), found.files.end());
  found.files.erase(std::unique(found.files.begin(), found.files.end()), found.files.end());
  return found;
}

}  // namespace msklint
