#include "read/yaml_mistakes.h"

#include <doctest/doctest.h>

#include <string>

using namespace msklint;

TEST_CASE("known parser messages are turned into plain words with a hint") {
  const auto explained = explain_syntax_error("illegal map value");
  CHECK(explained.message.find("not allowed here") != std::string::npos);
  CHECK_FALSE(explained.hint.empty());
  CHECK(explain_syntax_error("something new").message == "not valid YAML: something new");
}

TEST_CASE("other syntax errors keep their explanation") {
  CHECK_FALSE(explain_syntax_cause("     entry: true", 10, "illegal map value"));
  CHECK_FALSE(explain_syntax_cause("services: - id: gp", 10, "illegal block entry"));
  CHECK_FALSE(explain_syntax_cause("  title: \"a: b\": c", 16, "illegal map value"));  // quoted: another problem
  CHECK_FALSE(explain_syntax_cause("  title: 'It''s fine'", 9, "end of map not found"));
  // The parser's place must be in the value: the same line, blamed elsewhere, says nothing.
  CHECK_FALSE(explain_syntax_cause("  title: a: b", 2, "end of map not found"));
}

TEST_CASE("the cause of a syntax error is found in time linear in a long line") {
  std::string quotes;
  for (int i = 0; i < 100'000; ++i) quotes += "'a'b ";
  const auto apostrophes = explain_syntax_cause(quotes, quotes.size() - 1, "end of map not found");
  REQUIRE(apostrophes);
  CHECK(apostrophes->hint.find("write it twice ('')") != std::string::npos);
  std::string colons = "a: ";
  for (int i = 0; i < 100'000; ++i) colons += "b: ";
  const auto many = explain_syntax_cause(colons, 4, "illegal map value");
  REQUIRE(many);
  CHECK(many->hint.size() < 100);
  std::string flow = "[";
  for (int i = 0; i < 100'000; ++i) flow += "x: y: ";
  CHECK(explain_syntax_cause(flow, flow.size() - 2, "end of sequence flow not found"));
  CHECK_FALSE(explain_syntax_cause(std::string(1'000'000, ':'), 500'000, "illegal map value"));
}

TEST_CASE("a suggestion to quote text is YAML double-quoted text, cut to a length a hint can show") {
  CHECK(quoted_suggestion("Adults only: no children") == "\"Adults only: no children\"");
  CHECK(quoted_suggestion("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(quoted_suggestion(std::string(100, 'x')) == "\"" + std::string(60, 'x') + "...\"");
}
