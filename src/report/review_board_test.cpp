// The notes for a board as the writers lay them out, in Markdown and HTML:
// nothing about how the file is written reaches the page.

#include <doctest/doctest.h>

#include <sstream>

#include "report/review_report.h"
#include "review/review.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

std::vector<FileReport> every_example() {
  std::vector<FileReport> reports;
  for (const char* path : {"examples/back-pain-linear.yaml", "examples/fracture-liaison-broken.yaml",
                           "examples/hip-knee-osteoarthritis.yaml", "examples/inflammatory-arthritis.yaml"}) {
    reports.push_back(lint_text(path, read_file(source_dir() / path)));
  }
  return reports;
}

// "examples/knee.yaml:12": a file name followed by a line number.
bool has_file_line(std::string_view text) {
  for (const std::string_view suffix : {".yaml:", ".yml:"}) {
    for (auto at = text.find(suffix); at != std::string_view::npos; at = text.find(suffix, at + 1)) {
      const std::size_t after = at + suffix.size();
      if (after < text.size() && text[after] >= '0' && text[after] <= '9') return true;
    }
  }
  return false;
}

// "'coproduction:'" or "`entry:": a YAML key written as advice.
bool has_yaml_key(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\'' && text[i] != '`' && text[i] != '"') continue;
    std::size_t end = i + 1;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || text[end] == '_')) ++end;
    const std::string_view word = text.substr(i + 1, end - i - 1);
    if (word == "http" || word == "https") continue;  // an address (the SVG's namespace)
    if (!word.empty() && end < text.size() && text[end] == ':') return true;
  }
  return false;
}

// What a board reader must never see: a place in a file, a rule id, a YAML key.
void check_free_of_file_detail(const std::string& notes) {
  CHECK_FALSE(has_file_line(notes));
  for (const RuleEntry& rule : all_rules()) {
    // Hyphenated ids never occur in prose; one-word ids (schema, encoding) are
    // checked as a code span or in brackets, the way a rule id is printed.
    const std::string id(rule.id);
    if (id.find('-') != std::string::npos) {
      CHECK_MESSAGE(notes.find(id) == std::string::npos, "rule id in the board notes: ", id);
    } else {
      CHECK(notes.find("`" + id + "`") == std::string::npos);
      CHECK(notes.find("[" + id + "]") == std::string::npos);
    }
  }
  CHECK(notes.find("<code>") == std::string::npos);
  CHECK_FALSE(has_yaml_key(notes));
}

}  // namespace

TEST_CASE("board notes in Markdown and HTML carry no file:line, rule id or YAML key") {
  const Review review = make_review(every_example(), {"2026-01-01", "0.1.0", Audience::board});
  std::ostringstream markdown;
  write_review_markdown(markdown, review);
  std::ostringstream html;
  write_review_html(html, review);
  CHECK(markdown.str().starts_with("# Pathway review: notes for the board\n"));
  CHECK(markdown.str().find("#### ✖ error A back pain or spinal pathway has no emergency route") != std::string::npos);
  CHECK(markdown.str().find("- **Who should act:** ") != std::string::npos);
  check_free_of_file_detail(markdown.str());
  check_free_of_file_detail(html.str());
  // The team's notes, for contrast, have all three.
  std::ostringstream team;
  write_review_markdown(team, make_review(every_example(), {"2026-01-01", "0.1.0"}));
  CHECK(team.str().find("examples/back-pain-linear.yaml:") != std::string::npos);
  CHECK(team.str().find("red-flag-route") != std::string::npos);
}

TEST_CASE("board notes: the checks for file detail catch it") {
  CHECK(has_file_line("see examples/knee.yaml:12:9 for"));
  CHECK_FALSE(has_file_line("a knee.yaml: file"));
  CHECK(has_yaml_key("add 'coproduction:' to it"));
  CHECK(has_yaml_key("mark it `entry: true`"));
  CHECK_FALSE(has_yaml_key("the 'whole' pathway: and more"));
}

TEST_CASE("rule documents a board reads speak without YAML keys") {
  for (const RuleDoc& doc : rule_docs()) {
    if (doc.team_only) continue;
    CAPTURE(doc.id);
    CHECK(doc.summary.find('`') == std::string::npos);
    CHECK(doc.why.find('`') == std::string::npos);
    CHECK_FALSE(has_yaml_key(doc.summary));
    CHECK_FALSE(has_yaml_key(doc.why));
    for (const std::string& question : doc.questions) {
      CHECK(question.find('`') == std::string::npos);
      CHECK_FALSE(has_yaml_key(question));
    }
  }
}
