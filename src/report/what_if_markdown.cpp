#include <ostream>

#include <fmt/format.h>

#include "graph/demand.h"
#include "report/what_if_report.h"
#include "util/visible.h"

namespace msklint {

namespace {

// Table cells: no pipes or line breaks from a pathway.
std::string cell(const std::string& text) {
  std::string out;
  for (const char c : visible(text)) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void write_findings(std::ostream& out, const char* heading, const Findings& findings) {
  out << "## " << heading << "\n\n";
  if (findings.empty()) out << "None.\n";
  for (const Finding& finding : findings) {
    out << fmt::format("- **{}** ({}, line {}): {}\n", cell(finding.rule), cell(finding.file), finding.at.line,
                       cell(finding.message));
  }
  out << '\n';
}

}  // namespace

void write_what_if_markdown(std::ostream& out, const WhatIfResult& result) {
  out << "# What if\n\n";
  for (const std::string& change : result.described) out << "- " << cell(change) << '\n';
  out << "\n## Demand and capacity, people a month\n\n";
  out << "| Service | Pathway or system | Before | After | Can see | Verdict |\n";
  out << "|---|---|--:|--:|--:|---|\n";
  int unchanged = 0;
  for (const CapacityChange& row : result.capacity) {
    if (!row.notable) {
      ++unchanged;
      continue;
    }
    std::string verdict = capacity_verdict(row.after, row.capacity);
    if (row.over_after && !row.over_before) verdict = "**" + verdict + " (new)**";
    if (!row.over_after && row.over_before) verdict += " (was short)";
    if (row.shortfall_changed) {
      verdict += fmt::format(" (was short by {})", shortfall_people(row.before, row.capacity_before));
    }
    out << fmt::format("| {} | {}{} | {} | {} | {} | {} |\n", cell(row.name), cell(row.owner),
                       row.shared ? " (shared)" : "", people_sent(row.before), people_sent(row.after),
                       people_seen(row.capacity_before) == people_seen(row.capacity)
                           ? people_seen(row.capacity)
                           : fmt::format("{} → {}", people_seen(row.capacity_before), people_seen(row.capacity)),
                       verdict);
  }
  if (unchanged > 0) {
    out << fmt::format("\n{} other service{} with a capacity: unchanged, within capacity.\n", unchanged,
                       unchanged == 1 ? "" : "s");
  }
  out << '\n';
  write_findings(out, "Findings the change adds", result.added);
  write_findings(out, "Findings the change clears", result.cleared);
  out << (result.worse ? "**The change creates or deepens a shortfall, or adds an error.**\n"
                       : "The change creates no shortfall and no new error.\n");
}

}  // namespace msklint
