#pragma once

// Reading UTF-8 one code point at a time, for the writers that must never
// pass malformed text on (JUnit XML, the HTML notes), and cutting it short.

#include <cstddef>
#include <string>
#include <string_view>

namespace msklint {

// The code point starting at text[i], moving i past it; U+FFFD (moving one
// byte) when the bytes there are not well-formed UTF-8 (truncated, overlong,
// a surrogate, or beyond U+10FFFF).
char32_t next_code_point(std::string_view text, std::size_t& i);

// Text from a file echoed in a message, kept short: at most `most` characters
// (cut between characters, never inside one), with "..." when cut, so a long
// or hostile value cannot make a message huge.
std::string clipped(std::string_view text, std::size_t most);

// Whether `c` continues a character begun by an earlier byte.
inline bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// How many characters `text` holds: its bytes but those that continue a character.
std::size_t character_count(std::string_view text);

// The byte offset `count` characters on from `from` (back when negative),
// kept within `text`.
std::size_t moved_by_characters(std::string_view text, std::size_t from, std::ptrdiff_t count);

}  // namespace msklint
