#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace msklint {

// The root of the git repository holding the working directory (the nearest
// directory upward with a .git entry), else the working directory itself.
// Found once per run.
const std::filesystem::path& repository_root();

// `file` relative to the repository root with '/' separators, e.g.
// "pathways/hip-knee.yaml": the same whichever directory msklint runs from,
// so SARIF locations, fingerprints and baselines stay stable.
std::string repository_path(const std::string& file);

// The one of `files` that `path` names, following links and "..", if any:
// what an output file would overwrite among the files being read.
std::optional<std::string> same_file_among(const std::string& path, const std::vector<std::string>& files);

}  // namespace msklint
