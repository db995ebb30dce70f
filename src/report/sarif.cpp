// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule
// is described in tool.driver.rules (so alerts show the rule's document);
// each finding is a result pointing at its file, line and column.

#include <cctype>
#include <map>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lint/fix.h"
#include "report/fingerprint.h"
#include "report/report.h"
#include "report/span.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"
#include "util/paths.h"

namespace msklint {

namespace {

using json = nlohmann::ordered_json;

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

// "dead-end" -> "DeadEnd": SARIF's rule name is an identifier for people.
std::string pascal_case(std::string_view id) {
  std::string name;
  bool start = true;
  for (const char c : id) {
    if (c == '-') {
      start = true;
      continue;
    }
    name += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return name;
}

// A repository path as a relative URI reference: keeps letters, digits, '/'
// and the few marks a path may hold; percent-encodes the rest (spaces, '%',
// '#', '?', ':' which would read as a scheme, and every non-ASCII byte).
std::string uri_reference(std::string_view path) {
  static constexpr std::string_view marks = "-._~/!$&'()*+,;=@";
  std::string uri;
  for (const char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      marks.find(c) != std::string_view::npos;
    uri += keep ? std::string(1, c) : fmt::format("%{:02X}", static_cast<unsigned char>(c));
  }
  return uri;
}

json rule_descriptor(const RuleEntry& rule) {
  const RuleDoc* doc = find_rule_doc(rule.id);
  // A rule whose document is missing still needs a description.
  RuleDoc fallback;
  fallback.id = fallback.summary = std::string(rule.id);
  const RuleDoc& d = doc != nullptr ? *doc : fallback;
  const Theme* theme = find_theme(d.theme);
  std::string help = d.summary;
  if (!d.why.empty()) help += "\n\nWhy it matters: " + d.why;
  if (!d.fix.empty()) help += "\n\nHow to fix: " + d.fix;
  json properties = {{"tags", json::array()}};
  if (!d.theme.empty()) properties["tags"].push_back(d.theme);
  properties["theme"] = d.theme;
  properties["themeTitle"] = theme != nullptr ? std::string(theme->title) : std::string();
  properties["guidance"] = d.guidance;
  return {
      {"id", rule.id},
      {"name", pascal_case(rule.id)},
      {"shortDescription", {{"text", d.summary}}},
      {"fullDescription", {{"text", d.why.empty() ? d.summary : d.why}}},
      {"help", {{"text", help}, {"markdown", d.body.empty() ? help : d.body}}},
      {"defaultConfiguration", {{"level", sarif_level(d.severity)}}},
      {"properties", std::move(properties)},
  };
}

// Where in the file: the value at `at` on its line, or the whole file when
// the line is unknown.
json physical_location(const std::string& uri, const SourceText& source, Location at) {
  json location = {{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}}};
  if (!at.known()) return location;
  json region = {{"startLine", at.line}};
  if (at.column > 0) {
    region["startColumn"] = at.column;
    region["endLine"] = at.line;
    region["endColumn"] = end_column(source, at);
  }
  location["region"] = std::move(region);
  return location;
}

json suppression_of(const Suppression& suppression, const std::string& uri, const SourceText& source) {
  if (suppression.kind == Suppression::Kind::baseline) {
    return {{"kind", "external"}, {"status", "accepted"}, {"justification", "in the baseline " + suppression.reason}};
  }
  json entry = {{"kind", "inSource"}, {"status", "accepted"}, {"justification", suppression.reason}};
  if (suppression.at.known()) entry["location"] = {{"physicalLocation", physical_location(uri, source, suppression.at)}};
  return entry;
}

using RuleIndex = std::map<std::string_view, int>;  // rule id -> position in tool.driver.rules

json result_json(const Finding& finding, const std::string& fingerprint, const SourceText& source,
                 const RuleIndex& rule_index) {
  const std::string uri = uri_reference(repository_path(finding.file));
  json result = {{"ruleId", finding.rule}};
  if (const auto it = rule_index.find(finding.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
  result["level"] = sarif_level(finding.severity.value_or(Severity::error));
  result["message"] = {{"text", finding.message}};
  json location = {{"physicalLocation", physical_location(uri, source, finding.at)}};
  if (!finding.subject.empty()) location["logicalLocations"] = json::array({json{{"name", finding.subject}}});
  result["locations"] = json::array({std::move(location)});
  // Versioned, so a later change of scheme is a new key, not a silent change.
  result["partialFingerprints"] = {{"msklint/v1", fingerprint}};
  if (finding.suppression) result["suppressions"] = json::array({suppression_of(*finding.suppression, uri, source)});
  result["properties"] = {{"subject", finding.subject}, {"why", why_text(finding)}, {"fix", fix_text(finding)}};
  // The certain correction `msklint check --fix` makes, as a SARIF fix.
  if (const auto span = fix_span(source, finding)) {
    json replacement = {{"deletedRegion",
                         {{"startLine", span->line}, {"startColumn", span->column}, {"endColumn", span->end_column}}},
                        {"insertedContent", {{"text", finding.fix->replacement}}}};
    result["fixes"] = json::array(
        {{{"description", {{"text", "Replace '" + finding.fix->original + "' with '" + finding.fix->replacement + "'"}}},
          {"artifactChanges",
           json::array({{{"artifactLocation", {{"uri", uri}}}, {"replacements", json::array({replacement})}}})}}});
  }
  return result;
}

}  // namespace

void write_sarif(std::ostream& out, std::span<const FileReport> reports) {
  json rules = json::array();
  RuleIndex rule_index;
  for (const RuleEntry& rule : all_rules()) {
    rule_index[rule.id] = static_cast<int>(rules.size());
    rules.push_back(rule_descriptor(rule));
  }

  json results = json::array();
  for (const FileReport& report : reports) {
    const FileFingerprints prints = fingerprints(report);
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      results.push_back(result_json(report.findings[i], prints.findings[i], report.source, rule_index));
    }
    for (std::size_t i = 0; i < report.suppressed.size(); ++i) {
      results.push_back(result_json(report.suppressed[i], prints.suppressed[i], report.source, rule_index));
    }
  }

  json driver = {
      {"name", "msklint"},
      {"version", MSKLINT_VERSION},
      {"semanticVersion", MSKLINT_VERSION},
      {"rules", std::move(rules)},
  };
  json run = {
      {"tool", {{"driver", std::move(driver)}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", std::move(results)},
  };
  const json document = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({std::move(run)})},
  };
  // Never throw from output: replace anything that is not UTF-8.
  out << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace msklint
