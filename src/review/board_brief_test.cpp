// Notes for a board on real pathways: problems in ARMA's terms, by name,
// with the question to ask and who should act; nothing about how the file
// is written.

#include <doctest/doctest.h>

#include <algorithm>

#include "review/review.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

FileReport lint_repository_file(const std::string& path) { return lint_text(path, read_file(source_dir() / path)); }

Review board_review(std::vector<FileReport> reports) {
  return make_review(reports, {"2026-01-01", "0.1.0", Audience::board});
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
  CHECK(team.files.front().lane_pictures.size() == 5);  // primary, community, secondary, voluntary, self-care
  CHECK(hip_knee.lane_pictures.empty());               // a board gets no split pictures
}
