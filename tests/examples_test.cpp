// The bundled examples are part of the documentation: one pathway passes
// every rule, and every ARMA rule is shown firing in at least one realistic
// example (their exact output is pinned by tests/cli/examples-*).

#include <doctest/doctest.h>

#include <set>

#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

TEST_CASE("the good-practice examples pass every rule") {
  for (const char* name : {"examples/hip-knee-osteoarthritis.yaml", "examples/shoulder-pain.yaml"}) {
    const FileReport report = lint_file((source_dir() / name).string(), {});
    const std::string all = describe(report);
    CAPTURE(all);
    CHECK(report.findings.empty());
  }
}

TEST_CASE("every ARMA rule fires in at least one example") {
  std::set<std::string> fired;
  for (const auto& path : files_below(source_dir() / "examples", ".yaml")) {
    for (const auto& finding : lint_file(path.string(), {}).findings) fired.insert(finding.rule);
  }
  for (const auto& doc : rule_docs()) {
    if (doc.theme == "structure") continue;  // file and graph checks: see the fixtures
    CHECK_MESSAGE(fired.count(doc.id) == 1, "no example shows " << doc.id);
  }
}
