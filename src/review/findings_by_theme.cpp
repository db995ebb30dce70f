// Findings grouped the way ARMA's guidance is grouped: by theme, then by
// rule, so that what a rule's document says (why it matters, the questions
// to ask) is said once for all its findings.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "review/review_parts.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"

namespace msklint::review_parts {

std::string theme_of(std::string_view rule) {
  const RuleDoc* doc = find_rule_doc(rule);
  if (doc == nullptr || find_theme(doc->theme) == nullptr) return "structure";
  return doc->theme;
}

std::string where(const std::string& file, Location at) {
  return at.known() ? fmt::format("{}:{}:{}", file, at.line, at.column) : file;
}

FindingEntry entry_for(const Finding& finding) {
  return {finding.severity.value_or(Severity::error), where(finding.file, finding.at), finding.subject,
          finding.message, fix_text(finding)};
}

namespace {

RuleFindings rule_group(const std::string& rule) {
  RuleFindings group;
  group.rule = rule;
  group.severity = Severity::info;
  if (const RuleDoc* doc = find_rule_doc(rule)) {
    group.summary = doc->summary;
    group.why = doc->why;
    group.questions = doc->questions;
  }
  return group;
}

}  // namespace

std::vector<ThemeFindings> findings_by_theme(const Findings& findings) {
  std::vector<ThemeFindings> themes;
  for (const Theme& theme : all_themes()) {
    ThemeFindings section{std::string(theme.id), std::string(theme.title), std::string(theme.guidance), {}};
    std::map<std::string, std::size_t> group_of_rule;
    // Findings arrive sorted by position, so groups are made in order of
    // their first finding.
    for (const Finding& finding : findings) {
      if (theme_of(finding.rule) != theme.id) continue;
      auto [it, added] = group_of_rule.emplace(finding.rule, section.rules.size());
      if (added) section.rules.push_back(rule_group(finding.rule));
      RuleFindings& group = section.rules[it->second];
      group.findings.push_back(entry_for(finding));
      group.severity = std::max(group.severity, group.findings.back().severity);
    }
    std::stable_sort(section.rules.begin(), section.rules.end(),
                     [](const RuleFindings& a, const RuleFindings& b) { return a.severity > b.severity; });
    if (!section.rules.empty()) themes.push_back(std::move(section));
  }
  return themes;
}

}  // namespace msklint::review_parts
