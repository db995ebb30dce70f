// The bundled examples are part of the documentation: one pathway passes
// every rule, and every ARMA rule is shown firing in at least one realistic
// example (their exact output is pinned by tests/cli/examples-*).

#include <doctest/doctest.h>

#include <set>

#include "lint/system_index.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

// The examples as `msklint check` lints them: each pathway with its system, dates as on 2026-12-01.
FileReport lint_example(const std::filesystem::path& path, SystemIndex& systems) {
  LintRun run;
  run.systems = &systems;
  run.today = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
  return lint_file(path.string(), {}, {}, run);
}

}  // namespace

TEST_CASE("the good-practice examples pass every rule") {
  SystemIndex systems;
  for (const char* name : {"examples/hip-knee-osteoarthritis.yaml", "examples/shoulder-pain.yaml",
                           "examples/northgate/pathways/hip-knee.yaml", "examples/northgate/pathways/shoulder.yaml",
                           "examples/northgate/pathways/spine.yaml"}) {
    CAPTURE(name);
    const FileReport report = lint_example(source_dir() / name, systems);
    const std::string all = describe(report);
    CAPTURE(all);
    CHECK(report.findings.empty());
  }
}

TEST_CASE("the example system's only finding is the shortfall seen across its pathways") {
  SystemIndex systems;
  const FileReport report = lint_example(source_dir() / "examples/northgate/northgate-system.yaml", systems);
  const std::string all = describe(report);
  CAPTURE(all);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "community-rehab-capacity");
  CHECK(report.findings[0].message.find("340 people a month across the system") != std::string::npos);
}

TEST_CASE("every ARMA rule fires in at least one example") {
  std::set<std::string> fired;
  SystemIndex systems;
  for (const auto& path : files_below(source_dir() / "examples", ".yaml")) {
    for (const auto& finding : lint_example(path, systems).findings) fired.insert(finding.rule);
  }
  for (const auto& doc : rule_docs()) {
    if (doc.theme == "structure") continue;  // file and graph checks: see the fixtures
    CHECK_MESSAGE(fired.count(doc.id) == 1, "no example shows " << doc.id);
  }
}
