#include "config/rule_groups.h"

#include "rules/rule_docs.h"
#include "rules/themes.h"
#include "util/did_you_mean.h"

namespace msklint {

bool is_file_rule(const RuleEntry& rule) { return rule.stage == RuleStage::file; }

std::string_view theme_of(std::string_view rule) {
  const RuleDoc* doc = find_rule_doc(rule);
  return doc != nullptr ? std::string_view(doc->theme) : std::string_view();
}

std::optional<std::vector<std::string_view>> configurable_rules_named(std::string_view name) {
  const bool all = name == all_rules_name;
  const bool theme = find_theme(name) != nullptr;
  const RuleEntry* single = find_rule(name);
  if (!all && !theme && single == nullptr) return std::nullopt;
  std::vector<std::string_view> rules;
  for (const RuleEntry& rule : all_rules()) {
    if (is_file_rule(rule)) continue;
    if (all || (theme && theme_of(rule.id) == name) || single == &rule) rules.push_back(rule.id);
  }
  return rules;
}

std::vector<std::string_view> rule_group_names() {
  std::vector<std::string_view> names;
  for (const RuleEntry& rule : all_rules()) names.push_back(rule.id);
  for (const Theme& theme : all_themes()) names.push_back(theme.id);
  names.push_back(all_rules_name);
  return names;
}

std::string suggestion(std::string_view word, std::span<const std::string_view> candidates) {
  std::string typo = did_you_mean(word, candidates);
  if (!typo.empty() || word.size() < 3) return typo;
  std::string_view started;
  for (const auto candidate : candidates) {
    if (!candidate.starts_with(word)) continue;
    if (!started.empty()) return {};  // ambiguous
    started = candidate;
  }
  return started.empty() ? std::string() : "; did you mean '" + std::string(started) + "'?";
}

}  // namespace msklint
