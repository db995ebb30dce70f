#include "lint/what_if.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "config/config.h"
#include "graph/demand.h"
#include "graph/graph.h"
#include "lint/system_index.h"
#include "read/values.h"
#include "util/did_you_mean.h"

namespace msklint {

namespace {

// "hip-knee/ortho" or "ortho".
bool split_id(std::string_view id, Change& change) {
  const auto slash = id.find('/');
  if (slash != std::string_view::npos) {
    change.owner = std::string(id.substr(0, slash));
    id.remove_prefix(slash + 1);
    if (!is_slug(change.owner)) return false;
  }
  change.service = std::string(id);
  return is_slug(change.service);
}

std::optional<double> number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// "+30%" and "-10%" change by a percentage; "130%" and "1.3" are factors.
std::optional<double> factor(std::string_view text) {
  if (text.ends_with('%')) {
    text.remove_suffix(1);
    const bool signed_change = text.starts_with('+') || text.starts_with('-');
    const bool minus = text.starts_with('-');
    if (signed_change) text.remove_prefix(1);
    const auto percent = number(text);
    if (!percent) return std::nullopt;
    return signed_change ? 1 + (minus ? -*percent : *percent) / 100 : *percent / 100;
  }
  return number(text);
}

std::string qualified(const std::string& owner, const std::string& service) { return owner + "/" + service; }

// A service a change may name: a pathway's own, or a system's shared one.
struct Candidate {
  std::string owner;
  const Service* service = nullptr;
  bool shared = false;
};

std::vector<Candidate> candidates(std::span<const FileReport> reports) {
  std::vector<Candidate> found;
  std::set<std::pair<std::string, std::string>> seen;
  auto add_pathway = [&](const std::string& owner, const Pathway& pathway) {
    for (const Service& service : pathway.services) {
      if (service.uses.present || !service.id.present) continue;
      if (seen.emplace(owner, service.id.value).second) found.push_back({owner, &service, false});
    }
  };
  for (const FileReport& report : reports) {
    if (report.pathway) add_pathway(report.pathway->info.id.value, *report.pathway);
    if (report.system) {
      const std::string& owner = report.system->system.info.id.value;
      for (const Service& service : report.system->system.services) {
        if (service.id.present && seen.emplace(owner, service.id.value).second) found.push_back({owner, &service, true});
      }
      for (const SystemMember& member : report.system->members) add_pathway(member.id, *member.pathway);
    }
  }
  return found;
}

void resolve(Change& change, const std::vector<Candidate>& all, std::vector<std::string>& described) {
  std::vector<const Candidate*> matches;
  for (const Candidate& candidate : all) {
    if (candidate.service->id.value == change.service && (change.owner.empty() || candidate.owner == change.owner)) {
      matches.push_back(&candidate);
    }
  }
  if (matches.empty()) {
    std::vector<std::string> names;
    for (const Candidate& candidate : all) names.push_back(candidate.service->id.value);
    std::vector<std::string_view> views(names.begin(), names.end());
    throw ConfigError(fmt::format("'{}': no service '{}' in these pathways or their systems{}", change.written,
                                  change.owner.empty() ? change.service : qualified(change.owner, change.service),
                                  did_you_mean(change.service, views)));
  }
  if (matches.size() > 1) {
    std::vector<std::string> names;
    for (const Candidate* match : matches) names.push_back(qualified(match->owner, change.service));
    throw ConfigError(fmt::format("'{}': several pathways have a service '{}'; name one as {}", change.written,
                                  change.service, fmt::join(names, " or ")));
  }
  const Candidate& target = *matches.front();
  change.owner = target.owner;
  const Service& service = *target.service;
  const auto& field = change.key == "capacity" ? service.capacity : service.throughput;
  if (change.kind == Change::Kind::scale && !field.value) {
    throw ConfigError(fmt::format("'{}': '{}' states no throughput to scale; give one with --set {}.throughput=RATE",
                                  change.written, qualified(change.owner, change.service),
                                  qualified(change.owner, change.service)));
  }
  const auto figure = [&](double count) { return change.key == "capacity" ? people_seen(count) : people_sent(count); };
  const std::string before = field.value ? figure(field.value->per_month()) : "none stated";
  const double after = change.kind == Change::Kind::scale ? field.value->per_month() * change.factor
                                                          : change.rate.per_month();
  described.push_back(fmt::format("{} {}: {} -> {} a month", qualified(change.owner, change.service), change.key,
                                  before, figure(after)));
}

void apply(const std::vector<Change>& changes, const std::string& owner, std::vector<Service>& services) {
  for (const Change& change : changes) {
    if (change.owner != owner) continue;
    for (Service& service : services) {
      if (service.uses.present || service.id.value != change.service) continue;
      auto& field = change.key == "capacity" ? service.capacity : service.throughput;
      if (change.kind == Change::Kind::scale && field.value) {
        field.value->count *= change.factor;
      } else if (change.kind == Change::Kind::set) {
        field.value = change.rate;
        field.present = true;
      }
      break;
    }
  }
}

std::vector<FileReport> lint_everything(const std::vector<std::string>& files, const Limits& limits,
                                        const std::function<const RuleSettings&(const std::string&)>& settings_for,
                                        SystemIndex& systems, LintRun run) {
  run.systems = &systems;
  std::vector<FileReport> reports;
  for (const std::string& file : systems.with_their_systems(files)) reports.push_back(lint_file(file, limits, settings_for(file), run));
  return reports;
}

// Every service with a capacity: a pathway's own (what it sends), or a shared one (the system's sum).
std::vector<CapacityChange> capacity_rows(std::span<const FileReport> reports) {
  std::vector<CapacityChange> rows;
  for (const FileReport& report : reports) {
    if (report.pathway) {
      const Graph graph(*report.pathway);
      const Demand demand = compute_demand(graph);
      for (const int node : graph.routable_nodes()) {
        const Service& service = graph.service(node);
        if (service.uses.present || !service.capacity.value || demand.unbounded[static_cast<std::size_t>(node)]) continue;
        CapacityChange row;
        row.owner = report.pathway->info.id.value;
        row.service = service.id.value;
        row.name = service.display_name();
        row.capacity = service.capacity.value->per_month();
        row.after = demand.per_month[static_cast<std::size_t>(node)];
        rows.push_back(std::move(row));
      }
    }
    if (report.system) {
      const System& system = report.system->system;
      for (std::size_t index = 0; index < system.services.size(); ++index) {
        const Service& service = system.services[index];
        const SharedLoad& load = report.system->loads[index];
        if (!service.capacity.value || load.unbounded) continue;
        CapacityChange row;
        row.owner = system.info.id.value;
        row.service = service.id.value;
        row.name = service.display_name();
        row.shared = true;
        row.capacity = service.capacity.value->per_month();
        row.after = load.per_month;
        rows.push_back(std::move(row));
      }
    }
  }
  return rows;
}

using FindingKey = std::tuple<std::string, std::string, std::string>;
FindingKey key_of(const Finding& finding) { return {finding.file, finding.rule, finding.subject}; }

}  // namespace

std::optional<Change> parse_scale(const std::string& text, std::string& error) {
  Change change;
  change.kind = Change::Kind::scale;
  change.key = "throughput";
  change.written = text;
  const auto equals = text.find('=');
  const auto by = equals == std::string::npos ? std::nullopt : factor(std::string_view(text).substr(equals + 1));
  if (equals == std::string::npos || !split_id(std::string_view(text).substr(0, equals), change) || !by || *by < 0) {
    error = fmt::format("--scale '{}' is not ID=FACTOR, such as 'orthopaedics=+30%', 'orthopaedics=1.3' or "
                        "'hip-knee/orthopaedics=-10%'",
                        text);
    return std::nullopt;
  }
  change.factor = *by;
  return change;
}

std::optional<Change> parse_set(const std::string& text, std::string& error) {
  Change change;
  change.kind = Change::Kind::set;
  change.written = text;
  const auto equals = text.find('=');
  const std::string_view left = std::string_view(text).substr(0, std::min(equals, text.size()));
  const auto dot = left.rfind('.');
  const auto rate = equals == std::string::npos ? std::nullopt : parse_rate(std::string_view(text).substr(equals + 1));
  if (equals == std::string::npos || dot == std::string_view::npos || !split_id(left.substr(0, dot), change)) {
    error = fmt::format("--set '{}' is not ID.KEY=VALUE, such as 'northgate-rehab.capacity=350/month'", text);
    return std::nullopt;
  }
  change.key = std::string(left.substr(dot + 1));
  if (change.key != "capacity" && change.key != "throughput") {
    error = fmt::format("--set '{}': what-if can set 'capacity' or 'throughput', not '{}'", text, change.key);
    return std::nullopt;
  }
  if (!rate) {
    error = fmt::format("--set '{}': '{}' is not a rate such as '350/month'", text, text.substr(equals + 1));
    return std::nullopt;
  }
  change.rate = *rate;
  return change;
}

WhatIfResult what_if(const std::vector<std::string>& files, std::vector<Change> changes, const Limits& limits,
                     const std::function<const RuleSettings&(const std::string&)>& settings_for,
                     std::optional<std::chrono::year_month_day> today) {
  WhatIfResult result;
  SystemIndex systems_before(limits);
  LintRun unchanged;
  unchanged.today = today;
  const std::vector<FileReport> before = lint_everything(files, limits, settings_for, systems_before, unchanged);
  const std::vector<Candidate> all = candidates(before);
  for (Change& change : changes) resolve(change, all, result.described);
  result.changes = changes;

  LintRun changed;
  changed.today = today;
  changed.adjust_pathway = [&](Pathway& pathway) { apply(changes, pathway.info.id.value, pathway.services); };
  changed.adjust_system = [&](System& system) { apply(changes, system.info.id.value, system.services); };
  SystemIndex systems_after(limits, true, changed.adjust_pathway, changed.adjust_system);
  const std::vector<FileReport> after = lint_everything(files, limits, settings_for, systems_after, changed);

  std::map<std::pair<std::string, std::string>, CapacityChange> rows_before;
  for (CapacityChange& row : capacity_rows(before)) rows_before.emplace(std::pair(row.owner, row.service), row);
  result.capacity = capacity_rows(after);
  for (CapacityChange& row : result.capacity) {
    const auto it = rows_before.find({row.owner, row.service});
    row.capacity_before = it != rows_before.end() ? it->second.capacity : row.capacity;
    row.before = it != rows_before.end() ? it->second.after : 0;
    row.over_before = over_capacity(row.before, row.capacity_before);
    row.over_after = over_capacity(row.after, row.capacity);
    row.changed = people_sent(row.before) != people_sent(row.after) ||
                  people_seen(row.capacity_before) != people_seen(row.capacity);
    row.shortfall_changed = row.over_before && row.over_after &&
                            shortfall_people(row.after, row.capacity) !=
                                shortfall_people(row.before, row.capacity_before);
    row.notable = row.shared || row.over_before || row.over_after || row.changed;
    // A new shortfall, or one the change deepens.
    const double shortfall_before = row.over_before ? row.before - row.capacity_before : 0;
    const bool deeper = row.over_after && (!row.over_before || row.after - row.capacity > shortfall_before + 0.05);
    result.worse = result.worse || deeper;
  }

  std::set<FindingKey> keys_before, keys_after;
  for (const FileReport& report : before) {
    for (const Finding& finding : report.findings) keys_before.insert(key_of(finding));
  }
  for (const FileReport& report : after) {
    for (const Finding& finding : report.findings) {
      keys_after.insert(key_of(finding));
      if (keys_before.contains(key_of(finding))) continue;
      result.added.push_back(finding);
      result.worse = result.worse || finding.severity == Severity::error;
    }
  }
  for (const FileReport& report : before) {
    for (const Finding& finding : report.findings) {
      if (!keys_after.contains(key_of(finding))) result.cleared.push_back(finding);
    }
  }
  return result;
}

}  // namespace msklint
