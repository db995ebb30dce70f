// duplicate-id and unknown-service: every id names one service, and every
// route names services that exist.

#include <span>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/rule.h"
#include "util/did_you_mean.h"

namespace msklint {

void check_duplicate_id(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const Service& service : context.pathway.services) {
    if (!service.id.present) continue;
    const Service& first = graph.service(*graph.find(service.id.value));  // the graph keeps the first of each id
    if (&first == &service) continue;
    // A copy made by merging the original ("<<: *gp") has the original's id
    // position; point at the copy instead.
    const Location at = service.id.at == first.id.at ? service.at : service.id.at;
    out.push_back(context.finding(
        "duplicate-id", at, service.id.value,
        fmt::format("service id '{}' is used again (first at line {}); routes to '{}' can only reach the first",
                    service.id.value, first.id.at.line, service.id.value),
        "give each service its own id, or merge the two entries"));
  }
}

void check_unknown_service(const RuleContext& context, FindingSink& out) {
  std::vector<std::string_view> ids;
  for (const Service& service : context.pathway.services) {
    if (service.id.present) ids.push_back(service.id.value);
  }
  // A suggestion compares the id with every service's: only the first ids
  // not found get one. A file with more is broken in bulk, and its findings
  // past --max-findings-per-rule are not shown one by one anyway.
  constexpr std::size_t most_suggestions = 100;
  std::size_t unknown = 0;
  auto check = [&](const Route& route, const Text& end, std::string_view role) {
    if (!end.present || context.graph.find(end.value)) return;
    const std::span<const std::string_view> candidates =
        ++unknown <= most_suggestions ? std::span<const std::string_view>(ids) : std::span<const std::string_view>();
    const Match match = best_match(end.value, candidates);
    const bool is_start = role == "from";
    const std::string subject = is_start ? end.value + " -> ?" : route_name(route, end);
    const std::string route_words = route.from.present ? fmt::format("route from '{}'", route.from.value) : "a route";
    Finding finding = context.finding(
        "unknown-service", end.at, subject,
        is_start ? fmt::format("route starts at '{}', which is not a service in this file{}", end.value,
                               match.did_you_mean())
                 : fmt::format("{} leads to '{}', which is not a service in this file{}", route_words, end.value,
                               match.did_you_mean()),
        "fix the id, or add the service to 'services'");
    if (match.certain) {
      finding.fix = Fix{end.at, end.value, match.closest};
    }
    out.push_back(std::move(finding));
  };
  for (const Route& route : context.pathway.routes) {
    check(route, route.from, "from");
    for (const Text& target : route.to) check(route, target, "to");
  }
}

}  // namespace msklint
