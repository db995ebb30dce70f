#include "lint/baseline.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/rule.h"
#include "util/paths.h"

namespace msklint {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // file, rule, subject

bool can_be_baselined(const Finding& finding) {
  const RuleEntry* rule = find_rule(finding.rule);
  return rule != nullptr && rule->stage != RuleStage::file;
}

Key key_of(const Finding& finding) { return {repository_path(finding.file), finding.rule, finding.subject}; }

std::map<Key, int> count_keys(std::span<const FileReport> reports) {
  std::map<Key, int> counts;
  for (const FileReport& report : reports) {
    for (const Finding& finding : report.findings) {
      if (can_be_baselined(finding)) ++counts[key_of(finding)];
    }
  }
  return counts;
}

}  // namespace

Baseline make_baseline(std::span<const FileReport> reports) {
  Baseline baseline;
  for (const auto& [key, count] : count_keys(reports)) {
    baseline.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
  }
  return baseline;
}

std::string baseline_to_json(const Baseline& baseline) {
  using json = nlohmann::ordered_json;
  json entries = json::array();
  for (const BaselineEntry& entry : baseline) {
    entries.push_back({{"file", entry.file}, {"rule", entry.rule}, {"subject", entry.subject}, {"count", entry.count}});
  }
  const json document = {{"format", "msklint-baseline"},
                         {"format_version", 1},
                         {"tool", {{"name", "msklint"}, {"version", MSKLINT_VERSION}}},
                         {"entries", std::move(entries)}};
  return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Baseline parse_baseline(std::string_view text) {
  using json = nlohmann::json;
  if (text.size() > max_baseline_bytes) {
    throw BaselineError(fmt::format("it is larger than {} MiB, more than a baseline holds", max_baseline_bytes >> 20));
  }
  // Deeper values are dropped as they are read (the parser keeps its own
  // stack, never the call stack), so a file nested a million deep costs
  // little and is refused.
  bool too_deep = false;
  const json::parser_callback_t within_depth = [&](int depth, json::parse_event_t, json&) {
    if (depth <= max_baseline_depth) return true;
    too_deep = true;
    return false;
  };
  const json document = json::parse(text, within_depth, /*allow_exceptions=*/false);
  if (too_deep) throw BaselineError(fmt::format("it nests more than {} deep, which a baseline never does", max_baseline_depth));
  if (document.is_discarded()) throw BaselineError("it is not valid JSON");
  if (!document.is_object() || document.value("format", json()) != "msklint-baseline") {
    throw BaselineError("it is not an msklint baseline (no \"format\": \"msklint-baseline\"); write one with --write-baseline");
  }
  if (document.value("format_version", json()) != 1) {
    throw BaselineError("it has a format_version this msklint does not read (it reads 1)");
  }
  const auto found = document.find("entries");
  if (found == document.end() || !found->is_array()) throw BaselineError("\"entries\" must be a list");
  const json& entries = *found;
  Baseline baseline;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const json& entry = entries[i];
    const auto text_of = [&](const char* name) {
      if (!entry.is_object() || !entry.contains(name) || !entry[name].is_string()) {
        throw BaselineError(fmt::format("entry {} needs \"{}\" as text", i + 1, name));
      }
      return entry[name].get<std::string>();
    };
    BaselineEntry read{text_of("file"), text_of("rule"), text_of("subject"), 0};
    if (!entry.contains("count") || !entry["count"].is_number_integer() || entry["count"].get<long long>() < 1 ||
        entry["count"].get<long long>() > 1'000'000'000) {
      throw BaselineError(fmt::format("entry {} needs \"count\" as a whole number of at least 1", i + 1));
    }
    read.count = entry["count"].get<int>();
    baseline.push_back(std::move(read));
  }
  std::sort(baseline.begin(), baseline.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.file, a.rule, a.subject) < std::tie(b.file, b.rule, b.subject);
  });
  return baseline;
}

Baseline load_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw BaselineError("it cannot be read");
  std::string text;
  std::array<char, 64 * 1024> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    // Stop past the bound rather than read on (a huge file, or /dev/zero).
    if (text.size() > max_baseline_bytes) return parse_baseline(text);
  }
  if (in.bad()) throw BaselineError("it cannot be read");
  return parse_baseline(text);
}

BaselineOutcome apply_baseline(const Baseline& baseline, const std::string& baseline_name,
                               std::span<FileReport> reports) {
  std::map<Key, int> recorded;
  for (const BaselineEntry& entry : baseline) recorded[{entry.file, entry.rule, entry.subject}] += entry.count;
  const std::map<Key, int> current = count_keys(reports);

  BaselineOutcome outcome;
  for (FileReport& report : reports) {
    const auto covered = [&](const Finding& finding) {
      if (!can_be_baselined(finding)) return false;
      const Key key = key_of(finding);
      const auto it = recorded.find(key);
      return it != recorded.end() && current.at(key) <= it->second;
    };
    const auto first = std::stable_partition(report.findings.begin(), report.findings.end(), std::not_fn(covered));
    for (auto it = first; it != report.findings.end(); ++it) {
      it->suppression = Suppression{Suppression::Kind::baseline, baseline_name, {}};
      report.suppressed.push_back(std::move(*it));
      ++outcome.suppressed;
    }
    report.findings.erase(first, report.findings.end());
    sort_findings(report.suppressed);
  }

  std::set<std::string> linted;
  for (const FileReport& report : reports) linted.insert(repository_path(report.source.path()));
  for (const auto& [key, count] : recorded) {
    const auto& [file, rule, subject] = key;
    const auto found = current.find(key);
    const int now = found == current.end() ? 0 : found->second;
    if (linted.contains(file) && now < count) outcome.stale.push_back({file, rule, subject, count - now});
    const int keep = linted.contains(file) ? std::min(now, count) : count;
    if (keep > 0) outcome.pruned.push_back({file, rule, subject, keep});
  }
  return outcome;
}

}  // namespace msklint
