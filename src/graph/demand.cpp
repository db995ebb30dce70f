#include "graph/demand.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

namespace msklint {

namespace {

constexpr int max_rounds = 1000;

}  // namespace

Demand compute_demand(const Graph& graph) {
  const auto nodes = static_cast<std::size_t>(graph.node_count());
  const auto& routes = graph.pathway().routes;
  std::vector<double> inflow(nodes, 0.0);
  // What each service passes on when its throughput is written, and each
  // edge's share, in arrays of their own: the rounds below read them for
  // every edge, and reading them from the services and routes missed the
  // cache on every edge of every round.
  std::vector<std::optional<double>> throughput(nodes);
  for (std::size_t node = 0; node < nodes; ++node) {
    if (const auto& rate = graph.service(static_cast<int>(node)).throughput.value) throughput[node] = rate->per_month();
  }
  auto passed_on = [&](int node, const std::vector<double>& current) {
    const auto at = static_cast<std::size_t>(node);
    return throughput[at] ? *throughput[at] : current[at];
  };
  // A route to several services divides its share equally between the
  // services it really reaches (not unknown ids, not itself).
  std::vector<int> reached(routes.size(), 0);
  for (const Edge& edge : graph.edges()) ++reached[static_cast<std::size_t>(edge.route)];
  std::vector<double> shares;
  shares.reserve(graph.edges().size());
  for (const Edge& edge : graph.edges()) {
    const Route& route = routes[static_cast<std::size_t>(edge.route)];
    shares.push_back(route.share.value ? *route.share.value / reached[static_cast<std::size_t>(edge.route)] : 0.0);
  }
  constexpr double tolerance = 1e-12;
  std::vector<bool> growing(nodes, false);
  std::vector<bool> moved_before(nodes, false);
  std::vector<double> next;
  for (int round = 0; round < max_rounds; ++round) {
    next.assign(nodes, 0.0);
    for (std::size_t index = 0; index < shares.size(); ++index) {
      const Edge& edge = graph.edges()[index];
      next[static_cast<std::size_t>(edge.to)] += passed_on(edge.from, inflow) * shares[index];
    }
    bool changed = false;
    for (std::size_t n = 0; n < nodes; ++n) {
      // A loop can feed a service every other round: look at two rounds.
      const bool moved = std::abs(next[n] - inflow[n]) / std::max(1.0, next[n]) > tolerance;
      growing[n] = moved || moved_before[n];
      moved_before[n] = moved;
      changed = changed || moved;
    }
    inflow.swap(next);
    if (!changed) {
      growing.assign(nodes, false);  // settled: every figure is final
      break;
    }
  }
  Demand demand;
  demand.per_month = inflow;
  demand.unbounded = growing;  // still growing after every round: a loop with no way out
  demand.passed_on.resize(nodes);
  for (std::size_t node = 0; node < nodes; ++node) demand.passed_on[node] = passed_on(static_cast<int>(node), inflow);
  // A node's edges in are in file order, as its sources are listed.
  for (int node = 0; node < static_cast<int>(nodes); ++node) {
    for (const int index : graph.in_edges(node)) {
      const double people = demand.passed_on[static_cast<std::size_t>(graph.edge(index).from)] * shares[static_cast<std::size_t>(index)];
      if (people > 0) demand.inflows.push_back({index, people});
    }
    demand.inflows.end_list();
  }
  return demand;
}

bool over_capacity(double sent, double capacity) { return sent > capacity * (1 + 1e-9); }

namespace {

// Within a part in a thousand million of a whole number counts as it, so that
// converting periods (a week to a month) never adds a person.
constexpr double tolerance = 1e-9;

double whole_up(double count) { return std::ceil(count - std::max(1.0, std::abs(count)) * tolerance); }
double whole_down(double count) { return std::floor(count + std::max(1.0, std::abs(count)) * tolerance); }

std::string whole(double count) { return fmt::format("{:.0f}", count == 0 ? 0.0 : count); }

}  // namespace

std::string people_sent(double count) { return whole(whole_up(count)); }

std::string people_seen(double count) { return whole(whole_down(count)); }

std::string shortfall_people(double sent, double capacity) {
  return whole(std::max(1.0, whole_up(sent) - whole_down(capacity)));
}

std::string spare_people(double sent, double capacity) {
  return whole(std::max(0.0, whole_down(capacity) - whole_up(sent)));
}

std::string percent_figure(double percent) {
  const double rounded = std::round(percent * 10) / 10;
  return rounded == std::floor(rounded) ? fmt::format("{:.0f}", rounded) : fmt::format("{:.1f}", rounded);
}

}  // namespace msklint
