// Non-linear access (ARMA key messages 2023, section 2, "Effective MSK
// pathways"): people should get what they need at the right time, not pass
// through a fixed sequence of stages or hoops.
//   single-entry-point, no-self-referral, linear-pathway, gated-access, no-urgent-bypass

#include <algorithm>
#include <deque>
#include <vector>

#include <fmt/format.h>

#include "rules/criteria.h"
#include "rules/rule.h"
#include "text/words.h"
#include "rules/service_kinds.h"

namespace msklint {

void check_single_entry_point(const RuleContext& context, FindingSink& out) {
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
  if (graph.is_entry(node)) return true;
  return std::any_of(graph.in_edges(node).begin(), graph.in_edges(node).end(), [&](int edge_index) {
    const Edge& edge = graph.edge(edge_index);
    return edge.kind == RouteKind::self_referral || has_type(graph.service(edge.from), {"self-referral"});
  });
}

}  // namespace

void check_no_self_referral(const RuleContext& context, FindingSink& out) {
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

void check_linear_pathway(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (graph.entries().empty()) return;
  // Distinct neighbours, leaving out routes out of care (discharge,
  // self-management): a step-by-step pathway with an exit at each step is
  // still a chain of stages. Support alongside (a patient organisation, peer
  // support) is a real second way on.
  // Only whether a service has one distinct neighbour each way matters, and
  // which: a second distinct one ends the check.
  const auto nodes = static_cast<std::size_t>(graph.node_count());
  std::vector<int> next(nodes, -1);
  std::vector<int> previous(nodes, -1);
  auto link = [](int& neighbour, int node) {
    if (neighbour < 0) neighbour = node;
    return neighbour == node;
  };
  for (const Edge& edge : graph.edges()) {
    if (has_type(graph.service(edge.to), {"discharge", "self-management"})) continue;
    if (!link(next[static_cast<std::size_t>(edge.from)], edge.to)) return;
    if (!link(previous[static_cast<std::size_t>(edge.to)], edge.from)) return;
  }
  std::size_t links = 0;
  std::size_t linked = 0;  // services with a counted route in or out
  int head = -1;
  for (std::size_t node = 0; node < nodes; ++node) {
    if (next[node] >= 0) ++links;
    if (next[node] >= 0 || previous[node] >= 0) ++linked;
    if (head < 0 && previous[node] < 0 && next[node] >= 0) head = static_cast<int>(node);
  }
  if (links < 2) return;  // one route is not yet a pathway of stages
  if (head < 0) {  // the chain is a loop: start where the first counted route does
    for (std::size_t node = 0; node < nodes && head < 0; ++node) {
      if (next[node] >= 0) head = static_cast<int>(node);
    }
  }
  // One chain: following it from its head must use every link.
  std::vector<std::string_view> chain;
  std::vector<bool> seen(nodes, false);
  for (int node = head; node >= 0 && !seen[static_cast<std::size_t>(node)];) {
    seen[static_cast<std::size_t>(node)] = true;
    chain.push_back(graph.service(node).id.value);
    node = next[static_cast<std::size_t>(node)];
  }
  if (chain.size() != linked) return;  // several separate pieces: not one chain
  const Service& start = graph.service(head);
  out.push_back(context.finding(
      "linear-pathway", start.id.at, "pathway",
      fmt::format("the routes form a single chain ({}): every service has one way in and one way on, so people "
                  "cannot get several things at once or skip a stage they do not need",
                  fmt::join(chain, " -> ")),
      "add the routes people need in parallel or directly, such as self-referral, direct access to talking "
      "therapies or social prescribing, and urgent routes that skip stages"));
}

namespace {

// A funding or prior-approval panel on the way to care: people wait for its
// approval before they can be treated.
void report_approval_panels(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& panel = graph.service(node);
    if (!is_approval_panel(panel) || graph.out_edges(node).empty()) continue;
    std::vector<std::string_view> onward;
    for (const int index : graph.out_edges(node)) {
      const std::string_view id = graph.service(graph.edge(index).to).id.value;
      if (std::find(onward.begin(), onward.end(), id) == onward.end()) onward.push_back(id);
    }
    out.push_back(context.finding(
        "gated-access", panel.id.at, panel.id.value,
        fmt::format("'{}' is a funding or prior-approval panel: people must wait for its approval before they can "
                    "go on to '{}', a hoop that is not a clinical decision about their care",
                    panel.id.value, fmt::join(onward, "', '")),
        "make the decision a clinical one with the person (shared decision making against clear clinical "
        "criteria), keep panels for exceptions, and give urgent cases a route that does not wait for the panel"));
  }
}

}  // namespace

