// Finding each file's .msklint.yaml: the nearest one in its directory or
// above, as ruff and ESLint's flat config do; configurations never merge.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "config/config.h"
#include "config/paths.h"
#include "util/paths.h"
#include "util/visible.h"

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

bool writable_by_others(const struct stat& info) { return (info.st_mode & (S_IWGRP | S_IWOTH)) != 0; }

// Whether the search goes on above `directory`: not past the top of a git
// work tree (a configuration above a repository is not the repository's),
// nor past the root.
bool search_goes_on(const fs::path& directory, const std::optional<fs::path>& top) {
  return directory != top && directory.parent_path() != directory && !directory.empty();
}

}  // namespace

std::string untrusted_config_reason(const fs::path& file, uid_t reader) {
  struct stat info {};
  if (::lstat(file.c_str(), &info) != 0) return {};  // load_config says why it cannot be read
  if (info.st_uid == reader || info.st_uid == 0) return {};
  struct stat folder {};
  const bool open_folder = ::stat(file.parent_path().c_str(), &folder) == 0 && writable_by_others(folder);
  if (!writable_by_others(info) && !open_folder) return {};
  return fmt::format(
      "ignoring the configuration '{}': another user (uid {}) owns it and others can write {}, so anyone could have "
      "put it there; the default rules apply. Move it into a folder only you can write, or use --config",
      visible(file.string()), info.st_uid, open_folder ? "to its folder" : "to it");
}

std::optional<fs::path> find_config(const fs::path& start) {
  const fs::path first = search_start(start);
  const std::optional<fs::path> top = work_tree_top(first);
  for (fs::path directory = first;; directory = directory.parent_path()) {
    if (auto found = config_in(directory); found && untrusted_config_reason(*found).empty()) return as_shown(*found);
    if (!search_goes_on(directory, top)) return std::nullopt;
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
  // The work tree's top, looked for only when the walk passes a folder it has
  // not seen (it costs a look for '.git' in every folder up to the root).
  std::optional<std::optional<fs::path>> top;
  for (fs::path directory = start;; directory = directory.parent_path()) {
    if (const auto known = by_directory_.find(directory); known != by_directory_.end()) {
      config = known->second;
      break;
    }
    passed.push_back(directory);
    const auto found = config_in(directory);
    if (found && !untrusted_config_reason(*found).empty()) {
      if (std::find(warnings_.begin(), warnings_.end(), untrusted_config_reason(*found)) == warnings_.end()) {
        warnings_.push_back(untrusted_config_reason(*found));
      }
    } else if (found) {
      auto& loaded = by_config_file_[*found];
      if (!loaded) loaded = load(as_shown(*found));
      config = loaded.get();
      break;
    }
    if (!top) top = work_tree_top(start);
    if (!search_goes_on(directory, *top)) {
      config = defaults_.get();
      break;
    }
  }
  for (const fs::path& directory : passed) by_directory_[directory] = config;
  return *config;
}

std::vector<std::string> ConfigFinder::warnings() {
  const std::lock_guard lock(mutex_);
  return warnings_;
}

}  // namespace msklint
