#pragma once

// What git ignores, so that searching a directory skips what the repository
// does not hold (build output, scratch copies), as ruff and ESLint do. Only
// inside a git work tree: the work tree's .git/info/exclude and every
// .gitignore from the top of the work tree down to the files searched. The
// patterns are .gitignore's (config/glob.h); a later pattern wins over an
// earlier one, a deeper .gitignore over a shallower one, and `!pattern`
// takes a path back in. As in git, nothing below an ignored directory can be
// taken back in: the search does not enter it. A user's global excludes file
// (core.excludesFile) is not read.

#include <filesystem>
#include <string>
#include <vector>

namespace msklint {

class GitIgnore {
 public:
  // The rules that apply at `directory` (absolute or relative): none when it
  // is not inside a git work tree.
  static GitIgnore for_directory(const std::filesystem::path& directory);

  // Adds the .gitignore of `directory` (a directory entered by the search,
  // below the one given above), if it has one.
  void enter(const std::filesystem::path& directory);

  // Whether `path` (a file, or a directory when `is_directory`) is ignored.
  bool ignores(const std::filesystem::path& path, bool is_directory) const;

  bool in_work_tree() const { return in_work_tree_; }

 private:
  struct Pattern {
    std::filesystem::path base;  // absolute: the directory of the file it came from
    std::string glob;
    bool negated = false;
    bool directories_only = false;
  };
  void add_file(const std::filesystem::path& file, const std::filesystem::path& base);

  bool in_work_tree_ = false;
  std::vector<Pattern> patterns_;
};

// Parses one line of a .gitignore: false for blank lines and comments.
// Trailing unescaped spaces are dropped; `\#` and `\!` start a literal.
struct GitIgnoreLine {
  std::string glob;
  bool negated = false;
  bool directories_only = false;
};
bool parse_gitignore_line(std::string_view line, GitIgnoreLine& parsed);

}  // namespace msklint
