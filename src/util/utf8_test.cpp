#include "util/utf8.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace msklint;

namespace {

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> points;
  for (std::size_t i = 0; i < text.size();) points.push_back(next_code_point(text, i));
  return points;
}

}  // namespace

TEST_CASE("utf8: code points of well-formed text, one to four bytes") {
  CHECK(code_points("a\xC3\xA9\xE2\x9C\x96\xF0\x9F\x98\x80") == std::vector<char32_t>{U'a', U'é', U'✖', U'😀'});
}

TEST_CASE("utf8: each malformed byte is one U+FFFD, and reading goes on after it") {
  CHECK(code_points("\xFF" "a") == std::vector<char32_t>{0xFFFD, U'a'});
  CHECK(code_points("\xC3") == std::vector<char32_t>{0xFFFD});                      // truncated
  CHECK(code_points("\xC0\xAF") == std::vector<char32_t>{0xFFFD, 0xFFFD});          // overlong '/'
  CHECK(code_points("\xED\xA0\x80") == std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD});  // a surrogate
  CHECK(code_points("\xF4\x90\x80\x80") == std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD});  // > U+10FFFF
  CHECK(code_points("\xE2\x9Cx") == std::vector<char32_t>{0xFFFD, 0xFFFD, U'x'});   // a continuation missing
}

TEST_CASE("clipped: at most so many characters, cut between characters") {
  CHECK(msklint::clipped("short", 10) == "short");
  CHECK(msklint::clipped("exactly10!", 10) == "exactly10!");
  CHECK(msklint::clipped("eleven char", 10) == "eleven cha...");
  CHECK(msklint::clipped("café crème", 4) == "café...");  // four characters, five bytes
  CHECK(msklint::clipped("", 0) == "");
}

TEST_CASE("moving by characters steps over whole characters and stays within the text") {
  const std::string_view text = "a\xC3\xA9\xE2\x82\xAC" "b";  // a, é (2 bytes), € (3 bytes), b
  CHECK(msklint::moved_by_characters(text, 0, 1) == 1);
  CHECK(msklint::moved_by_characters(text, 1, 1) == 3);   // past é
  CHECK(msklint::moved_by_characters(text, 3, 1) == 6);   // past €
  CHECK(msklint::moved_by_characters(text, 6, -1) == 3);  // back over €
  CHECK(msklint::moved_by_characters(text, 3, -5) == 0);  // not before the start
  CHECK(msklint::moved_by_characters(text, 1, 99) == text.size());
  CHECK(msklint::is_continuation_byte('\xA9'));
  CHECK_FALSE(msklint::is_continuation_byte('\xC3'));
}

TEST_CASE("character_count counts characters, not bytes") {
  CHECK(msklint::character_count("") == 0);
  CHECK(msklint::character_count("knee") == 4);
  CHECK(msklint::character_count("caf\xC3\xA9 \xE2\x89\xA4 3") == 8);  // "café ≤ 3": é and ≤ are one character each
  CHECK(msklint::character_count("\xF0\x9F\xA6\xB4") == 1);            // a four-byte character
}
