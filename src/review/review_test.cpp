// The review model on real pathways: verdicts, grouping by theme, the
// capacity table, findings set aside, and the summary across files.

#include "review/review.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "lint/system_index.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

// Lints a file of the repository under its repository path, as `msklint
// report` run from the root would name it.
FileReport lint_repository_file(const std::string& path) { return lint_text(path, read_file(source_dir() / path)); }

Review review_of(std::vector<FileReport> reports) { return make_review(reports, {"2026-01-01", "0.1.0"}); }

const ThemeScore& score(const FileReview& file, std::string_view theme) {
  const auto it = std::find_if(file.scorecard.begin(), file.scorecard.end(),
                               [&](const ThemeScore& score) { return score.theme == theme; });
  REQUIRE(it != file.scorecard.end());
  return *it;
}

const CapacityRow* row(const FileReview& file, std::string_view service) {
  const auto& rows = file.capacity.rows;
  const auto it = std::find_if(rows.begin(), rows.end(), [&](const CapacityRow& row) { return row.service == service; });
  return it == rows.end() ? nullptr : &*it;
}

const ThemeFindings* theme_findings(const FileReview& file, std::string_view theme) {
  const auto it = std::find_if(file.themes.begin(), file.themes.end(),
                               [&](const ThemeFindings& section) { return section.theme == theme; });
  return it == file.themes.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("review: rule documents give their questions to ask, wrapped lines joined") {
  const RuleDoc* doc = find_rule_doc("community-rehab-capacity");
  REQUIRE(doc != nullptr);
  REQUIRE(doc->questions.size() == 4);
  CHECK(doc->questions[0] ==
        "If we increase the number of operations, do we have enough community rehabilitation for everyone who will "
        "need it afterwards?");
  for (const RuleDoc& each : rule_docs()) {
    CAPTURE(each.id);
    CHECK(each.questions.size() >= 2);
  }
  const RuleDoc parsed = parse_rule_doc(
      "x.md",
      "---\nid: x\nseverity: info\ntheme: structure\nguidance: g\nsummary: s\nwhy: w\nfix: f\n---\n## What it checks\n\n"
      "- not a question\n\n## Questions to ask\n\n- One?\n- Two,\n  wrapped?\n\n## Example\n\n- not one either\n");
  CHECK(parsed.questions == std::vector<std::string>{"One?", "Two, wrapped?"});
}

TEST_CASE("review: a pathway that meets every check") {
  const Review review = review_of({lint_repository_file("examples/hip-knee-osteoarthritis.yaml")});
  REQUIRE(review.files.size() == 1);
  const FileReview& file = review.files[0];
  CHECK(file.title == "Hip and knee osteoarthritis pathway for adults");
  CHECK(file.owner == "NHS Northshire Integrated Care Board");
  CHECK(file.version == "2.1 (agreed by the Northshire MSK Network, 2025)");
  CHECK(file.verdict == "Meets all the guidance msklint can check");
  CHECK(file.themes.empty());
  REQUIRE(file.scorecard.size() == 8);
  CHECK(file.scorecard.front().title == "Co-production");
  CHECK(file.scorecard.back().theme == "structure");
  for (const ThemeScore& each : file.scorecard) {
    CHECK(each.status == ThemeStatus::meets);
    CHECK(each.verdict == "Meets the guidance msklint can check");
    CHECK(each.mark == "✔ meets");
  }
  CHECK(review.date_text == "1 January 2026");
  CHECK(review.verdict == "1 pathway reviewed: 1 meeting all the guidance msklint can check");
  // Every service states a capacity and can see what the routes send it.
  CHECK(file.capacity.rates_stated);
  CHECK(file.capacity.flagged == 0);
  CHECK(file.capacity.verdict == "Every service that states a capacity can see the people the routes send it.");
  const CapacityRow* rehab = row(file, "community-rehab");
  REQUIRE(rehab != nullptr);
  CHECK(rehab->status == CapacityStatus::within);
  CHECK(*rehab->capacity == doctest::Approx(110));
  CHECK(*rehab->demand == doctest::Approx(55));  // orthopaedics 100 a month x 55%
  CHECK(rehab->gap_text == "55 spare");
  CHECK(rehab->senders == "orthopaedics 55");
  // Where people rightly finish is not a capacity question.
  CHECK(row(file, "discharge") == nullptr);
  CHECK(row(file, "patient-organisations") == nullptr);
  REQUIRE(file.picture.has_value());
  CHECK(file.set_aside.empty());
}

TEST_CASE("review: verdicts name the most serious thing to do, and findings group by theme then rule") {
  const Review review = review_of({lint_repository_file("examples/joint-replacement-recovery.yaml")});
  const FileReview& file = review.files[0];
  // bmi-threshold and non-clinical-restriction: both errors.
  const ThemeScore& barriers = score(file, "barriers-to-access");
  CHECK(barriers.errors == 2);
  CHECK(barriers.status == ThemeStatus::resolve);
  CHECK(barriers.verdict == "2 errors to resolve before the board");
  CHECK(barriers.mark == std::string(severity_symbol(Severity::error)) + " 2 errors");
  // community-rehab-capacity (error) and capacity-unknown (info); a joint
  // replacement pathway is not expected to have a fracture liaison service.
  const ThemeScore& services = score(file, "msk-services");
  CHECK(services.errors == 1);
  CHECK(services.warnings == 0);
  CHECK(services.notes == 1);
  CHECK(services.verdict == "1 error to resolve before the board");
  CHECK(score(file, "coproduction").verdict == "Meets the guidance msklint can check");
  CHECK(file.verdict == "3 errors to resolve before the board and 1 note to consider");

  // Only themes with findings, in ARMA's order; within a theme the most serious rule first.
  REQUIRE(file.themes.size() == 2);
  CHECK(file.themes[0].theme == "msk-services");
  CHECK(file.themes[1].theme == "barriers-to-access");
  const auto& rules = file.themes[0].rules;
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].rule == "community-rehab-capacity");
  CHECK(rules[0].severity == Severity::error);
  CHECK(rules[1].rule == "capacity-unknown");
  CHECK(rules[0].questions.size() == 4);
  CHECK(!rules[0].why.empty());
  REQUIRE(rules[0].findings.size() == 1);
  const FindingEntry& finding = rules[0].findings[0];
  CHECK(finding.where == "examples/joint-replacement-recovery.yaml:174:15");
  CHECK(finding.subject == "community-rehab");
  CHECK(finding.message.starts_with("'community-rehab' is sent about 96 people a month"));
  CHECK(finding.fix.starts_with("increase the capacity of 'community-rehab'"));
}

