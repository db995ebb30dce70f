#pragma once

// What a rule is: a function from the pathway (as model and graph) to findings.
// A rule never prints and never decides severity unless its document says the
// severity depends on the pathway. Rules are listed in registry.cpp.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "graph/graph.h"
#include "model/finding.h"
#include "model/pathway.h"
#include "rules/finding_sink.h"
#include "rules/options.h"
#include "system/loaded_system.h"

namespace msklint {

struct RuleContext {
  const Pathway& pathway;
  const Graph& graph;
  const std::string& file;
  const RuleOptions& options;
  // The system the pathway belongs to, or null. With one, the ICB-level
  // records and the capacity of shared services are judged on the system file.
  const LoadedSystem* system = nullptr;

  // A finding of `rule` at `at` about `subject`.
  Finding finding(std::string_view rule, Location at, std::string subject, std::string message,
                  std::string hint = {}) const;
};

// What a check of a system file sees: the system and all its pathways.
struct SystemRuleContext {
  const LoadedSystem& system;
  const std::string& file;  // the system file
  const RuleOptions& options;
  // The day dates are judged on; without one, rules judge only what is missing.
  std::optional<std::chrono::year_month_day> today;

  Finding finding(std::string_view rule, Location at, std::string subject, std::string message,
                  std::string hint = {}) const;
};

using CheckFunction = void (*)(const RuleContext& context, FindingSink& out);
using SystemCheckFunction = void (*)(const SystemRuleContext& context, FindingSink& out);

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
  CheckFunction check = nullptr;               // on a pathway file (stage == check only)
  SystemCheckFunction system_check = nullptr;  // on a system file (stage == check only)

  constexpr RuleEntry(std::string_view id, RuleStage stage, CheckFunction check,
                      SystemCheckFunction system_check = nullptr)
      : id(id), stage(stage), check(check), system_check(system_check) {}
};

// Every rule, in the order of the registry table.
std::span<const RuleEntry> all_rules();
const RuleEntry* find_rule(std::string_view id);

// Runs the checks for which `enabled(id)` is true on one pathway, giving
// their findings to `findings` (no vector of their own, which a pathway of
// 20,000 dead ends would hold twice while it was copied).
template <class Enabled>
void run_checks(const RuleContext& context, Enabled enabled, FindingSink& findings) {
  for (const auto& rule : all_rules()) {
    if (rule.check != nullptr && enabled(rule.id)) rule.check(context, findings);
  }
}

// The same on a system file.
template <class Enabled>
void run_system_checks(const SystemRuleContext& context, Enabled enabled, FindingSink& findings) {
  for (const auto& rule : all_rules()) {
    if (rule.system_check != nullptr && enabled(rule.id)) rule.system_check(context, findings);
  }
}

}  // namespace msklint
