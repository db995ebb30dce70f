#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/source.h"

using namespace msklint;

TEST_CASE("locations count lines from 1 and columns in characters") {
  const SourceText source("f.yaml", "ab\nné: x\r\nlast");
  CHECK(source.location_of(0) == Location{1, 1});
  CHECK(source.location_of(3) == Location{2, 1});
  // "né" is three bytes but two characters, so ':' (byte 6) is column 3.
  CHECK(source.location_of(6) == Location{2, 3});
  CHECK(source.line(2) == "né: x");  // the \r of CRLF is not part of the line
  CHECK(source.line(3) == "last");
  CHECK(source.line(9).empty());
}

TEST_CASE("a Locator gives location_of's answers, whatever order the offsets come in") {
  // Short and long lines (past the eight lines a Locator steps over), CRLF;
  // with UTF-8 (columns count characters) and without (a byte is a column).
  for (const std::string letter : {"é", "e"}) {
    CAPTURE(letter);
    std::string text = "ab\nn" + letter + ": x\r\n";
    for (int i = 0; i < 20; ++i) text += std::string(static_cast<std::size_t>(i), 'x') + letter + "\n";
    text += "last";
    const SourceText source("f.yaml", text);
    std::vector<std::size_t> offsets;
    for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) offsets.push_back(offset);  // past the end too
    Locator in_order(source);
    for (const std::size_t offset : offsets) {
      CAPTURE(offset);
      CHECK(in_order.at(offset) == source.location_of(offset));
    }
    Locator jumping(source);  // forwards in big steps, then backwards
    for (const std::size_t offset : {std::size_t{5}, std::size_t{150}, std::size_t{40}, std::size_t{0}, text.size()}) {
      CAPTURE(offset);
      CHECK(jumping.at(offset) == source.location_of(offset));
    }
  }
  CHECK(Locator(SourceText("f.yaml", "ab\ncd: x\n")).at(7) == Location{2, 5});
  CHECK(Locator(SourceText("f.yaml", "ab\nçd: x\n")).at(8) == Location{2, 5});
}

TEST_CASE("a NUL byte marks a binary file, located, and stops reading") {
  const auto loaded = check_source("f.yaml", std::string("a: 1\nb: \0\n", 10));
  CHECK_FALSE(loaded.parseable);
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].rule == "encoding");
  CHECK(loaded.problems[0].at == Location{2, 4});
  CHECK(loaded.problems[0].message.find("NUL") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is reported per line and replaced so reading goes on") {
  const auto loaded = check_source("f.yaml", "a: caf\xE9\nb: ok\nc: \xFF\xFE\n");
  CHECK(loaded.parseable);
  REQUIRE(loaded.problems.size() == 2);
  CHECK(loaded.problems[0].at == Location{1, 7});
  CHECK(loaded.problems[1].at == Location{3, 4});
  CHECK(loaded.source.line(1) == "a: caf\xEF\xBF\xBD");
}

TEST_CASE("overlong forms and surrogates are not UTF-8") {
  CHECK(check_source("f", "a: \xC0\xAF").problems.size() == 1);
  CHECK(check_source("f", "a: \xED\xA0\x80").problems.size() == 1);
  CHECK(check_source("f", "a: \xF0\x9F\x98\x80").problems.empty());  // an emoji is fine
}

TEST_CASE("a UTF-16 file is named as such") {
  const auto loaded = check_source("f.yaml", std::string("\xFF\xFE" "a\0:\0", 6));
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].message.find("UTF-16") != std::string::npos);
}

TEST_CASE("a byte order mark is dropped so columns match the parser") {
  const auto loaded = check_source("f.yaml", "\xEF\xBB\xBFid: x");
  CHECK(loaded.problems.empty());
  CHECK(loaded.source.line(1) == "id: x");
}

TEST_CASE("loading never reads past the size limit") {
  Limits limits;
  limits.max_file_bytes = 4;
  const auto loaded = load_source(MSKLINT_SOURCE_DIR "/CMakeLists.txt", limits);
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].rule == "limit-exceeded");
  CHECK_FALSE(loaded.parseable);
}

TEST_CASE("a missing file or a directory is unreadable, not a crash") {
  const auto missing = load_source("/nonexistent/pathway.yaml", {});
  REQUIRE(missing.problems.size() == 1);
  CHECK(missing.problems[0].rule == "unreadable-file");
  CHECK(missing.problems[0].message.find("No such file") != std::string::npos);
  const auto directory = load_source(MSKLINT_SOURCE_DIR, {});
  REQUIRE(directory.problems.size() == 1);
  CHECK(directory.problems[0].message.find("directory") != std::string::npos);
}

TEST_CASE("UTF-16 without a byte order mark is named as such, not as binary") {
  const auto loaded = check_source("f.yaml", std::string("i\0d\0:\0 \0x\0", 10));
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].message.find("UTF-16") != std::string::npos);
}

TEST_CASE("invalid UTF-8 on many lines is listed up to ten lines, then summarised") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "a: \xFF\n";
  const auto loaded = check_source("f.yaml", text);
  REQUIRE(loaded.problems.size() == 10);
  CHECK(loaded.problems.back().message.find("later lines have more") != std::string::npos);
}
