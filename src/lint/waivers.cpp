#include "lint/waivers.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"
#include "util/did_you_mean.h"

namespace msklint {

namespace {

void add_waivers(std::vector<const Waiver*>& to, const std::vector<Waiver>& waivers) {
  for (const Waiver& waiver : waivers) to.push_back(&waiver);
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


// A finding's rule and subject: what a waiver must match.
using Key = std::pair<std::string_view, std::string_view>;
struct KeyHash {
  std::size_t operator()(const Key& key) const {
    const std::hash<std::string_view> hash;
    return hash(key.first) * 31 + hash(key.second);
  }
};

}  // namespace

std::vector<const Waiver*> waivers_of(const Pathway& pathway) {
  std::vector<const Waiver*> waivers;
  add_waivers(waivers, pathway.info.waivers);
  for (const Service& service : pathway.services) add_waivers(waivers, service.waivers);
  for (const Route& route : pathway.routes) add_waivers(waivers, route.waivers);
  return waivers;
}

std::vector<const Waiver*> waivers_of(const System& system) {
  std::vector<const Waiver*> waivers;
  add_waivers(waivers, system.info.waivers);
  for (const Service& service : system.services) add_waivers(waivers, service.waivers);
  return waivers;
}

void apply_waivers(const std::vector<const Waiver*>& waivers, const std::string& file, const RuleSettings& settings,
                   Findings& findings, Findings& suppressed) {
  Findings problems;
  auto report = [&](std::string_view rule, Location at, const Waiver& waiver, std::string message, std::string hint) {
    if (settings.enabled(rule)) {
      problems.push_back(make_finding(std::string(rule), file, at, waiver.subject, std::move(message), std::move(hint)));
    }
  };
  // The findings each (rule, subject) has, looked up once per waiver rather
  // than a pass over every finding for every waiver. Nothing moves until the
  // end, so the views into the findings stay valid.
  std::unordered_map<Key, std::vector<std::size_t>, KeyHash> by_key;
  for (std::size_t index = 0; index < findings.size(); ++index) {
    by_key[{findings[index].rule, findings[index].subject}].push_back(index);
  }
  std::unordered_set<Key, KeyHash> taken;  // what is already suppressed
  for (const Finding& finding : suppressed) taken.insert({finding.rule, finding.subject});
  std::vector<std::pair<std::size_t, const Waiver*>> waived;  // in the order they are set aside
  for (const Waiver* waiver : waivers) {
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
    const Key key{waiver->rule, waiver->subject};
    const auto covered = by_key.find(key);
    if (covered == by_key.end() || covered->second.empty()) {
      // Nothing left to waive; fine if an earlier waiver took it.
      if (!taken.contains(key)) {
        report("unused-waiver", waiver->key, *waiver,
               fmt::format("the waiver of '{}' on {} waives nothing: the rule finds no problem there", waiver->rule,
                           place(*waiver)),
               "remove the waiver; it no longer applies");
      }
      continue;
    }
    for (const std::size_t index : covered->second) waived.emplace_back(index, waiver);
    covered->second.clear();
    taken.insert(key);
  }
  std::vector<bool> is_waived(findings.size(), false);
  for (const auto& [index, waiver] : waived) {
    is_waived[index] = true;
    Finding& finding = findings[index];
    finding.suppression = Suppression{Suppression::Kind::waiver, waiver->reason, waiver->key};
    suppressed.push_back(std::move(finding));
  }
  Findings kept;
  kept.reserve(findings.size() - waived.size() + problems.size());
  for (std::size_t index = 0; index < findings.size(); ++index) {
    if (!is_waived[index]) kept.push_back(std::move(findings[index]));
  }
  kept.insert(kept.end(), std::make_move_iterator(problems.begin()), std::make_move_iterator(problems.end()));
  findings = std::move(kept);
}

}  // namespace msklint
