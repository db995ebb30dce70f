#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace msklint {

// The top of the git work tree holding `directory` (an absolute path): the
// nearest directory at or above it with a .git entry, if any.
std::optional<std::filesystem::path> work_tree_top(const std::filesystem::path& directory);

// The root of the git repository holding the working directory (its
// work_tree_top), else the working directory itself. Found once per run.
const std::filesystem::path& repository_root();

// `file` relative to the repository root with '/' separators, e.g.
// "pathways/hip-knee.yaml": the same whichever directory msklint runs from,
// so SARIF locations, fingerprints and baselines stay stable.
std::string repository_path(const std::string& file);

// The one of `files` that `path` names, following links and "..", if any:
// what an output file would overwrite among the files being read.
std::optional<std::string> same_file_among(const std::string& path, const std::vector<std::string>& files);

}  // namespace msklint
