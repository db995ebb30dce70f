// The default, human format:
//   file:line:col: severity[rule-id] message
//      |
//   12 |   - id: physio
//      |         ^^^^^^
//     why: ...
//     fix: ...

#include <ostream>
#include <string_view>

#include <fmt/format.h>

#include "report/report.h"

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

// Byte offset of 1-based character column `column` in `line`.
std::size_t byte_offset(std::string_view line, int column) {
  std::size_t offset = 0;
  for (int seen = 1; offset < line.size() && seen < column; ++seen) {
    ++offset;
    while (offset < line.size() && (static_cast<unsigned char>(line[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

// How many characters to underline: a quoted value to its closing quote; a
// plain value up to where YAML ends it (": ", " #", a flow ',' ']' '}', or the
// end of the line), without trailing spaces.
std::size_t underline_length(std::string_view rest) {
  if (rest.empty()) return 1;
  if (rest[0] == '"' || rest[0] == '\'') {
    const auto close = rest.find(rest[0], 1);
    if (close != std::string_view::npos) return close + 1;
  }
  std::size_t end = 0;
  while (end < rest.size()) {
    const char c = rest[end];
    const char next = end + 1 < rest.size() ? rest[end + 1] : ' ';
    if (c == ',' || c == ']' || c == '}' || (c == ':' && (next == ' ' || next == '\t'))) break;
    if ((c == ' ' || c == '\t') && next == '#') break;
    if (c == ':' && end + 1 == rest.size()) break;
    ++end;
  }
  while (end > 0 && (rest[end - 1] == ' ' || rest[end - 1] == '\t')) --end;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80) ++characters;
  }
  return std::max<std::size_t>(characters, 1);
}

void write_snippet(std::ostream& out, const SourceText& source, Location at, const Paint& paint) {
  if (source.bytes().empty() || at.line > source.line_count()) return;  // nothing to show
  const std::string_view line = source.line(at.line);
  const std::string number = std::to_string(at.line);
  const std::string gutter(number.size(), ' ');
  const std::size_t offset = byte_offset(line, at.column);
  // Keep tabs in the padding so the caret lines up under tabbed text.
  std::string padding;
  for (std::size_t i = 0; i < offset; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    padding += line[i] == '\t' ? '\t' : ' ';
  }
  out << ' ' << gutter << paint(" |", "34") << '\n';
  out << ' ' << paint(number, "34") << paint(" | ", "34") << line << '\n';
  out << ' ' << gutter << paint(" | ", "34") << padding
      << paint(std::string(underline_length(line.substr(offset)), '^'), "1;35") << '\n';
}

}  // namespace

void write_text(std::ostream& out, std::span<const FileReport> reports, const TextStyle& style) {
  const Paint paint{style.color};
  for (const auto& report : reports) {
    for (const auto& finding : report.findings) {
      const Severity severity = finding.severity.value_or(Severity::error);
      std::string where = finding.file;
      if (finding.at.known()) where += fmt::format(":{}:{}", finding.at.line, finding.at.column);
      out << paint(where, "1") << ": " << paint(to_string(severity), severity_colour(severity)) << '['
          << paint(finding.rule, "1") << "] " << finding.message << '\n';
      if (finding.at.known()) write_snippet(out, report.source, finding.at, paint);
      if (const auto why = why_text(finding); !why.empty()) out << "  " << paint("why:", "1") << ' ' << why << '\n';
      if (const auto fix = fix_text(finding); !fix.empty()) out << "  " << paint("fix:", "1;32") << ' ' << fix << '\n';
      out << '\n';
    }
  }
  const Counts counts = count_findings(reports);
  const std::string line = summary_line(counts);
  out << (counts.errors > 0 ? paint(line, "1;31") : counts.warnings > 0 ? paint(line, "1;33") : paint(line, "1;32"))
      << '\n';
}

}  // namespace msklint
