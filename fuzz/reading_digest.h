#pragma once

// A reading described value by value: every finding, count and part of the
// model the checks see, one line each. Two readings of one file that must
// agree (read_pathway_file, which reads items as the parser completes them,
// and parse_yaml then read_pathway over the whole tree) are compared as these
// texts, by src/read/streamed_reading_test.cpp and by the fuzz target
// fuzz_streamed_reading.cpp, so that a difference reads as a diff.

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "read/pathway_reader.h"
#include "read/yaml_tree.h"

namespace msklint::fuzzing {

namespace reading_digest_detail {

inline std::string where(Location at) { return fmt::format("{}:{}", at.line, at.column); }

inline std::string text(const Text& value) {
  return fmt::format("{}{}@{}/{}", value.present ? "" : "(absent)", value.value, where(value.key), where(value.at));
}

inline std::string texts(const TextList& list) {
  std::vector<std::string> items;
  for (const Text& item : list.value) items.push_back(text(item));
  return fmt::format("{}[{}]@{}", list.present ? "" : "(absent)", fmt::join(items, ", "), where(list.at));
}

inline std::string conditions(const ConditionList& list) {
  std::vector<std::string> items;
  for (const Condition& item : list.value) {
    items.push_back(fmt::format("{} {} {} @{}", text(item.text), text(item.basis), text(item.measure), where(item.at)));
  }
  return fmt::format("[{}]@{}", fmt::join(items, "; "), where(list.at));
}

inline std::string waivers(const std::vector<Waiver>& list) {
  std::vector<std::string> items;
  for (const Waiver& waiver : list) {
    items.push_back(fmt::format("{}={} ({}) @{}", waiver.rule, waiver.reason, waiver.subject, where(waiver.at)));
  }
  return fmt::format("[{}]", fmt::join(items, "; "));
}

inline std::string findings(Findings list) {
  std::sort(list.begin(), list.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.at, a.rule, a.message) < std::tie(b.at, b.rule, b.message);
  });
  std::string out;
  for (const Finding& finding : list) {
    out += fmt::format("{} {} {} [{}] | {}\n", where(finding.at), finding.rule, finding.subject, finding.message,
                       finding.hint);
  }
  return out;
}

inline std::string left_out(const LeftOutFindings& counts) {
  std::string out;
  for (const auto& [rule, count] : counts.by_rule) out += fmt::format("{} {} from {}\n", rule, count.count, where(count.first));
  return out;
}

}  // namespace reading_digest_detail

// Everything the checks see of a reading, one line per value.
inline std::string describe_reading(const Findings& parse_problems, const LeftOutFindings& parse_left_out,
                                    const std::optional<ReadPathway>& read) {
  using namespace reading_digest_detail;
  Findings all = parse_problems;
  LeftOutFindings counted = parse_left_out;
  std::string out;
  if (read) {
    all.insert(all.end(), read->problems.begin(), read->problems.end());
    counted.add(read->left_out);
    const Pathway& pathway = read->pathway;
    out += fmt::format("system file: {}\npathway: {} {} {}\n", read->system.has_value(), pathway.has_info,
                       text(pathway.info.id), text(pathway.info.title));
    for (const Service& service : pathway.services) {
      out += fmt::format("service @{}: {} {} {} {} entry={}@{} staff={} offers={} delivery={} serves={} measures={} "
                         "criteria={} excludes={} dna={} wait={} waivers={} uses={}\n",
                         where(service.at), text(service.id), text(service.name), text(service.type),
                         text(service.setting), service.entry.value, where(service.entry.at), texts(service.staff),
                         texts(service.offers), texts(service.delivery), text(service.serves),
                         texts(service.measures), conditions(service.access.criteria),
                         conditions(service.access.excludes), text(service.access.did_not_attend),
                         text(service.access.wait_text), waivers(service.waivers), text(service.uses));
    }
    for (const Route& route : pathway.routes) {
      std::vector<std::string> to;
      for (const Text& target : route.to) to.push_back(text(target));
      out += fmt::format("route @{}: {} -> [{}] kind={}@{} share={} within={} requires={} waivers={}\n",
                         where(route.at), text(route.from), fmt::join(to, ", "), static_cast<int>(route.kind.value),
                         where(route.kind.at), route.share.value.value_or(-1), text(route.within_text),
                         conditions(route.requires_), waivers(route.waivers));
    }
  } else {
    out += "no model\n";
  }
  return out + findings(std::move(all)) + left_out(counted);
}

inline std::string read_in_two_steps(const SourceText& source, const Limits& limits) {
  ParsedYaml parsed = parse_yaml(source, limits);
  std::optional<ReadPathway> read;
  if (parsed.tree.root >= 0) read = read_pathway(std::move(parsed.tree), source, limits);
  return describe_reading(parsed.problems, parsed.left_out, read);
}

inline std::string read_streamed(const SourceText& source, const Limits& limits) {
  const ParsedPathway parsed = read_pathway_file(source, limits);
  return describe_reading(parsed.problems, parsed.left_out, parsed.read);
}

}  // namespace msklint::fuzzing
