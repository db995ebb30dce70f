// Which files a search of a directory lints: include and exclude globs,
// matched relative to the configuration's directory.

#include <algorithm>
#include <system_error>

#include "config/config.h"
#include "config/glob.h"
#include "config/paths.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

// `file` relative to `base` with '/' separators; nothing if it is not below it.
std::optional<std::string> path_below(const fs::path& base, const fs::path& file) {
  const fs::path relative = absolute_normal(file).lexically_relative(absolute_normal(base));
  if (relative.empty() || relative == "." || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

bool is_yaml_name(const fs::path& file) {
  const auto extension = file.extension();
  return extension == ".yaml" || extension == ".yml";
}

}  // namespace

bool selects_file(const Config& config, const fs::path& file, bool named) {
  if (file.filename() == config_file_name) return false;  // a configuration, not a pathway
  const bool yaml = is_yaml_name(file);
  const std::optional<std::string> relative = path_below(config.base, file);
  if (!relative) return named || (config.include.empty() && yaml);  // no glob reaches outside the base
  const std::string& path = *relative;
  const auto& exclude = config.exclude;
  const auto& include = config.include;
  if (std::any_of(exclude.begin(), exclude.end(), [&](const std::string& glob) { return glob_match(glob, path); })) {
    return false;
  }
  if (named) return true;
  if (include.empty()) return yaml;
  // Including a directory (`pathways`) means the pathway files in it, not its
  // README: any other name must be matched by the glob itself.
  return std::any_of(include.begin(), include.end(), [&](const std::string& glob) {
    return yaml ? glob_match(glob, path) : glob_match_whole(glob, path);
  });
}

}  // namespace msklint
