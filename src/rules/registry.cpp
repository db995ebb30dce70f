// The one table of rules. Adding a rule: write src/rules/<family>.cpp with a
// check function, declare it here, add a row, and write rules/<id>.md.

#include <algorithm>
#include <array>

#include "rules/rule.h"

namespace msklint {

void check_duplicate_id(const RuleContext&, Findings&);
void check_unknown_service(const RuleContext&, Findings&);
void check_no_entry_point(const RuleContext&, Findings&);
void check_unreachable_service(const RuleContext&, Findings&);
void check_dead_end(const RuleContext&, Findings&);
void check_duplicate_route(const RuleContext&, Findings&);
void check_self_route(const RuleContext&, Findings&);

namespace {

constexpr std::array rules{
    // Problems with the file itself, found while reading it.
    RuleEntry{"unreadable-file", nullptr},
    RuleEntry{"encoding", nullptr},
    RuleEntry{"limit-exceeded", nullptr},
    RuleEntry{"yaml-syntax", nullptr},
    RuleEntry{"multiple-documents", nullptr},
    RuleEntry{"empty-file", nullptr},
    RuleEntry{"duplicate-key", nullptr},
    RuleEntry{"unknown-key", nullptr},
    RuleEntry{"schema", nullptr},
    // The shape of the pathway graph.
    RuleEntry{"duplicate-id", check_duplicate_id},
    RuleEntry{"unknown-service", check_unknown_service},
    RuleEntry{"no-entry-point", check_no_entry_point},
    RuleEntry{"unreachable-service", check_unreachable_service},
    RuleEntry{"dead-end", check_dead_end},
    RuleEntry{"duplicate-route", check_duplicate_route},
    RuleEntry{"self-route", check_self_route},
};

}  // namespace

Finding RuleContext::finding(std::string_view rule, Location at, std::string subject, std::string message,
                             std::string hint) const {
  return make_finding(std::string(rule), file, at, std::move(subject), std::move(message), std::move(hint));
}

std::span<const RuleEntry> all_rules() { return rules; }

const RuleEntry* find_rule(std::string_view id) {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleEntry& rule) { return rule.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

Findings run_checks(const RuleContext& context) {
  Findings findings;
  for (const auto& rule : rules) {
    if (rule.check != nullptr) rule.check(context, findings);
  }
  return findings;
}

}  // namespace msklint
