#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace msklint {

// Writes `contents` to `path` so that readers see the old file or the new one,
// never half of one: a temporary file in the same directory, flushed to disk,
// then renamed over `path`. Through a symbolic link, the file it points to is
// replaced and the link kept; something that is not a regular file (a pipe,
// /dev/stdout) is written to directly. Returns an empty string on success, else what went
// wrong (and `path` is untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view contents);

// Creates `path` holding `contents`, whole or not at all, and never replaces
// a file (or anything else) already there: a temporary file in the same
// directory, flushed, then linked to `path`. Returns an empty string on
// success, else what went wrong (with "File exists" when `path` is taken).
std::string write_new_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace msklint
