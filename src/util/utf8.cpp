#include "util/utf8.h"

#include <algorithm>

namespace msklint {

char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  int length = 0;
  char32_t point = 0;
  char32_t least = 0;  // smaller values are overlong encodings
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, point = lead & 0x1F, least = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, point = lead & 0x0F, least = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, point = lead & 0x07, least = 0x10000;
  }
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if (!is_continuation_byte(static_cast<char>(byte))) {
      ++i;
      return 0xFFFD;
    }
    point = (point << 6) | (byte & 0x3F);
  }
  if (point < least || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += length;
  return point;
}

std::string clipped(std::string_view text, std::size_t most) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation_byte(text[i])) continue;  // inside a character
    if (++characters > most) return std::string(text.substr(0, i)) + "...";
  }
  return std::string(text);
}

std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

std::size_t moved_by_characters(std::string_view text, std::size_t from, std::ptrdiff_t count) {
  for (; count < 0 && from > 0; ++count) {
    do --from;
    while (from > 0 && is_continuation_byte(text[from]));
  }
  for (; count > 0 && from < text.size(); --count) {
    do ++from;
    while (from < text.size() && is_continuation_byte(text[from]));
  }
  return from;
}

}  // namespace msklint
