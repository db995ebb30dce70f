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

namespace msklint {

struct RuleContext {
  const Pathway& pathway;
  const Graph& graph;
  const std::string& file;

  // A finding of `rule` at `at` about `subject`.
  Finding finding(std::string_view rule, Location at, std::string subject, std::string message,
                  std::string hint = {}) const;
};

using CheckFunction = void (*)(const RuleContext& context, Findings& out);

struct RuleEntry {
  std::string_view id;
  CheckFunction check;  // nullptr: reported while reading the file, not by a check
};

// Every rule, in the order of the registry table.
std::span<const RuleEntry> all_rules();
const RuleEntry* find_rule(std::string_view id);

// Runs every check on one pathway.
Findings run_checks(const RuleContext& context);

}  // namespace msklint
