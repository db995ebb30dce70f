#include "lint/system_index.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <set>
#include <string_view>
#include <system_error>

#include "config/glob.h"
#include "config/paths.h"
#include "lint/discover.h"
#include "read/pathway_reader.h"
#include "read/source.h"
#include "read/yaml_tree.h"
#include "util/paths.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& file) {
  const auto extension = file.extension();
  return (extension == ".yaml" || extension == ".yml") && !file.filename().string().starts_with(".");
}

// Reads a file (or the text an editor holds for it) as the reader does, for
// its model; nothing when it cannot.
std::optional<ReadPathway> read_model(const fs::path& file, const std::string* unsaved, const Limits& limits) {
  LoadedSource loaded = unsaved != nullptr ? check_source(file.string(), *unsaved) : load_source(file.string(), limits);
  if (!loaded.parseable) return std::nullopt;
  return read_pathway_file(loaded.source, limits).read;
}

}  // namespace

bool looks_like_system_file(const fs::path& file) {
  // Asked of every YAML file in a folder: read into a buffer that is not
  // filled first (a 64 KiB string of zeros for each file of 10 KB was a
  // measurable part of linting a repository), and never waiting on a FIFO.
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return false;
  const auto head = std::make_unique_for_overwrite<char[]>(system_peek_bytes);
  std::size_t used = 0;
  while (used < system_peek_bytes) {
    const ssize_t got = ::read(fd, head.get() + used, system_peek_bytes - used);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;  // the end, or a directory, a FIFO without a writer...
    used += static_cast<std::size_t>(got);
  }
  ::close(fd);
  return looks_like_system_text(std::string_view(head.get(), used));
}

std::vector<std::string_view> top_level_keys(std::string_view text) {
  text = text.substr(0, system_peek_bytes);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::string_view> keys;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    // "name:" at the start of the line, then the end of the line or a space.
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && colon > 0 &&
        line.substr(0, colon).find_first_of(" \t#-\"'{[&*!|>%@`") == std::string_view::npos &&
        (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t' || line[colon + 1] == '\r')) {
      keys.push_back(line.substr(0, colon));
    }
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return keys;
}

bool looks_like_system_text(std::string_view text) {
  // Most files are pathways, without the word at all.
  if (text.substr(0, system_peek_bytes).find("system") == std::string_view::npos) return false;
  const std::vector<std::string_view> keys = top_level_keys(text);
  const auto has = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
  return has("system") && !has("pathway");
}

SystemIndex::SystemIndex(Limits limits, bool respect_ignore_files)
    : limits_(limits), respect_ignore_files_(respect_ignore_files) {}

SystemIndex::SystemIndex(Limits limits, bool respect_ignore_files, std::function<void(Pathway&)> adjust_pathway,
                         std::function<void(System&)> adjust_system)
    : limits_(limits),
      respect_ignore_files_(respect_ignore_files),
      adjust_pathway_(std::move(adjust_pathway)),
      adjust_system_(std::move(adjust_system)) {}

void SystemIndex::use_unsaved_text(const fs::path& file, std::string text) {
  const std::lock_guard lock(mutex_);
  unsaved_[absolute_normal(file)] = std::move(text);
}

const std::string* SystemIndex::unsaved_text(const fs::path& file) const {
  const auto it = unsaved_.find(file);
  return it != unsaved_.end() ? &it->second : nullptr;
}

bool SystemIndex::is_system_file(const fs::path& file) const {
  const std::string* unsaved = unsaved_text(file);
  return unsaved != nullptr ? looks_like_system_text(*unsaved) : looks_like_system_file(file);
}

std::optional<fs::path> SystemIndex::system_file_in(const fs::path& directory) {
  if (const auto it = system_in_directory_.find(directory); it != system_in_directory_.end()) return it->second;
  std::vector<fs::path> candidates;
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    if (is_yaml_name(it->path()) && it->is_regular_file(error)) candidates.push_back(it->path());
  }
  // Several in one folder: the first by name, so the choice is stable.
  std::sort(candidates.begin(), candidates.end());
  std::optional<fs::path> found;
  for (const fs::path& candidate : candidates) {
    if (is_system_file(candidate)) {
      found = candidate;
      break;
    }
  }
  system_in_directory_.emplace(directory, found);
  return found;
}

