// Rule documents are part of each rule: every registered rule has one, every
// document belongs to a rule, and the examples in them are run (a `yaml fail`
// block must produce the rule's finding, a `yaml pass` block must not), as
// ESLint checks the examples in its rule docs.

#include <doctest/doctest.h>

#include <cstdlib>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "rules/options.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

struct Example {
  bool fails = false;
  int line = 0;  // where the block starts in the document
  std::string yaml;
};

std::vector<Example> examples(const std::string& markdown) {
  std::vector<Example> found;
  std::istringstream lines(markdown);
  std::optional<Example> open;
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (open) {
      if (line == "```") {
        found.push_back(*open);
        open.reset();
      } else {
        open->yaml += line + "\n";
      }
    } else if (line == "```yaml fail" || line == "```yaml pass") {
      open = Example{line == "```yaml fail", number, {}};
    }
  }
  REQUIRE_MESSAGE(!open, "unclosed code block at line " << open->line);
  return found;
}

// Rules whose failing case cannot be written as a snippet (a missing file,
// bytes that are not text, a file too large to show).
// msk-breadth judges a system file with its pathway files: several files,
// which its fixtures hold.
bool example_exempt(std::string_view id) {
  return id == "unreadable-file" || id == "encoding" || id == "limit-exceeded" || id == "msk-breadth";
}

}  // namespace

TEST_CASE("every rule has a document and every document a rule") {
  std::set<std::string> documented;
  for (const auto& doc : rule_docs()) documented.insert(doc.id);
  for (const auto& rule : all_rules()) {
    CHECK_MESSAGE(documented.count(std::string(rule.id)) == 1, "rules/" << rule.id << ".md is missing");
  }
  for (const auto& doc : rule_docs()) {
    CHECK_MESSAGE(find_rule(doc.id) != nullptr, "rules/" << doc.id << ".md documents no registered rule");
  }
}

TEST_CASE("every document has the sections commissioners rely on") {
  for (const auto& file : embedded_rule_docs()) {
    const RuleDoc doc = parse_rule_doc(file.name, file.contents);
    CAPTURE(doc.id);
    CHECK(std::string(file.name) == doc.id + ".md");
    for (const char* section : {"## What it checks", "## Why it matters", "## How to fix", "## Questions to ask",
                                "## Example", "## References"}) {
      CHECK_MESSAGE(doc.body.find(section) != std::string::npos, "missing section " << section);
    }
    CHECK_MESSAGE(find_theme(doc.theme) != nullptr, "unknown theme '" << doc.theme << "'");
    CHECK_FALSE(doc.summary.empty());
    CHECK_FALSE(doc.why.empty());
    CHECK_FALSE(doc.fix.empty());
  }
}

TEST_CASE("every rule option is documented in its rule's Options section") {
  for (const auto& option : rule_option_specs()) {
    const RuleDoc* doc = find_rule_doc(option.rule);
    REQUIRE_MESSAGE(doc != nullptr, "option of an undocumented rule: " << option.rule);
    const auto section = doc->body.find("## Options");
    REQUIRE_MESSAGE(section != std::string::npos, "rules/" << option.rule << ".md has no '## Options' section");
    CHECK_MESSAGE(doc->body.find(fmt::format("`{}`", option.name), section) != std::string::npos,
                  "rules/" << option.rule << ".md does not document the option " << option.name);
  }
}

TEST_CASE("the examples in every rule document do what they say") {
  for (const auto& doc : rule_docs()) {
    CAPTURE(doc.id);
    int failing = 0;
    int passing = 0;
    for (const auto& example : examples(doc.body)) {
      const std::string where = "rules/" + doc.id + ".md, block at body line " + std::to_string(example.line);
      CAPTURE(where);
      const FileReport report = lint_text(doc.id + "-example.yaml", example.yaml);
      const std::string all = describe(report);
      CAPTURE(all);
      const bool found = !of_rule(report, doc.id).empty();
      if (example.fails) {
        ++failing;
        CHECK_MESSAGE(found, "a failing example must produce " << doc.id);
      } else {
        ++passing;
        CHECK_MESSAGE(!found, "a passing example must not produce " << doc.id);
      }
    }
    if (!example_exempt(doc.id)) {
      CHECK_MESSAGE(failing > 0, "no `yaml fail` example");
      CHECK_MESSAGE(passing > 0, "no `yaml pass` example");
    }
  }
}

TEST_CASE("a malformed document is rejected with its file name") {
  CHECK_THROWS_WITH(parse_rule_doc("x.md", "no front matter"), doctest::Contains("x.md"));
  CHECK_THROWS_WITH(parse_rule_doc("x.md", "---\nid: x\n---\nbody"), doctest::Contains("severity"));
  CHECK_THROWS_WITH(parse_rule_doc("x.md",
                                   "---\nid: x\nseverity: fatal\ntheme: t\nguidance: g\nsummary: s\nwhy: w\nfix: f\n---\n"),
                    doctest::Contains("severity must be"));
}

TEST_CASE("docs/rules.md is the current output of `msklint rules --format markdown`") {
  const Run run = run_msklint("rules --format markdown");
  REQUIRE(run.exit_code == 0);
  const auto page = source_dir() / "docs" / "rules.md";
  if (std::getenv("MSKLINT_UPDATE_GOLDEN") != nullptr) write_file(page, run.out);
  CHECK_MESSAGE(read_file(page) == run.out,
                "docs/rules.md is stale: regenerate it with build/msklint rules --format markdown > docs/rules.md");
}

TEST_CASE("a rule's document, looked up alone, is the one the full list holds, and stays where it is") {
  // find_rule_doc parses each document the first time it is asked for; the
  // list parses them all. Both must agree, and a document found twice is the same one.
  for (const auto& doc : rule_docs()) {
    CAPTURE(doc.id);
    const RuleDoc* found = find_rule_doc(doc.id);
    REQUIRE(found != nullptr);
    CHECK(found == find_rule_doc(doc.id));
    CHECK(found->id == doc.id);
    CHECK(found->severity == doc.severity);
    CHECK(found->summary == doc.summary);
    CHECK(found->body == doc.body);
  }
  CHECK(find_rule_doc("no-such-rule") == nullptr);
  CHECK(find_rule_doc("") == nullptr);
  CHECK(find_rule_doc("bmi-threshold.md") == nullptr);
}
