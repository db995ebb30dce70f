// The capacity table: for each service, what it can see a month against what
// the routes send it. It answers ARMA's knock-on question ("if we increase
// surgery, is there enough rehabilitation?") at a glance. Demand is
// compute_demand's, so the table and the community-rehab-capacity rule always
// agree; unlike the rule, the table shows every setting, because a hospital
// service that cannot keep up is worth seeing too.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "graph/demand.h"
#include "graph/graph.h"
#include "review/review_parts.h"
#include "rules/service_kinds.h"

namespace msklint::review_parts {

namespace {

// How many senders a row names before "and N more".
constexpr std::size_t senders_shown = 3;

bool states_rates(const std::vector<Service>& services) {
  return std::any_of(services.begin(), services.end(), [](const Service& service) {
    return service.capacity.value.has_value() || service.throughput.value.has_value();
  });
}

// The services sending the most people, largest first: "orthopaedics 55, gp 20 and 2 more".
std::string senders_of(const Graph& graph, const Demand& demand, int node) {
  std::vector<std::pair<int, double>> by_sender;  // (sender node, people), in order of first route
  for (const Inflow& inflow : demand.sources(node)) {
    const int from = graph.edge(inflow.edge).from;
    auto it = std::find_if(by_sender.begin(), by_sender.end(), [&](const auto& sender) { return sender.first == from; });
    if (it == by_sender.end()) {
      by_sender.emplace_back(from, inflow.per_month);
    } else {
      it->second += inflow.per_month;
    }
  }
  std::stable_sort(by_sender.begin(), by_sender.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> named;
  for (std::size_t i = 0; i < by_sender.size() && i < senders_shown; ++i) {
    named.push_back(fmt::format("{} {}", graph.service(by_sender[i].first).id.value, people_sent(by_sender[i].second)));
  }
  std::string text = fmt::format("{}", fmt::join(named, ", "));
  if (by_sender.size() > senders_shown) text += fmt::format(" and {} more", by_sender.size() - senders_shown);
  return text;
}

void settle_row(CapacityRow& row, bool unbounded, bool way_in) {
  row.capacity_text = row.capacity ? people_seen(*row.capacity) : "not stated";
  row.demand_text = row.demand ? people_sent(*row.demand) : "no limit (a loop nobody leaves)";
  row.gap_text = "—";
  if (unbounded) {
    row.status = CapacityStatus::unbounded;
    row.symbol = severity_symbol(Severity::error);
    row.verdict = "Cannot be estimated: the routes form a loop nobody leaves";
  } else if (!row.capacity) {
    row.status = CapacityStatus::no_capacity;
    row.symbol = severity_symbol(Severity::info);
    row.verdict = "Capacity not stated, so this cannot be checked";
  } else if (*row.demand <= 0) {
    // Nothing to compare: "within capacity" would claim more than the file says.
    row.status = CapacityStatus::not_sent;
    row.symbol = severity_symbol(Severity::info);
    row.verdict = way_in ? "A way in: people arrive from outside the pathway, not by its routes"
                         : "No route with a share sends people here";
  } else {
    row.gap = *row.capacity - *row.demand;
    const bool over = over_capacity(*row.demand, *row.capacity);
    if (over) {
      const double shortfall = -*row.gap;
      row.status = CapacityStatus::over;
      row.gap_text = fmt::format("{} short", shortfall_people(*row.demand, *row.capacity));
      row.symbol = severity_symbol(Severity::error);
      row.verdict = *row.capacity > 0 ? fmt::format("Over capacity by {} a month ({}% over)",
                                                    shortfall_people(*row.demand, *row.capacity),
                                                    percent_figure(shortfall / *row.capacity * 100))
                                      : "Over capacity: it states a capacity of 0";
    } else {
      row.status = CapacityStatus::within;
      row.gap_text = fmt::format("{} spare", spare_people(*row.demand, *row.capacity));
      row.symbol = meets_symbol;
      row.verdict = "Within capacity";
    }
  }
  row.flagged = row.status == CapacityStatus::over || row.status == CapacityStatus::unbounded;
}

std::string ids_of(const std::vector<CapacityRow>& rows, CapacityStatus a, CapacityStatus b) {
  std::vector<std::string> ids;
  for (const CapacityRow& row : rows) {
    if (row.status == a || row.status == b) ids.push_back("'" + row.service + "'");
  }
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::string table_verdict(const CapacityTable& table) {
  if (!table.rates_stated) {
    return "The pathway states no capacities or throughputs, so demand cannot be compared with capacity.";
  }
  const auto unknown = std::count_if(table.rows.begin(), table.rows.end(),
                                     [](const CapacityRow& row) { return row.status == CapacityStatus::no_capacity; });
  std::string verdict;
  if (table.flagged > 0) {
    verdict = fmt::format("{} cannot see everyone the routes send: {}.",
                          table.flagged == 1 ? "1 service" : fmt::format("{} services", table.flagged),
                          ids_of(table.rows, CapacityStatus::over, CapacityStatus::unbounded));
  } else if (table.rows.empty()) {
    verdict = "No service states a capacity or is sent people by routes with a share.";
  } else {
    verdict = "Every service that states a capacity can see the people the routes send it.";
  }
  if (unknown > 0) {
    verdict += fmt::format(" {}: {}.",
                           unknown == 1 ? "1 service is sent people but states no capacity"
                                        : fmt::format("{} services are sent people but state no capacity", unknown),
                           ids_of(table.rows, CapacityStatus::no_capacity, CapacityStatus::no_capacity));
  }
  return verdict;
}

}  // namespace

CapacityTable make_capacity_table(const Pathway& pathway) {
  CapacityTable table;
  table.rates_stated = states_rates(pathway.services);
  if (!table.rates_stated) {
    table.verdict = table_verdict(table);
    return table;
  }
  const Graph graph(pathway);
  const Demand demand = compute_demand(graph);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    const auto n = static_cast<std::size_t>(node);
    const bool unbounded = demand.unbounded[n];
    const bool sent = unbounded || demand.per_month[n] > 0;
    // A service is listed when it states a capacity, or when people are
    // sent to it and it is one that sees them (not discharge or a signpost
    // such as a patient organisation, where people rightly finish).
    if (!service.capacity.value && !(sent && !is_end(service))) continue;
    CapacityRow row;
    row.service = service.id.value;
    row.name = service.display_name();
    row.setting = service.setting.value;
    if (service.capacity.value) row.capacity = service.capacity.value->per_month();
    if (!unbounded) row.demand = demand.per_month[n];
    row.senders = unbounded ? std::string() : senders_of(graph, demand, node);
    settle_row(row, unbounded, is_way_in(graph, node));
    if (service.uses.present) {
      // Its capacity is for every pathway of the system: judged on the sum, in the system's table.
      row.status = CapacityStatus::not_sent;
      row.flagged = false;
      row.gap.reset();
      row.gap_text = "—";
      row.symbol = severity_symbol(Severity::info);
      row.verdict = "Shared with the system's other pathways: judged on what they all send it, in the system's table";
    }
    table.flagged += row.flagged ? 1 : 0;
    table.rows.push_back(std::move(row));
  }
  table.verdict = table_verdict(table);
  return table;
}

CapacityTable make_system_capacity_table(const LoadedSystem& system) {
  CapacityTable table;
  table.rates_stated = states_rates(system.system.services);
  for (std::size_t index = 0; index < system.system.services.size(); ++index) {
    const Service& service = system.system.services[index];
    const SharedLoad& load = system.loads[index];
    CapacityRow row;
    row.service = service.id.value;
    row.name = service.display_name();
    row.setting = service.setting.value;
    if (service.capacity.value) row.capacity = service.capacity.value->per_month();
    if (!load.unbounded) row.demand = load.per_month;
    std::vector<Contribution> from = load.from;
    std::stable_sort(from.begin(), from.end(),
                     [](const Contribution& a, const Contribution& b) { return a.per_month > b.per_month; });
    std::vector<std::string> named;
    for (const Contribution& contribution : from) {
      if (contribution.per_month <= 0) continue;
      named.push_back(fmt::format("{} {}", system.members[static_cast<std::size_t>(contribution.member)].id,
                                  people_sent(contribution.per_month)));
    }
    row.senders = fmt::format("{}", fmt::join(named, ", "));
    settle_row(row, load.unbounded, false);
    table.flagged += row.flagged ? 1 : 0;
    table.rows.push_back(std::move(row));
  }
  table.verdict = table_verdict(table);
  return table;
}

}  // namespace msklint::review_parts