std::optional<fs::path> SystemIndex::nearest_system_file(const fs::path& directory) {
  // Once per folder: a repository of 1,000 pathways asked it for each, and
  // each answer looked for '.git' in every folder up to the root.
  if (const auto known = nearest_in_directory_.find(directory); known != nearest_in_directory_.end()) {
    return known->second;
  }
  // Inside a git work tree, not above its top: a repository's pathways do
  // not belong to a system file in a folder that holds the repository.
  const std::optional<fs::path> top = work_tree_top(directory);
  std::optional<fs::path> nearest;
  for (fs::path at = directory;; at = at.parent_path()) {
    if ((nearest = system_file_in(at))) break;
    if (at == top || at.parent_path() == at || at.empty()) break;
  }
  nearest_in_directory_.emplace(directory, nearest);
  return nearest;
}

bool SystemIndex::is_member(const LoadedSystem& system, const fs::path& file) const {
  const auto& globs = system.system.info.pathways;
  if (globs.value.empty()) return true;
  const fs::path base = absolute_normal(system.file).parent_path();
  const std::string relative = absolute_normal(file).lexically_relative(base).generic_string();
  if (relative.empty() || relative.starts_with("..")) return false;
  return std::any_of(globs.value.begin(), globs.value.end(),
                     [&](const Text& glob) { return glob_match(glob.value, relative); });
}

std::shared_ptr<const LoadedSystem> SystemIndex::load(const fs::path& system_file) {
  if (const auto it = loaded_.find(system_file); it != loaded_.end()) return it->second;
  auto& slot = loaded_[system_file];
  std::optional<ReadPathway> read = read_model(system_file, unsaved_text(system_file), limits_);
  if (!read || !read->system) return nullptr;
  auto system = std::make_shared<LoadedSystem>();
  system->file = as_shown(system_file).string();
  system->system = std::move(*read->system);
  if (adjust_system_) adjust_system_(system->system);
  const fs::path directory = system_file.parent_path();
  const Discovered found = discover_files({directory.string()}, member_filter_, respect_ignore_files_);
  for (const std::string& name : found.files) {
    const fs::path file = absolute_normal(name);
    if (file == system_file || !is_member(*system, file)) continue;
    // A pathway below a nearer system file belongs to that one.
    if (nearest_system_file(file.parent_path()) != system_file || is_system_file(file)) continue;
    std::optional<ReadPathway> member = read_model(file, unsaved_text(file), limits_);
    if (!member || member->system || !member->pathway.has_info) continue;
    if (adjust_pathway_) adjust_pathway_(member->pathway);
    system->members.push_back(make_member(as_shown(file).string(), std::move(member->pathway), system->system));
  }
  system->loads = shared_loads(system->system, system->members);
  slot = std::move(system);
  return slot;
}

std::shared_ptr<const LoadedSystem> SystemIndex::system_of(const fs::path& file) {
  const std::lock_guard lock(mutex_);
  const fs::path absolute = absolute_normal(file);
  const auto system_file = nearest_system_file(absolute.parent_path());
  if (!system_file || *system_file == absolute) return nullptr;
  auto system = load(*system_file);
  return system != nullptr && is_member(*system, absolute) ? system : nullptr;
}

std::shared_ptr<const LoadedSystem> SystemIndex::system_at(const fs::path& file) {
  const std::lock_guard lock(mutex_);
  return load(absolute_normal(file));
}

std::vector<std::string> SystemIndex::with_their_systems(std::vector<std::string> files,
                                                       const std::optional<std::string>& standard_input) {
  std::vector<std::string> named = files;
  if (standard_input) named.push_back(*standard_input);
  std::set<fs::path> given;
  for (const std::string& file : named) given.insert(absolute_normal(file));
  std::set<std::string> added;
  for (const std::string& file : named) {
    const auto system = system_of(file);
    if (system && !given.contains(absolute_normal(system->file))) added.insert(system->file);
  }
  files.insert(files.end(), added.begin(), added.end());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace msklint
