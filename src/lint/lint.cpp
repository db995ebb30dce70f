#include "lint/lint.h"

#include <algorithm>
#include <tuple>

#include "graph/graph.h"
#include "read/pathway_reader.h"
#include "read/yaml_tree.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"

namespace msklint {

namespace {

void append(Findings& to, Findings&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

FileReport lint_loaded(LoadedSource loaded, const Limits& limits) {
  FileReport report;
  report.findings = std::move(loaded.problems);
  if (loaded.parseable) {
    ParsedYaml parsed = parse_yaml(loaded.source, limits);
    append(report.findings, std::move(parsed.problems));
    if (parsed.tree.root >= 0) {
      ReadPathway read = read_pathway(parsed.tree, loaded.source, limits);
      append(report.findings, std::move(read.problems));
      const Graph graph(read.pathway);
      const RuleContext context{read.pathway, graph, loaded.source.path()};
      append(report.findings, run_checks(context));
    }
  }
  for (Finding& finding : report.findings) {
    if (finding.severity) continue;
    const RuleDoc* doc = find_rule_doc(finding.rule);
    finding.severity = doc != nullptr ? doc->severity : Severity::error;
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.at, a.rule, a.message) < std::tie(b.at, b.rule, b.message);
  });
  report.source = std::move(loaded.source);
  return report;
}

}  // namespace

FileReport lint_file(const std::string& path, const Limits& limits) {
  return lint_loaded(load_source(path, limits), limits);
}

FileReport lint_bytes(std::string path, std::string bytes, const Limits& limits) {
  return lint_loaded(check_source(std::move(path), std::move(bytes)), limits);
}

}  // namespace msklint
