#include <doctest/doctest.h>

#include <algorithm>

#include "report/fingerprint.h"
#include "test_support.h"

namespace msklint {

namespace {

// Two dead ends (physio, review) and pathway-level findings.
const std::string knee_pathway =
    testing::read_file(testing::source_dir() / "tests/fixtures/report/knee-dead-ends.yaml");

std::vector<std::string> sorted(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  return values;
}

}  // namespace

TEST_CASE("fingerprint: FNV-1a 64 matches its published test values") {
  CHECK(fnv1a_64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a_64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("fingerprint: one per finding, 16 hex digits, all different") {
  const FileReport report = testing::lint_text("pathways/knee.yaml", knee_pathway);
  REQUIRE(report.findings.size() > 3);
  const auto prints = fingerprints(report.findings);
  REQUIRE(prints.size() == report.findings.size());
  for (const auto& print : prints) {
    CHECK(print.size() == 16);
    CHECK(print.find_first_not_of("0123456789abcdef") == std::string::npos);
  }
  auto unique = sorted(prints);
  CHECK(std::adjacent_find(unique.begin(), unique.end()) == unique.end());
}

TEST_CASE("fingerprint: lines inserted above do not change it") {
  const FileReport before = testing::lint_text("pathways/knee.yaml", knee_pathway);
  const FileReport after =
      testing::lint_text("pathways/knee.yaml", "# Reviewed by the MSK board, May 2025.\n\n\n" + knee_pathway);
  REQUIRE(before.findings.size() == after.findings.size());
  REQUIRE(!before.findings.empty());
  CHECK(before.findings.front().at.line + 3 == after.findings.front().at.line);
  CHECK(fingerprints(before.findings) == fingerprints(after.findings));
}

TEST_CASE("fingerprint: the file, rule, subject and ordinal make it") {
  Finding finding = make_finding("dead-end", "pathways/knee.yaml", {9, 9}, "physio", "no onward route");
  const auto base = fingerprints({finding}).front();

  Finding moved = finding;
  moved.at = {40, 3};
  moved.message = "reworded";
  CHECK(fingerprints({moved}).front() == base);

  Finding other_subject = finding;
  other_subject.subject = "review";
  CHECK(fingerprints({other_subject}).front() != base);

  Finding other_file = finding;
  other_file.file = "pathways/hip.yaml";
  CHECK(fingerprints({other_file}).front() != base);

  // The same rule and subject twice: told apart by order.
  const auto twice = fingerprints({finding, moved});
  CHECK(twice[0] == base);
  CHECK(twice[1] != base);

  // The path as the repository knows it, however the file was named.
  Finding spelt_differently = finding;
  spelt_differently.file = "./pathways/../pathways/knee.yaml";
  CHECK(fingerprints({spelt_differently}).front() == base);
}

TEST_CASE("fingerprint: waiving a finding changes no fingerprint") {
  const FileReport plain = testing::lint_text("pathways/knee.yaml", knee_pathway);
  std::string waived_yaml = knee_pathway;
  const std::string physio = "    type: physiotherapy\n";
  waived_yaml.insert(waived_yaml.find(physio) + physio.size(),
                     "    waive:\n      dead-end: \"Discharge is arranged by the GP after the last session\"\n");
  const FileReport waived = testing::lint_text("pathways/knee.yaml", waived_yaml);
  REQUIRE(waived.suppressed.size() == 1);
  REQUIRE(waived.findings.size() + 1 == plain.findings.size());

  const FileFingerprints prints = fingerprints(waived);
  REQUIRE(prints.findings.size() == waived.findings.size());
  REQUIRE(prints.suppressed.size() == 1);
  std::vector<std::string> all = prints.findings;
  all.push_back(prints.suppressed.front());
  CHECK(sorted(all) == sorted(fingerprints(plain.findings)));
}

}  // namespace msklint
