// no-entry-point, unreachable-service and dead-end: a person must be able to
// start somewhere, reach every service, and never be left with nowhere to go.

#include <algorithm>

#include <fmt/format.h>

#include "read/format.h"
#include "rules/rule.h"

namespace msklint {


void check_no_entry_point(const RuleContext& context, FindingSink& out) {
  const auto& services = context.pathway.services;
  if (services.empty() || !context.graph.entries().empty()) return;
  // An 'entry' that could not be read (entry: yes) is already a schema
  // finding; saying "no entry point" as well would only add noise.
  const bool unreadable_entry = std::any_of(services.begin(), services.end(), [](const Service& service) {
    return service.entry.key.known() && !service.entry.present;
  });
  if (unreadable_entry) return;
  out.push_back(context.finding(
      "no-entry-point", services.front().at, "pathway",
      "no service is marked 'entry: true', so the pathway does not say where a person can start",
      "mark the services people can start at (GP, first contact practitioner, self-referral) with 'entry: true'"));
}

void check_unreachable_service(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (graph.entries().empty()) return;  // no-entry-point says it all
  const auto reached = graph.reachable_from(graph.entries());
  for (int node = 0; node < graph.node_count(); ++node) {
    const Service& service = graph.service(node);
    if (reached[static_cast<std::size_t>(node)] || !graph.is_routable(node)) continue;
    out.push_back(context.finding(
        "unreachable-service", service.id.at, service.id.value,
        fmt::format("service '{}' cannot be reached: no route leads to it from any entry point",
                    service.id.value),
        fmt::format("add a route to '{}' from a service people reach, or mark it 'entry: true' if people can "
                    "start there",
                    service.id.value)));
  }
}

void check_dead_end(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!service.type.present || graph.out_degree(node) > 0) continue;
    const auto* type = format::find_service_type(service.type.value);
    if (type == nullptr || type->is_end) continue;
    out.push_back(context.finding(
        "dead-end", service.id.at, service.id.value,
        fmt::format("service '{}'{} has no onward route: people who reach it have nowhere to go next",
                    service.id.value, service.type.value == service.id.value ? "" : " (" + service.type.value + ")"),
        fmt::format("add routes from '{}' to where people go next, such as discharge with self-management "
                    "support, a follow-on service, or back to the referrer",
                    service.id.value)));
  }
}

}  // namespace msklint
