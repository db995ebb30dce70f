#include "server/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

#include "lint/fix.h"
#include "lint/waiver_insertion.h"
#include "report/span.h"
#include "rules/rule_docs.h"
#include "util/visible.h"

namespace msklint::server {

using nlohmann::json;

namespace {

json position(const SourceText& source, int line, int column, PositionEncoding encoding) {
  if (line <= 0) return {{"line", 0}, {"character", 0}};
  return {{"line", line - 1}, {"character", lsp_character(source.line(line), column, encoding)}};
}

// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
int severity_number(const Finding& finding) {
  switch (finding.severity.value_or(Severity::error)) {
    case Severity::error: return 1;
    case Severity::warning: return 2;
    case Severity::info: return 3;
  }
  return 1;
}

json diagnostic(const FileReport& report, const Finding& finding, const std::string& uri, PositionEncoding encoding) {
  const json range = range_of(report.source, finding.at, encoding);
  json related = json::array();
  // The rule's why and this finding's fix, shown with the diagnostic.
  if (const std::string why = why_text(finding); !why.empty()) {
    related.push_back({{"location", {{"uri", uri}, {"range", range}}}, {"message", "Why it matters: " + visible(why)}});
  }
  if (const std::string fix = fix_text(finding); !fix.empty()) {
    related.push_back({{"location", {{"uri", uri}, {"range", range}}}, {"message", "How to fix: " + visible(fix)}});
  }
  json result = {{"range", range},
                 {"severity", severity_number(finding)},
                 {"code", finding.rule},
                 {"source", "msklint"},
                 {"message", visible(finding.message)},
                 {"relatedInformation", std::move(related)}};
  if (finding.rule == "unused-waiver") result["tags"] = json::array({1});  // Unnecessary: editors fade it
  return result;
}

bool meets(const json& a, const json& b) {
  // Ranges as (line, character) pairs; touching counts, as a cursor is an empty range.
  const auto key = [](const json& p) { return std::pair(p.value("line", 0), p.value("character", 0)); };
  return !(key(a["end"]) < key(b["start"]) || key(b["end"]) < key(a["start"]));
}

json text_edit(const json& range, const std::string& new_text) { return {{"range", range}, {"newText", new_text}}; }

json action(std::string title, const json& diagnostic, const std::string& uri, json edit, bool preferred) {
  json result = {{"title", std::move(title)},
                 {"kind", "quickfix"},
                 {"diagnostics", json::array({diagnostic})},
                 {"edit", {{"changes", {{uri, json::array({std::move(edit)})}}}}}};
  if (preferred) result["isPreferred"] = true;
  return result;
}

std::string subject_words(const Finding& finding) {
  if (finding.subject == "pathway") return "the pathway";
  if (finding.subject == "system") return "the system";
  return fmt::format("'{}'", visible(finding.subject));
}

}  // namespace

json range_of(const SourceText& source, Location at, PositionEncoding encoding) {
  if (!at.known()) return {{"start", position(source, 0, 0, encoding)}, {"end", position(source, 0, 0, encoding)}};
  return {{"start", position(source, at.line, at.column, encoding)},
          {"end", position(source, at.line, end_column(source, at), encoding)}};
}

json diagnostics_of(const LintedDocument& document, const std::string& uri, PositionEncoding encoding) {
  json diagnostics = json::array();
  if (document.config_error) {
    const ConfigError& error = *document.config_error;
    const bool in_this_file = document.kind == LintedDocument::Kind::configuration;
    // A configuration's error is shown where it is; a pathway's broken
    // configuration at the pathway's start.
    const json range = range_of(document.report.source, in_this_file ? error.at : Location{}, encoding);
    const std::string message =
        in_this_file ? (error.problem.empty() ? error.what() : error.problem)
                     : fmt::format("the configuration could not be read, so the default rules apply here: {}", error.what());
    diagnostics.push_back({{"range", range},
                           {"severity", in_this_file ? 1 : 2},
                           {"source", "msklint"},
                           {"message", visible(message)}});
  }
  if (document.kind != LintedDocument::Kind::pathway) return diagnostics;
  for (const Finding& finding : document.report.findings) {
    diagnostics.push_back(diagnostic(document.report, finding, uri, encoding));
  }
  return diagnostics;
}

json code_actions_for(const LintedDocument& document, const std::string& uri, const json& range,
                      PositionEncoding encoding) {
  json actions = json::array();
  if (document.kind != LintedDocument::Kind::pathway) return actions;
  const FileReport& report = document.report;
  std::vector<std::pair<const Finding*, json>> here;
  for (const Finding& finding : report.findings) {
    json found = diagnostic(report, finding, uri, encoding);
    if (meets(found["range"], range)) here.emplace_back(&finding, std::move(found));
  }
  for (const auto& [finding, found] : here) {
    const auto span = fix_span(report.source, *finding);
    if (!span) continue;
    const json edit_range = {{"start", position(report.source, span->line, span->column, encoding)},
                             {"end", position(report.source, span->line, span->end_column, encoding)}};
    actions.push_back(action(fmt::format("Change '{}' to '{}'", visible(finding->fix->original),
                                         visible(finding->fix->replacement)),
                             found, uri, text_edit(edit_range, finding->fix->replacement), true));
  }
  for (const auto& [finding, found] : here) {
    std::optional<Insertion> insertion;
    if (report.system) {
      insertion = waiver_insertion(report.source, report.system->system, *finding);
    } else if (report.pathway) {
      insertion = waiver_insertion(report.source, *report.pathway, *finding);
    }
    if (!insertion) continue;
    const Location at = report.source.location_of(insertion->offset);
    const json point = position(report.source, at.line, at.column, encoding);
    actions.push_back(action(fmt::format("Waive '{}' on {} with a reason (write it in place of TODO)", finding->rule,
                                         subject_words(*finding)),
                             found, uri, text_edit({{"start", point}, {"end", point}}, insertion->text), false));
  }
  return actions;
}

}  // namespace msklint::server
