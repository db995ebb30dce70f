#pragma once

#include <filesystem>

namespace msklint {

// `path` made absolute (against the working directory) and lexically normal,
// without a trailing separator: a stable key and a base for relative paths.
std::filesystem::path absolute_normal(const std::filesystem::path& path);

// Short paths in messages: an absolute path made relative when it lies below
// the working directory; else as it is.
std::filesystem::path as_shown(const std::filesystem::path& absolute);

}  // namespace msklint
