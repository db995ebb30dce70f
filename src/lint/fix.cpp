#include "lint/fix.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "util/utf8.h"
#include "util/visible.h"

namespace msklint {

namespace {

// Rules whose findings mean the file was not read as the YAML it is (or not
// wholly): a fix could land in text msklint misunderstood.
bool unreadable(const Finding& finding) {
  return finding.rule == "yaml-syntax" || finding.rule == "encoding" || finding.rule == "unreadable-file" ||
         finding.rule == "limit-exceeded";
}

bool word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// The byte offset of a 1-based line and character column.
std::optional<std::size_t> offset_of(const SourceText& source, Location at) {
  if (!at.known() || at.line > source.line_count()) return std::nullopt;
  const std::string_view line = source.line(at.line);
  std::size_t offset = 0;
  for (int column = 1; column < at.column; ++column) {
    if (offset >= line.size()) return std::nullopt;
    ++offset;
    while (offset < line.size() && is_continuation_byte(line[offset])) ++offset;
  }
  return static_cast<std::size_t>(line.data() - source.bytes().data()) + offset;
}

struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  const Finding* finding = nullptr;
};

// Where `fix.original` is written at its location: plain, or inside quotes
// with nothing escaped. Nothing when the file holds something else there.
std::optional<Edit> locate(const SourceText& source, const Finding& finding) {
  const Fix& fix = *finding.fix;
  const std::string& bytes = source.bytes();
  auto start = offset_of(source, fix.at);
  if (!start || fix.original.empty()) return std::nullopt;
  const char first = *start < bytes.size() ? bytes[*start] : '\0';
  const bool quoted = first == '"' || first == '\'';
  const std::size_t at = *start + (quoted ? 1 : 0);
  if (bytes.compare(at, fix.original.size(), fix.original) != 0) return std::nullopt;
  const std::size_t end = at + fix.original.size();
  if (quoted ? (end >= bytes.size() || bytes[end] != first) : (end < bytes.size() && word_character(bytes[end]))) {
    return std::nullopt;
  }
  return Edit{at, fix.original.size(), &finding};
}

}  // namespace

FixOutcome apply_fixes(const SourceText& source, const Findings& findings) {
  FixOutcome outcome;
  outcome.text = source.bytes();
  if (std::any_of(findings.begin(), findings.end(), unreadable)) {
    outcome.refused = true;
    return outcome;
  }
  std::vector<Edit> edits;
  for (const Finding& finding : findings) {
    if (!finding.fix) continue;
    if (const auto edit = locate(source, finding)) {
      edits.push_back(*edit);
    } else {
      ++outcome.skipped;
    }
  }
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.offset < b.offset; });
  std::string fixed;
  std::size_t copied = 0;
  const Edit* last = nullptr;
  for (const Edit& edit : edits) {
    if (edit.offset < copied) {
      // Overlaps the one before: the first wins. The same correction found
      // twice (two rules at one place) is not a fix left undone.
      const bool same = edit.offset == last->offset && edit.length == last->length &&
                        edit.finding->fix->replacement == last->finding->fix->replacement;
      if (!same) ++outcome.skipped;
      continue;
    }
    last = &edit;
    fixed.append(outcome.text, copied, edit.offset - copied);
    fixed += edit.finding->fix->replacement;
    copied = edit.offset + edit.length;
    outcome.applied.push_back(edit.finding);
  }
  fixed.append(outcome.text, copied);
  outcome.text = std::move(fixed);
  return outcome;
}

std::optional<FixSpan> fix_span(const SourceText& source, const Finding& finding) {
  if (!finding.fix) return std::nullopt;
  const auto edit = locate(source, finding);
  if (!edit) return std::nullopt;
  const Location start = source.location_of(edit->offset);
  const std::size_t characters = character_count(finding.fix->original);
  return FixSpan{start.line, start.column, start.column + static_cast<int>(characters)};
}

std::string unified_diff(const std::string& path, const std::string& before, const std::string& after) {
  auto lines = [](const std::string& text) {
    std::vector<std::string_view> split;
    std::size_t start = 0;
    while (start < text.size()) {
      const std::size_t end = text.find('\n', start);
      split.push_back(std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return split;
  };
  const auto old_lines = lines(before);
  const auto new_lines = lines(after);
  // Fixes change words within lines, never the number of lines.
  if (old_lines.size() != new_lines.size()) return {};
  std::string diff;
  for (std::size_t i = 0; i < old_lines.size(); ++i) {
    if (old_lines[i] == new_lines[i]) continue;
    if (diff.empty()) {
      // Git's a/ and b/ before a relative path; an absolute one as it is.
      const bool relative = !path.starts_with('/');
      diff = fmt::format("--- {1}{0}\n+++ {2}{0}\n", visible(path), relative ? "a/" : "", relative ? "b/" : "");
    }
    // The file's own text, with any control characters written out (util/visible.h).
    diff += fmt::format("@@ -{0},1 +{0},1 @@\n-{1}\n+{2}\n", i + 1, visible(old_lines[i]), visible(new_lines[i]));
  }
  return diff;
}

}  // namespace msklint
