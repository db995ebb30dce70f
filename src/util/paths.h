#pragma once

#include <filesystem>
#include <string>

namespace msklint {

// The root of the git repository holding the working directory (the nearest
// directory upward with a .git entry), else the working directory itself.
// Found once per run.
const std::filesystem::path& repository_root();

// `file` relative to the repository root with '/' separators, e.g.
// "pathways/hip-knee.yaml": the same whichever directory msklint runs from,
// so SARIF locations, fingerprints and baselines stay stable.
std::string repository_path(const std::string& file);

}  // namespace msklint