TEST_CASE("review: the capacity table flags a shortfall and services that state no capacity") {
  const Review review = review_of({lint_repository_file("examples/joint-replacement-recovery.yaml")});
  const CapacityTable& table = review.files[0].capacity;
  const CapacityRow* rehab = row(review.files[0], "community-rehab");
  REQUIRE(rehab != nullptr);
  CHECK(rehab->status == CapacityStatus::over);
  CHECK(rehab->flagged);
  CHECK(*rehab->gap == doctest::Approx(-36));
  CHECK(rehab->gap_text == "36 short");
  CHECK(rehab->symbol == severity_symbol(Severity::error));
  CHECK(rehab->verdict == "Over capacity by 36 a month (60% over)");
  CHECK(rehab->senders == "surgical-hub 96");
  const CapacityRow* ot = row(review.files[0], "community-ot");
  REQUIRE(ot != nullptr);
  CHECK(ot->status == CapacityStatus::no_capacity);
  CHECK_FALSE(ot->flagged);
  CHECK(ot->capacity_text == "not stated");
  CHECK(table.flagged == 1);
  CHECK(table.verdict.starts_with("1 service cannot see everyone the routes send: 'community-rehab'."));
  CHECK(table.verdict.find("'community-ot'") != std::string::npos);
}

TEST_CASE("review: the capacity table agrees with the rule on the fixtures") {
  const Review review = review_of({
      lint_repository_file("tests/fixtures/rules/community-rehab-capacity/more-surgery-than-rehabilitation.yaml"),
      lint_repository_file("tests/fixtures/rules/community-rehab-capacity/exactly-at-capacity.yaml"),
      lint_repository_file("tests/fixtures/rules/community-rehab-capacity/rates-per-week-and-per-year.yaml"),
  });
  const CapacityRow* over = row(review.files[0], "joint-rehab");
  REQUIRE(over != nullptr);
  CHECK(over->status == CapacityStatus::over);
  CHECK(over->demand_text == "108");
  CHECK(over->capacity_text == "80");
  CHECK(over->verdict == "Over capacity by 28 a month (35% over)");
  // Exactly at capacity is not a shortfall, as in community-rehab-capacity.
  for (const CapacityRow& each : review.files[1].capacity.rows) {
    CAPTURE(each.service);
    CHECK_FALSE(each.flagged);
  }
  // Whatever the period written, the table is per month; flagged exactly where the rule reports.
  for (const FileReview& file : review.files) {
    int reported = 0;
    for (const ThemeFindings& theme : file.themes) {
      for (const RuleFindings& rule : theme.rules) {
        if (rule.rule == "community-rehab-capacity") reported += static_cast<int>(rule.findings.size());
      }
    }
    CAPTURE(file.file);
    CHECK(file.capacity.flagged == reported);
  }
}

