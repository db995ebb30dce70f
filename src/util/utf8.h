#pragma once

// Reading UTF-8 one code point at a time, for the writers that must never
// pass malformed text on (JUnit XML, the HTML notes).

#include <cstddef>
#include <string_view>

namespace msklint {

// The code point starting at text[i], moving i past it; U+FFFD (moving one
// byte) when the bytes there are not well-formed UTF-8 (truncated, overlong,
// a surrogate, or beyond U+10FFFF).
char32_t next_code_point(std::string_view text, std::size_t& i);

}  // namespace msklint
