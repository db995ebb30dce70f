#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace msklint {

// Writes `contents` to `path` so that readers see the old file or the new one,
// never half of one: a temporary file in the same directory, flushed to disk,
// then renamed over `path`. Returns an empty string on success, else what went
// wrong (and `path` is untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace msklint
