#include "graph/demand.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace msklint {

namespace {

constexpr int max_rounds = 1000;

}  // namespace

Demand compute_demand(const Graph& graph) {
  const auto nodes = static_cast<std::size_t>(graph.node_count());
  const auto& routes = graph.pathway().routes;
  std::vector<double> inflow(nodes, 0.0);
  auto passed_on = [&](int node, const std::vector<double>& current) {
    const Service& service = graph.service(node);
    return service.throughput.value ? service.throughput.value->per_month() : current[static_cast<std::size_t>(node)];
  };
  // A route to several services divides its share equally between the
  // services it really reaches (not unknown ids, not itself).
  std::vector<int> reached(routes.size(), 0);
  for (const Edge& edge : graph.edges()) ++reached[static_cast<std::size_t>(edge.route)];
  auto share = [&](const Edge& edge) {
    const Route& route = routes[static_cast<std::size_t>(edge.route)];
    return route.share.value ? *route.share.value / reached[static_cast<std::size_t>(edge.route)] : 0.0;
  };
  constexpr double tolerance = 1e-12;
  std::vector<bool> growing(nodes, false);
  std::vector<bool> moved_before(nodes, false);
  for (int round = 0; round < max_rounds; ++round) {
    std::vector<double> next(nodes, 0.0);
    for (const Edge& edge : graph.edges()) next[static_cast<std::size_t>(edge.to)] += passed_on(edge.from, inflow) * share(edge);
    bool changed = false;
    for (std::size_t n = 0; n < nodes; ++n) {
      // A loop can feed a service every other round: look at two rounds.
      const bool moved = std::abs(next[n] - inflow[n]) / std::max(1.0, next[n]) > tolerance;
      growing[n] = moved || moved_before[n];
      moved_before[n] = moved;
      changed = changed || moved;
    }
    inflow = std::move(next);
    if (!changed) {
      growing.assign(nodes, false);  // settled: every figure is final
      break;
    }
  }
  Demand demand;
  demand.per_month = inflow;
  demand.unbounded = growing;  // still growing after every round: a loop with no way out
  demand.sources.resize(nodes);
  for (int index = 0; index < static_cast<int>(graph.edges().size()); ++index) {
    const Edge& edge = graph.edge(index);
    const double people = passed_on(edge.from, inflow) * share(edge);
    if (people > 0) demand.sources[static_cast<std::size_t>(edge.to)].push_back({index, people});
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
