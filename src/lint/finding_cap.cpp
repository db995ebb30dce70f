#include "lint/finding_cap.h"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace msklint {

namespace {

// The first `limit` findings of each rule (in file order), and for each rule
// with more, one last finding of its own saying how many more there are, at
// the first one left out: a mistake repeated 100,000 times is one problem, and
// its output must not grow past what a person can read.
void cap_per_rule(Findings& findings, std::size_t limit) {
  if (limit == 0 || findings.size() <= limit) return;
  std::unordered_map<std::string_view, std::size_t> seen;
  std::map<std::string, std::pair<std::size_t, std::size_t>> left_out;  // rule: (first left out, how many)
  std::vector<bool> keep(findings.size(), true);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (++seen[findings[i].rule] <= limit) continue;
    keep[i] = false;
    auto [entry, first] = left_out.try_emplace(findings[i].rule, i, 0);
    ++entry->second.second;
  }
  if (left_out.empty()) return;
  Findings capped;
  for (const auto& [rule, first_and_count] : left_out) {
    const auto& [first, count] = first_and_count;
    const Finding& example = findings[first];
    Finding more = make_finding(rule, example.file, example.at, {},
                                fmt::format("... and {} more {} findings in this file, from here on, not shown one by "
                                            "one (msklint shows the first {} of each rule in a file)",
                                            count, rule, limit),
                                "fix the findings shown first: a mistake repeated this often is usually one "
                                "mistake; --max-findings-per-rule shows more (0 shows every one)");
    more.severity = example.severity;
    capped.push_back(std::move(more));
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (keep[i]) capped.push_back(std::move(findings[i]));
  }
  findings = std::move(capped);
  sort_findings(findings);
}

}  // namespace

void cap_findings_per_rule(FileReport& report, std::size_t limit) {
  // Suppressed findings are listed only when asked, one line each, and every
  // one is counted in the summary ("21 in baseline"): they are not capped.
  cap_per_rule(report.findings, limit);
}

}  // namespace msklint
