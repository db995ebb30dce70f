#include "lint/gitignore.h"

#include <doctest/doctest.h>

#include "lint/discover.h"
#include "test_support.h"

namespace msklint {

namespace fs = std::filesystem;
using testing::ScratchDir;

namespace {

std::vector<std::string> found(const ScratchDir& dir, const std::vector<std::string>& paths, bool respect = true) {
  std::vector<std::string> absolute;
  for (const auto& path : paths) absolute.push_back((dir.path() / path).string());
  std::vector<std::string> relative;
  for (const auto& file : discover_files(absolute, default_file_filter, respect).files) {
    relative.push_back(fs::path(file).lexically_relative(dir.path()).generic_string());
  }
  return relative;
}

}  // namespace

TEST_CASE("gitignore lines: comments, negation, directories only, escapes, trailing spaces") {
  GitIgnoreLine line;
  CHECK_FALSE(parse_gitignore_line("", line));
  CHECK_FALSE(parse_gitignore_line("# a comment", line));
  CHECK_FALSE(parse_gitignore_line("   ", line));
  REQUIRE(parse_gitignore_line("build/  ", line));
  CHECK(line.glob == "build");
  CHECK(line.directories_only);
  CHECK_FALSE(line.negated);
  REQUIRE(parse_gitignore_line("!keep.yaml\r", line));
  CHECK(line.glob == "keep.yaml");
  CHECK(line.negated);
  REQUIRE(parse_gitignore_line("\\#hash.yaml", line));
  CHECK(line.glob == "#hash.yaml");
  REQUIRE(parse_gitignore_line("\\!bang.yaml", line));
  CHECK(line.glob == "!bang.yaml");
  CHECK_FALSE(line.negated);
}

TEST_CASE("discovery skips what git ignores inside a work tree, and node_modules") {
  const ScratchDir dir("gitignore");
  fs::create_directories(dir.path() / ".git" / "info");
  dir.write(".git/info/exclude", "scratch/\n");
  dir.write(".gitignore", "# generated\nbuild/\n*.draft.yaml\n!keep.draft.yaml\n/top-only.yaml\n");
  dir.write("pathways/.gitignore", "local.yaml\n");
  for (const char* file : {"pathways/knee.yaml", "pathways/local.yaml", "pathways/hip.draft.yaml",
                           "pathways/keep.draft.yaml", "pathways/top-only.yaml", "top-only.yaml", "build/out.yaml",
                           "scratch/try.yaml", "node_modules/pkg/config.yaml", "other/local.yaml"}) {
    dir.write(file, "pathway: {}\n");
  }
  CHECK(found(dir, {"."}) == std::vector<std::string>{"other/local.yaml", "pathways/keep.draft.yaml",
                                                      "pathways/knee.yaml", "pathways/top-only.yaml"});
  // A subdirectory searched on its own still sees the .gitignore files above it.
  CHECK(found(dir, {"pathways"}) ==
        std::vector<std::string>{"pathways/keep.draft.yaml", "pathways/knee.yaml", "pathways/top-only.yaml"});
  // Named files are always linted; --no-ignore searches everything.
  CHECK(found(dir, {"pathways/local.yaml", "build/out.yaml"}) ==
        std::vector<std::string>{"build/out.yaml", "pathways/local.yaml"});
  CHECK(found(dir, {"."}, false).size() == 10);
  // Nothing below an ignored directory comes back, as in git.
  dir.write(".gitignore", "build/\nscratch/\nother/\npathways/\n!build/keep.yaml\n");
  dir.write("build/keep.yaml", "pathway: {}\n");
  CHECK(found(dir, {"."}) == std::vector<std::string>{"top-only.yaml"});
  // A search that finds only ignored files says so.
  dir.write(".gitignore", "*.yaml\n");
  const Discovered none = discover_files({(dir.path() / "pathways").string()});
  CHECK(none.files.empty());
  REQUIRE(none.problems.size() == 1);
  CHECK(none.problems[0].find("(5 ignored by git; --no-ignore lints them)") != std::string::npos);
}

TEST_CASE("outside a git work tree .gitignore is not read") {
  const ScratchDir dir("no-git");
  dir.write(".gitignore", "*.yaml\n");
  dir.write("knee.yaml", "pathway: {}\n");
  if (GitIgnore::for_directory(dir.path()).in_work_tree()) return;  // the temporary directory is inside a work tree
  CHECK(found(dir, {"."}) == std::vector<std::string>{"knee.yaml"});
}

}  // namespace msklint
