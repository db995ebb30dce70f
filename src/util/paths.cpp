#include "util/paths.h"

#include <system_error>

namespace msklint {

namespace fs = std::filesystem;

std::optional<fs::path> work_tree_top(const fs::path& directory) {
  std::error_code error;
  for (fs::path dir = directory; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return dir;
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

const fs::path& repository_root() {
  static const fs::path root = [] {
    std::error_code error;
    const fs::path cwd = fs::current_path(error);
    if (error) return fs::path(".");
    return work_tree_top(cwd).value_or(cwd);
  }();
  return root;
}

std::string repository_path(const std::string& file) {
  std::error_code error;
  const fs::path absolute = fs::absolute(file, error);
  if (error) return fs::path(file).generic_string();
  const fs::path relative = absolute.lexically_normal().lexically_proximate(repository_root());
  return relative.generic_string();
}

std::optional<std::string> same_file_among(const std::string& path, const std::vector<std::string>& files) {
  if (path.empty()) return std::nullopt;
  std::error_code error;
  const fs::path target = fs::weakly_canonical(path, error);
  if (error) return std::nullopt;
  for (const std::string& file : files) {
    if (fs::weakly_canonical(file, error) == target && !error) return file;
  }
  return std::nullopt;
}

}  // namespace msklint
