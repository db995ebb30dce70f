#pragma once

// Which system each pathway belongs to, with each system file and its
// pathways read once per run and shared by the threads that lint. A pathway
// belongs to the nearest system file in its folder or above, up to the top
// of its git work tree (a YAML file whose top-level key is `system`), unless that file lists its pathways
// (`pathways: [globs]`) and the pathway is not among them.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/discover.h"
#include "read/limits.h"
#include "system/loaded_system.h"

namespace msklint {

// True when `file` starts as a system file does: a top-level `system:` key
// (and no `pathway:`) among its first 64 KiB. Cheap enough to ask of every
// YAML file in a folder; the reader decides for certain.
bool looks_like_system_file(const std::filesystem::path& file);
// The same test on text already in memory (its first 64 KiB).
bool looks_like_system_text(std::string_view text);
inline constexpr std::size_t system_peek_bytes = 64 * 1024;
// The keys written at the start of a line ("system:", "pathway:") in the
// first 64 KiB of `text`, in order: a cheap peek at what a file is, not a parse.
std::vector<std::string_view> top_level_keys(std::string_view text);

class SystemIndex {
 public:
  explicit SystemIndex(Limits limits = {}, bool respect_ignore_files = true);
  // Proposed changes (`msklint what-if`) applied to every model read, before
  // the sums across pathways are made.
  SystemIndex(Limits limits, bool respect_ignore_files, std::function<void(Pathway&)> adjust_pathway,
              std::function<void(System&)> adjust_system);

  // Which files found below a system file count as its pathways, as a search
  // of a directory would take them (`check` passes its configuration's
  // include and exclude, so an excluded draft adds nothing to the sums).
  // Set before the first question; the default takes every *.yaml and *.yml.
  void select_members_with(FileFilter filter) { member_filter_ = std::move(filter); }

  // The text an editor holds for `file`, read instead of the file on disk
  // (`msklint server`: a pathway is checked against the system and the other
  // pathways as they are being written). Set before the first question; a
  // file must still exist on disk to be found in its folder.
  void use_unsaved_text(const std::filesystem::path& file, std::string text);

  // The system the pathway `file` belongs to; nullptr when none.
  std::shared_ptr<const LoadedSystem> system_of(const std::filesystem::path& file);
  // The system file `file` with its pathways; nullptr when it is not one.
  std::shared_ptr<const LoadedSystem> system_at(const std::filesystem::path& file);
  // `files` with the system files of their systems (and of the pathway read
  // from standard input, by its name), each once, sorted: a run that lints
  // one pathway also reports the system findings it shares.
  std::vector<std::string> with_their_systems(std::vector<std::string> files,
                                              const std::optional<std::string>& standard_input = std::nullopt);

 private:
  std::optional<std::filesystem::path> system_file_in(const std::filesystem::path& directory);
  std::optional<std::filesystem::path> nearest_system_file(const std::filesystem::path& directory);
  std::shared_ptr<const LoadedSystem> load(const std::filesystem::path& system_file);
  bool is_member(const LoadedSystem& system, const std::filesystem::path& file) const;
  const std::string* unsaved_text(const std::filesystem::path& file) const;  // absolute, normal
  bool is_system_file(const std::filesystem::path& file) const;

  Limits limits_;
  bool respect_ignore_files_;
  std::function<void(Pathway&)> adjust_pathway_;
  std::function<void(System&)> adjust_system_;
  FileFilter member_filter_ = default_file_filter;
  std::recursive_mutex mutex_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> system_in_directory_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> nearest_in_directory_;
  std::map<std::filesystem::path, std::shared_ptr<const LoadedSystem>> loaded_;
  std::map<std::filesystem::path, std::string> unsaved_;  // absolute, normal path -> text  // null: not a system after all
};

}  // namespace msklint
