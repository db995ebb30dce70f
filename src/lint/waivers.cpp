#include "lint/waivers.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <vector>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"
#include "util/did_you_mean.h"

namespace msklint {

namespace {

std::vector<const Waiver*> all_waivers(const Pathway& pathway) {
  std::vector<const Waiver*> waivers;
  for (const Waiver& waiver : pathway.info.waivers) waivers.push_back(&waiver);
  for (const Service& service : pathway.services) {
    for (const Waiver& waiver : service.waivers) waivers.push_back(&waiver);
  }
  for (const Route& route : pathway.routes) {
    for (const Waiver& waiver : route.waivers) waivers.push_back(&waiver);
  }
  return waivers;
}

std::vector<std::string_view> waivable_rule_ids() {
  std::vector<std::string_view> ids;
  for (const RuleEntry& rule : all_rules()) {
    if (rule.stage == RuleStage::check) ids.push_back(rule.id);
  }
  return ids;
}

// Why a waiver for `rule_id` can never apply, or "" when it can.
std::string unwaivable_reason(std::string_view rule_id) {
  const RuleEntry* rule = find_rule(rule_id);
  if (rule == nullptr) return fmt::format("'{}' is not a rule{}", rule_id, did_you_mean(rule_id, waivable_rule_ids()));
  switch (rule->stage) {
    case RuleStage::file:
      return fmt::format("'{}' is a problem with the file itself, which cannot be waived; fix the file instead",
                         rule_id);
    case RuleStage::waiver: return fmt::format("'{}' reports on waivers and cannot itself be waived", rule_id);
    case RuleStage::check: break;
  }
  return {};
}

// "", "TBC", "n/a", "-" and the like are not reasons.
bool gives_reason(const std::string& reason) {
  const bool has_word = std::any_of(reason.begin(), reason.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return has_word && !is_placeholder(Text{reason, {}, {}, true});
}

// "'physio'", "'gp -> physio'" or "the pathway", for messages.
std::string place(const Waiver& waiver) {
  return waiver.subject == "pathway" ? std::string("the pathway") : fmt::format("'{}'", waiver.subject);
}

}  // namespace

void apply_waivers(const Pathway& pathway, const std::string& file, const RuleSettings& settings, Findings& findings,
                   Findings& suppressed) {
  Findings problems;
  auto report = [&](std::string_view rule, Location at, const Waiver& waiver, std::string message, std::string hint) {
    if (settings.enabled(rule)) {
      problems.push_back(make_finding(std::string(rule), file, at, waiver.subject, std::move(message), std::move(hint)));
    }
  };
  for (const Waiver* waiver : all_waivers(pathway)) {
    if (const std::string reason = unwaivable_reason(waiver->rule); !reason.empty()) {
      report("unused-waiver", waiver->key, *waiver,
             fmt::format("the waiver on {} can never apply: {}", place(*waiver), reason),
             "correct the rule id or remove the waiver");
      continue;
    }
    // A rule that is off finds nothing to waive; its waivers wait for it quietly.
    if (!settings.enabled(waiver->rule)) continue;
    if (!gives_reason(waiver->reason)) {
      report("waiver-reason-missing", waiver->at, *waiver,
             fmt::format("the waiver of '{}' on {} gives no reason, so it is not applied", waiver->rule, place(*waiver)),
             fmt::format("after '{}:' write why the finding does not apply to {}, in words a reviewer can check",
                         waiver->rule, place(*waiver)));
      continue;
    }
    const auto covered = [&](const Finding& finding) {
      return finding.rule == waiver->rule && finding.subject == waiver->subject;
    };
    const auto first = std::stable_partition(findings.begin(), findings.end(), std::not_fn(covered));
    const bool matched_before = std::any_of(suppressed.begin(), suppressed.end(), covered);
    if (first == findings.end() && !matched_before) {
      report("unused-waiver", waiver->key, *waiver,
             fmt::format("the waiver of '{}' on {} waives nothing: the rule finds no problem there", waiver->rule,
                         place(*waiver)),
             "remove the waiver; it no longer applies");
      continue;
    }
    for (auto it = first; it != findings.end(); ++it) {
      it->suppression = Suppression{Suppression::Kind::waiver, waiver->reason, waiver->key};
      suppressed.push_back(std::move(*it));
    }
    findings.erase(first, findings.end());
  }
  findings.insert(findings.end(), std::make_move_iterator(problems.begin()), std::make_move_iterator(problems.end()));
}

}  // namespace msklint
