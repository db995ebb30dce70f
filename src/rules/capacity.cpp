// Community rehabilitation and capacity (ARMA key messages 2023, section 2:
// more surgery needs more community rehabilitation; the knock-on question).
//   rehab-after-surgery, community-rehab-capacity, capacity-unknown

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "graph/demand.h"
#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

namespace {

// "110", "12.5": people per month, to one decimal place at most.
std::string people(double count) {
  const double rounded = std::round(count * 10) / 10;
  return rounded == std::floor(rounded) ? fmt::format("{:.0f}", rounded) : fmt::format("{:.1f}", rounded);
}


}  // namespace

void check_rehab_after_surgery(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  const auto rehab = services_where(graph, is_community_rehabilitation);
  const auto general_practice = services_where(graph, is_general_practice);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!is_surgical(service)) continue;
    const int starts[] = {node};
    const auto reached = graph.reachable_from(starts, general_practice);
    bool has_rehab = false;
    for (int target = 0; target < graph.node_count() && !has_rehab; ++target) {
      has_rehab = target != node && rehab[static_cast<std::size_t>(target)] && reached[static_cast<std::size_t>(target)];
    }
    if (has_rehab) continue;
    out.push_back(context.finding(
        "rehab-after-surgery", service.id.at, service.id.value,
        fmt::format("the surgical service '{}' has no route to community rehabilitation: people leave surgery with "
                    "no rehabilitation planned",
                    service.id.value),
        fmt::format("add a route from '{}' to community rehabilitation or physiotherapy", service.id.value)));
  }
}

void check_community_rehab_capacity(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  const Demand demand = compute_demand(graph);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!is_community(service) || !service.capacity.value) continue;
    if (demand.unbounded[static_cast<std::size_t>(node)]) continue;  // a loop nobody leaves: no sensible figure
    const double capacity = service.capacity.value->per_month();
    const double sent = demand.per_month[static_cast<std::size_t>(node)];
    if (sent <= capacity * (1 + 1e-9)) continue;
    std::vector<std::string> senders;
    for (const Inflow& inflow : demand.sources[static_cast<std::size_t>(node)]) {
      const Edge& edge = graph.edge(inflow.edge);
      const Service& from = graph.service(edge.from);
      const double passed_on = from.throughput.value ? from.throughput.value->per_month()
                                                     : demand.per_month[static_cast<std::size_t>(edge.from)];
      senders.push_back(fmt::format("'{}' {} x {}% = {}", from.id.value, people(passed_on),
                                    people(passed_on > 0 ? inflow.per_month / passed_on * 100 : 0),
                                    people(inflow.per_month)));
    }
    const double shortfall = sent - capacity;
    out.push_back(context.finding(
        "community-rehab-capacity", service.capacity.at, service.id.value,
        capacity > 0
            ? fmt::format("'{}' is sent about {} people a month ({}) but can see {} a month: a shortfall of {} "
                          "people a month ({}% over capacity)",
                          service.id.value, people(sent), fmt::join(senders, "; "), people(capacity), people(shortfall),
                          people(shortfall / capacity * 100))
            : fmt::format("'{}' is sent about {} people a month ({}) but states a capacity of 0", service.id.value,
                          people(sent), fmt::join(senders, "; ")),
        fmt::format("increase the capacity of '{}', or plan where the other {} people a month will go (and what "
                    "that does to those services)",
                    service.id.value, people(shortfall))));
  }
}

void check_capacity_unknown(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  std::vector<bool> reported(static_cast<std::size_t>(graph.node_count()), false);
  for (const int node : graph.routable_nodes()) {
    const Service& surgery = graph.service(node);
    if (!is_surgical(surgery) || !surgery.throughput.value) continue;
    // Downstream of surgery, not back round through general practice.
    const int starts[] = {node};
    const auto downstream = graph.reachable_from(starts, services_where(graph, is_general_practice));
    for (int target = 0; target < graph.node_count(); ++target) {
      const Service& service = graph.service(target);
      if (target == node || !downstream[static_cast<std::size_t>(target)] || reported[static_cast<std::size_t>(target)]) {
        continue;
      }
      // A capacity that was written but could not be read is a schema finding already.
      if (!graph.is_routable(target) || !is_community(service) || is_end(service) || service.capacity.present ||
          service.capacity.key.known()) {
        continue;
      }
      reported[static_cast<std::size_t>(target)] = true;
      out.push_back(context.finding(
          "capacity-unknown", service.id.at, service.id.value,
          fmt::format("'{}' treats {} people a month, but '{}' downstream states no capacity, so the knock-on demand "
                      "on it cannot be checked",
                      surgery.id.value, people(surgery.throughput.value->per_month()), service.id.value),
          fmt::format("add 'capacity:' to '{}' (e.g. '120/month')", service.id.value)));
    }
  }
}

}  // namespace msklint
