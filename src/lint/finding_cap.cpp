#include "lint/finding_cap.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
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
void cap_per_rule(Findings& findings, std::size_t limit, const LeftOutFindings& not_made) {
  if (limit == 0 || (findings.size() <= limit && not_made.empty())) return;
  // File order found by sorting indices, not the findings themselves (a
  // finding is some 300 bytes, and most of them are about to go).
  std::vector<std::size_t> order(findings.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(findings[a].at, findings[a].rule, findings[a].message) <
           std::tie(findings[b].at, findings[b].rule, findings[b].message);
  });
  std::unordered_map<std::string_view, std::size_t> seen;
  std::unordered_map<std::string_view, std::size_t> example_of;  // rule: its first finding, for file and severity
  LeftOutFindings left_out = not_made;
  std::vector<bool> keep(findings.size(), true);
  for (const std::size_t i : order) {
    example_of.try_emplace(findings[i].rule, i);
    if (++seen[findings[i].rule] <= limit) continue;
    keep[i] = false;
    left_out.add(findings[i].rule, findings[i].at);
  }
  if (left_out.empty()) return;
  Findings capped;
  for (const auto& [rule, left] : left_out.by_rule) {
    const auto example_index = example_of.find(rule);
    // A rule the reader only counted has findings made before it: without one
    // (its findings were all dropped since, as a rule turned off), nothing is shown.
    if (example_index == example_of.end()) continue;
    const Finding& example = findings[example_index->second];
    const std::size_t count = left.count;
    Finding more = make_finding(rule, example.file, left.first, {},
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

void cap_findings_per_rule(FileReport& report, std::size_t limit, const LeftOutFindings& not_made) {
  // Suppressed findings are listed only when asked, one line each, and every
  // one is counted in the summary ("21 in baseline"): they are not capped.
  cap_per_rule(report.findings, limit, not_made);
}

}  // namespace msklint
