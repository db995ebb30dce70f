#include <fmt/format.h>

#include "report/report.h"
#include "rules/rule_docs.h"

namespace msklint {

void add_counts(Counts& counts, const FileReport& report) {
  ++counts.files;
  for (const auto& finding : report.findings) {
    if (finding.fix) ++counts.fixable;
    switch (finding.severity.value_or(Severity::error)) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::info: ++counts.infos; break;
    }
  }
  for (const auto& finding : report.suppressed) {
    const bool baseline = finding.suppression && finding.suppression->kind == Suppression::Kind::baseline;
    ++(baseline ? counts.baselined : counts.waived);
  }
}

Counts count_findings(std::span<const FileReport> reports) {
  Counts counts;
  for (const auto& report : reports) add_counts(counts, report);
  return counts;
}

std::string summary_line(const Counts& counts) {
  auto plural = [](int n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  std::vector<std::string> parts;
  if (counts.errors > 0) parts.push_back(plural(counts.errors, "error", "errors"));
  if (counts.warnings > 0) parts.push_back(plural(counts.warnings, "warning", "warnings"));
  if (counts.infos > 0) parts.push_back(plural(counts.infos, "info", "infos"));
  const std::string files = plural(counts.files, "file", "files");
  std::string line = parts.empty() ? fmt::format("no findings in {}", files)
                                   : fmt::format("{} in {}", fmt::join(parts, ", "), files);
  std::vector<std::string> suppressed;
  if (counts.waived > 0) suppressed.push_back(fmt::format("{} waived", counts.waived));
  if (counts.baselined > 0) suppressed.push_back(fmt::format("{} in baseline", counts.baselined));
  if (!suppressed.empty()) line += fmt::format(" ({})", fmt::join(suppressed, ", "));
  if (counts.fixable > 0) line += fmt::format("; {} can be corrected with --fix", counts.fixable);
  return line;
}

}  // namespace msklint
