#include "config/glob.h"

#include <string>

#include <doctest/doctest.h>

namespace msklint {

TEST_CASE("glob: ** matches any number of whole segments, including none") {
  CHECK(glob_match("**/*.yaml", "a.yaml"));
  CHECK(glob_match("**/*.yaml", "x/y/a.yaml"));
  CHECK_FALSE(glob_match("**/*.yaml", "x/a.yml"));
  CHECK(glob_match("a/**/b.yaml", "a/b.yaml"));
  CHECK(glob_match("a/**/b.yaml", "a/x/y/b.yaml"));
  CHECK_FALSE(glob_match("a/**/b.yaml", "x/a/b.yaml"));
  CHECK(glob_match("old/**", "old/a.yaml"));
  CHECK(glob_match("old/**", "old/x/a.yaml"));
  CHECK_FALSE(glob_match("old/**", "older/a.yaml"));
  CHECK(glob_match("**", "anything/at/all.yaml"));
  CHECK(glob_match("pathways/**/*.yaml", "pathways/a.yaml"));
  CHECK(glob_match("pathways/**/*.yaml", "pathways/hip/knee/a.yaml"));
  CHECK_FALSE(glob_match("pathways/**/*.yaml", "other/pathways/a.yaml"));
}

TEST_CASE("glob: other segments use fnmatch and never cross a '/'") {
  CHECK(glob_match("pathways/*.yaml", "pathways/a.yaml"));
  CHECK_FALSE(glob_match("pathways/*.yaml", "pathways/x/a.yaml"));
  CHECK(glob_match("p?th/[ab].yaml", "path/b.yaml"));
  CHECK_FALSE(glob_match("p?th/[ab].yaml", "path/c.yaml"));
  CHECK(glob_match("pathways/\\*.yaml", "pathways/*.yaml"));
  CHECK_FALSE(glob_match("pathways/\\*.yaml", "pathways/a.yaml"));
  // Hidden names are the discovery's business: wildcards match a leading dot.
  CHECK(glob_match("*.yaml", ".hidden.yaml"));
  CHECK(glob_match("pathways/*/a.yaml", "pathways/.old/a.yaml"));
  // Case-sensitive.
  CHECK_FALSE(glob_match("*.yaml", "A.YAML"));
}

TEST_CASE("glob: a pattern without '/' matches at any depth, like .gitignore") {
  CHECK(glob_match("*.draft.yaml", "a.draft.yaml"));
  CHECK(glob_match("*.draft.yaml", "x/y/a.draft.yaml"));
  CHECK_FALSE(glob_match("*.draft.yaml", "x/a.yaml"));
  // A directory name takes in everything below that directory, at any depth.
  CHECK(glob_match("drafts", "drafts/a.yaml"));
  CHECK(glob_match("drafts", "x/drafts/b.yaml"));
  CHECK(glob_match("drafts", "drafts"));
  CHECK_FALSE(glob_match("drafts", "drafts-old/a.yaml"));
  CHECK_FALSE(glob_match("drafts", "x/mydrafts/a.yaml"));
}

TEST_CASE("glob: a trailing '/' matches directories only, at any depth") {
  CHECK(glob_match("drafts/", "drafts/a.yaml"));
  CHECK(glob_match("drafts/", "x/drafts/b.yaml"));
  CHECK(glob_match("drafts/", "drafts/x/y/b.yaml"));
  CHECK_FALSE(glob_match("drafts/", "drafts"));  // a file of that name
  CHECK_FALSE(glob_match("drafts/", "x/drafts"));
  CHECK(glob_match("old/pathways/", "old/pathways/a.yaml"));
  CHECK_FALSE(glob_match("old/pathways/", "x/old/pathways/a.yaml"));  // has a '/' inside: anchored
}

TEST_CASE("glob: a '/' at the start or in the middle anchors the pattern") {
  CHECK(glob_match("old/pathways", "old/pathways/a.yaml"));
  CHECK(glob_match("old/pathways", "old/pathways/x/b.yaml"));
  CHECK_FALSE(glob_match("old/pathways", "x/old/pathways/a.yaml"));
  CHECK(glob_match("/a.yaml", "a.yaml"));
  CHECK_FALSE(glob_match("/a.yaml", "x/a.yaml"));
  CHECK(glob_match("/drafts/", "drafts/a.yaml"));
  CHECK_FALSE(glob_match("/drafts/", "x/drafts/a.yaml"));
}

TEST_CASE("glob: empty and '.' segments are ignored, an empty pattern matches nothing") {
  CHECK(glob_match("./pathways//a.yaml", "pathways/a.yaml"));
  CHECK(glob_match("pathways/a.yaml", "./pathways/a.yaml"));
  CHECK_FALSE(glob_match("", "a.yaml"));
  CHECK_FALSE(glob_match("/", "a.yaml"));
  CHECK_FALSE(glob_match("*.yaml", ""));
}

TEST_CASE("glob: glob_match_whole leaves out matches of a directory above the path") {
  CHECK(glob_match_whole("*.yaml", "x/a.yaml"));
  CHECK(glob_match_whole("pathways/**", "pathways/README.md"));
  CHECK(glob_match_whole("drafts", "x/drafts"));
  CHECK_FALSE(glob_match_whole("pathways", "pathways/README.md"));
  CHECK_FALSE(glob_match_whole("drafts/", "drafts/a.yaml"));
  CHECK(glob_match("drafts/", "drafts/a.yaml"));
}

TEST_CASE("glob: many ** segments on a deep path stay fast") {
  std::string pattern;
  for (int i = 0; i < 200; ++i) pattern += "**/";
  pattern += "b";
  std::string path;
  for (int i = 0; i < 200; ++i) path += "a/";
  CHECK_FALSE(glob_match(pattern, path + "a"));
  CHECK(glob_match(pattern, path + "b"));
}

}  // namespace msklint
