// Notes for a board on real pathways: problems in ARMA's terms, by name,
// with the question to ask and who should act; nothing about how the file
// is written.

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "report/review_report.h"
#include "review/review.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

FileReport lint_repository_file(const std::string& path) { return lint_text(path, read_file(source_dir() / path)); }

Review board_review(std::vector<FileReport> reports) {
  return make_review(reports, {"2026-01-01", "0.1.0", Audience::board});
}

std::vector<FileReport> every_example() {
  std::vector<FileReport> reports;
  for (const char* path : {"examples/back-pain-linear.yaml", "examples/fracture-liaison-broken.yaml",
                           "examples/hip-knee-osteoarthritis.yaml", "examples/inflammatory-arthritis.yaml"}) {
    reports.push_back(lint_repository_file(path));
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

TEST_CASE("board notes: each problem by its ARMA meaning, where by name, the question to ask and who should act") {
  const Review review = board_review({lint_repository_file("examples/back-pain-linear.yaml")});
  REQUIRE(review.files.size() == 1);
  const FileReview& file = review.files.front();
  const BoardBrief& brief = file.board;
  REQUIRE(brief.problems.size() == max_board_problems);
  // Errors first.
  CHECK(brief.problems.front().severity == Severity::error);
  CHECK(std::is_sorted(brief.problems.begin(), brief.problems.end(),
                       [](const BoardProblem& a, const BoardProblem& b) { return a.severity > b.severity; }));
  const auto red_flags = std::find_if(brief.problems.begin(), brief.problems.end(), [](const BoardProblem& problem) {
    return problem.what == find_rule_doc("red-flag-route")->summary;
  });
  REQUIRE(red_flags != brief.problems.end());
  CHECK(red_flags->where == "the whole pathway");
  CHECK(red_flags->question == find_rule_doc("red-flag-route")->questions.front());
  CHECK(red_flags->who == "The MSK clinical lead, with the providers of the services named");
  CHECK(red_flags->guidance.starts_with("Key messages 2023"));
  // A problem about services names them as people know them, never by id.
  const auto rehab = std::find_if(brief.problems.begin(), brief.problems.end(), [](const BoardProblem& problem) {
    return problem.what == find_rule_doc("rehab-after-surgery")->summary;
  });
  REQUIRE(rehab != brief.problems.end());
  CHECK(rehab->where == "Spinal surgery");
  CHECK(brief.more > 0);
  // The back pain pathway is small enough to draw on the page, without the panel its problems are listed in.
  REQUIRE(brief.picture);
  CHECK(brief.picture->problems.empty());
  CHECK(brief.scorecard);  // one file: no summary across files, so the scorecard stays
}

TEST_CASE("board notes: problems in how the file is written are counted for the team, not listed") {
  const Review review = board_review({lint_repository_file("examples/fracture-liaison-broken.yaml")});
  const BoardBrief& brief = review.files.front().board;
  CHECK(brief.team_note.find("problems in how the file is written are for the team that maintains it") !=
        std::string::npos);
  for (const BoardProblem& problem : brief.problems) {
    for (const RuleDoc& doc : rule_docs()) {
      if (doc.team_only) CHECK(problem.what != doc.summary);
    }
  }
}

TEST_CASE("board notes: a picture too large for a page is not drawn, and the notes say why") {
  std::vector<FileReport> reports;
  reports.push_back(lint_repository_file("examples/hip-knee-osteoarthritis.yaml"));
  reports.push_back(lint_repository_file("examples/back-pain-linear.yaml"));
  const Review review = board_review(std::move(reports));
  const FileReview& hip_knee = review.files.front();
  CHECK_FALSE(hip_knee.board.picture);
  CHECK(hip_knee.board.picture_note.starts_with("21 services and 94 routes are more than one printed page"));
  CHECK(hip_knee.board.problems.empty());
  CHECK_FALSE(hip_knee.board.scorecard);  // several files: the summary at the top has every scorecard
  // The team notes draw it, and say how to read it.
  const Review team = make_review(std::vector<FileReport>{lint_repository_file("examples/hip-knee-osteoarthritis.yaml")},
                                  {"2026-01-01", "0.1.0"});
  CHECK(team.files.front().picture_note.find("msklint graph examples/hip-knee-osteoarthritis.yaml --focus ID") !=
        std::string::npos);
}

TEST_CASE("board notes in Markdown and HTML carry no file:line, rule id or YAML key") {
  const Review review = board_review(every_example());
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