TEST_CASE("review: a loop nobody leaves is flagged with no figure") {
  const FileReport report = lint_text("loop.yaml", R"(pathway: {id: loop, title: Loop}
services:
  - {id: gp, type: general-practice, entry: true, throughput: 10/month}
  - {id: physio, type: physiotherapy, capacity: 100/month}
  - {id: triage, type: community-msk}
routes:
  - {from: gp, to: triage, share: 100%}
  - {from: triage, to: physio, share: 100%}
  - {from: physio, to: triage, share: 100%}
)");
  const Review review = review_of({report});
  const CapacityRow* physio = row(review.files[0], "physio");
  REQUIRE(physio != nullptr);
  CHECK(physio->status == CapacityStatus::unbounded);
  CHECK(physio->flagged);
  CHECK_FALSE(physio->demand.has_value());
  CHECK(physio->demand_text == "no limit (a loop nobody leaves)");
  CHECK(review.files[0].capacity.flagged >= 1);
}

TEST_CASE("review: no rates stated, no capacity table") {
  const Review review = review_of({lint_repository_file("tests/fixtures/report/knee-dead-ends.yaml")});
  const CapacityTable& table = review.files[0].capacity;
  CHECK_FALSE(table.rates_stated);
  CHECK(table.rows.empty());
  CHECK(table.verdict ==
        "The pathway states no capacities or throughputs, so demand cannot be compared with capacity.");
}

TEST_CASE("review: waived findings are listed with their reasons and noted in the verdict") {
  const Review review = review_of({lint_repository_file("tests/fixtures/report/knee-waived.yaml")});
  const FileReview& file = review.files[0];
  REQUIRE(file.set_aside.size() == 1);
  const SetAsideFinding& waived = file.set_aside[0];
  CHECK(waived.rule == "dead-end");
  CHECK_FALSE(waived.baseline);
  CHECK(waived.reason == "Discharge is arranged by the GP after the last session");
  CHECK(waived.waiver_at == "tests/fixtures/report/knee-waived.yaml:11:7");
  CHECK(waived.finding.where == "tests/fixtures/report/knee-waived.yaml:8:9");
  CHECK(file.waived == 1);
  CHECK(file.set_aside_note == "1 finding set aside, with its reason below.");
  CHECK(file.baselined == 0);
  const ThemeScore& structure = score(file, "structure");
  CHECK(structure.waived == 1);
  CHECK(structure.verdict.ends_with(" (1 finding set aside)"));
}

TEST_CASE("review: a file that cannot be read is not checked against the themes") {
  const Review review = review_of({lint_text("broken.yaml", "pathway: [unclosed\n")});
  const FileReview& file = review.files[0];
  CHECK_FALSE(file.readable);
  CHECK_FALSE(file.picture.has_value());
  CHECK(file.title == "broken.yaml");
  CHECK(score(file, "structure").status == ThemeStatus::resolve);
  CHECK(score(file, "coproduction").status == ThemeStatus::not_checked);
  CHECK(score(file, "coproduction").mark == "– not checked");
  CHECK(file.verdict == "msklint could not read this file as a pathway: resolve the file problems first");
  CHECK(review.verdict == "1 pathway reviewed: 1 with errors to resolve before the board");
}

TEST_CASE("review: several files, one summary row each, in the order given") {
  const Review review = review_of({
      lint_repository_file("examples/back-pain-linear.yaml"),
      lint_repository_file("examples/hip-knee-osteoarthritis.yaml"),
      lint_repository_file("examples/osteoporosis-fracture-liaison.yaml"),
  });
  REQUIRE(review.files.size() == 3);
  CHECK(review.theme_titles.size() == 8);
  CHECK(review.files[0].anchor == "pathway-1");
  CHECK(review.files[2].anchor == "pathway-3");
  // Which themes fail where: back pain fails co-production (a warning), the good pathway nothing.
  CHECK(score(review.files[0], "coproduction").mark == std::string(severity_symbol(Severity::warning)) + " 1 warning");
  CHECK(score(review.files[1], "coproduction").mark == "✔ meets");
  // osteoporosis-fracture-liaison has one note only (fls-population).
  CHECK(review.files[2].verdict == "1 note to consider");
  CHECK(score(review.files[2], "msk-services").verdict == "1 note to consider");
  CHECK(review.verdict ==
        "3 pathways reviewed: 1 with errors to resolve before the board, 1 with notes to consider and 1 meeting all "
        "the guidance msklint can check");
  CHECK(theme_findings(review.files[1], "msk-services") == nullptr);
}

