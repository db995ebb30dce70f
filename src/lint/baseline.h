#pragma once

// A baseline records the findings a pathway repository already has, so CI
// can fail on new findings only. Entries are keyed by file, rule and subject
// (service or route id) with a count, never by line: edits that move lines
// do not break it (the approach ESLint chose for its suppressions file).

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"

namespace msklint {

struct BaselineEntry {
  std::string file;     // repository-relative path
  std::string rule;
  std::string subject;
  int count = 0;

  friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};
using Baseline = std::vector<BaselineEntry>;  // sorted by file, rule, subject

struct BaselineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The counted findings of `reports`. Problems with a file itself (syntax,
// encoding, schema) are never recorded: a broken file must always fail.
Baseline make_baseline(std::span<const FileReport> reports);

std::string baseline_to_json(const Baseline& baseline);
// Throws BaselineError saying what is wrong. A baseline lives in the
// repository, so a pull request can change it: it is read within bounds, like
// a pathway (at most max_baseline_bytes, nested at most max_baseline_depth).
Baseline parse_baseline(std::string_view json);
// Reads and parses the file at `path`; BaselineError when it cannot be read or used.
Baseline load_baseline(const std::string& path);

inline constexpr std::size_t max_baseline_bytes = 64 * 1024 * 1024;  // about 400,000 entries
inline constexpr int max_baseline_depth = 8;  // a baseline nests 3 deep: document, entries, entry

struct BaselineOutcome {
  int suppressed = 0;  // findings moved out of the counted findings
  Baseline stale;      // recorded findings that no longer occur (count = how many fewer)
  Baseline pruned;     // the baseline without them
};

// Moves findings the baseline covers to each report's `suppressed` list. When
// a key now has more findings than were recorded, all of them stay counted:
// msklint cannot tell which one is new. Entries for files not in `reports` are
// kept as they are (a run over some files says nothing about the others).
BaselineOutcome apply_baseline(const Baseline& baseline, const std::string& baseline_name,
                               std::span<FileReport> reports);

}  // namespace msklint
