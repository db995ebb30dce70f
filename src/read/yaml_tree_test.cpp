#include <doctest/doctest.h>

#include <fmt/format.h>

#include "read/yaml_tree.h"

using namespace msklint;

namespace {

ParsedYaml parse(const std::string& text, Limits limits = {}) {
  static SourceText source;  // the tree refers to nothing in it after parsing
  source = SourceText("t.yaml", text);
  return parse_yaml(source, limits);
}

}  // namespace

TEST_CASE("nodes keep the position of their own text") {
  const auto parsed = parse("a:\n  - x\n  - 'y'\n");
  REQUIRE(parsed.problems.empty());
  const auto& root = parsed.tree.node(parsed.tree.root);
  REQUIRE(root.kind == YamlNode::Kind::mapping);
  REQUIRE(root.children.size() == 2);
  const auto& list = parsed.tree.node(root.children[1]);
  REQUIRE(list.children.size() == 2);
  CHECK(parsed.tree.node(list.children[0]).at == Location{2, 5});
  CHECK(parsed.tree.node(list.children[1]).at == Location{3, 5});
  CHECK_FALSE(parsed.tree.node(list.children[0]).quoted);
  CHECK(parsed.tree.node(list.children[1]).quoted);
}

TEST_CASE("aliases are kept as aliases, located where they are used") {
  const auto parsed = parse("a: &x [1, 2]\nb: *x\n");
  const auto& root = parsed.tree.node(parsed.tree.root);
  const auto& alias = parsed.tree.node(root.children[3]);
  CHECK(alias.kind == YamlNode::Kind::alias);
  CHECK(alias.at == Location{2, 4});
  CHECK(alias.alias_of == root.children[1]);
}

TEST_CASE("an alias bomb costs no more nodes than its text") {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 40; ++i) {
    // fmt, not operator+: GCC 12 at -O3 warns falsely (-Wrestrict) about "a" + std::to_string(i).
    bomb += fmt::format("a{}: &a{} [", i, i);
    for (int k = 0; k < 10; ++k) bomb += fmt::format("{}*a{}", k ? ", " : "", i - 1);
    bomb += "]\n";
  }
  const auto parsed = parse(bomb);
  CHECK(parsed.problems.empty());
  CHECK(parsed.tree.size() < 1000);
}

TEST_CASE("duplicate keys are reported at the second, naming the first") {
  const auto parsed = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].rule == "duplicate-key");
  CHECK(parsed.problems[0].at == Location{3, 1});
  CHECK(parsed.problems[0].message.find("line 1") != std::string::npos);
}

TEST_CASE("only the first document is read, a second is reported") {
  const auto parsed = parse("a: 1\n---\nb: 2\n");
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].rule == "multiple-documents");
  CHECK(parsed.problems[0].at.line == 2);
  CHECK(parsed.tree.node(parsed.tree.root).children.size() == 2);
}

TEST_CASE("a syntax error is located and explained in plain words") {
  const auto parsed = parse("a: [1, 2\nb: 3\n");
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].rule == "yaml-syntax");
  CHECK(parsed.problems[0].message.find("'['") != std::string::npos);
  CHECK(parsed.tree.root == -1);
}

TEST_CASE("a lone comma does not hang and is a syntax finding") {
  // yaml-cpp 0.7's LoadAll loops forever on this input (upstream issue 1040).
  const auto parsed = parse(",");
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].rule == "yaml-syntax");
}

TEST_CASE("empty and comment-only files are empty, not broken") {
  for (const char* text : {"", "\n\n", "# nothing yet\n", "---\n", "~\n"}) {
    CAPTURE(text);
    const auto parsed = parse(text);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].rule == "empty-file");
  }
}

TEST_CASE("nesting deeper than the limit stops with a located finding") {
  Limits limits;
  limits.max_depth = 3;
  const auto parsed = parse("[[[[[[x]]]]]]", limits);
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].rule == "limit-exceeded");
  CHECK(parsed.problems[0].at == Location{1, 4});
  CHECK(parsed.tree.root == -1);
}

TEST_CASE("a trailing document marker with nothing after it is not a second document") {
  CHECK(parse("a: 1\n---\n").problems.empty());
  CHECK(parse("a: 1\n---\n# the end\n").problems.empty());
  CHECK(parse("a: 1\n...\n").problems.empty());
}

