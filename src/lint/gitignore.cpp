#include "lint/gitignore.h"

#include <fstream>
#include <system_error>

#include "config/glob.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

// Only so much of an ignore file is read: a .gitignore is a short list.
constexpr std::size_t max_ignore_file_lines = 10'000;
constexpr std::size_t max_ignore_line_length = 4'096;

fs::path absolute_normal(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

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
  // The work tree's top: the nearest directory above (or at) `start` holding .git.
  std::vector<fs::path> chain;  // from `start` up to the top
  fs::path top;
  for (fs::path at = start;; at = at.parent_path()) {
    chain.push_back(at);
    std::error_code error;
    if (fs::exists(at / ".git", error)) {
      top = at;
      break;
    }
    if (at == at.parent_path()) return rules;  // not in a work tree
  }
  rules.in_work_tree_ = true;
  std::error_code error;
  if (fs::is_directory(top / ".git", error)) rules.add_file(top / ".git" / "info" / "exclude", top);
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
