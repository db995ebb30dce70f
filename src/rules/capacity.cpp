// Community rehabilitation and capacity (ARMA key messages 2023, section 2:
// more surgery needs more community rehabilitation; the knock-on question).
//   rehab-after-surgery, community-rehab-capacity, capacity-unknown
// A service several pathways share is judged once, on its system file, on
// the sum of what they all send it (ARMA: MSK is one system).

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "graph/demand.h"
#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

void check_rehab_after_surgery(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  const auto rehab = services_where(graph, is_community_rehabilitation);
  const auto general_practice = services_where(graph, is_general_practice);
  // One search backwards from rehabilitation, not one forwards from each
  // surgical service. A surgical service is never rehabilitation itself, so
  // what it leads to is always another service.
  const auto leads_to_rehab = graph.reaching(rehab, general_practice);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!is_surgical(service) || leads_to_rehab[static_cast<std::size_t>(node)]) continue;
    out.push_back(context.finding(
        "rehab-after-surgery", service.id.at, service.id.value,
        fmt::format("the surgical service '{}' has no route to community rehabilitation: people leave surgery with "
                    "no rehabilitation planned",
                    service.id.value),
        fmt::format("add a route from '{}' to community rehabilitation or physiotherapy", service.id.value)));
  }
}

void check_community_rehab_capacity(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  const Demand demand = compute_demand(graph);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    // A shared service is judged on the system file, on what every pathway sends it.
    if (!is_community(service) || !service.capacity.value || service.uses.present) continue;
    if (demand.unbounded[static_cast<std::size_t>(node)]) continue;  // a loop nobody leaves: no sensible figure
    const double capacity = service.capacity.value->per_month();
    const double sent = demand.per_month[static_cast<std::size_t>(node)];
    if (!over_capacity(sent, capacity)) continue;
    std::vector<std::string> senders;
    for (const Inflow& inflow : demand.sources(node)) {
      const Edge& edge = graph.edge(inflow.edge);
      const Service& from = graph.service(edge.from);
      const double passed_on = demand.passed_on[static_cast<std::size_t>(edge.from)];
      senders.push_back(fmt::format("'{}' {} x {}% = {}", from.id.value, people_sent(passed_on),
                                    percent_figure(passed_on > 0 ? inflow.per_month / passed_on * 100 : 0),
                                    people_sent(inflow.per_month)));
    }
    const double shortfall = sent - capacity;
    out.push_back(context.finding(
        "community-rehab-capacity", service.capacity.at, service.id.value,
        capacity > 0
            ? fmt::format("'{}' is sent about {} people a month ({}) but can see {} a month: a shortfall of {} "
                          "people a month ({}% over capacity)",
                          service.id.value, people_sent(sent), fmt::join(senders, "; "), people_seen(capacity),
                          shortfall_people(sent, capacity), percent_figure(shortfall / capacity * 100))
            : fmt::format("'{}' is sent about {} people a month ({}) but states a capacity of 0", service.id.value,
                          people_sent(sent), fmt::join(senders, "; ")),
        fmt::format("increase the capacity of '{}', or plan where the other {} people a month will go (and what "
                    "that does to those services)",
                    service.id.value, shortfall_people(sent, capacity))));
  }
}

namespace {

// For each node, the first two of `starts` (as positions in it) that reach it
// without passing through `avoid`; -1 where fewer do. Each search stops at
// nodes that already have two: everything after them has those two as well.
// So every node is entered at most twice, however many starts there are.
std::vector<std::array<int, 2>> first_two_reaching(const Graph& graph, const std::vector<int>& starts,
                                                   const std::vector<bool>& avoid) {
  std::vector<std::array<int, 2>> reached_by(static_cast<std::size_t>(graph.node_count()), {-1, -1});
  std::vector<int> stack;
  for (int position = 0; position < static_cast<int>(starts.size()); ++position) {
    auto claim = [&](int node) {
      if (avoid[static_cast<std::size_t>(node)]) return false;
      auto& slots = reached_by[static_cast<std::size_t>(node)];
      if (slots[1] >= 0 || slots[0] == position) return false;
      slots[slots[0] < 0 ? 0 : 1] = position;
      stack.push_back(node);
      return true;
    };
    claim(starts[static_cast<std::size_t>(position)]);
    while (!stack.empty()) {
      const int node = stack.back();
      stack.pop_back();
      for (const int edge : graph.out_edges(node)) claim(graph.edge(edge).to);
    }
  }
  return reached_by;
}

}  // namespace