void check_gated_access(const RuleContext& context, FindingSink& out) {
  for_each_criterion(context.graph, [&](const CriterionSite& site) {
    const Condition& condition = site.condition;
    // A basis naming clinical guidance makes it a clinical criterion.
    if (basis_supports(condition, Measure::prior_step)) return;
    // Non-clinical restrictions have rules of their own (bmi-threshold, non-clinical-restriction).
    if (is_non_clinical_restriction(condition) || removes_non_attenders(condition)) return;
    if (!requires_prior_step(site)) return;
    out.push_back(context.finding(
        "gated-access", condition.text.at, std::string(site.subject),
        fmt::format("{} requires '{}' first, with no clinical basis given: a hoop people must jump through before "
                    "they can get what they need",
                    site.owner(), condition.text.value),
        "remove the prerequisite, or add 'basis:' naming the clinical guidance it rests on (e.g. a NICE "
        "guideline or quality standard)"));
  });
  report_approval_panels(context, out);
}

namespace {

// The services people with red flags can reach past any gate: those an
// urgent or emergency route leads to, directly or on through routes with no
// prior step of their own. An urgent or emergency route to an emergency
// department bypasses every gate, as the place red flags go. One walk of the
// graph serves every gated service.
std::vector<bool> bypassed_services(const Graph& graph) {
  const auto& routes = graph.pathway().routes;
  auto open = [&](const Edge& edge) {
    return first_prior_step(routes[static_cast<std::size_t>(edge.route)].requires_.value) == nullptr;
  };
  std::vector<bool> reached(static_cast<std::size_t>(graph.node_count()), false);
  std::deque<int> queue;
  for (const Edge& edge : graph.edges()) {
    if (edge.kind != RouteKind::urgent && edge.kind != RouteKind::emergency) continue;
    if (has_type(graph.service(edge.to), {"emergency-department"})) return std::vector<bool>(reached.size(), true);
    if (!reached[static_cast<std::size_t>(edge.to)]) {
      reached[static_cast<std::size_t>(edge.to)] = true;
      queue.push_back(edge.to);
    }
  }
  while (!queue.empty()) {
    const int node = queue.front();
    queue.pop_front();
    for (const int index : graph.out_edges(node)) {
      const Edge& edge = graph.edge(index);
      if (reached[static_cast<std::size_t>(edge.to)] || !open(edge)) continue;
      reached[static_cast<std::size_t>(edge.to)] = true;
      queue.push_back(edge.to);
    }
  }
  return reached;
}

bool is_gated(const Graph& graph, const Edge& edge) {
  if (edge.kind == RouteKind::urgent || edge.kind == RouteKind::emergency) return false;
  if (is_approval_panel(graph.service(edge.to))) return true;
  return first_prior_step(graph.pathway().routes[static_cast<std::size_t>(edge.route)].requires_.value) != nullptr;
}

constexpr const char* bypass_fix =
    "add an urgent or emergency route that skips the gate (e.g. 'kind: urgent' to the specialist service, "
    "'kind: emergency' to the emergency department) for red flags such as suspected cauda equina syndrome, "
    "infection, fracture or cancer";

// A gate further up counts when it stands on every way from the ways in to
// a hospital service: a gated route into community spinal triage, before the
// only way on to spinal surgery, holds people with red flags at that gate.
// Two searches and one reverse search, whatever the number of gates.
void report_gates_upstream(const RuleContext& context, const std::vector<bool>& secondary,
                           const std::vector<bool>& bypassed, FindingSink& out) {
  const Graph& graph = context.graph;
  const auto nodes = static_cast<std::size_t>(graph.node_count());
  std::vector<bool> open(nodes, false);  // reached from a way in without passing a gate
  std::deque<int> queue;
  for (int node = 0; node < graph.node_count(); ++node) {
    if (graph.is_routable(node) && is_way_in(graph, node)) {
      open[static_cast<std::size_t>(node)] = true;
      queue.push_back(node);
    }
  }
  while (!queue.empty()) {
    const int node = queue.front();
    queue.pop_front();
    for (const int index : graph.out_edges(node)) {
      const Edge& edge = graph.edge(index);
      if (open[static_cast<std::size_t>(edge.to)] || is_gated(graph, edge)) continue;
      open[static_cast<std::size_t>(edge.to)] = true;
      queue.push_back(edge.to);
    }
  }
  std::vector<bool> behind(nodes, false);  // hospital services every way to which passes a gate
  std::vector<std::string_view> names;
  for (std::size_t node = 0; node < nodes; ++node) {
    behind[node] = secondary[node] && !open[node] && !bypassed[node];
    if (behind[node] && names.size() < 3) names.push_back(graph.service(static_cast<int>(node)).id.value);
  }
  if (names.empty()) return;
  const std::vector<bool> leads = graph.reaching(behind);
  std::vector<bool> reported(graph.pathway().routes.size(), false);
  for (const Edge& edge : graph.edges()) {
    const auto route_index = static_cast<std::size_t>(edge.route);
    if (reported[route_index] || !open[static_cast<std::size_t>(edge.from)] ||
        secondary[static_cast<std::size_t>(edge.to)] || !leads[static_cast<std::size_t>(edge.to)] ||
        !is_gated(graph, edge)) {
      continue;  // a gate straight into hospital care is reported above
    }
    reported[route_index] = true;
    const Route& route = graph.pathway().routes[route_index];
    const Condition* gate = first_prior_step(route.requires_.value);
    const Text& target = route.to[static_cast<std::size_t>(edge.target)];
    const std::string what = gate != nullptr ? fmt::format("is gated ('{}')", as_one_line(gate->text.value))
                                             : fmt::format("leads to the approval panel '{}'", target.value);
    out.push_back(context.finding(
        "no-urgent-bypass", gate != nullptr ? route.requires_.key : route.at, route_name(route, target),
        fmt::format("route {} {}, and every way from the ways in to '{}' passes a gate like this one: no urgent or "
                    "emergency route lets people with red flags skip it",
                    route_name(route, target), what, fmt::join(names, "', '")),
        bypass_fix));
  }
}

}  // namespace

