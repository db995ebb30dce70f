#include "report/span.h"

#include <algorithm>

#include "util/utf8.h"

namespace msklint {

namespace {

int characters(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

// How many characters to underline: a quoted value to its closing quote; a
// plain value up to where YAML ends it (": ", " #", a flow ',' ']' '}', or the
// end of the line), without trailing spaces.
int underline_length(std::string_view rest) {
  if (rest.empty()) return 1;
  if (rest[0] == '"' || rest[0] == '\'') {
    const auto close = rest.find(rest[0], 1);
    if (close != std::string_view::npos) return characters(rest.substr(0, close + 1));
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
  return std::max(characters(rest.substr(0, end)), 1);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Whether `line` ends with a block scalar header: '|' or '>', up to two
// indicators ('-', '+', a digit), then nothing but a comment.
bool ends_with_block_header(std::string_view line) {
  const auto comment = line.find(" #");
  std::string_view head = trim_right(line.substr(0, comment));
  std::size_t indicators = 0;
  while (!head.empty() && indicators < 2 && (head.back() == '-' || head.back() == '+' ||
                                             (head.back() >= '1' && head.back() <= '9'))) {
    head.remove_suffix(1);
    ++indicators;
  }
  if (head.empty() || (head.back() != '|' && head.back() != '>')) return false;
  head.remove_suffix(1);
  return head.empty() || is_space(head.back());
}

std::size_t indent_of(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

// Whether the text at byte `start` of line `number` is the first line of a
// block scalar's text ('criteria: >-' and the words below it): it starts its
// line, and the line before (past at most a few blank ones) ends with a block
// header and is indented less. Looks at a bounded number of lines.
bool starts_block_text(const SourceText& source, int number, std::size_t start) {
  const std::string_view line = source.line(number);
  if (line.substr(0, start).find_first_not_of(" \t") != std::string_view::npos) return false;
  constexpr int most_blank_lines = 16;
  for (int before = number - 1; before >= 1 && before >= number - 1 - most_blank_lines; --before) {
    const std::string_view header = source.line(before);
    if (header.find_first_not_of(" \t\r") == std::string_view::npos) continue;  // a blank line inside the scalar
    return indent_of(header) < indent_of(line) && ends_with_block_header(header);
  }
  return false;
}

}  // namespace

std::size_t byte_offset(std::string_view line, int column) {
  std::size_t offset = 0;
  for (int seen = 1; offset < line.size() && seen < column; ++seen) {
    ++offset;
    while (offset < line.size() && is_continuation_byte(line[offset])) ++offset;
  }
  return offset;
}

std::size_t byte_offset(const SourceText& source, Location at) {
  const std::string_view line = source.line(at.line);
  if (source.is_ascii()) return std::min(line.size(), static_cast<std::size_t>(std::max(at.column, 1) - 1));
  return byte_offset(line, at.column);
}

int end_column(const SourceText& source, Location at) {
  if (!at.known()) return 0;
  const int start = std::max(at.column, 1);
  const std::string_view line = source.line(at.line);
  const std::size_t offset = byte_offset(source, {at.line, start});
  // A block scalar's text is all text: ': ', ' #' and ',' do not end it.
  if (offset < line.size() && starts_block_text(source, at.line, offset)) {
    return start + std::max(characters(trim_right(line.substr(offset))), 1);
  }
  return start + underline_length(line.substr(offset));
}

}  // namespace msklint
