#pragma once

// Loading a file's bytes safely: bounded size, checked encoding, and a line
// index that turns byte offsets into 1-based line and character columns.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "read/limits.h"

namespace msklint {

class SourceText {
 public:
  SourceText() = default;
  SourceText(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }

  // Whether every byte is ASCII: then a column is a byte offset, found
  // without counting the characters before it.
  bool is_ascii() const { return ascii_; }

  // Line `line` (1-based) without its line break; empty when out of range.
  std::string_view line(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // The location of a byte offset: 1-based line, 1-based column counted in
  // characters (UTF-8 code points), not bytes.
  Location location_of(std::size_t offset) const;

 private:
  friend class Locator;
  std::string path_;
  std::string bytes_;
  std::vector<std::size_t> line_starts_;
  bool ascii_ = true;
};

// location_of for offsets that mostly come in order, as a parser's events
// do: each is counted on from the one before instead of searched for and
// counted from the start of its line. Any order gives the same answers.
class Locator {
 public:
  explicit Locator(const SourceText& source) : source_(source) {}
  Location at(std::size_t offset);

 private:
  const SourceText& source_;
  std::size_t line_index_ = 0;  // 0-based line of `offset_`
  std::size_t offset_ = 0;      // the last offset located
  int column_ = 1;              // its column
};

struct LoadedSource {
  SourceText source;
  Findings problems;  // unreadable-file, limit-exceeded, encoding
  bool parseable = false;  // false: nothing more can be read from this file
};

// Reads `path` without ever writing to it. Reads at most limits.max_file_bytes
// (+1 to notice a larger file), so a huge or growing file costs bounded memory.
LoadedSource load_source(const std::string& path, const Limits& limits);

// Reads standard input the same way, as the file `name` (what messages call
// it: the --stdin-filename, or "-").
LoadedSource load_standard_input(const std::string& name, const Limits& limits);

// The same checks on bytes already in memory (tests and the fuzzer use this).
LoadedSource check_source(std::string path, std::string bytes);

}  // namespace msklint
