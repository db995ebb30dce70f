// `--format json`: one document, described in docs/output-json.md.

#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report.h"
#include "rules/rule_docs.h"

namespace msklint {

namespace {

nlohmann::ordered_json position(int value) {
  return value > 0 ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

void write_json(std::ostream& out, std::span<const FileReport> reports) {
  using json = nlohmann::ordered_json;
  json files = json::array();
  for (const auto& report : reports) {
    json findings = json::array();
    for (const auto& finding : report.findings) {
      const RuleDoc* doc = find_rule_doc(finding.rule);
      findings.push_back({
          {"rule", finding.rule},
          {"severity", to_string(finding.severity.value_or(Severity::error))},
          {"file", finding.file},
          {"line", position(finding.at.line)},
          {"column", position(finding.at.column)},
          {"subject", finding.subject},
          {"message", finding.message},
          {"why", why_text(finding)},
          {"fix", fix_text(finding)},
          {"theme", doc != nullptr ? doc->theme : ""},
      });
    }
    files.push_back({{"path", report.source.path()}, {"findings", std::move(findings)}});
  }
  const Counts counts = count_findings(reports);
  const json document = {
      {"format", "msklint-findings"},
      {"format_version", 1},
      {"tool", {{"name", "msklint"}, {"version", MSKLINT_VERSION}}},
      {"files", std::move(files)},
      {"summary",
       {{"files", counts.files}, {"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}}},
  };
  // Invalid UTF-8 cannot reach here (the reader replaces it), but never throw
  // from output: replace anything odd rather than fail the run.
  out << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace msklint
