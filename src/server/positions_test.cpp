#include "server/positions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace msklint::server;

TEST_CASE("server positions: ASCII columns are characters from 0") {
  for (const auto encoding : {PositionEncoding::utf8, PositionEncoding::utf16, PositionEncoding::utf32}) {
    CHECK(lsp_character("  type: physio", 1, encoding) == 0);
    CHECK(lsp_character("  type: physio", 3, encoding) == 2);
    CHECK(column_of("  type: physio", 2, encoding) == 3);
    CHECK(lsp_character("abc", 10, encoding) == 3);  // past the end: the end
    CHECK(column_of("abc", 10, encoding) == 4);
  }
}

TEST_CASE("server positions: characters outside ASCII count in the agreed units") {
  // "é" is 2 bytes, one UTF-16 unit; "𝄞" (U+1D11E) is 4 bytes, two UTF-16 units.
  const std::string line = "- name: \xC3\xA9\xF0\x9D\x84\x9E x";
  const int x_column = 12;  // "- name: " is 8 characters, then é, 𝄞, space, x
  CHECK(lsp_character(line, x_column, PositionEncoding::utf32) == 11);
  CHECK(lsp_character(line, x_column, PositionEncoding::utf16) == 12);
  CHECK(lsp_character(line, x_column, PositionEncoding::utf8) == 15);
  CHECK(column_of(line, 11, PositionEncoding::utf32) == x_column);
  CHECK(column_of(line, 12, PositionEncoding::utf16) == x_column);
  CHECK(column_of(line, 15, PositionEncoding::utf8) == x_column);
  // Inside the surrogate pair or the UTF-8 sequence: that character.
  CHECK(column_of(line, 10, PositionEncoding::utf16) == 10);
  CHECK(column_of(line, 11, PositionEncoding::utf8) == 10);
}

TEST_CASE("server positions: malformed bytes count as one character each, as msklint's columns do") {
  const std::string line = "a\xFF" "b";
  CHECK(lsp_character(line, 3, PositionEncoding::utf16) == 2);
  CHECK(column_of(line, 2, PositionEncoding::utf16) == 3);
}

TEST_CASE("server positions: the client's first choice among those msklint counts") {
  CHECK(choose_encoding(std::vector<std::string>{}) == PositionEncoding::utf16);
  CHECK(choose_encoding(std::vector<std::string>{"utf-8", "utf-16"}) == PositionEncoding::utf8);
  CHECK(choose_encoding(std::vector<std::string>{"utf-32"}) == PositionEncoding::utf32);
  CHECK(choose_encoding(std::vector<std::string>{"utf-16", "utf-8"}) == PositionEncoding::utf16);
  CHECK(choose_encoding(std::vector<std::string>{"latin-1"}) == PositionEncoding::utf16);
  CHECK(encoding_name(PositionEncoding::utf16) == "utf-16");
}
