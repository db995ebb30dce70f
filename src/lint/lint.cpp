#include "lint/lint.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "graph/graph.h"
#include "lint/finding_cap.h"
#include "lint/system_index.h"
#include "lint/waivers.h"
#include "read/pathway_reader.h"
#include "read/yaml_tree.h"
#include "rules/finding_sink.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "system/shared_services.h"

namespace msklint {

namespace {

void append(Findings& to, Findings&& from) {
  if (to.empty()) {
    to = std::move(from);
    return;
  }
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Severity: the configuration's, else the rule's own for this finding, else
// its document's default.
void settle_severity(Finding& finding, const RuleSettings& settings) {
  if (const auto it = settings.severity.find(finding.rule); it != settings.severity.end()) {
    finding.severity = it->second;
  } else if (!finding.severity) {
    const RuleDoc* doc = find_rule_doc(finding.rule);
    finding.severity = doc != nullptr ? doc->severity : Severity::error;
  }
}

// What the waivers name: the findings a rule must make whatever its budget.
std::set<FindingSink::Key> waived_keys(const std::vector<const Waiver*>& waivers) {
  std::set<FindingSink::Key> keys;
  for (const Waiver* waiver : waivers) keys.emplace(waiver->rule, waiver->subject);
  return keys;
}

// The checks of a pathway file, with its shared services taken from its system.
void check_pathway(Pathway pathway, const std::string& file, const RuleSettings& settings, const LintRun& run,
                   FindingBudget& budget, FileReport& report) {
  const std::shared_ptr<const LoadedSystem> system = run.systems != nullptr ? run.systems->system_of(file) : nullptr;
  append(report.findings, use_shared_services(pathway, system ? &system->system : nullptr, file));
  const Graph graph(pathway);
  const RuleContext context{pathway, graph, file, settings.options, system.get()};
  const std::vector<const Waiver*> waivers = waivers_of(pathway);
  FindingSink sink(report.findings, budget, waived_keys(waivers));
  run_checks(context, [&](std::string_view id) { return settings.enabled(id); }, sink);
  std::erase_if(report.findings, [&](const Finding& finding) { return !settings.enabled(finding.rule); });
  apply_waivers(waivers, file, settings, report.findings, report.suppressed);
  report.pathway = std::make_shared<const Pathway>(std::move(pathway));
}

// The checks of a system file, across its pathways (found from the file on
// disk; a system read from elsewhere is checked without them).
void check_system(System system, const std::string& file, const RuleSettings& settings, const LintRun& run,
                  FindingBudget& budget, FileReport& report) {
  std::shared_ptr<const LoadedSystem> loaded = run.systems != nullptr ? run.systems->system_at(file) : nullptr;
  if (!loaded) {
    auto alone = std::make_shared<LoadedSystem>();
    alone->file = file;
    alone->system = std::move(system);
    alone->loads = shared_loads(alone->system, alone->members);
    loaded = std::move(alone);
  }
  const SystemRuleContext context{*loaded, file, settings.options, run.today};
  const std::vector<const Waiver*> waivers = waivers_of(loaded->system);
  FindingSink sink(report.findings, budget, waived_keys(waivers));
  run_system_checks(context, [&](std::string_view id) { return settings.enabled(id); }, sink);
  std::erase_if(report.findings, [&](const Finding& finding) { return !settings.enabled(finding.rule); });
  apply_waivers(waivers, file, settings, report.findings, report.suppressed);
  report.system = std::move(loaded);
}

FileReport lint_loaded(LoadedSource loaded, const Limits& limits, const RuleSettings& settings, const LintRun& run) {
  FileReport report;
  report.findings = std::move(loaded.problems);
  LeftOutFindings not_made;  // past the cap, counted by the parser and reader
  if (loaded.parseable) {
    // The model is read as the file is parsed: the checks need only the model.
    ParsedPathway parsed = read_pathway_file(loaded.source, limits);
    append(report.findings, std::move(parsed.problems));
    not_made.add(parsed.left_out);
    if (parsed.read) {
      ReadPathway& read = *parsed.read;
      append(report.findings, std::move(read.problems));
      not_made.add(read.left_out);
      if (read.system && run.adjust_system) run.adjust_system(*read.system);
      if (!read.system && run.adjust_pathway) run.adjust_pathway(read.pathway);
      // The rules' own budget: the reader's findings have theirs.
      FindingBudget rule_budget(limits.max_findings_per_rule, not_made);
      if (read.system) {
        check_system(std::move(*read.system), loaded.source.path(), settings, run, rule_budget, report);
      } else {
        check_pathway(std::move(read.pathway), loaded.source.path(), settings, run, rule_budget, report);
      }
    }
  }
  // Capped before the rest: 20,000 findings of one rule are not each settled and sorted to show 100.
  cap_findings_per_rule(report, limits.max_findings_per_rule, not_made);
  for (Finding& finding : report.findings) settle_severity(finding, settings);
  for (Finding& finding : report.suppressed) settle_severity(finding, settings);
  sort_findings(report.findings);
  sort_findings(report.suppressed);
  report.source = std::move(loaded.source);
  return report;
}

}  // namespace

void sort_findings(Findings& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.at, a.rule, a.message) < std::tie(b.at, b.rule, b.message);
  });
}

FileReport lint_file(const std::string& path, const Limits& limits, const RuleSettings& settings, const LintRun& run) {
  return lint_loaded(load_source(path, limits), limits, settings, run);
}

FileReport lint_standard_input(const std::string& name, const Limits& limits, const RuleSettings& settings,
                               const LintRun& run) {
  return lint_loaded(load_standard_input(name, limits), limits, settings, run);
}

FileReport lint_bytes(std::string path, std::string bytes, const Limits& limits, const RuleSettings& settings,
                      const LintRun& run) {
  return lint_loaded(check_source(std::move(path), std::move(bytes)), limits, settings, run);
}

}  // namespace msklint