void check_capacity_unknown(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  std::vector<int> surgeries;
  for (const int node : graph.routable_nodes()) {
    const Service& surgery = graph.service(node);
    if (is_surgical(surgery) && surgery.throughput.value) surgeries.push_back(node);
  }
  // Downstream of surgery, not back round through general practice. A
  // service is reported once, for the first surgical service (in file order)
  // other than itself that reaches it.
  const auto reached_by = first_two_reaching(graph, surgeries, services_where(graph, is_general_practice));
  std::vector<std::vector<int>> reported_for(surgeries.size());
  for (int target = 0; target < graph.node_count(); ++target) {
    const Service& service = graph.service(target);
    // A capacity that was written but could not be read is a schema finding already.
    if (!graph.is_routable(target) || !is_community(service) || is_end(service) || service.capacity.present ||
        service.capacity.key.known() || service.uses.present) {
      continue;
    }
    for (const int position : reached_by[static_cast<std::size_t>(target)]) {
      if (position < 0 || surgeries[static_cast<std::size_t>(position)] == target) continue;
      reported_for[static_cast<std::size_t>(position)].push_back(target);
      break;
    }
  }
  for (std::size_t position = 0; position < surgeries.size(); ++position) {
    const Service& surgery = graph.service(surgeries[position]);
    for (const int target : reported_for[position]) {
      const Service& service = graph.service(target);
      out.push_back(context.finding(
          "capacity-unknown", service.id.at, service.id.value,
          fmt::format("'{}' treats {} people a month, but '{}' downstream states no capacity, so the knock-on demand "
                      "on it cannot be checked",
                      surgery.id.value, people_sent(surgery.throughput.value->per_month()), service.id.value),
          fmt::format("add 'capacity:' to '{}' (e.g. '120/month')", service.id.value)));
    }
  }
}

namespace {

// A shared service of the system that the capacity rules judge: community
// care with its capacity written and readable.
bool judged_for_capacity(const Service& service) { return is_community(service) && !is_end(service); }

}  // namespace

void check_system_community_rehab_capacity(const SystemRuleContext& context, FindingSink& out) {
  const LoadedSystem& loaded = context.system;
  for (std::size_t index = 0; index < loaded.system.services.size(); ++index) {
    const Service& service = loaded.system.services[index];
    const SharedLoad& load = loaded.loads[index];
    if (!judged_for_capacity(service) || !service.capacity.value || load.unbounded) continue;
    const double capacity = service.capacity.value->per_month();
    if (!over_capacity(load.per_month, capacity)) continue;
    std::vector<std::string> senders;
    for (const Contribution& contribution : load.from) {
      if (contribution.per_month <= 0) continue;
      senders.push_back(fmt::format("{} from {}", people_sent(contribution.per_month),
                                    loaded.members[static_cast<std::size_t>(contribution.member)].id));
    }
    const double shortfall = load.per_month - capacity;
    out.push_back(context.finding(
        "community-rehab-capacity", service.capacity.at, service.id.value,
        capacity > 0
            ? fmt::format("'{}' is sent about {} people a month across the system ({}) but can see {} a month: a "
                          "shortfall of {} people a month ({}% over capacity)",
                          service.id.value, people_sent(load.per_month), fmt::join(senders, ", "),
                          people_seen(capacity), shortfall_people(load.per_month, capacity),
                          percent_figure(shortfall / capacity * 100))
            : fmt::format("'{}' is sent about {} people a month across the system ({}) but states a capacity of 0",
                          service.id.value, people_sent(load.per_month), fmt::join(senders, ", ")),
        fmt::format("increase the capacity of '{}', or agree across the pathways where the other {} people a month "
                    "will go (each pathway alone may look fine)",
                    service.id.value, shortfall_people(load.per_month, capacity))));
  }
}

void check_system_capacity_unknown(const SystemRuleContext& context, FindingSink& out) {
  const LoadedSystem& loaded = context.system;
  for (const Service& service : loaded.system.services) {
    if (!judged_for_capacity(service) || service.capacity.present || service.capacity.key.known() ||
        !service.id.present) {
      continue;
    }
    // Which pathways send people from surgery to it (not back round through general practice).
    std::vector<std::string> feeders;
    for (const SystemMember& member : loaded.members) {
      const Graph& graph = *member.graph;
      const auto node = graph.find(service.id.value);
      if (!node || !graph.service(*node).uses.present) continue;
      std::vector<bool> target(static_cast<std::size_t>(graph.node_count()), false);
      target[static_cast<std::size_t>(*node)] = true;
      const auto reaches = graph.reaching(target, services_where(graph, is_general_practice));
      for (const int surgery : graph.routable_nodes()) {
        const Service& candidate = graph.service(surgery);
        if (surgery == *node || !is_surgical(candidate) || !candidate.throughput.value ||
            !reaches[static_cast<std::size_t>(surgery)]) {
          continue;
        }
        feeders.push_back(fmt::format("'{}' in {}, {} a month", candidate.id.value, member.id,
                                      people_sent(candidate.throughput.value->per_month())));
        break;
      }
    }
    if (feeders.empty()) continue;
    out.push_back(context.finding(
        "capacity-unknown", service.id.at, service.id.value,
        fmt::format("surgery sends people on to the shared service '{}' ({}), but it states no capacity, so the "
                    "knock-on demand across the system cannot be checked",
                    service.id.value, fmt::join(feeders, "; ")),
        fmt::format("add 'capacity:' to '{}' in the system file (e.g. '300/month')", service.id.value)));
  }
}

}  // namespace msklint
