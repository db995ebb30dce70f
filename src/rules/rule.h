#pragma once

// What a rule is: a function from the pathway (as model and graph) to findings.
// A rule never prints and never decides severity unless its document says the
// severity depends on the pathway. Rules are listed in registry.cpp.

#include <span>
#include <string>
#include <string_view>

#include "graph/graph.h"
#include "model/finding.h"
#include "model/pathway.h"
#include "rules/options.h"

namespace msklint {

struct RuleContext {
  const Pathway& pathway;
  const Graph& graph;
  const std::string& file;
  const RuleOptions& options;

  // A finding of `rule` at `at` about `subject`.
  Finding finding(std::string_view rule, Location at, std::string subject, std::string message,
                  std::string hint = {}) const;
};

using CheckFunction = void (*)(const RuleContext& context, Findings& out);

// Where a rule's findings come from. Only checks may be waived or baselined:
// a file msklint cannot read properly is always an error, and the waiver
// rules police waivers themselves.
enum class RuleStage {
  file,    // found while reading the file (syntax, encoding, schema...)
  check,   // a check on the pathway
  waiver,  // found while applying waivers
};

struct RuleEntry {
  std::string_view id;
  RuleStage stage;
  CheckFunction check;  // set for stage == check only
};

// Every rule, in the order of the registry table.
std::span<const RuleEntry> all_rules();
const RuleEntry* find_rule(std::string_view id);

// Runs the checks for which `enabled(id)` is true on one pathway.
template <class Enabled>
Findings run_checks(const RuleContext& context, Enabled enabled) {
  Findings findings;
  for (const auto& rule : all_rules()) {
    if (rule.check != nullptr && enabled(rule.id)) rule.check(context, findings);
  }
  return findings;
}

}  // namespace msklint
