#include "lint/system_index.h"

#include <algorithm>
#include <fstream>
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

bool top_level_key(std::string_view line, std::string_view key) {
  if (!line.starts_with(key) || line.size() <= key.size() || line[key.size()] != ':') return false;
  const std::string_view after = line.substr(key.size() + 1);
  return after.empty() || after[0] == ' ' || after[0] == '\t' || after[0] == '\r';
}

// Reads a file as the reader does, for its model; nothing when it cannot.
std::optional<ReadPathway> read_model(const fs::path& file, const Limits& limits) {
  LoadedSource loaded = load_source(file.string(), limits);
  if (!loaded.parseable) return std::nullopt;
  ParsedYaml parsed = parse_yaml(loaded.source, limits);
  if (parsed.tree.root < 0) return std::nullopt;
  return read_pathway(std::move(parsed.tree), loaded.source, limits);
}

}  // namespace

bool looks_like_system_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::string_view text = head;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  bool system = false;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    if (top_level_key(line, "pathway")) return false;
    system = system || top_level_key(line, "system");
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return system;
}

SystemIndex::SystemIndex(Limits limits, bool respect_ignore_files)
    : limits_(limits), respect_ignore_files_(respect_ignore_files) {}

SystemIndex::SystemIndex(Limits limits, bool respect_ignore_files, std::function<void(Pathway&)> adjust_pathway,
                         std::function<void(System&)> adjust_system)
    : limits_(limits),
      respect_ignore_files_(respect_ignore_files),
      adjust_pathway_(std::move(adjust_pathway)),
      adjust_system_(std::move(adjust_system)) {}

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
    if (looks_like_system_file(candidate)) {
      found = candidate;
      break;
    }
  }
  system_in_directory_.emplace(directory, found);
  return found;
}

std::optional<fs::path> SystemIndex::nearest_system_file(const fs::path& directory) {
  // Inside a git work tree, not above its top: a repository's pathways do
  // not belong to a system file in a folder that holds the repository.
  const std::optional<fs::path> top = work_tree_top(directory);
  for (fs::path at = directory;; at = at.parent_path()) {
    if (auto found = system_file_in(at)) return found;
    if (at == top || at.parent_path() == at || at.empty()) return std::nullopt;
  }
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
  std::optional<ReadPathway> read = read_model(system_file, limits_);
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
    if (nearest_system_file(file.parent_path()) != system_file || looks_like_system_file(file)) continue;
    std::optional<ReadPathway> member = read_model(file, limits_);
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