TEST_CASE("review: ARMA's key questions close the notes, attributed") {
  const Review review = review_of({lint_repository_file("examples/hip-knee-osteoarthritis.yaml")});
  CHECK(review.key_questions.questions.size() == 7);
  CHECK(review.key_questions.source.find("ARMA") != std::string::npos);
  CHECK(review.key_questions.source.find("2023") != std::string::npos);
  const auto& questions = review.key_questions.questions;
  CHECK(std::any_of(questions.begin(), questions.end(), [](const std::string& question) {
    return question.find("community rehabilitation") != std::string::npos;
  }));
}

TEST_CASE("review: dates for people") {
  CHECK(long_date("2026-01-01") == "1 January 2026");
  CHECK(long_date("2025-12-31") == "31 December 2025");
  CHECK(long_date("tomorrow") == "tomorrow");
  CHECK(long_date("2026-13-01") == "2026-13-01");
  CHECK(long_date("2026-02-30") == "2026-02-30");  // a day the calendar does not have
}

TEST_CASE("review of a system: the system comes first, with its shared services' table and picture") {
  SystemIndex systems;
  LintRun run;
  run.systems = &systems;
  std::vector<FileReport> reports;
  for (const char* name : {"examples/northgate/pathways/hip-knee.yaml", "examples/northgate/pathways/spine.yaml",
                           "examples/northgate/northgate-system.yaml"}) {
    reports.push_back(lint_file((source_dir() / name).string(), {}, {}, run));
  }
  const Review review = make_review(reports, {"2026-12-01", "0.1.0"});
  CHECK(review.verdict.starts_with("1 system and 2 pathways reviewed: 1 with errors to resolve before the board"));
  REQUIRE(review.files.size() == 3);
  const FileReview& system = review.files[0];
  CHECK(system.system);
  CHECK(system.title == "Northgate ICB musculoskeletal services");
  CHECK(system.picture_heading == "The system");
  REQUIRE(system.picture.has_value());
  REQUIRE(system.capacity.rows.size() == 4);
  CHECK(system.capacity.rows[0].senders == "hip-knee 160, spine 100, shoulder 80");
  CHECK(system.capacity.rows[0].status == CapacityStatus::over);
  // In a pathway, the shared service is not judged on that pathway's part alone.
  const FileReview& hip_knee = review.files[1];
  CHECK(hip_knee.picture_heading == "The pathway");
  const auto rehab = std::find_if(hip_knee.capacity.rows.begin(), hip_knee.capacity.rows.end(),
                                  [](const CapacityRow& row) { return row.service == "northgate-rehab"; });
  REQUIRE(rehab != hip_knee.capacity.rows.end());
  CHECK_FALSE(rehab->flagged);
  CHECK(rehab->verdict.find("Shared with the system's other pathways") != std::string::npos);
}

TEST_CASE("a theme with nothing found is 'not fully checked', never 'meets', when part of the file could not be read") {
  const FileReport report = lint_text("broken.yaml", R"(pathway: {id: knee, title: Knee pain, coproducton: [Patient panel]}
services:
  - {id: gp, type: general-practice, entry: true}
  - {id: physio, type: physioterapy}
  - {id: discharge, type: discharge}
routes:
  - {from: gp, to: physio}
  - {from: physio, to: discharge}
)");
  const Review review = make_review(std::span(&report, 1), {"2026-12-01", "0.1.0"});
  const FileReview& file = review.files.at(0);
  for (const ThemeScore& theme : file.scorecard) {
    CAPTURE(theme.theme);
    CHECK(theme.status != ThemeStatus::meets);
    if (theme.status == ThemeStatus::not_checked) {
      CHECK(theme.mark == "– not checked");
      CHECK(theme.verdict.starts_with("Not fully checked: msklint could not read all of the file (2 format errors"));
    }
  }
}
