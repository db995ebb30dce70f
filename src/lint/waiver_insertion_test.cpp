#include "lint/waiver_insertion.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "lint/lint.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

FileReport lint_text(const std::string& text) { return lint_bytes("pathways/knee.yaml", text, {}); }

const Finding* first_of(const Findings& findings, std::string_view rule, std::string_view subject) {
  const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.rule == rule && finding.subject == subject;
  });
  return it != findings.end() ? &*it : nullptr;
}

std::string with(const std::string& text, const Insertion& insertion) {
  std::string changed = text;
  changed.insert(insertion.offset, insertion.text);
  return changed;
}

// Inserts the waiver for (rule, subject), checks the file still reads, then
// writes a reason in place of TODO; returns the text with the reason.
std::string waive(const std::string& text, std::string_view rule, std::string_view subject) {
  const FileReport before = lint_text(text);
  REQUIRE(before.pathway != nullptr);
  const Finding* finding = first_of(before.findings, rule, subject);
  REQUIRE(finding != nullptr);
  const auto insertion = waiver_insertion(before.source, *before.pathway, *finding);
  REQUIRE(insertion.has_value());
  const std::string inserted = with(text, *insertion);
  // The TODO is not a reason: the finding stays, and the waiver's missing reason is pointed at.
  const FileReport pending = lint_text(inserted);
  CHECK(first_of(pending.findings, rule, subject) != nullptr);
  const Finding* missing = first_of(pending.findings, "waiver-reason-missing", subject);
  REQUIRE(missing != nullptr);
  CHECK(pending.source.line(missing->at.line).substr(static_cast<std::size_t>(missing->at.column - 1)).starts_with("\"TODO\""));
  std::string reasoned = inserted;
  reasoned.replace(reasoned.find("\"TODO\""), 6, "\"Onward care is the regional pathway's\"");
  const FileReport after = lint_text(reasoned);
  CHECK(first_of(after.findings, rule, subject) == nullptr);
  CHECK(first_of(after.suppressed, rule, subject) != nullptr);
  CHECK(std::none_of(after.findings.begin(), after.findings.end(), [](const Finding& finding) {
    return finding.rule == "yaml-syntax" || finding.rule == "schema" || finding.rule.starts_with("waiver") ||
           finding.rule == "unused-waiver";
  }));
  return reasoned;
}

}  // namespace

TEST_CASE("waiver insertion: a service's finding is waived on that service, the layout kept") {
  const std::string text = read_file(source_dir() / "tests/fixtures/report/knee-dead-ends.yaml");
  const std::string waived = waive(text, "dead-end", "physio");
  CHECK(waived.find("  - id: physio\n    type: physiotherapy\n    waive:\n      dead-end: \"Onward care") !=
        std::string::npos);
  CHECK(waived.find("# A knee pathway with two dead ends") != std::string::npos);  // comments kept
}

TEST_CASE("waiver insertion: the pathway, a route, and a waive entry already there") {
  const std::string text = R"(pathway:
  id: knee
  title: Knee pain   # a comment
  waive:
    coproduction-missing: "Co-produced with the knee group in 2025; minutes on the ICB site"
services:
  - id: gp
    type: general-practice
    entry: true
  - id: physio
    type: physiotherapy
    notes: |
      A note over
      two lines
  - id: end
    type: discharge
routes:
  - from: gp
    to: [physio]
  - {from: physio, to: end}
)";
  const FileReport report = lint_text(text);
  REQUIRE(report.pathway != nullptr);
  // A pathway finding goes into the waive entry already written, in its indentation.
  const auto into_waive = waiver_insertion(report.source, *report.pathway,
                                           make_finding("msk-lead-missing", "pathways/knee.yaml", {2, 3}, "pathway", ""));
  REQUIRE(into_waive);
  CHECK(into_waive->text == "    msk-lead-missing: \"TODO\"\n");
  CHECK(text.substr(0, into_waive->offset).ends_with("  waive:\n"));
  // A flow-style route is left alone; a block one is not.
  Finding on_flow_route = make_finding("dead-end", "pathways/knee.yaml", {20, 5}, "physio -> end", "");
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, on_flow_route));
  Finding on_route = make_finding("dead-end", "pathways/knee.yaml", {18, 5}, "gp -> physio", "");
  const auto route_insertion = waiver_insertion(report.source, *report.pathway, on_route);
  REQUIRE(route_insertion);
  CHECK(route_insertion->text == "    waive:\n      dead-end: \"TODO\"\n");
  CHECK(text.substr(0, route_insertion->offset).ends_with("    to: [physio]\n"));
  // After the block scalar, not inside it.
  Finding on_physio = make_finding("dead-end", "pathways/knee.yaml", {10, 5}, "physio", "");
  const auto service_insertion = waiver_insertion(report.source, *report.pathway, on_physio);
  REQUIRE(service_insertion);
  CHECK(text.substr(0, service_insertion->offset).ends_with("      two lines\n"));
}

TEST_CASE("waiver insertion: nothing for problems with the file, waivers, unknown subjects, or a file without a final line break") {
  const std::string text = "pathway: {id: knee, title: Knee}\nservices:\n  - id: gp\n    type: general-practice";
  const FileReport report = lint_text(text);
  REQUIRE(report.pathway != nullptr);
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, make_finding("schema", "", {3, 5}, "gp", "")));
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, make_finding("unused-waiver", "", {3, 5}, "gp", "")));
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, make_finding("dead-end", "", {3, 5}, "nobody", "")));
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, make_finding("no-such-rule", "", {3, 5}, "gp", "")));
  // The pathway is in flow style: left alone.
  CHECK_FALSE(waiver_insertion(report.source, *report.pathway, make_finding("dead-end", "", {1, 1}, "pathway", "")));
  const auto last = waiver_insertion(report.source, *report.pathway, make_finding("dead-end", "", {3, 5}, "gp", ""));
  REQUIRE(last);
  CHECK(last->offset == text.size());
  CHECK(last->text == "\n    waive:\n      dead-end: \"TODO\"\n");
}
