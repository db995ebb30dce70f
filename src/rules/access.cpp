// Non-linear access (ARMA key messages 2023, section 2, "Effective MSK
// pathways"): people should get what they need at the right time, not pass
// through a fixed sequence of stages or hoops.
//   single-entry-point, no-self-referral, linear-pathway, gated-access, no-urgent-bypass

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "rules/criteria.h"
#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

void check_single_entry_point(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  if (graph.entries().size() != 1) return;  // none: no-entry-point
  const Service& entry = graph.service(graph.entries().front());
  out.push_back(context.finding(
      "single-entry-point", entry.id.at, entry.id.value,
      fmt::format("'{}' is the only way into the pathway: everyone must start there", entry.id.value),
      "add other ways in, such as self-referral to community MSK services, a first contact practitioner or "
      "pharmacy, and mark them 'entry: true'"));
}

namespace {

// Can a person reach this community MSK service without being referred?
bool self_referrable(const Graph& graph, int node) {
  const Service& service = graph.service(node);
  if (service.entry.value) return true;
  return std::any_of(graph.in_edges(node).begin(), graph.in_edges(node).end(), [&](int edge_index) {
    const Edge& edge = graph.edge(edge_index);
    return edge.kind == RouteKind::self_referral || has_type(graph.service(edge.from), {"self-referral"});
  });
}

}  // namespace

void check_no_self_referral(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  const auto community = services_where(graph, is_community_msk);
  int first = -1;
  for (int node = 0; node < graph.node_count(); ++node) {
    if (!community[static_cast<std::size_t>(node)]) continue;
    if (self_referrable(graph, node)) return;
    if (first < 0) first = node;
  }
  if (first < 0) return;  // no community MSK services at all: a different gap
  const Service& service = graph.service(first);
  out.push_back(context.finding(
      "no-self-referral", service.id.at, service.id.value,
      fmt::format("no community MSK service can be reached by self-referral: people must be referred into '{}' "
                  "and the other community services",
                  service.id.value),
      fmt::format("add a self-referral route into '{}' (a route with 'kind: self-referral' from a self-referral "
                  "service), or mark it 'entry: true' if people can book it themselves",
                  service.id.value)));
}

void check_linear_pathway(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  if (graph.entries().empty()) return;
  // Count distinct neighbours: the same route written twice is still one way on.
  std::vector<std::vector<int>> next(static_cast<std::size_t>(graph.node_count()));
  std::vector<std::vector<int>> previous(static_cast<std::size_t>(graph.node_count()));
  for (const Edge& edge : graph.edges()) {
    auto& on = next[static_cast<std::size_t>(edge.from)];
    if (std::find(on.begin(), on.end(), edge.to) == on.end()) on.push_back(edge.to);
    auto& in = previous[static_cast<std::size_t>(edge.to)];
    if (std::find(in.begin(), in.end(), edge.from) == in.end()) in.push_back(edge.from);
  }
  std::size_t links = 0;
  for (int node = 0; node < graph.node_count(); ++node) {
    if (next[static_cast<std::size_t>(node)].size() > 1 || previous[static_cast<std::size_t>(node)].size() > 1) return;
    links += next[static_cast<std::size_t>(node)].size();
  }
  if (links < 2) return;  // one route is not yet a pathway with stages
  // Name the chain from the first entry, stopping if it loops.
  std::vector<std::string_view> chain;
  std::vector<bool> seen(static_cast<std::size_t>(graph.node_count()), false);
  for (int node = graph.entries().front(); node >= 0 && !seen[static_cast<std::size_t>(node)];) {
    seen[static_cast<std::size_t>(node)] = true;
    chain.push_back(graph.service(node).id.value);
    const auto& on = next[static_cast<std::size_t>(node)];
    node = on.empty() ? -1 : on.front();
  }
  const Service& start = graph.service(graph.entries().front());
  out.push_back(context.finding(
      "linear-pathway", start.id.at, "pathway",
      fmt::format("the routes form a single chain ({}): every service has one way in and one way on, so people "
                  "cannot get several things at once or skip a stage they do not need",
                  fmt::join(chain, " -> ")),
      "add the routes people need in parallel or directly, such as self-referral, direct access to talking "
      "therapies or social prescribing, and urgent routes that skip stages"));
}

void check_gated_access(const RuleContext& context, Findings& out) {
  for_each_criterion(context.pathway, [&](const CriterionSite& site) {
    const Condition& condition = site.condition;
    if (condition.basis.present) return;  // a stated clinical basis makes it a clinical criterion
    // Non-clinical restrictions have rules of their own (bmi-threshold, non-clinical-restriction).
    if (is_non_clinical_restriction(condition) || removes_non_attenders(condition)) return;
    // A route's prerequisites are all prior steps; a service's criteria only when worded as one.
    if (site.route == nullptr && !requires_prior_step(condition)) return;
    out.push_back(context.finding(
        "gated-access", condition.text.at, site.subject,
        fmt::format("{} requires '{}' first, with no clinical basis given: a hoop people must jump through before "
                    "they can get what they need",
                    site.owner, condition.text.value),
        "remove the prerequisite, or add 'basis:' naming the clinical guidance it rests on (e.g. a NICE "
        "guideline or quality standard)"));
  });
}

void check_no_urgent_bypass(const RuleContext& context, Findings& out) {
  const Graph& graph = context.graph;
  // Red flags can skip the gate if any urgent or emergency route leads into secondary care.
  const bool bypass = std::any_of(graph.edges().begin(), graph.edges().end(), [&](const Edge& edge) {
    return (edge.kind == RouteKind::urgent || edge.kind == RouteKind::emergency) && is_secondary(graph.service(edge.to));
  });
  if (bypass) return;
  for (std::size_t index = 0; index < context.pathway.routes.size(); ++index) {
    const Route& route = context.pathway.routes[index];
    if (route.requires_.value.empty()) continue;
    for (const Text& target : route.to) {
      const auto node = graph.find(target.value);
      if (!node || !is_secondary(graph.service(*node))) continue;
      out.push_back(context.finding(
          "no-urgent-bypass", route.requires_.key, route_name(route, target),
          fmt::format("route {} is gated ('{}') and no urgent or emergency route into secondary care lets people "
                      "with red flags skip the gate",
                      route_name(route, target), route.requires_.value.front().text.value),
          "add an urgent or emergency route into secondary care (e.g. 'kind: urgent' to the specialist service, "
          "'kind: emergency' to the emergency department) for red flags such as suspected cauda equina "
          "syndrome, infection, fracture or cancer"));
      break;  // one finding per gated route
    }
  }
  // A secondary service whose own criteria demand earlier steps is gated too.
  const auto secondary = services_where(graph, is_secondary);
  for (int node = 0; node < graph.node_count(); ++node) {
    if (!secondary[static_cast<std::size_t>(node)]) continue;
    const Service& service = graph.service(node);
    const auto& criteria = service.access.criteria.value;
    const auto gate = std::find_if(criteria.begin(), criteria.end(), requires_prior_step);
    if (gate == criteria.end()) continue;
    out.push_back(context.finding(
        "no-urgent-bypass", gate->text.at, service.id.value,
        fmt::format("service '{}' is gated ('{}') and no urgent or emergency route into secondary care lets people "
                    "with red flags skip the gate",
                    service.id.value, gate->text.value),
        "add an urgent or emergency route into secondary care for red flags such as suspected cauda equina "
        "syndrome, infection, fracture or cancer"));
  }
}

}  // namespace msklint
