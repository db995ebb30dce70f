// --fix on real pathway text: only certain corrections, as byte-span edits
// that keep comments, quoting and layout; nothing in a file msklint could not
// read as YAML.

#include "lint/fix.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

constexpr const char* typos = R"(# comment kept
pathway:
  id: knee
  title: Knee pain
  ownr: ICB   # misspelt key, comment kept
services:
  - id: gp
    name: "General practice"
    type: general-practise
    entry: true
    offers: [red-flag-screenin, "wellbeing-chek"]
  - id: physio
    type: physiotherapy
routes:
  - {from: gp, to: phsyio, share: 50%}
  - {from: gp, to: 'physo'}
)";

FixOutcome fixed(const std::string& yaml) {
  const FileReport report = lint_text("pathways/knee.yaml", yaml);
  return apply_fixes(report.source, report.findings);
}

}  // namespace

TEST_CASE("fix: misspelt keys, words and ids become the one known spelling, the rest of the file is untouched") {
  const FixOutcome outcome = fixed(typos);
  CHECK(outcome.applied.size() == 6);
  CHECK(outcome.skipped == 0);
  CHECK_FALSE(outcome.refused);
  CHECK(outcome.text == R"(# comment kept
pathway:
  id: knee
  title: Knee pain
  owner: ICB   # misspelt key, comment kept
services:
  - id: gp
    name: "General practice"
    type: general-practice
    entry: true
    offers: [red-flag-screening, "wellbeing-check"]
  - id: physio
    type: physiotherapy
routes:
  - {from: gp, to: physio, share: 50%}
  - {from: gp, to: 'physio'}
)");
  // Fixed, the file has none of those findings left.
  const FileReport again = lint_text("pathways/knee.yaml", outcome.text);
  for (const Finding& finding : again.findings) CHECK_FALSE(finding.fix.has_value());
}

TEST_CASE("fix: nothing is guessed") {
  // Too far from any known word, or close to two: no fix offered.
  const FixOutcome far = fixed(R"(pathway: {id: knee, title: Knee}
services:
  - {id: gp, type: general-practice, entry: true, zzzzzz: 1}
  - {id: a1, type: physiotherapy}
  - {id: a2, type: physiotherapy}
routes:
  - {from: gp, to: a3}
)");
  CHECK(far.applied.empty());
  CHECK(far.text.find("zzzzzz: 1") != std::string::npos);
  // A misspelt key whose right spelling is already there: the mistake is not the spelling.
  const FixOutcome both = fixed(R"(pathway: {id: knee, title: Knee, owner: ICB, ownr: ICB}
services:
  - {id: gp, type: general-practice, entry: true}
)");
  CHECK(both.applied.empty());
}

TEST_CASE("fix: never in a file msklint could not read as YAML") {
  const FixOutcome outcome = fixed("pathway: {id: knee, title: Knee}\nservices:\n  - {id: gp, type: general-practise\n");
  CHECK(outcome.refused);
  CHECK(outcome.applied.empty());
}

TEST_CASE("fix: a fix whose text is no longer where the finding says is left alone") {
  FileReport report = lint_text("pathways/knee.yaml", typos);
  const SourceText changed("pathways/knee.yaml", std::string(typos).replace(std::string(typos).find("phsyio"), 6, "fcp123"));
  const FixOutcome outcome = apply_fixes(changed, report.findings);
  CHECK(outcome.skipped == 1);
  CHECK(outcome.applied.size() == 5);
  CHECK(outcome.text.find("to: fcp123") != std::string::npos);
}

TEST_CASE("fix: the diff shows each changed line, control characters written out") {
  CHECK(unified_diff("k.yaml", "a: 1\nb: x\n", "a: 1\nb: y\n") == "--- a/k.yaml\n+++ b/k.yaml\n@@ -2,1 +2,1 @@\n-b: x\n+b: y\n");
  CHECK(unified_diff("/abs/k.yaml", "a\n", "b\n").starts_with("--- /abs/k.yaml\n+++ /abs/k.yaml\n"));
  CHECK(unified_diff("k.yaml", "same\n", "same\n").empty());
  CHECK(unified_diff("k.yaml", "x: \x1b[31m\n", "y: \x1b[31m\n").find('\x1b') == std::string::npos);
}

TEST_CASE("fix: where a correction goes, inside quotes, for the machine formats") {
  const FileReport report = lint_text("pathways/knee.yaml", typos);
  std::vector<FixSpan> spans;
  for (const Finding& finding : report.findings) {
    if (const auto span = fix_span(report.source, finding)) spans.push_back(*span);
  }
  REQUIRE(spans.size() == 6);
  auto has = [&](int line, int column, int end) {
    return std::any_of(spans.begin(), spans.end(), [&](const FixSpan& span) {
      return span.line == line && span.column == column && span.end_column == end;
    });
  };
  CHECK(has(5, 3, 7));     // ownr
  CHECK(has(16, 21, 26));  // 'physo', inside its quotes
}
