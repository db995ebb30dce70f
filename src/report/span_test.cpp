#include <doctest/doctest.h>

#include "report/span.h"

namespace msklint {

namespace {

int end_of(const std::string& line, int column) { return end_column(SourceText("x.yaml", line + "\n"), {1, column}); }

}  // namespace

TEST_CASE("span: a plain value ends where YAML ends it") {
  CHECK(end_of("    to: dischrge", 9) == 17);
  CHECK(end_of("    to: dischrge   # typo", 9) == 17);  // not the spaces before a comment
  CHECK(end_of("    to: [physio, fcp]", 10) == 16);      // a flow item stops at ','
  CHECK(end_of("    to: {a: b}", 10) == 11);             // a key stops at ': '
  CHECK(end_of("  services:", 3) == 11);                 // a key at the end of its line
  CHECK(end_of("    note: a:b", 11) == 14);              // ':' inside a word is part of it
}

TEST_CASE("span: a quoted value runs to its closing quote, counted in characters") {
  CHECK(end_of("  title: \"Café – knee\"  ", 10) == 23);
  CHECK(end_of("  title: 'it''s'", 10) == 14);  // the first closing quote ends it
  CHECK(end_of("  title: \"unclosed, value", 10) == 19);  // no closing quote: read as plain
}

TEST_CASE("span: columns are characters, a tab is one") {
  CHECK(end_of("\tname: Ünïcödé", 8) == 15);
}

TEST_CASE("span: at least one character, even past the end of the line") {
  CHECK(end_of("  id: x", 8) == 9);
  CHECK(end_column(SourceText("x.yaml", ""), {3, 1}) == 2);
}

TEST_CASE("span: an unknown location has no end") {
  CHECK(end_column(SourceText("x.yaml", "a: b\n"), {}) == 0);
}

TEST_CASE("span: byte offsets of character columns") {
  CHECK(byte_offset("aé b", 1) == 0);
  CHECK(byte_offset("aé b", 3) == 3);
  CHECK(byte_offset("ab", 9) == 2);
}

}  // namespace msklint

namespace msklint {

TEST_CASE("span: the first line of a block scalar's text is underlined whole") {
  const SourceText source("x.yaml",
                          "criteria:\n"
                          "  - >-\n"
                          "    BMI under 40: others, #1 first\n"
                          "  - text: |  # note\n"
                          "\n"
                          "      Weight under 120 kg  \n"
                          "other: >\n"
                          "next: a: b\n");
  CHECK(end_column(source, {3, 5}) == 35);   // ': ', ',' and ' #' are text here
  CHECK(end_column(source, {6, 7}) == 26);   // past a blank line; not the trailing spaces
  CHECK(end_column(source, {8, 1}) == 5);    // an empty block scalar: the next line is a key
  CHECK(end_column(source, {3, 9}) == 17);   // not at the start of the line: a plain value's rule
}

}  // namespace msklint