TEST_CASE("the tree's block store keeps every copy intact, whatever its size, until released") {
  BlockStore<char> store;
  std::vector<std::string> texts;
  std::vector<std::span<const char>> kept;
  // Sizes around the first block (4 KB), a quarter of the largest (64 KB) and beyond.
  for (const std::size_t size : {0, 1, 100, 4095, 4096, 4097, 10'000, 65'535, 65'536, 65'537, 300'000, 3}) {
    texts.push_back(std::string(size, static_cast<char>('a' + texts.size())));
    kept.push_back(store.keep(std::span<const char>(texts.back()), static_cast<int>(texts.size())));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(i);
    CHECK(std::string(kept[i].begin(), kept[i].end()) == texts[i]);
  }
  // Releasing before the last copy's owner leaves the newest ones readable.
  store.release_before(static_cast<int>(texts.size()));
  CHECK(std::string(kept.back().begin(), kept.back().end()) == texts.back());
}

TEST_CASE("a block scalar is located at its text, not at its '|' or '>' indicator") {
  const auto parsed = parse(
      "a: >-\n"
      "  folded text: here\n"
      "  and more\n"
      "b: |  # a comment on the indicator's line\n"
      "\n"
      "    literal\n"
      "c: &x !!str |-\n"
      "  anchored\n"
      "d: >\n"
      "e: plain\n"
      "f:\n"
      "  - |2\n"
      "      indented\n");
  REQUIRE(parsed.problems.empty());
  const auto& root = parsed.tree.node(parsed.tree.root);
  REQUIRE(root.children.size() == 12);
  auto value = [&](std::size_t key) -> const YamlNode& { return parsed.tree.node(root.children[2 * key + 1]); };
  CHECK(value(0).at == Location{2, 3});
  CHECK(value(0).value == "folded text: here and more");
  CHECK(value(1).at == Location{6, 5});  // past the comment and the blank line
  CHECK(value(2).at == Location{8, 3});
  CHECK(value(3).at == Location{9, 4});  // no text: the indicator is all there is
  CHECK(value(4).at == Location{10, 4});
  const auto& list = value(5);
  REQUIRE(list.children.size() == 1);
  CHECK(parsed.tree.node(list.children[0]).at == Location{13, 7});
}

TEST_CASE("text holding ': ' left unquoted is named as the cause, with the text quoted in the hint") {
  const auto plain = parse("criteria: Adults only: no children\n");
  REQUIRE(plain.problems.size() == 1);
  CHECK(plain.problems[0].at == Location{1, 22});
  CHECK(plain.problems[0].message.find("the text after 'criteria:' contains ': ', which YAML reads as another key") !=
        std::string::npos);
  CHECK(plain.problems[0].hint == "quote the text: criteria: \"Adults only: no children\"");

  // Inner double quotes are escaped; a comment is not part of the text.
  const auto escaped = parse("services:\n  - name: Physio \"north\": community  # hub\n");
  REQUIRE(escaped.problems.size() == 1);
  CHECK(escaped.problems[0].hint == "quote the text: name: \"Physio \\\"north\\\": community\"");

  // A list item whose first part is not a key is quoted whole.
  const auto item = parse("staff:\n  - Band 7: MSK: senior\n");
  REQUIRE(item.problems.size() == 1);
  CHECK(item.problems[0].message.find("the text 'Band 7: MSK: senior' contains ': '") != std::string::npos);
  CHECK(item.problems[0].hint == "quote the text: \"Band 7: MSK: senior\"");

  // In braces, only the item the parser stopped in.
  const auto flow = parse("- {id: physio, name: Physio: community, type: physiotherapy}\n");
  REQUIRE(flow.problems.size() == 1);
  CHECK(flow.problems[0].hint == "quote the text: name: \"Physio: community\"");

  // A long text is cut in the hint.
  const auto long_text = parse("criteria: " + std::string(200, 'x') + ": y\n");
  REQUIRE(long_text.problems.size() == 1);
  CHECK(long_text.problems[0].hint.size() < 100);
  CHECK(long_text.problems[0].hint.ends_with("...\""));
}

TEST_CASE("an apostrophe inside single quotes is named as the cause, with the text corrected in the hint") {
  const auto parsed = parse("name: 'St John's physiotherapy'\ntype: physiotherapy\n");
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].message.find("the apostrophe after 'St John' ends the single-quoted text early") !=
        std::string::npos);
  CHECK(parsed.problems[0].hint ==
        "an apostrophe inside single quotes ends the text: write it twice ('St John''s physiotherapy') or use double "
        "quotes");

  // Several apostrophes, one already written twice; a plural's apostrophe before a space.
  const auto several = parse("- 'It''s Mary's and John's clinic'\n- x\n");
  REQUIRE(several.problems.size() == 1);
  CHECK(several.problems[0].hint.find("('It''s Mary''s and John''s clinic')") != std::string::npos);
  const auto plural = parse("criteria: ['Carers' assessment offered', other]\n");
  REQUIRE(plural.problems.size() == 1);
  CHECK(plural.problems[0].hint.find("('Carers'' assessment offered')") != std::string::npos);

  // No closing quote later on the line: the advice without the text.
  const auto unfinished = parse("name: 'St John's\ntype: x\n");
  REQUIRE(unfinished.problems.size() == 1);
  CHECK(unfinished.problems[0].hint.find("write it twice ('')") != std::string::npos);
}


