#include "server/positions.h"

#include <algorithm>

#include "util/utf8.h"

namespace msklint::server {

namespace {

// How many units of `encoding` the code point that took `bytes` bytes takes.
int units_of(char32_t code_point, std::size_t bytes, PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::utf8: return static_cast<int>(bytes);
    case PositionEncoding::utf16: return code_point >= 0x10000 ? 2 : 1;
    case PositionEncoding::utf32: return 1;
  }
  return 1;
}

}  // namespace

std::string_view encoding_name(PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::utf8: return "utf-8";
    case PositionEncoding::utf16: return "utf-16";
    case PositionEncoding::utf32: return "utf-32";
  }
  return "utf-16";
}

PositionEncoding choose_encoding(std::span<const std::string> offered) {
  if (offered.empty()) return PositionEncoding::utf16;
  if (offered.front() == "utf-32") return PositionEncoding::utf32;
  if (offered.front() == "utf-8") return PositionEncoding::utf8;
  return PositionEncoding::utf16;
}

int lsp_character(std::string_view line, int column, PositionEncoding encoding) {
  int character = 0;
  std::size_t i = 0;
  for (int at = 1; at < column && i < line.size(); ++at) {
    const std::size_t start = i;
    const char32_t code_point = next_code_point(line, i);
    character += units_of(code_point, i - start, encoding);
  }
  return character;
}

int column_of(std::string_view line, int character, PositionEncoding encoding) {
  int column = 1;
  int units = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t start = i;
    const char32_t code_point = next_code_point(line, i);
    units += units_of(code_point, i - start, encoding);
    if (units > character) return column;
    ++column;
  }
  return column;
}

}  // namespace msklint::server
