#pragma once

#include <filesystem>

namespace msklint {

// `path` made absolute (against the working directory) and lexically normal,
// without a trailing separator: a stable key and a base for relative paths.
std::filesystem::path absolute_normal(const std::filesystem::path& path);

}  // namespace msklint
