#include "report/span.h"

#include <algorithm>

namespace msklint {

namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

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

}  // namespace

std::size_t byte_offset(std::string_view line, int column) {
  std::size_t offset = 0;
  for (int seen = 1; offset < line.size() && seen < column; ++seen) {
    ++offset;
    while (offset < line.size() && is_continuation_byte(line[offset])) ++offset;
  }
  return offset;
}

int end_column(const SourceText& source, Location at) {
  if (!at.known()) return 0;
  const int start = std::max(at.column, 1);
  const std::string_view line = source.line(at.line);
  return start + underline_length(line.substr(byte_offset(line, start)));
}

}  // namespace msklint
