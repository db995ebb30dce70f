#pragma once

// How many people a month the routes send into each service, from stated
// throughputs and route shares (method and assumptions: docs/capacity.md).

#include <span>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "util/flat_lists.h"

namespace msklint {

struct Inflow {
  int edge = -1;
  double per_month = 0;
};

struct Demand {
  std::vector<double> per_month;  // per node: people sent in per month
  std::vector<bool> unbounded;    // per node: fed by a loop that nobody leaves; no figure
  // Per node: what the service passes on, its stated throughput or else what
  // flows in, a month; each route carries its share of this.
  std::vector<double> passed_on;
  // Per node: which routes send them, in file order.
  std::span<const Inflow> sources(int node) const { return inflows[static_cast<std::size_t>(node)]; }

  FlatLists<Inflow> inflows;  // node by node
};

// A service passes on its stated throughput, or, when it states none, what
// flows into it. A route carries its share of what its source passes on; a
// route with no share carries nothing that can be counted; a route to several
// services divides its share equally between the services it really reaches.
// Cycles are solved by repeated rounds from zero, which only ever increase;
// a service still growing when the rounds run out is fed by a loop nobody
// leaves and is marked unbounded rather than given a figure.
Demand compute_demand(const Graph& graph);

// True when `sent` is more than `capacity`. Differences within one part in a
// thousand million count as equal: converting periods (a week to a month)
// alone must never make a shortfall. The community-rehab-capacity rule and
// the review notes' capacity table both decide with this, so they agree.
bool over_capacity(double sent, double capacity);

// People are counted whole, as the capacity findings, the capacity tables
// and what-if write them (docs/capacity.md): what routes send is rounded
// up, since the figures are lower bounds ("at least 17"), and what a service
// can see is rounded down. The decisions (over_capacity) use the exact values.
std::string people_sent(double count);  // 16.5 -> "17"
std::string people_seen(double count);  // 300.7 -> "300"
// How many more people are sent than can be seen, whole: at least 1 when over capacity.
std::string shortfall_people(double sent, double capacity);
// How many more could be seen, whole: never below 0.
std::string spare_people(double sent, double capacity);
// A percentage to one decimal place at most: "13.3", "50".
std::string percent_figure(double percent);

}  // namespace msklint
