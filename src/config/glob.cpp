#include "config/glob.h"

#include <fnmatch.h>

#include <string>
#include <vector>

namespace msklint {

namespace {

std::vector<std::string> segments_of(std::string_view text) {
  std::vector<std::string> segments;
  while (!text.empty()) {
    const auto slash = text.find('/');
    const auto segment = text.substr(0, slash);
    if (!segment.empty() && segment != ".") segments.emplace_back(segment);
    if (slash == std::string_view::npos) break;
    text.remove_prefix(slash + 1);
  }
  return segments;
}

enum class Match { none, directory_above, whole_path };

Match glob_match_kind(std::string_view pattern, std::string_view path) {
  const bool directories_only = pattern.ends_with('/');
  if (directories_only) pattern.remove_suffix(1);
  std::vector<std::string> wanted = segments_of(pattern);
  if (wanted.empty()) return Match::none;
  // As in .gitignore: without a '/', the pattern may match at any depth.
  if (pattern.find('/') == std::string_view::npos) wanted.insert(wanted.begin(), "**");
  const std::vector<std::string> names = segments_of(path);

  // reached[j]: the pattern segments seen so far match exactly the first j
  // names. One pass per pattern segment keeps hostile patterns (many `**`)
  // at O(pattern x path) fnmatch calls instead of exponential backtracking.
  std::vector<char> reached(names.size() + 1, 0);
  std::vector<char> next(names.size() + 1, 0);
  reached[0] = 1;
  for (const std::string& segment : wanted) {
    if (segment == "**") {
      char any = 0;
      for (std::size_t j = 0; j <= names.size(); ++j) next[j] = any = static_cast<char>(any | reached[j]);
    } else {
      next[0] = 0;
      for (std::size_t j = 0; j < names.size(); ++j) {
        next[j + 1] = static_cast<char>(reached[j] && ::fnmatch(segment.c_str(), names[j].c_str(), 0) == 0);
      }
    }
    reached.swap(next);
  }
  if (!directories_only && reached[names.size()]) return Match::whole_path;
  // A match of a directory above the file (at least one name, not the file's
  // own) takes in everything below it.
  for (std::size_t j = 1; j < names.size(); ++j) {
    if (reached[j]) return Match::directory_above;
  }
  return Match::none;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return glob_match_kind(pattern, path) != Match::none;
}

bool glob_match_whole(std::string_view pattern, std::string_view path) {
  return glob_match_kind(pattern, path) == Match::whole_path;
}

}  // namespace msklint
