// Finding each file's .msklint.yaml: the nearest one in its directory or
// above, as ruff and ESLint's flat config do; configurations never merge.

#include <system_error>

#include "config/config.h"
#include "config/paths.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

// The directory to search first: `start` itself if it is a directory.
fs::path search_start(const fs::path& start) {
  const fs::path absolute = absolute_normal(start);
  std::error_code error;
  if (fs::is_directory(absolute, error)) return absolute;
  return absolute.parent_path();
}

// Anything of that name counts, even a broken link or a directory, so that
// load_config reports it rather than a parent's configuration silently applying.
std::optional<fs::path> config_in(const fs::path& directory) {
  const fs::path candidate = directory / config_file_name;
  std::error_code error;
  if (fs::exists(fs::symlink_status(candidate, error))) return candidate;
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& start) {
  for (fs::path directory = search_start(start);; directory = directory.parent_path()) {
    if (auto found = config_in(directory)) return as_shown(*found);
    if (directory.parent_path() == directory || directory.empty()) return std::nullopt;
  }
}

ConfigFinder::ConfigFinder(std::optional<fs::path> forced, std::vector<std::string> select,
                           std::vector<std::string> ignore)
    : select_(std::move(select)), ignore_(std::move(ignore)) {
  // Load what can fail now, so a bad --config or --select stops the run
  // before any file is linted.
  if (forced) forced_ = load(forced);
  defaults_ = load(std::nullopt);
}

std::unique_ptr<const Config> ConfigFinder::load(const std::optional<fs::path>& file) const {
  auto config = std::make_unique<Config>(file ? load_config(*file) : Config{});
  if (!file) config->base = absolute_normal(".");
  apply_command_line(*config, select_, ignore_);
  return config;
}

const Config& ConfigFinder::for_file(const fs::path& file) {
  if (forced_) return *forced_;
  const fs::path start = search_start(file);
  const std::lock_guard lock(mutex_);
  // Walk up until a directory with a known answer or a configuration file,
  // then remember the answer for every directory passed on the way.
  std::vector<fs::path> passed;
  const Config* config = nullptr;
  for (fs::path directory = start;; directory = directory.parent_path()) {
    if (const auto known = by_directory_.find(directory); known != by_directory_.end()) {
      config = known->second;
      break;
    }
    passed.push_back(directory);
    if (const auto found = config_in(directory)) {
      auto& loaded = by_config_file_[*found];
      if (!loaded) loaded = load(as_shown(*found));
      config = loaded.get();
      break;
    }
    if (directory.parent_path() == directory || directory.empty()) {
      config = defaults_.get();
      break;
    }
  }
  for (const fs::path& directory : passed) by_directory_[directory] = config;
  return *config;
}

}  // namespace msklint
