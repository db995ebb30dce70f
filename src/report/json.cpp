// `--format json`: one document, described in docs/output-json.md.

#include <ostream>

#include <nlohmann/json.hpp>

#include "lint/fix.h"
#include "report/fingerprint.h"
#include "report/report.h"
#include "report/span.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"

namespace msklint {

namespace {

using json = nlohmann::ordered_json;

json position(int value) { return value > 0 ? json(value) : json(nullptr); }

json finding_json(const Finding& finding, const SourceText& source, const std::string& fingerprint) {
  const RuleDoc* doc = find_rule_doc(finding.rule);
  json object = {
      {"rule", finding.rule},
      {"severity", to_string(finding.severity.value_or(Severity::error))},
      {"file", finding.file},
      {"line", position(finding.at.line)},
      {"column", position(finding.at.column)},
      {"end_column", finding.at.column > 0 ? position(end_column(source, finding.at)) : json(nullptr)},
      {"subject", finding.subject},
      {"message", finding.message},
      {"why", why_text(finding)},
      {"fix", fix_text(finding)},
      {"theme", doc != nullptr ? doc->theme : ""},
      {"fingerprint", fingerprint},
  };
  // The certain correction `msklint check --fix` makes, where it goes.
  object["correction"] = nullptr;
  if (const auto span = fix_span(source, finding)) {
    object["correction"] = {{"line", span->line},
                            {"column", span->column},
                            {"end_column", span->end_column},
                            {"original", finding.fix->original},
                            {"replacement", finding.fix->replacement}};
  }
  if (finding.suppression) {
    const Suppression& suppression = *finding.suppression;
    object["suppression"] = {
        {"kind", suppression.kind == Suppression::Kind::baseline ? "baseline" : "waiver"},
        {"reason", suppression.reason},
        {"line", position(suppression.at.line)},
        {"column", position(suppression.at.column)},
    };
  }
  return object;
}

// Every rule, so tools reading the document need not run `msklint rules`.
json rules_json() {
  json rules = json::array();
  for (const RuleEntry& rule : all_rules()) {
    const RuleDoc* doc = find_rule_doc(rule.id);
    const RuleDoc empty;
    const RuleDoc& d = doc != nullptr ? *doc : empty;
    const Theme* theme = find_theme(d.theme);
    rules.push_back({
        {"id", rule.id},
        {"severity", to_string(d.severity)},
        {"theme", d.theme},
        {"theme_title", theme != nullptr ? theme->title : ""},
        {"guidance", d.guidance},
        {"summary", d.summary},
        {"why", d.why},
        {"fix", d.fix},
    });
  }
  return rules;
}

}  // namespace

void write_json(std::ostream& out, std::span<const FileReport> reports) {
  json files = json::array();
  for (const auto& report : reports) {
    const FileFingerprints prints = fingerprints(report);
    json findings = json::array();
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      findings.push_back(finding_json(report.findings[i], report.source, prints.findings[i]));
    }
    json suppressed = json::array();
    for (std::size_t i = 0; i < report.suppressed.size(); ++i) {
      suppressed.push_back(finding_json(report.suppressed[i], report.source, prints.suppressed[i]));
    }
    files.push_back(
        {{"path", report.source.path()}, {"findings", std::move(findings)}, {"suppressed", std::move(suppressed)}});
  }
  const Counts counts = count_findings(reports);
  const json document = {
      {"format", "msklint-findings"},
      {"format_version", 1},
      {"tool", {{"name", "msklint"}, {"version", MSKLINT_VERSION}}},
      {"files", std::move(files)},
      {"summary",
       {{"files", counts.files},
        {"errors", counts.errors},
        {"warnings", counts.warnings},
        {"infos", counts.infos},
        {"suppressed", counts.waived + counts.baselined}}},
      {"rules", rules_json()},
  };
  // Invalid UTF-8 cannot reach here (the reader replaces it), but never throw
  // from output: replace anything odd rather than fail the run.
  out << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace msklint
