// The default, human format:
//   file:line:col: severity[rule-id] message
//      |
//   12 |   - id: physio
//      |         ^^^^^^
//     why: ...
//     fix: ...

#include <algorithm>
#include <ostream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "report/report.h"
#include "rules/rule_docs.h"
#include "report/span.h"
#include "util/utf8.h"
#include "util/visible.h"

namespace msklint {

namespace {

struct Paint {
  bool on;
  std::string operator()(std::string_view text, std::string_view code) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "1";
}

// A long line is shown as a window around the place, with "..." where it is
// cut: the findings of a file written on one line must not each print it all.
constexpr std::size_t longest_shown_line = 200;  // bytes; shorter lines are shown whole
constexpr std::size_t context_shown = 60;        // characters either side of the place
constexpr std::size_t longest_underline = 80;    // characters

void write_snippet(std::ostream& out, const SourceText& source, Location at, const Paint& paint) {
  if (source.bytes().empty() || at.line > source.line_count()) return;  // nothing to show
  std::string_view line = source.line(at.line);
  const std::string number = std::to_string(at.line);
  const std::string gutter(number.size(), ' ');
  std::size_t offset = byte_offset(source, at);
  std::size_t end = std::max(offset, byte_offset(source, {at.line, end_column(source, at)}));
  std::string cut_before, cut_after;
  if (line.size() > longest_shown_line) {
    end = std::min(end, moved_by_characters(line, offset, longest_underline));
    const std::size_t first = moved_by_characters(line, offset, -static_cast<std::ptrdiff_t>(context_shown));
    const std::size_t last = moved_by_characters(line, end, context_shown);
    if (first > 0) cut_before = "...";
    if (last < line.size()) cut_after = "...";
    line = line.substr(first, last - first);
    offset -= first;
    end -= first;
  }
  // The line as shown (control characters written out), and the caret under
  // the same characters: padding and underline are measured in what is shown.
  const std::string_view before = line.substr(0, offset);
  // Keep tabs in the padding so the caret lines up under tabbed text.
  std::string padding(cut_before.size(), ' ');
  for (const char c : visible(before, Tabs::keep)) {
    if (is_continuation_byte(c)) continue;
    padding += c == '\t' ? '\t' : ' ';
  }
  const std::size_t underline = std::max<std::size_t>(1, visible_width(line.substr(offset, end - offset), Tabs::keep));
  out << ' ' << gutter << paint(" |", "34") << '\n';
  out << ' ' << paint(number, "34") << paint(" | ", "34") << cut_before << shown(line, Tabs::keep) << cut_after << '\n';
  out << ' ' << gutter << paint(" | ", "34") << padding << paint(std::string(underline, '^'), "1;35") << '\n';
}

// file:line:col: severity[rule-id] message
void write_header(std::ostream& out, const Finding& finding, const Paint& paint) {
  const Severity severity = finding.severity.value_or(Severity::error);
  std::string where = visible(finding.file);
  if (finding.at.known()) where += fmt::format(":{}:{}", finding.at.line, finding.at.column);
  out << paint(where, "1") << ": " << paint(to_string(severity), severity_colour(severity)) << '['
      << paint(visible(finding.rule), "1") << "] " << shown(finding.message) << '\n';
}

void write_suppressed(std::ostream& out, std::span<const Finding> suppressed, const Paint& paint) {
  if (suppressed.empty()) return;
  out << paint("suppressed (not counted):", "1") << "\n\n";
  for (const auto& finding : suppressed) {
    write_header(out, finding, paint);
    const Suppression suppression = finding.suppression.value_or(Suppression{});
    const bool baseline = suppression.kind == Suppression::Kind::baseline;
    out << "  " << paint(baseline ? "in baseline" : "waived:", "1") << ' ' << shown(suppression.reason) << "\n\n";
  }
}

// The closing line: the counts, coloured by the worst.
void write_summary(std::ostream& out, const Counts& counts, const Paint& paint) {
  const std::string line = summary_line(counts);
  out << (counts.errors > 0 ? paint(line, "1;31") : counts.warnings > 0 ? paint(line, "1;33") : paint(line, "1;32"))
      << '\n';
}

}  // namespace

void write_text_file(std::ostream& out, const FileReport& report, const TextStyle& style) {
  const Paint paint{style.color};
  for (const auto& finding : report.findings) {
    write_header(out, finding, paint);
    if (finding.at.known()) write_snippet(out, report.source, finding.at, paint);
    if (!style.quiet) {
      if (const auto why = why_text(finding); !why.empty()) out << "  " << paint("why:", "1") << ' ' << shown(why) << '\n';
      if (const auto fix = fix_text(finding); !fix.empty()) out << "  " << paint("fix:", "1;32") << ' ' << shown(fix) << '\n';
    }
    out << '\n';
  }
}

void write_text_end(std::ostream& out, const Counts& counts, std::span<const Finding> suppressed,
                    const TextStyle& style) {
  const Paint paint{style.color};
  if (style.show_suppressed) write_suppressed(out, suppressed, paint);
  if (style.quiet) return;
  write_summary(out, counts, paint);
}

void write_text(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style) {
  Findings suppressed;
  for (const auto& report : reports) {
    write_text_file(out, report, style);
    if (style.show_suppressed) suppressed.insert(suppressed.end(), report.suppressed.begin(), report.suppressed.end());
  }
  write_text_end(out, count_findings(reports), suppressed, style);
}

void write_statistics(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style) {
  const Paint paint{style.color};
  struct Row {
    std::string rule;
    Severity severity = Severity::error;
    int count = 0;
  };
  std::vector<Row> rows;
  for (const auto& report : reports) {
    for (const auto& finding : report.findings) {
      auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& row) { return row.rule == finding.rule; });
      if (it == rows.end()) it = rows.insert(rows.end(), {finding.rule, finding.severity.value_or(Severity::error), 0});
      ++it->count;
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.count != b.count ? a.count > b.count : a.rule < b.rule;
  });
  std::size_t count_width = 1, rule_width = 1;
  for (const Row& row : rows) {
    count_width = std::max(count_width, std::to_string(row.count).size());
    rule_width = std::max(rule_width, row.rule.size());
  }
  for (const Row& row : rows) {
    const RuleDoc* doc = find_rule_doc(row.rule);
    const std::string severity = fmt::format("{:<7}", to_string(row.severity));
    out << fmt::format("{:>{}}  ", row.count, count_width) << paint(fmt::format("{:<{}}", row.rule, rule_width), "1")
        << "  " << paint(severity, severity_colour(row.severity)) << "  " << (doc != nullptr ? doc->summary : "")
        << '\n';
  }
  if (style.quiet) return;
  if (!rows.empty()) out << '\n';
  write_summary(out, count_findings(reports), paint);
}

}  // namespace msklint
