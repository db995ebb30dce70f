#pragma once

// Glob patterns for `include` and `exclude` in .msklint.yaml, matched against
// '/'-separated paths relative to the configuration file's directory. The
// rules are those of .gitignore, so they behave as people expect:
//
//   - `**` as a whole segment matches any number of whole segments, including
//     none: `**/*.yaml` matches `a.yaml` and `x/y/a.yaml`; `a/**/b` matches
//     `a/b` and `a/x/y/b`; `old/**` matches everything below `old`.
//   - Any other segment is matched by fnmatch(3) (`*`, `?`, `[a-z]`, `\*`),
//     never across a '/'. Wildcards match a leading '.' too: which hidden files
//     are searched at all is the discovery's business, not the pattern's.
//   - A pattern with no '/' except a trailing one matches at any depth:
//     `*.draft.yaml` matches `a.draft.yaml` and `x/a.draft.yaml`; `drafts`
//     and `drafts/` match `drafts/a.yaml` and `x/drafts/b.yaml`.
//   - A pattern with a '/' at the start or in the middle is anchored at the
//     configuration's directory: `pathways/*.yaml` matches `pathways/a.yaml`
//     but not `x/pathways/a.yaml`; `/a.yaml` matches only the top-level `a.yaml`.
//   - A pattern that matches a directory matches everything below it:
//     `old/pathways` matches `old/pathways/a.yaml` and `old/pathways/x/b.yaml`.
//   - A trailing '/' matches directories only: `drafts/` does not match a file
//     named `drafts`, only what is below a directory of that name.
//   - Empty and `.` segments are ignored: `./pathways//a.yaml` is `pathways/a.yaml`.
//   - Matching is case-sensitive, like the file systems msklint runs on.

#include <string_view>

namespace msklint {

// Whether `pattern` matches `path` itself or a directory above it.
bool glob_match(std::string_view pattern, std::string_view path);

// Whether `pattern` matches `path` itself, not only a directory above it:
// `*.yaml` and `pathways/**` match "pathways/a.yaml" whole, `pathways` does not.
bool glob_match_whole(std::string_view pattern, std::string_view path);

}  // namespace msklint
