#pragma once

// The names the configuration and the command line use for rules: a rule id,
// a theme id (every rule of that theme) or "all".

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace msklint {

inline constexpr std::string_view all_rules_name = "all";

// A problem with the file itself: always reported, at its own severity.
bool is_file_rule(const RuleEntry& rule);

// The theme id from the rule's document; empty if it has none.
std::string_view theme_of(std::string_view rule);

// The configurable (not file-stage) rules that `name` stands for; nothing
// when `name` is not a rule id, a theme id or "all". A file-stage rule id
// stands for no configurable rule: an empty list.
std::optional<std::vector<std::string_view>> configurable_rules_named(std::string_view name);

// Every rule id, theme id and "all": candidates for "did you mean".
std::vector<std::string_view> rule_group_names();

// "; did you mean 'x'?" for a near miss: a likely typo (util/did_you_mean.h)
// or the start of exactly one candidate ("warn" for "warning"); else "".
std::string suggestion(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace msklint