TEST_CASE("past the cap the parser counts duplicate keys without making findings") {
  std::string text = "a: 0\n";
  for (int i = 1; i <= 30; ++i) text += fmt::format("a: {}\n", i);
  Limits limits;
  limits.max_findings_per_rule = 10;
  const auto parsed = parse(text, limits);
  CHECK(parsed.problems.size() == 10);
  REQUIRE(parsed.left_out.by_rule.contains("duplicate-key"));
  CHECK(parsed.left_out.by_rule.at("duplicate-key").count == 20);
  CHECK(parsed.left_out.by_rule.at("duplicate-key").first == Location{12, 1});  // the 11th repeat
}

TEST_CASE("rewinding the block store forgets the copies since the mark and reuses their memory") {
  BlockStore<char> store;
  const std::string before(3000, 'b');
  const std::span<const char> kept_before = store.keep(std::span<const char>(before), 0);
  const auto mark = store.mark();
  // One round: copies of every size, past the first block and into new ones.
  auto round = [&](char letter) {
    std::vector<const char*> places;
    for (const std::size_t size : {10, 5000, 70'000, 20'000, 1}) {
      const std::string text(size, letter);
      const std::span<const char> kept = store.keep(std::span<const char>(text), 1);
      CHECK(std::string(kept.begin(), kept.end()) == text);
      // A long text has a block of its own, made afresh: only short ones share.
      if (size < 65'536) places.push_back(kept.data());
    }
    store.rewind(mark);
    return places;
  };
  round('x');
  const std::vector<const char*> second = round('y');
  const std::vector<const char*> third = round('z');
  CHECK(second == third);  // the same memory each round, none asked for anew
  CHECK(std::string(kept_before.begin(), kept_before.end()) == before);
}

TEST_CASE("rewinding the tree forgets the nodes since the mark, across chunks, and keeps the rest") {
  YamlTree tree;
  for (int i = 0; i < 3000; ++i) {
    YamlNode& node = tree.add();
    node.kind = YamlNode::Kind::scalar;
    node.value = tree.keep_text(i, fmt::format("kept {}", i));
  }
  const auto mark = tree.mark();
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 10'000; ++i) {
      YamlNode& node = tree.add();
      node.kind = YamlNode::Kind::scalar;
      node.value = tree.keep_text(tree.size() - 1, fmt::format("round {} node {}", round, i));
    }
    CHECK(tree.size() == 13'000);
    CHECK(tree.node(12'999).value == fmt::format("round {} node 9999", round));
    tree.rewind(mark);
    CHECK(tree.size() == 3000);
  }
  for (const int i : {0, 2047, 2048, 2999}) {
    CAPTURE(i);
    CHECK(tree.node(i).value == fmt::format("kept {}", i));
  }
  CHECK(tree.add().kind == YamlNode::Kind::null);  // a fresh node where the forgotten ones were
  CHECK(tree.size() == 3001);
}

TEST_CASE("a small tree's nodes fit in the first chunk, which is small enough to come from the heap") {
  // A first chunk of the larger size was mapped and unmapped again for every
  // small file: a thousand files meant a thousand rounds of fresh pages.
  const auto parsed = parse("pathway: {id: p, name: P}\nservices:\n  - {id: gp, type: gp}\n");
  REQUIRE(parsed.tree.size() > 0);
  CHECK(parsed.tree.nodes_reserved() * sizeof(YamlNode) <= 128 * 1024);  // main.cpp's mmap threshold

  YamlTree tree;
  for (int i = 0; i < 2049; ++i) tree.add();
  CHECK(tree.nodes_reserved() == 2048 + 4096);  // the first chunk full, then one of the larger size
}
