// Runs every fixture in tests/fixtures/rules/<rule-id>/. A fixture states what
// it must produce in comments:
//   # expect: 12:9 dead-end no onward route
// (line:column, rule id, and text the message must contain). The findings of
// the folder's rule, and of every rule an expect line names, must match the
// expect lines exactly: a fixture with no expect line must produce none.
// A fixture may be a folder (tests/fixtures/rules/<rule-id>/<case>/) holding a
// system file and its pathways: every file in it is linted as `check` lints
// it, with its system, and judged by its own expect lines. Dates are judged
// as on 2026-12-01.

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <set>

#include "lint/system_index.h"
#include "rules/rule.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

struct Expectation {
  int line = 0;
  int column = 0;
  std::string rule;
  std::string text;
};

// Parses "# expect: 12:9 rule-id message text" lines.
std::vector<Expectation> expectations(const std::string& yaml) {
  std::vector<Expectation> found;
  std::istringstream lines(yaml);
  for (std::string line; std::getline(lines, line);) {
    if (line.ends_with('\r')) line.pop_back();  // CRLF fixtures
    const auto marker = line.find("# expect:");
    if (marker == std::string::npos) continue;
    std::istringstream fields(line.substr(marker + 9));
    Expectation expectation;
    char colon = 0;
    fields >> expectation.line >> colon >> expectation.column >> expectation.rule;
    std::getline(fields >> std::ws, expectation.text);
    REQUIRE_MESSAGE((fields || !expectation.rule.empty()), "malformed expect line: " << line);
    found.push_back(expectation);
  }
  return found;
}

}  // namespace

TEST_CASE("every rule fixture produces exactly the findings it expects") {
  const auto root = source_dir() / "tests" / "fixtures" / "rules";
  SystemIndex systems;
  LintRun run;
  run.systems = &systems;
  run.today = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
  for (const auto& path : files_below(root, ".yaml")) {
    const std::string rule = std::filesystem::relative(path, root).begin()->string();
    const std::string name = std::filesystem::relative(path, source_dir()).string();
    CAPTURE(name);
    REQUIRE_MESSAGE(find_rule(rule) != nullptr, "fixture folder is not a rule id: " << rule);
    const std::string yaml = read_file(path);
    const auto expected = expectations(yaml);
    std::set<std::string> checked{rule};
    for (const auto& expectation : expected) checked.insert(expectation.rule);
    const FileReport report = lint_bytes(path.string(), yaml, Limits{}, {}, run);
    std::vector<Finding> actual;
    for (const auto& finding : report.findings) {
      if (checked.count(finding.rule) > 0) actual.push_back(finding);
    }
    const std::string all = describe(report);
    CAPTURE(all);
    CHECK(actual.size() == expected.size());
    for (const auto& expectation : expected) {
      const bool matched = std::any_of(actual.begin(), actual.end(), [&](const Finding& finding) {
        return finding.rule == expectation.rule && finding.at.line == expectation.line &&
               finding.at.column == expectation.column && finding.message.find(expectation.text) != std::string::npos;
      });
      CHECK_MESSAGE(matched, "expected " << expectation.line << ":" << expectation.column << " " << expectation.rule
                                         << " '" << expectation.text << "'");
    }
  }
}

TEST_CASE("every rule has at least one failing and one passing fixture") {
  const auto root = source_dir() / "tests" / "fixtures" / "rules";
  for (const auto& rule : all_rules()) {
    // unreadable-file and limit-exceeded need files that cannot be committed
    // (missing, unreadable, huge): the CLI and hostile-input tests cover them.
    if (rule.id == "unreadable-file" || rule.id == "limit-exceeded" || rule.id == "encoding") continue;
    int failing = 0;
    int passing = 0;
    const auto dir = root / std::string(rule.id);
    if (std::filesystem::is_directory(dir)) {
      for (const auto& path : files_below(dir, ".yaml")) {
        const auto expected = expectations(read_file(path));
        const bool fails = std::any_of(expected.begin(), expected.end(),
                                       [&](const Expectation& e) { return e.rule == rule.id; });
        // A pathway inside a system fixture is part of that case, not a case of its own.
        if (!fails && path.parent_path() != dir && !looks_like_system_file(path)) continue;
        (fails ? failing : passing) += 1;
      }
    }
    CHECK_MESSAGE(failing > 0, "no failing fixture for rule " << rule.id);
    CHECK_MESSAGE(passing > 0, "no passing fixture for rule " << rule.id);
  }
}
