#include "util/visible.h"

#include <ostream>

#include <fmt/format.h>

#include "util/utf8.h"

namespace msklint {

namespace {

bool is_bidi_or_separator(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

std::string_view named_escape(char32_t c) {
  switch (c) {
    case 0x1B: return "\\e";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\a': return "\\a";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\v': return "\\v";
    case '\0': return "\\0";
  }
  return {};
}

// Calls emit(raw, escape) for each character: `escape` empty means show `raw`.
template <class Emit>
void each_character(std::string_view text, Tabs tabs, Emit emit) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    const std::string_view raw = text.substr(start, i - start);
    if (c == '\t' && tabs == Tabs::keep) {
      emit(raw, std::string());
    } else if (c < 0x20 || c == 0x7F) {
      const std::string_view name = named_escape(c);
      emit(raw, name.empty() ? fmt::format("\\x{:02x}", static_cast<unsigned>(c)) : std::string(name));
    } else if (c >= 0x80 && c <= 0x9F) {
      emit(raw, fmt::format("\\u{:04x}", static_cast<unsigned>(c)));
    } else if (is_bidi_or_separator(c)) {
      emit(raw, fmt::format("U+{:04X}", static_cast<unsigned>(c)));
    } else if (c == 0xFFFD && raw != "\xEF\xBF\xBD") {  // a byte that is not part of a character
      emit(raw, fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(raw[0]))));
    } else {
      emit(raw, std::string());
    }
  }
}

}  // namespace

std::string visible(std::string_view text, Tabs tabs) {
  if (is_visible(text, tabs)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  each_character(text, tabs, [&](std::string_view raw, const std::string& escape) {
    out += escape.empty() ? raw : std::string_view(escape);
  });
  return out;
}

std::ostream& operator<<(std::ostream& out, const Shown& shown) {
  if (is_visible(shown.text, shown.tabs)) return out << shown.text;
  return out << visible(shown.text, shown.tabs);
}

bool is_visible(std::string_view text, Tabs tabs) {
  // Fast path: printable ASCII (and tabs when kept) needs no decoding. Every
  // byte is looked at without stopping early, a loop the compiler does many
  // bytes at a time (output quotes a source line for every finding).
  const unsigned char allowed_control = tabs == Tabs::keep ? '\t' : 0x7F;  // 0x7F: none (it is one itself)
  unsigned char high_bits = 0;
  unsigned char controls = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    high_bits |= byte;
    // & and |, not && and ||: branches would stop the compiler doing many bytes at once.
    controls |= static_cast<unsigned char>((static_cast<unsigned char>(byte < 0x20) & static_cast<unsigned char>(byte != allowed_control)) |
                                           static_cast<unsigned char>(byte == 0x7F));
  }
  if (controls != 0) return false;
  if (high_bits < 0x80) return true;
  bool clean = true;
  each_character(text, tabs, [&](std::string_view, const std::string& escape) { clean = clean && escape.empty(); });
  return clean;
}

std::size_t visible_width(std::string_view text, Tabs tabs) {
  std::size_t width = 0;
  each_character(text, tabs, [&](std::string_view, const std::string& escape) {
    width += escape.empty() ? 1 : escape.size();
  });
  return width;
}

}  // namespace msklint
