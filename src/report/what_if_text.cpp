#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "graph/demand.h"
#include "report/what_if_report.h"
#include "util/visible.h"

namespace msklint {

std::string capacity_verdict(double sent, double capacity) {
  if (over_capacity(sent, capacity)) return fmt::format("short by {}", shortfall_people(sent, capacity));
  return fmt::format("fits ({} to spare)", spare_people(sent, capacity));
}

namespace {

std::string row_name(const CapacityChange& row) {
  return row.shared ? fmt::format("{} (shared by the system {})", row.service, row.owner)
                    : fmt::format("{}/{}", row.owner, row.service);
}

void write_findings(std::ostream& out, const char* heading, const Findings& findings) {
  out << heading << (findings.empty() ? " none\n" : "\n");
  for (const Finding& finding : findings) {
    out << fmt::format("  {}:{}:{}: {}[{}] {}\n", visible(finding.file), finding.at.line, finding.at.column,
                       finding.severity ? to_string(*finding.severity) : "error", finding.rule,
                       visible(finding.message));
  }
}

}  // namespace

void write_what_if_text(std::ostream& out, const WhatIfResult& result) {
  out << "What if:\n";
  for (const std::string& change : result.described) out << "  " << visible(change) << '\n';
  out << "\nPeople sent a month, against what each service can see:\n";
  std::size_t width = 7;
  int unchanged = 0;
  for (const CapacityChange& row : result.capacity) {
    if (row.notable) width = std::max(width, row_name(row).size());
  }
  out << fmt::format("  {:<{}}  {:>7}  {:>7}  {:>7}  {}\n", "service", width, "before", "after", "can see", "verdict");
  for (const CapacityChange& row : result.capacity) {
    if (!row.notable) {
      ++unchanged;
      continue;
    }
    std::string verdict = capacity_verdict(row.after, row.capacity);
    if (row.over_after && !row.over_before) verdict += "  <- new shortfall";
    if (row.shortfall_changed) {
      verdict += fmt::format("  (was short by {})", shortfall_people(row.before, row.capacity_before));
    }
    if (!row.over_after && row.over_before) verdict += "  <- shortfall cleared";
    out << fmt::format("{} {:<{}}  {:>7}  {:>7}  {:>7}  {}\n", row.changed ? '*' : ' ', visible(row_name(row)), width,
                       people_sent(row.before), people_sent(row.after), people_seen(row.capacity), verdict);
  }
  out << "  (* changed)\n";
  if (unchanged > 0) {
    out << fmt::format("  {} other service{} with a capacity: unchanged, within capacity\n", unchanged,
                       unchanged == 1 ? "" : "s");
  }
  out << '\n';
  write_findings(out, "Findings the change adds:", result.added);
  write_findings(out, "Findings the change clears:", result.cleared);
  out << '\n'
      << (result.worse ? "The change creates or deepens a shortfall, or adds an error.\n"
                       : "The change creates no shortfall and no new error.\n");
}

}  // namespace msklint