void check_no_urgent_bypass(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  const auto bypassed = bypassed_services(graph);
  auto has_bypass = [&](int node) { return bypassed[static_cast<std::size_t>(node)]; };
  for (const Route& route : context.pathway.routes) {
    const Condition* gate = first_prior_step(route.requires_.value);
    if (gate == nullptr) continue;
    for (const Text& target : route.to) {
      const auto node = graph.find(target.value);
      if (!node || !is_secondary(graph.service(*node)) || has_bypass(*node)) continue;
      out.push_back(context.finding(
          "no-urgent-bypass", route.requires_.key, route_name(route, target),
          fmt::format("route {} is gated ('{}') and no urgent or emergency route lets people with red flags skip "
                      "the gate",
                      route_name(route, target), as_one_line(gate->text.value)),
          bypass_fix));
      break;  // one finding per gated route
    }
  }
  // A secondary service whose own criteria hold people back is gated too.
  const auto secondary = services_where(graph, is_secondary);
  report_gates_upstream(context, secondary, bypassed, out);
  for (int node = 0; node < graph.node_count(); ++node) {
    if (!secondary[static_cast<std::size_t>(node)] || has_bypass(node)) continue;
    const Service& service = graph.service(node);
    const Condition* gate = first_prior_step(service.access.criteria.value);
    if (gate == nullptr) continue;
    out.push_back(context.finding(
        "no-urgent-bypass", gate->text.at, service.id.value,
        fmt::format("service '{}' is gated ('{}') and no urgent or emergency route lets people with red flags skip "
                    "the gate",
                    service.id.value, as_one_line(gate->text.value)),
        bypass_fix));
  }
}

}  // namespace msklint
