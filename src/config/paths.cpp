#include "config/paths.h"

#include <system_error>

namespace msklint {

std::filesystem::path absolute_normal(const std::filesystem::path& path) {
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, error);
  std::filesystem::path normal = (error ? path : absolute).lexically_normal();
  if (!normal.has_filename() && normal.has_relative_path()) normal = normal.parent_path();
  return normal;
}

std::filesystem::path as_shown(const std::filesystem::path& absolute) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path here = fs::current_path(error);
  if (error) return absolute;
  const fs::path relative = absolute.lexically_relative(here);
  if (relative.empty() || *relative.begin() == "..") return absolute;
  return relative;
}

}  // namespace msklint
