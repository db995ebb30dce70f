#include "lint/gitignore.h"

#include <fstream>
#include <system_error>

#include "config/glob.h"
#include "config/paths.h"
#include "util/paths.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

// Only so much of an ignore file is read: a .gitignore is a short list.
constexpr std::size_t max_ignore_file_lines = 10'000;
constexpr std::size_t max_ignore_line_length = 4'096;

}  // namespace

bool parse_gitignore_line(std::string_view line, GitIgnoreLine& parsed) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Trailing spaces are ignored unless escaped with a backslash.
  while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
    line.remove_suffix(1);
  }
  if (line.empty() || line.front() == '#') return false;
  parsed = {};
  if (line.front() == '!') {
    parsed.negated = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\#") || line.starts_with("\\!")) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    parsed.directories_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return false;
  parsed.glob = std::string(line);
  return true;
}

GitIgnore GitIgnore::for_directory(const fs::path& directory) {
  GitIgnore rules;
  const fs::path start = absolute_normal(directory);
  const std::optional<fs::path> top = work_tree_top(start);
  if (!top) return rules;
  rules.in_work_tree_ = true;
  std::error_code error;
  if (fs::is_directory(*top / ".git", error)) rules.add_file(*top / ".git" / "info" / "exclude", *top);
  // Every .gitignore from the top down to `start`: deeper ones are read later, so they win.
  std::vector<fs::path> chain;
  for (fs::path at = start; at != *top && at != at.parent_path(); at = at.parent_path()) chain.push_back(at);
  chain.push_back(*top);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) rules.add_file(*it / ".gitignore", *it);
  return rules;
}

void GitIgnore::enter(const fs::path& directory) {
  if (!in_work_tree_) return;
  const fs::path base = absolute_normal(directory);
  add_file(base / ".gitignore", base);
}

void GitIgnore::add_file(const fs::path& file, const fs::path& base) {
  std::error_code error;
  if (!fs::is_regular_file(file, error)) return;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  for (std::size_t count = 0; count < max_ignore_file_lines && std::getline(in, line); ++count) {
    if (line.size() > max_ignore_line_length) continue;
    GitIgnoreLine parsed;
    if (!parse_gitignore_line(line, parsed)) continue;
    patterns_.push_back({base, std::move(parsed.glob), parsed.negated, parsed.directories_only});
  }
}

bool GitIgnore::ignores(const fs::path& path, bool is_directory) const {
  if (patterns_.empty()) return false;
  const fs::path absolute = absolute_normal(path);
  bool ignored = false;
  for (const Pattern& pattern : patterns_) {
    if (ignored != pattern.negated) continue;  // cannot change the answer
    if (pattern.directories_only && !is_directory) continue;
    const fs::path relative = absolute.lexically_relative(pattern.base);
    if (relative.empty() || *relative.begin() == "..") continue;  // not below this .gitignore
    if (glob_match_whole(pattern.glob, relative.generic_string())) ignored = !pattern.negated;
  }
  return ignored;
}

}  // namespace msklint
