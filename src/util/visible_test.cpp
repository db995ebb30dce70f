#include "util/visible.h"

#include <doctest/doctest.h>

using namespace msklint;

TEST_CASE("visible: terminal and CI-log controls are written out, never passed on") {
  CHECK(visible("\x1b[31mRED\x1b[0m \x1b]0;pwned\a") == "\\e[31mRED\\e[0m \\e]0;pwned\\a");
  CHECK(visible("\n::error file=evil.yaml,line=1::INJECTED\r\n") == "\\n::error file=evil.yaml,line=1::INJECTED\\r\\n");
  CHECK(visible(std::string_view("a\0b", 3)) == "a\\0b");
  CHECK(visible("\x01\x7f") == "\\x01\\x7f");
  CHECK(visible("tab\there") == "tab\\there");
  CHECK(visible("tab\there", Tabs::keep) == "tab\there");
}

TEST_CASE("visible: C1 controls, bidirectional overrides and broken UTF-8") {
  CHECK(visible("\xC2\x9B" "2J") == "\\u009b2J");                    // U+009B, the 8-bit CSI
  CHECK(visible("abc\xE2\x80\xAE" "fed") == "abcU+202Efed");         // RIGHT-TO-LEFT OVERRIDE
  CHECK(visible("\xE2\x81\xA6x\xE2\x81\xA9") == "U+2066xU+2069");    // isolates
  CHECK(visible("\x9B" "2J") == "\\x9b2J");                          // a lone byte, not UTF-8
  CHECK(visible("\xEF\xBF\xBD") == "\xEF\xBF\xBD");                  // a real U+FFFD stays
}

TEST_CASE("visible: ordinary text, accents and backslashes are kept as they are") {
  for (const std::string_view text : {"Physiotherapy (Ysbyty Gwynedd)", "Café – São Paulo ✔", "C:\\path", ""}) {
    CHECK(is_visible(text));
    CHECK(visible(text) == text);
  }
  CHECK(visible_width("Café") == 4);
  CHECK(visible_width("é\x1b") == 3);
  CHECK(visible_width("a\tb", Tabs::keep) == 3);
}
