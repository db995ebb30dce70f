#include "util/ascii.h"

#include <cctype>

#include <doctest/doctest.h>

namespace msklint {

TEST_CASE("the ASCII tests answer as the C library does in the C locale, for every byte") {
  for (int byte = 0; byte < 256; ++byte) {
    const auto c = static_cast<char>(byte);
    CAPTURE(byte);
    CHECK(ascii::is_upper(c) == (std::isupper(byte) != 0));
    CHECK(ascii::is_lower(c) == (std::islower(byte) != 0));
    CHECK(ascii::is_alpha(c) == (std::isalpha(byte) != 0));
    CHECK(ascii::is_digit(c) == (std::isdigit(byte) != 0));
    CHECK(ascii::is_alnum(c) == (std::isalnum(byte) != 0));
    CHECK(ascii::is_space(c) == (std::isspace(byte) != 0));
    CHECK(ascii::to_lower(c) == static_cast<char>(std::tolower(byte)));
    CHECK(ascii::to_upper(c) == static_cast<char>(std::toupper(byte)));
  }
}

}  // namespace msklint
